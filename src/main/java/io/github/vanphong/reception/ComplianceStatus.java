package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * How a post stands against its duty to receive in a period, as of a day: for example a provincial secretary who
 * received citizens on 2026-02-23, late in a month with Tết, {@link #MET} the duty of February 2026.
 */
public enum ComplianceStatus implements Bilingual {
  /** Đạt: the days required were held. */
  MET("Đạt số ngày tiếp theo quy định", "Met"),
  /** Không đạt: the period is over and fewer days than required were held. */
  SHORT("Không đạt số ngày tiếp theo quy định", "Short"),
  /** Chưa hết kỳ: the period is not over on the day asked about and fewer days than required were held so far. */
  PENDING("Chưa hết kỳ", "Pending"),
  /** Không có quy định: no duty of the rule book binds the post in the period. */
  NO_DUTY("Không có quy định về tiếp công dân định kỳ", "No duty");

  private final String vietnameseName;
  private final String englishName;

  ComplianceStatus(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
