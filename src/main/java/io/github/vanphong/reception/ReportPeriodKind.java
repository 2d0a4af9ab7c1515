package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * A kind of report period: monthly, a quarter, the first 6 or 9 months of a year, the year. For example the
 * provincial secretary reports on reception monthly, for the first quarter, 6 months, 9 months and the year (Quy định
 * 11-QĐi/TW, Điều 3, khoản 8, as amended by Kết luận 215-KL/TW, reported). A {@link ReportPeriod} of a kind has its
 * first and last day from its {@link CutOff}.
 */
public enum ReportPeriodKind implements Bilingual {
  /** Hằng tháng: one month. */
  MONTH("Báo cáo hằng tháng", "Monthly"),
  /** Quý: three months; the first quarter (quý I) is one of the Party's periods. */
  QUARTER("Báo cáo quý", "Quarterly"),
  /** 6 tháng: the first six months of the year. */
  SIX_MONTHS("Báo cáo 6 tháng", "Six months"),
  /** 9 tháng: the first nine months of the year. */
  NINE_MONTHS("Báo cáo 9 tháng", "Nine months"),
  /** Năm: the year. */
  YEAR("Báo cáo năm", "Year");

  private final String vietnameseName;
  private final String englishName;

  ReportPeriodKind(String vietnameseName, String englishName) {
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
