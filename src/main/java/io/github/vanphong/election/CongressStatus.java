package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * How a Party organisation's congress stands on a day, against the term chosen for its last congress: for example a
 * cell whose congress was on 2020-06-15 (due on 2022-12-15, moved by at most 6 months) is {@link #IN_TERM} on
 * 2022-01-01, {@link #DUE} on 2022-07-01, {@link #LATE} on 2023-01-01 and {@link #OVERDUE} on 2023-06-16.
 */
public enum CongressStatus implements Bilingual {
  /** Trong nhiệm kỳ: before the earliest day the next congress may be held. */
  IN_TERM("Trong nhiệm kỳ", "In term"),
  /** Đến kỳ đại hội: from the earliest day the next congress may be held (moved earlier) to the day it is due. */
  DUE("Đến kỳ đại hội", "Due"),
  /** Lùi đại hội: after the day due, within the most it may be moved later with the higher committee's consent. */
  LATE("Lùi đại hội", "Moved later"),
  /** Quá hạn: after the latest day the congress may be held. */
  OVERDUE("Quá hạn", "Overdue"),
  /** Chưa có dữ liệu: no congress recorded on or before the day. */
  NOT_RECORDED("Chưa ghi nhận đại hội", "No congress recorded"),
  /** Không có nhiệm kỳ: the rule book has no term for the tier on the day of the last congress. */
  NO_TERM("Không có nhiệm kỳ", "No term");

  private final String vietnameseName;
  private final String englishName;

  CongressStatus(String vietnameseName, String englishName) {
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
