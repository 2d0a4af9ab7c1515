package io.github.vanphong.report;

import io.github.vanphong.Bilingual;

/**
 * How a report of a period stands on a day: sent by its due day, sent after it, not sent with the due day past, or
 * not yet due. For example a monthly report due on 2026-03-25 and sent on 2026-03-26 is {@link #LATE} from that day;
 * on 2026-03-26 with nothing sent it is {@link #MISSING}.
 */
public enum ReportStatus implements Bilingual {
  /** Gửi đúng hạn: sent on or before its due day. */
  ON_TIME("Gửi đúng hạn", "Sent on time"),
  /** Gửi chậm: sent after its due day. */
  LATE("Gửi chậm", "Sent late"),
  /** Chưa gửi, quá hạn: not sent, and the due day has passed. */
  MISSING("Chưa gửi, quá hạn", "Missing"),
  /** Chưa đến hạn: not sent, and the due day has not passed. */
  NOT_YET_DUE("Chưa đến hạn", "Not yet due");

  private final String vietnameseName;
  private final String englishName;

  ReportStatus(String vietnameseName, String englishName) {
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

  /**
   * Tells whether the report was sent.
   *
   * @return true for {@link #ON_TIME} and {@link #LATE}
   */
  public boolean isSent() {
    return this == ON_TIME || this == LATE;
  }
}
