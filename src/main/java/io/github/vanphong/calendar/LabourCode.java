package io.github.vanphong.calendar;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;

/**
 * A labour code as the source of the public holidays, one constant per period: for example {@link #CODE_2019},
 * Bộ luật Lao động 45/2019/QH14, in force from 2021-01-01, whose Điều 112 gives 11 days (Tết Âm lịch 5 days,
 * Quốc khánh 2 days) and whose Điều 111, khoản 3 gives a compensatory day for a holiday on the weekly rest day.
 *
 * <p>The code in force on a day decides that day's holidays ({@link #inForceOn(LocalDate)}): Tết 2013 (February)
 * still falls under the code of 1994, Quốc khánh 2013 under the code of 2012. This is not the yearly schedule of
 * the Government ({@link OfficialSchedule}), which fixes which days Tết and the second day of Quốc khánh fall on.
 *
 * <p>Confirmation: the code of 2019 is verified against its text; the code of 2012 is reported by a secondary
 * source that quotes its Điều 115 (khoản 1, the holidays; khoản 3, the compensatory day "vào ngày kế tiếp"); the
 * code of 1994 as amended in 2007 (Điều 73) is unconfirmed. The code of 1994 is also applied, as the earliest rule
 * the library knows, to days before it came into force (1995-01-01); a calendar for such days should be built
 * with {@link WorkingCalendar#builder()}.
 */
public enum LabourCode implements Bilingual {
  /** Bộ luật Lao động 1994 as amended by Luật 84/2007/QH11, Điều 73: 9 days, Tết Âm lịch 4 days. */
  CODE_1994(
      Instruments.LABOUR_CODE_1994.name() + " (sửa đổi năm 2007)",
      "Labour Code of 1994, as amended in 2007",
      LegalBasis.builder()
          .instrument(Instruments.LABOUR_CODE_1994)
          .article("Điều 73")
          .confirmation(Confirmation.UNCONFIRMED)
          .build(),
      "Điều 73",
      Confirmation.UNCONFIRMED,
      4,
      1),
  /** Bộ luật Lao động 10/2012/QH13, Điều 115: 10 days, Tết Âm lịch 5 days, Quốc khánh 1 day. */
  CODE_2012(
      "Bộ luật Lao động 2012",
      "Labour Code of 2012",
      LegalBasis.of(Instruments.LABOUR_CODE_2012, "Điều 115, khoản 1"),
      "Điều 115, khoản 3",
      Confirmation.REPORTED,
      5,
      1),
  /** Bộ luật Lao động 45/2019/QH14, Điều 112: 11 days, Tết Âm lịch 5 days, Quốc khánh 2 days. */
  CODE_2019(
      "Bộ luật Lao động 2019",
      "Labour Code of 2019",
      LegalBasis.of(Instruments.LABOUR_CODE_2019, "Điều 112, khoản 1"),
      "Điều 111, khoản 3",
      Confirmation.VERIFIED,
      5,
      2);

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;
  private final LegalBasis compensatoryBasis;
  private final int lunarNewYearDays;
  private final int nationalDayDays;

  LabourCode(
      String vietnameseName,
      String englishName,
      LegalBasis basis,
      String compensatoryArticle,
      Confirmation compensatoryConfirmation,
      int lunarNewYearDays,
      int nationalDayDays) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
    this.compensatoryBasis =
        LegalBasis.builder()
            .from(basis)
            .article(compensatoryArticle)
            .confirmation(compensatoryConfirmation)
            .build();
    this.lunarNewYearDays = lunarNewYearDays;
    this.nationalDayDays = nationalDayDays;
  }

  /**
   * Returns the code whose holidays apply on the given day: {@link #CODE_2019} from 2021-01-01, {@link #CODE_2012}
   * from 2013-05-01 to 2020-12-31, and {@link #CODE_1994} before, including days before 1995 (see the class
   * documentation).
   *
   * @param day the day, not null
   * @return the code in force, not null
   */
  public static LabourCode inForceOn(LocalDate day) {
    if (!day.isBefore(CODE_2019.basis.inForceFrom())) {
      return CODE_2019;
    }
    if (!day.isBefore(CODE_2012.basis.inForceFrom())) {
      return CODE_2012;
    }
    return CODE_1994;
  }

  /**
   * Returns the article that lists the holidays, for example "Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 1".
   *
   * @return the basis, with the code's days in force, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the basis of one holiday, with its point where the code has points: for example {@link
   * HolidayKind#LUNAR_NEW_YEAR} under {@link #CODE_2019} is "Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 1, điểm
   * b".
   *
   * @param kind a statutory kind other than {@link HolidayKind#CULTURE_DAY}, not null
   * @return the basis, not null
   * @throws IllegalArgumentException if the code does not list that kind of holiday
   */
  public LegalBasis basisFor(HolidayKind kind) {
    String point;
    switch (kind) {
      case NEW_YEAR:
        point = "a";
        break;
      case LUNAR_NEW_YEAR:
        point = "b";
        break;
      case REUNIFICATION:
        point = "c";
        break;
      case LABOUR_DAY:
        point = "d";
        break;
      case NATIONAL_DAY:
        point = "đ";
        break;
      case HUNG_KINGS:
        point = "e";
        break;
      default:
        throw new IllegalArgumentException(
            "a labour code lists New Year, Tết, Hùng Kings, 30/4, 1/5 and National Day; "
                + englishName
                + " does not list "
                + kind);
    }
    if (this == CODE_1994) {
      return basis;
    }
    return LegalBasis.builder().from(basis).article(basis.article() + ", điểm " + point).build();
  }

  /**
   * Returns the article that gives a compensatory day for a holiday on the weekly rest day, for example
   * "Bộ luật Lao động 45/2019/QH14, Điều 111, khoản 3".
   *
   * @return the basis, not null
   */
  public LegalBasis compensatoryBasis() {
    return compensatoryBasis;
  }

  /**
   * Returns the number of days of Tết Âm lịch: 4 under the code of 1994, 5 under those of 2012 and 2019.
   *
   * @return 4 or 5
   */
  public int lunarNewYearDays() {
    return lunarNewYearDays;
  }

  /**
   * Returns the number of days of Quốc khánh: 1 before 2021, 2 (2 September and an adjacent day) from 2021.
   *
   * @return 1 or 2
   */
  public int nationalDayDays() {
    return nationalDayDays;
  }

  /**
   * Returns the number of holidays a year has under this code alone, before compensatory and scheduled days: 9,
   * 10 or 11.
   *
   * @return 4 single days plus Tết plus Quốc khánh
   */
  public int statutoryDays() {
    return 4 + lunarNewYearDays + nationalDayDays;
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
