package io.github.vanphong.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A labour code as the source of the public holidays, one constant per period: for example {@link #CODE_2019},
 * Bộ luật Lao động 45/2019/QH14, in force from 2021-01-01, whose Điều 112 gives 11 days (Tết Âm lịch 5 days,
 * Quốc khánh 2 days) and whose Điều 111, khoản 3 gives a compensatory day for a holiday on the weekly rest day.
 *
 * <p>The code in force on a day decides that day's holidays ({@link #inForceOn(LocalDate) inForceOn}): Tết 2013 (February)
 * still falls under the code of 1994, Quốc khánh 2013 under the code of 2012; Giỗ Tổ Hùng Vương 2006 (7 April) was
 * no holiday, Giỗ Tổ 2007 (26 April) was one, under the code of 1994 as amended by Luật 84/2007/QH11. This is not
 * the yearly schedule of the Government ({@link OfficialSchedule}), which fixes which days Tết and the second day
 * of Quốc khánh fall on.
 *
 * <p>Confirmation: the code of 2019 is verified against its text; the code of 2012 is reported by a secondary
 * source that quotes its Điều 115 (khoản 1, the holidays; khoản 3, the compensatory day "vào ngày kế tiếp"); Điều 73
 * of the code of 1994 as amended in 2007 is reported by law-portal copies of Luật 84/2007/QH11 that give its full
 * text; Điều 73 as the code of 1994 first had it (before Giỗ Tổ was added) is unconfirmed, its text not read. No
 * earlier code is held: a day before 1995-01-01 is refused.
 */
public enum LabourCode implements Bilingual {
  /**
   * Bộ luật Lao động 1994, Điều 73, from 1995-01-01 until Luật 84/2007/QH11 came into force: 8 days, Tết Âm lịch 4
   * days, no Giỗ Tổ Hùng Vương.
   */
  CODE_1994(
      Instruments.LABOUR_CODE_1994.name(),
      "Labour Code of 1994",
      LegalBasis.builder()
          .instrument(Instruments.LABOUR_CODE_1994)
          .article("Điều 73")
          .inForceUntil(Instruments.LABOUR_CODE_AMENDMENT_2007.inForceFrom().minusDays(1))
          .confirmation(Confirmation.UNCONFIRMED)
          .build(),
      "Điều 73",
      Confirmation.UNCONFIRMED,
      EnumSet.of(
          HolidayKind.NEW_YEAR,
          HolidayKind.LUNAR_NEW_YEAR,
          HolidayKind.REUNIFICATION,
          HolidayKind.LABOUR_DAY,
          HolidayKind.NATIONAL_DAY),
      4,
      1),
  /**
   * Bộ luật Lao động 1994 as amended by Luật 84/2007/QH11, Điều 73, to 2013-04-30: 9 days, Tết Âm lịch 4 days ("một
   * ngày cuối năm và ba ngày đầu năm âm lịch"), Giỗ Tổ Hùng Vương (10/3 âm lịch) added.
   */
  CODE_1994_AS_AMENDED_2007(
      Instruments.LABOUR_CODE_1994.name() + " (sửa đổi năm 2007)",
      "Labour Code of 1994, as amended in 2007",
      LegalBasis.builder()
          .instrument(Instruments.LABOUR_CODE_1994)
          .article("Điều 73")
          .inForceFrom(Instruments.LABOUR_CODE_AMENDMENT_2007.inForceFrom())
          .addAsAmendedBy(Instruments.LABOUR_CODE_AMENDMENT_2007)
          .confirmation(Confirmation.REPORTED)
          .build(),
      "Điều 73",
      Confirmation.REPORTED,
      EnumSet.allOf(HolidayKind.class),
      4,
      1),
  /** Bộ luật Lao động 10/2012/QH13, Điều 115: 10 days, Tết Âm lịch 5 days, Quốc khánh 1 day. */
  CODE_2012(
      "Bộ luật Lao động 2012",
      "Labour Code of 2012",
      LegalBasis.of(Instruments.LABOUR_CODE_2012, "Điều 115, khoản 1"),
      "Điều 115, khoản 3",
      Confirmation.REPORTED,
      EnumSet.allOf(HolidayKind.class),
      5,
      1),
  /** Bộ luật Lao động 45/2019/QH14, Điều 112: 11 days, Tết Âm lịch 5 days, Quốc khánh 2 days. */
  CODE_2019(
      "Bộ luật Lao động 2019",
      "Labour Code of 2019",
      LegalBasis.of(Instruments.LABOUR_CODE_2019, "Điều 112, khoản 1"),
      "Điều 111, khoản 3",
      Confirmation.VERIFIED,
      EnumSet.allOf(HolidayKind.class),
      5,
      2);

  /** The codes, the one in force latest first. */
  private static final ImmutableList<LabourCode> NEWEST_FIRST =
      ImmutableList.of(CODE_2019, CODE_2012, CODE_1994_AS_AMENDED_2007, CODE_1994);

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;
  private final LegalBasis compensatoryBasis;
  private final ImmutableSet<HolidayKind> holidays;
  private final int lunarNewYearDays;
  private final int nationalDayDays;

  LabourCode(
      String vietnameseName,
      String englishName,
      LegalBasis basis,
      String compensatoryArticle,
      Confirmation compensatoryConfirmation,
      EnumSet<HolidayKind> kinds,
      int lunarNewYearDays,
      int nationalDayDays) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
    this.holidays = Sets.immutableEnumSet(Sets.intersection(kinds, listable()));
    this.compensatoryBasis =
        LegalBasis.builder()
            .from(basis)
            .article(compensatoryArticle)
            .confirmation(compensatoryConfirmation)
            .build();
    this.lunarNewYearDays = lunarNewYearDays;
    this.nationalDayDays = nationalDayDays;
  }

  private static Set<HolidayKind> listable() {
    return EnumSet.of(
        HolidayKind.NEW_YEAR,
        HolidayKind.LUNAR_NEW_YEAR,
        HolidayKind.REUNIFICATION,
        HolidayKind.LABOUR_DAY,
        HolidayKind.NATIONAL_DAY,
        HolidayKind.HUNG_KINGS);
  }

  /**
   * Returns the code whose holidays apply on the given day: {@link #CODE_2019} from 2021-01-01, {@link #CODE_2012}
   * from 2013-05-01 to 2020-12-31, {@link #CODE_1994_AS_AMENDED_2007} from the first day of Luật 84/2007/QH11 to
   * 2013-04-30, and {@link #CODE_1994} from 1995-01-01 until then.
   *
   * @param day the day, from 1995-01-01, not null
   * @return the code in force, not null
   * @throws DateTimeException if the day is before 1995-01-01, the first day of the earliest code the library holds
   */
  public static LabourCode inForceOn(LocalDate day) {
    requireNonNull(day, "day");
    for (LabourCode code : NEWEST_FIRST) {
      if (!day.isBefore(code.basis.inForceFrom())) {
        return code;
      }
    }
    throw new DateTimeException(
        "day must lie on or after "
            + CODE_1994.basis.inForceFrom()
            + ", the first day of "
            + CODE_1994.basis.instrument().name()
            + ", the earliest code of holidays the library holds: "
            + day);
  }

  /**
   * Tells whether this code lists a kind of holiday: every code lists New Year, Tết, 30 April, 1 May and Quốc
   * khánh; Giỗ Tổ Hùng Vương only from {@link #CODE_1994_AS_AMENDED_2007} on.
   *
   * @param kind the kind, not null
   * @return true if the code makes that day a holiday
   */
  public boolean lists(HolidayKind kind) {
    requireNonNull(kind, "kind");
    return holidays.contains(kind);
  }

  /**
   * Returns the kinds of holiday this code lists, for example New Year, Tết, 30 April, 1 May and Quốc khánh for
   * {@link #CODE_1994}, and Giỗ Tổ Hùng Vương besides from the amendment of 2007.
   *
   * @return the kinds, in the order of {@link HolidayKind}, not null
   */
  public ImmutableSet<HolidayKind> holidays() {
    return holidays;
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
   * @param kind a kind the code lists ({@link #lists(HolidayKind) lists}), not null
   * @return the basis, not null
   * @throws IllegalArgumentException if the code does not list that kind of holiday, for example Giỗ Tổ Hùng Vương
   *     under {@link #CODE_1994}
   */
  public LegalBasis basisFor(HolidayKind kind) {
    requireNonNull(kind, "kind");
    String point = switch (kind) {
      case NEW_YEAR -> "a";
      case LUNAR_NEW_YEAR -> "b";
      case REUNIFICATION -> "c";
      case LABOUR_DAY -> "d";
      case NATIONAL_DAY -> "đ";
      case HUNG_KINGS -> "e";
      default -> "";
    };
    if (!lists(kind)) {
      throw new IllegalArgumentException(
          "a labour code gives the holidays its article lists; "
              + englishName
              + " does not list "
              + kind
              + ", it lists "
              + holidays);
    }
    if (this == CODE_1994 || this == CODE_1994_AS_AMENDED_2007) {
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
   * Returns the number of days of Tết Âm lịch: 4 under the code of 1994 (before and after 2007), 5 under those of
   * 2012 and 2019.
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
   * Returns the number of holidays a year has under this code alone, before compensatory and scheduled days: 8, 9,
   * 10 or 11.
   *
   * @return the single days it lists (3 or 4) plus Tết plus Quốc khánh
   */
  public int statutoryDays() {
    return holidays.size() - 2 + lunarNewYearDays + nationalDayDays;
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
