package io.github.vanphong.report;

import io.github.vanphong.Bilingual;
import java.util.OptionalInt;

/**
 * The kind of a report's period (kỳ báo cáo): a month, one of the four quarters, the first or last six months, the
 * first nine months, the year, a term, or a special or ad-hoc report. For example Quy định 11-QĐi/TW as amended by
 * Kết luận 215-KL/TW asks for reports every month, for the first quarter, 6 months, 9 months and the year.
 *
 * <p>The periods of six and nine months and the year are counted from the start of the year, as the reports are; the
 * last six months run from the middle of the year to its end (Nghị định 09/2019/NĐ-CP, Điều 12). A special report
 * (chuyên đề) and an ad-hoc report (đột xuất) have no fixed period: the body that asks for one sets it.
 */
public enum PeriodKind implements Bilingual {
  /** Hằng tháng: one month. */
  MONTH("Báo cáo tháng", "Monthly report", 0, 0),
  /** Quý I: the first quarter. */
  FIRST_QUARTER("Báo cáo quý I", "First-quarter report", 1, 3),
  /** Quý II: the second quarter. */
  SECOND_QUARTER("Báo cáo quý II", "Second-quarter report", 4, 6),
  /** Quý III: the third quarter. */
  THIRD_QUARTER("Báo cáo quý III", "Third-quarter report", 7, 9),
  /** Quý IV: the fourth quarter. */
  FOURTH_QUARTER("Báo cáo quý IV", "Fourth-quarter report", 10, 12),
  /** 6 tháng đầu năm: the first six months of the year. */
  FIRST_SIX_MONTHS("Báo cáo 6 tháng đầu năm", "First six months report", 1, 6),
  /** 6 tháng cuối năm: the last six months of the year. */
  LAST_SIX_MONTHS("Báo cáo 6 tháng cuối năm", "Last six months report", 7, 12),
  /** 9 tháng: the first nine months of the year. */
  NINE_MONTHS("Báo cáo 9 tháng", "Nine months report", 1, 9),
  /** Hằng năm: the year. */
  YEAR("Báo cáo năm", "Annual report", 1, 12),
  /** Nhiệm kỳ: a term, from one congress to the next; its days are the application's. */
  TERM("Báo cáo nhiệm kỳ", "Term report", 0, 0),
  /** Chuyên đề: a report on one subject, with the period the requesting body sets. */
  SPECIAL("Báo cáo chuyên đề", "Special report", 0, 0),
  /** Đột xuất: an unscheduled report, with the period the requesting body sets. */
  AD_HOC("Báo cáo đột xuất", "Ad-hoc report", 0, 0);

  private final String vietnameseName;
  private final String englishName;
  private final int firstMonth;
  private final int lastMonth;

  PeriodKind(String vietnameseName, String englishName, int firstMonth, int lastMonth) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
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
   * Tells whether a period of this kind has fixed days the library computes from a cut-off: every kind but a term,
   * a special and an ad-hoc report.
   *
   * @return true for a month, the quarters, the six and nine months and the year
   */
  public boolean hasFixedPeriod() {
    return this == MONTH || firstMonth > 0;
  }

  /**
   * Returns the first report month of a period of this kind within its year, for example 7 for the last six months.
   *
   * @return the first report month of the period within its year, 1 to 12, or empty for a month, a term, a special
   *     or ad-hoc report
   */
  public OptionalInt firstMonth() {
    return firstMonth == 0 ? OptionalInt.empty() : OptionalInt.of(firstMonth);
  }

  /**
   * Returns the last report month of the period within its year, for example 3 for the first quarter and 12 for the
   * year.
   *
   * @return the month, 1 to 12, or empty for a month, a term, a special or ad-hoc report
   */
  public OptionalInt lastMonth() {
    return lastMonth == 0 ? OptionalInt.empty() : OptionalInt.of(lastMonth);
  }
}
