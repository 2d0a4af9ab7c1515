package io.github.vanphong.calendar;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final LegalBasis PROVINCE = LegalBasis.of(Instrument.of("Quyết định 12/QĐ-UBND", LocalDate.of(2020, 1, 1)), "Điều 1");

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static List<LocalDate> dates(ImmutableList<PublicHoliday> holidays, HolidayKind kind) {
    return holidays.stream().filter(h -> h.kind() == kind).map(PublicHoliday::date).collect(Collectors.toList());
  }

  @Test
  void officesWorkMondayToFriday() {
    assertThat(VIETNAM.isWorkingDay(day(2026, 3, 6))).isTrue();
    assertThat(VIETNAM.isWorkingDay(day(2026, 3, 7))).isFalse();
    assertThat(VIETNAM.isWorkingDay(day(2026, 3, 8))).isFalse();
    assertThat(VIETNAM.isWorkingDay(day(2026, 3, 9))).isTrue();
    assertThat(VIETNAM.restDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(VIETNAM.workingWeekBasis().citation()).isEqualTo("Quyết định 188/1999/QĐ-TTg, Điều 1");
  }

  @Test
  void theOfficialSchedule2026KeepsOfficesClosedFrom14To22February() {
    for (LocalDate d = day(2026, 2, 14); !d.isAfter(day(2026, 2, 22)); d = d.plusDays(1)) {
      assertThat(VIETNAM.isWorkingDay(d)).as("%s", d).isFalse();
    }
    assertThat(VIETNAM.isWorkingDay(day(2026, 2, 13))).isTrue();
    assertThat(VIETNAM.isWorkingDay(day(2026, 2, 23))).isTrue();
    assertThat(VIETNAM.plusWorkingDays(day(2026, 2, 13), 1)).isEqualTo(day(2026, 2, 23));
  }

  @Test
  void aSwappedSaturdayIsAWorkingDay() {
    assertThat(VIETNAM.isWorkingDay(day(2026, 1, 10))).isTrue();
    assertThat(VIETNAM.isWorkingDay(day(2026, 1, 2))).isFalse();
    assertThat(VIETNAM.isWorkingDay(day(2025, 4, 26))).isTrue();
    assertThat(VIETNAM.isWorkingDay(day(2025, 5, 2))).isFalse();
    assertThat(VIETNAM.isWorkingDay(day(2024, 5, 4))).isTrue();
  }

  @Test
  void aHolidayOnSundayGivesACompensatoryMonday() {
    ImmutableList<PublicHoliday> y2023 = VIETNAM.publicHolidays(2023);
    assertThat(dates(y2023, HolidayKind.COMPENSATORY))
        .containsExactly(day(2023, 1, 2), day(2023, 1, 25), day(2023, 1, 26), day(2023, 5, 2), day(2023, 5, 3), day(2023, 9, 4));
    assertThat(VIETNAM.publicHolidaysOn(day(2023, 1, 2)).get(0).basis().citation())
        .isEqualTo("Bộ luật Lao động 45/2019/QH14, Điều 111, khoản 3");
  }

  @Test
  void aCompensatoryDaySkipsOtherHolidays() {
    // 30 April and 1 May 2022 on the weekend: made up on Monday 2 and Tuesday 3 May.
    assertThat(dates(VIETNAM.publicHolidays(2022), HolidayKind.COMPENSATORY))
        .containsExactly(day(2022, 1, 3), day(2022, 4, 11), day(2022, 5, 2), day(2022, 5, 3));
  }

  @Test
  void tetLastsFiveDaysUnderTheCodeOf2012() {
    assertThat(dates(VIETNAM.publicHolidays(2014), HolidayKind.LUNAR_NEW_YEAR))
        .containsExactly(day(2014, 1, 30), day(2014, 1, 31), day(2014, 2, 1), day(2014, 2, 2), day(2014, 2, 3));
  }

  @Test
  void tet2013StillFallsUnderTheCodeOf1994() {
    assertThat(dates(VIETNAM.publicHolidays(2013), HolidayKind.LUNAR_NEW_YEAR))
        .containsExactly(day(2013, 2, 9), day(2013, 2, 10), day(2013, 2, 11), day(2013, 2, 12));
    assertThat(VIETNAM.publicHolidaysOn(day(2013, 4, 30)).get(0).basis())
        .isEqualTo(LabourCode.CODE_1994_AS_AMENDED_2007.basis());
    assertThat(VIETNAM.publicHolidaysOn(day(2013, 5, 1)).get(0).basis().instrument().name())
        .isEqualTo("Bộ luật Lao động 10/2012/QH13");
  }

  @Test
  void gioToHungVuongIsNoHolidayBeforeLuat84Of2007AndIsOneFrom2007() {
    // Giỗ Tổ 2006 fell on Friday 7 April, before Luật 84/2007/QH11 added it to Điều 73 of the code of 1994.
    assertThat(LunarDate.of(2006, 3, 10, false).toLocalDate()).isEqualTo(day(2006, 4, 7));
    assertThat(VIETNAM.isWorkingDay(day(2006, 4, 7))).isTrue();
    assertThat(dates(VIETNAM.publicHolidays(2006), HolidayKind.HUNG_KINGS)).isEmpty();
    // Giỗ Tổ 2007 fell on Thursday 26 April, a holiday under the code as amended.
    assertThat(LunarDate.of(2007, 3, 10, false).toLocalDate()).isEqualTo(day(2007, 4, 26));
    assertThat(VIETNAM.isWorkingDay(day(2007, 4, 26))).isFalse();
    PublicHoliday gioTo = VIETNAM.publicHolidaysOn(day(2007, 4, 26)).get(0);
    assertThat(gioTo.kind()).isEqualTo(HolidayKind.HUNG_KINGS);
    assertThat(gioTo.basis().citation()).isEqualTo("Bộ luật Lao động 1994 (sửa đổi bởi Luật 84/2007/QH11), Điều 73");
    // Eight statutory days in 2006 (Tết 4), nine in 2008.
    assertThat(VIETNAM.publicHolidays(2006).stream().filter(h -> h.kind().isStatutory()).count()).isEqualTo(8);
    assertThat(VIETNAM.publicHolidays(2008).stream().filter(h -> h.kind().isStatutory()).count()).isEqualTo(9);
  }

  @Test
  void tetIsFourDaysUnderTheCodeOf1994TheLastDayOfTheYearAndTheFirstThree() {
    // Tết Bính Tuất, 2006-01-29: 28 to 31 January, Saturday and Sunday made up on 1 and 2 February.
    assertThat(dates(VIETNAM.publicHolidays(2006), HolidayKind.LUNAR_NEW_YEAR))
        .containsExactly(day(2006, 1, 28), day(2006, 1, 29), day(2006, 1, 30), day(2006, 1, 31));
    // Compensatory days: 1/1 (Sunday), the Tết weekend, 30/4 (Sunday, made up after 1/5) and 2/9 (Saturday).
    assertThat(dates(VIETNAM.publicHolidays(2006), HolidayKind.COMPENSATORY))
        .containsExactly(day(2006, 1, 2), day(2006, 2, 1), day(2006, 2, 2), day(2006, 5, 2), day(2006, 9, 4));
    assertThat(VIETNAM.publicHolidaysOn(day(2006, 1, 30)).get(0).basis().citation())
        .isEqualTo("Bộ luật Lao động 1994, Điều 73");
  }

  @Test
  void withoutAScheduleTetIsTheLastDayOfTheYearAndTheFirstFour() {
    ImmutableList<PublicHoliday> y2027 = VIETNAM.publicHolidays(2027);
    assertThat(dates(y2027, HolidayKind.LUNAR_NEW_YEAR))
        .containsExactly(day(2027, 2, 5), day(2027, 2, 6), day(2027, 2, 7), day(2027, 2, 8), day(2027, 2, 9));
    assertThat(y2027.stream().filter(h -> h.kind() == HolidayKind.LUNAR_NEW_YEAR))
        .allSatisfy(h -> assertThat(h.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED));
    assertThat(VIETNAM.schedule(2027)).isEmpty();
    assertThat(VIETNAM.schedule(2026)).isPresent();
  }

  @Test
  void withoutAScheduleTheSecondDayOfQuocKhanhJoinsTheWeekend() {
    WorkingCalendar statutory = WorkingCalendar.builder().withoutSchedules().build();
    // The day the Government chose in 2021 to 2026, from the rule alone.
    assertThat(dates(statutory.publicHolidays(2021), HolidayKind.NATIONAL_DAY)).containsExactly(day(2021, 9, 2), day(2021, 9, 3));
    assertThat(dates(statutory.publicHolidays(2022), HolidayKind.NATIONAL_DAY)).containsExactly(day(2022, 9, 1), day(2022, 9, 2));
    assertThat(dates(statutory.publicHolidays(2023), HolidayKind.NATIONAL_DAY)).containsExactly(day(2023, 9, 1), day(2023, 9, 2));
    assertThat(dates(statutory.publicHolidays(2024), HolidayKind.NATIONAL_DAY)).containsExactly(day(2024, 9, 2), day(2024, 9, 3));
    assertThat(dates(statutory.publicHolidays(2025), HolidayKind.NATIONAL_DAY)).containsExactly(day(2025, 9, 1), day(2025, 9, 2));
    assertThat(dates(statutory.publicHolidays(2026), HolidayKind.NATIONAL_DAY)).containsExactly(day(2026, 9, 1), day(2026, 9, 2));
    // 2 September on a Sunday: Monday 3 is the adjacent day, Tuesday 4 the compensatory day.
    assertThat(dates(statutory.publicHolidays(2029), HolidayKind.NATIONAL_DAY)).containsExactly(day(2029, 9, 2), day(2029, 9, 3));
    assertThat(statutory.isWorkingDay(day(2029, 9, 4))).isFalse();
    assertThat(dates(statutory.publicHolidays(2020), HolidayKind.NATIONAL_DAY)).containsExactly(day(2020, 9, 2));
  }

  @Test
  void theSecondDayOfQuocKhanhWithAnotherWeek() {
    // Rest on Sunday only: 2 September 2023 is a working Saturday; both neighbours are days of work? Friday works,
    // Sunday rests, so the Friday is taken.
    WorkingCalendar sixDays = WorkingCalendar.builder().withoutSchedules().restDays(PROVINCE, DayOfWeek.SUNDAY).build();
    assertThat(dates(sixDays.publicHolidays(2023), HolidayKind.NATIONAL_DAY)).containsExactly(day(2023, 9, 1), day(2023, 9, 2));
    // 2 September 2021 is a Thursday: Wednesday and Friday work and neither joins a rest day: the day before.
    assertThat(dates(sixDays.publicHolidays(2021), HolidayKind.NATIONAL_DAY)).containsExactly(day(2021, 9, 1), day(2021, 9, 2));
    // 2 September 2022 is a Friday: Saturday joins the Sunday rest, the Thursday does not: the day after.
    assertThat(dates(sixDays.publicHolidays(2022), HolidayKind.NATIONAL_DAY)).containsExactly(day(2022, 9, 2), day(2022, 9, 3));
    WorkingCalendar noRest = WorkingCalendar.builder().withoutSchedules().restDays(PROVINCE).build();
    assertThat(dates(noRest.publicHolidays(2022), HolidayKind.NATIONAL_DAY)).containsExactly(day(2022, 9, 1), day(2022, 9, 2));
    assertThat(noRest.isWorkingDay(day(2022, 9, 3))).isTrue();
    WorkingCalendar middle = WorkingCalendar.builder().withoutSchedules()
        .restDays(PROVINCE, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY).build();
    // 2 September 2021 is a Thursday between two rest days: the day before.
    assertThat(dates(middle.publicHolidays(2021), HolidayKind.NATIONAL_DAY)).containsExactly(day(2021, 9, 1), day(2021, 9, 2));
  }

  @Test
  void ngayVanHoaVietNamIsNotCountedUntilItsInstrumentIsConfirmed() {
    assertThat(WorkingCalendar.CULTURE_DAY.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(VIETNAM.isWorkingDay(day(2026, 11, 24))).isTrue();
    assertThat(VIETNAM.publicHolidaysOn(day(2026, 11, 24))).isEmpty();
  }

  @Test
  void ngayVanHoaVietNamIsADayOffWhereAnApplicationAddsItAndIsNotMadeUp() {
    WorkingCalendar withCultureDay = WorkingCalendar.builder().cultureDay(WorkingCalendar.CULTURE_DAY).build();
    assertThat(withCultureDay.isWorkingDay(day(2026, 11, 24))).isFalse();
    assertThat(withCultureDay.isWorkingDay(day(2025, 11, 24))).isTrue();
    // 24 November 2029 is a Saturday: no compensatory Monday.
    assertThat(withCultureDay.isWorkingDay(day(2029, 11, 26))).isTrue();
    assertThat(withCultureDay.publicHolidaysOn(day(2026, 11, 24)).get(0).kind()).isEqualTo(HolidayKind.CULTURE_DAY);
    assertThat(withCultureDay.publicHolidaysOn(day(2026, 11, 24)).get(0).basis()).isEqualTo(WorkingCalendar.CULTURE_DAY);
    // The day survives a later change of the calendar.
    assertThat(withCultureDay.withSchedule(VIETNAM.schedule(2026).orElseThrow()).isWorkingDay(day(2026, 11, 24)))
        .isFalse();
  }

  @Test
  void plusZeroWorkingDaysIsTheDayItself() {
    assertThat(VIETNAM.plusWorkingDays(day(2026, 2, 14), 0)).isEqualTo(day(2026, 2, 14));
    assertThat(VIETNAM.plusWorkingDays(day(2026, 2, 13), 0)).isEqualTo(day(2026, 2, 13));
    assertThat(VIETNAM.workingDaysBetween(day(2026, 2, 14), day(2026, 2, 14))).isZero();
  }

  @Test
  void plusWorkingDaysCountsFromTheDayAfter() {
    assertThat(VIETNAM.plusWorkingDays(day(2026, 3, 6), 1)).isEqualTo(day(2026, 3, 9));
    assertThat(VIETNAM.plusWorkingDays(day(2026, 3, 9), 1)).isEqualTo(day(2026, 3, 10));
    assertThat(VIETNAM.plusWorkingDays(day(2026, 3, 9), 5)).isEqualTo(day(2026, 3, 16));
  }

  @Test
  void workingDaysBetweenExcludesTheStartAndIncludesTheEnd() {
    assertThat(VIETNAM.workingDaysBetween(day(2026, 3, 9), day(2026, 3, 13))).isEqualTo(4);
    assertThat(VIETNAM.workingDaysBetween(day(2026, 3, 8), day(2026, 3, 13))).isEqualTo(5);
    assertThat(VIETNAM.workingDaysBetween(day(2026, 3, 13), day(2026, 3, 9))).isEqualTo(-4);
    assertThat(VIETNAM.workingDaysBetween(day(2026, 2, 13), day(2026, 2, 23))).isEqualTo(1);
  }

  @Test
  void nextWorkingDayIsTheDayItselfOrTheFirstAfter() {
    assertThat(VIETNAM.nextWorkingDay(day(2026, 3, 9))).isEqualTo(day(2026, 3, 9));
    assertThat(VIETNAM.nextWorkingDay(day(2026, 2, 14))).isEqualTo(day(2026, 2, 23));
  }

  @Test
  void theRangeEndsAreIncluded() {
    assertThat(VIETNAM.isWorkingDay(day(2006, 1, 1))).isFalse(); // Tết Dương lịch, a Sunday
    assertThat(VIETNAM.isWorkingDay(day(2006, 1, 2))).isFalse(); // its compensatory day
    assertThat(VIETNAM.isWorkingDay(day(2006, 1, 3))).isTrue();
    assertThat(VIETNAM.isWorkingDay(day(2199, 12, 31))).isTrue();
    assertThat(VIETNAM.plusWorkingDays(day(2199, 12, 30), 1)).isEqualTo(day(2199, 12, 31));
    assertThat(VIETNAM.workingDaysBetween(day(2006, 1, 1), day(2006, 1, 6))).isEqualTo(4);
    assertThat(VIETNAM.workingDaysBetween(day(2006, 1, 1), day(2199, 12, 31))).isPositive();
  }

  @Test
  void theCalendarAnswersFrom2006TheFirstDayOnWhichTheLibraryHoldsEveryRuleOfDays() {
    // The latest first day of the rules a count needs: the holidays (Bộ luật Lao động 1994, 1995-01-01), the
    // five-day week (Quyết định 188/1999/QĐ-TTg, Điều 1, 1999-10-02) and the counting of periods (Bộ luật Dân sự
    // 33/2005/QH11, Điều 152 and 153, 2006-01-01).
    assertThat(WorkingCalendar.FIRST_DAY).isEqualTo(day(2006, 1, 1));
    assertThat(WorkingCalendar.FIRST_DAY).isEqualTo(CivilCode.CODE_2005.instrument().inForceFrom());
    assertThat(WorkingCalendar.FIVE_DAY_WEEK.isInForceOn(WorkingCalendar.FIRST_DAY)).isTrue();
    assertThat(WorkingCalendar.FIVE_DAY_WEEK.inForceFrom()).isEqualTo(day(1999, 10, 2));
    assertThat(LabourCode.inForceOn(WorkingCalendar.FIRST_DAY).basis().isInForceOn(WorkingCalendar.FIRST_DAY)).isTrue();
    assertThat(CivilCode.inForceOn(WorkingCalendar.FIRST_DAY)).isEqualTo(CivilCode.CODE_2005);
    // The range docs/performance.md sizes the tables by: 70,857 days.
    assertThat(CalendarRange.WORKING.days()).isEqualTo(70_857);
    LocalDate dayBefore = WorkingCalendar.FIRST_DAY.minusDays(1);
    String refusal = "day must lie within the calendar's range 2006-01-01 to 2199-12-31: 2005-12-31";
    assertThatThrownBy(() -> VIETNAM.isWorkingDay(dayBefore))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage(refusal);
    assertThatThrownBy(() -> WorkingCalendar.builder().restDays(PROVINCE, DayOfWeek.SUNDAY).build()
            .isWorkingDay(dayBefore))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage(refusal);
    assertThatThrownBy(() -> VIETNAM.publicHolidays(2005))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year must lie within the calendar's range 2006 to 2199: 2005");
  }

  /**
   * Quyết định 188/1999/QĐ-TTg, Điều 1: Saturday and Sunday off from 1999-10-02; before it offices worked six days,
   * so the calendar answers only from a day on which the five-day week is in force, and applies it to none before.
   */
  @Test
  void theFiveDayWeekOfQuyetDinh188Dieu1CoversEveryDayTheCalendarAnswersFor() {
    assertThat(WorkingCalendar.FIVE_DAY_WEEK.citation()).isEqualTo("Quyết định 188/1999/QĐ-TTg, Điều 1");
    assertThat(WorkingCalendar.FIVE_DAY_WEEK.inForceFrom()).isEqualTo(day(1999, 10, 2));
    assertThat(WorkingCalendar.FIVE_DAY_WEEK.isInForceOn(WorkingCalendar.FIRST_DAY)).isTrue();
    assertThat(WorkingCalendar.FIVE_DAY_WEEK.inForceUntil()).isEmpty();
    // The first Saturday the calendar answers for is a rest day; Saturday 1999-10-02 itself is refused.
    assertThat(VIETNAM.isWorkingDay(day(2006, 1, 7))).isFalse();
    assertThatThrownBy(() -> VIETNAM.isWorkingDay(day(1999, 10, 2))).isExactlyInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> VIETNAM.isWorkingDay(day(1999, 10, 1))).isExactlyInstanceOf(DateTimeException.class);
  }

  @Test
  void aDayOutsideTheRangeIsRefusedAsJavaTimeRefusesIt() {
    String range = " must lie within the calendar's range 2006-01-01 to 2199-12-31: ";
    assertThatThrownBy(() -> VIETNAM.isWorkingDay(day(1899, 12, 31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day" + range + "1899-12-31");
    assertThatThrownBy(() -> VIETNAM.workingDaysBetween(day(2026, 1, 1), day(2200, 1, 1)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("endInclusive" + range + "2200-01-01");
    assertThatThrownBy(() -> VIETNAM.workingDaysBetween(day(2005, 12, 31), day(2026, 1, 1)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("startExclusive" + range + "2005-12-31");
    assertThatThrownBy(() -> VIETNAM.plusWorkingDays(day(2199, 12, 31), 1))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day plus n working days" + range + "1 working days after 2199-12-31 lie beyond it");
    assertThatThrownBy(() -> VIETNAM.plusWorkingDays(day(2199, 12, 30), 2))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day plus n working days" + range + "2 working days after 2199-12-30 lie beyond it");
    assertThatThrownBy(() -> VIETNAM.plusWorkingDays(day(2005, 12, 31), 0))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day" + range + "2005-12-31");
    assertThatThrownBy(() -> VIETNAM.nextWorkingDay(day(2200, 1, 1)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day" + range + "2200-01-01");
    assertThatThrownBy(() -> VIETNAM.publicHolidays(1995))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year must lie within the calendar's range 2006 to 2199: 1995");
    assertThatThrownBy(() -> VIETNAM.publicHolidays(2200))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year must lie within the calendar's range 2006 to 2199: 2200");
    assertThatThrownBy(() -> VIETNAM.publicHolidaysOn(day(2200, 1, 1)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day" + range + "2200-01-01");
    assertThatThrownBy(() -> VIETNAM.publicHolidaysOn(day(2005, 12, 31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day" + range + "2005-12-31");
    assertThat(VIETNAM.publicHolidays(2006)).isNotEmpty();
    assertThat(VIETNAM.publicHolidays(2199)).isNotEmpty();
  }

  @Test
  void theCalendarAndLunarDatesRefuseADayOutsideTheirRangesWithTheSameType() {
    LocalDate outside = day(2200, 1, 1);
    assertThatThrownBy(() -> VIETNAM.isWorkingDay(outside)).isExactlyInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> LunarDate.from(outside)).isExactlyInstanceOf(DateTimeException.class);
    // The lunar calendar is astronomy and covers more: 1900 to 2199.
    assertThat(WorkingCalendar.FIRST_DAY).isAfter(LunarDate.MIN.toLocalDate());
    assertThat(LunarDate.from(day(1990, 1, 27))).hasToString("1990-01-01");
    assertThat(WorkingCalendar.LAST_DAY).isEqualTo(LunarDate.MAX.toLocalDate());
  }

  @Test
  void aNegativeNumberOfWorkingDaysIsRefused() {
    assertThatThrownBy(() -> VIETNAM.plusWorkingDays(day(2026, 3, 9), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a number of working days to add is 0 or more, not -1");
  }

  @Test
  void aProvinceAddsItsOwnDaysAndSchedule() {
    OfficialSchedule own =
        OfficialSchedule.parse(
            "year 2027\nbasis Quyết định 5/QĐ-UBND | Điều 2 | 2026-12-01\ntet 2027-02-04..2027-02-08\noff 2027-02-10\n");
    WorkingCalendar province =
        WorkingCalendar.builder()
            .schedule(own)
            .localDayOff(day(2027, 3, 15), PROVINCE)
            .localWorkingDay(day(2027, 3, 13), PROVINCE)
            .build();
    assertThat(province.isWorkingDay(day(2027, 2, 4))).isFalse();
    assertThat(province.isWorkingDay(day(2027, 2, 9))).isFalse(); // made up for Tết on the weekend
    assertThat(province.isWorkingDay(day(2027, 2, 10))).isFalse();
    assertThat(province.isWorkingDay(day(2027, 3, 15))).isFalse();
    assertThat(province.isWorkingDay(day(2027, 3, 13))).isTrue();
    assertThat(province.publicHolidaysOn(day(2027, 3, 15)).get(0).kind()).isEqualTo(HolidayKind.LOCAL_DAY_OFF);
    assertThat(province.schedule(2027)).contains(own);
    assertThat(VIETNAM.withSchedule(own).publicHolidays(2027)).isEqualTo(WorkingCalendar.builder().schedule(own).build().publicHolidays(2027));
    assertThat(WorkingCalendar.builder().schedules(own.toString()).build()).isEqualTo(VIETNAM.withSchedule(own));
  }

  @Test
  void aHolidayStaysOffOnALocalWorkingDay() {
    WorkingCalendar c = WorkingCalendar.builder().localWorkingDay(day(2027, 5, 1), PROVINCE).build();
    assertThat(c.isWorkingDay(day(2027, 5, 1))).isFalse();
  }

  @Test
  void aWeekNeedsAWorkingDay() {
    assertThatThrownBy(() -> WorkingCalendar.builder().restDays(PROVINCE, DayOfWeek.values()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a working week has at least one working day");
  }

  @Test
  void localDaysMustLieInTheRangeAndARefusedDayLeavesTheBuilderAsItWas() {
    WorkingCalendar.Builder builder = WorkingCalendar.builder();
    assertThatThrownBy(() -> builder.localDayOff(day(2200, 1, 1), PROVINCE))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day must lie within the calendar's range 2006-01-01 to 2199-12-31: 2200-01-01");
    assertThatThrownBy(() -> builder.localWorkingDay(day(2005, 12, 31), PROVINCE))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day must lie within the calendar's range 2006-01-01 to 2199-12-31: 2005-12-31");
    assertThat(builder.build()).isEqualTo(VIETNAM);
  }

  @Test
  void calendarsAreEqualWhenTheyCountFromTheSameFacts() {
    LegalBasis cultureDayFrom2027 =
        LegalBasis.builder().from(WorkingCalendar.CULTURE_DAY).inForceFrom(day(2027, 1, 1)).build();
    assertThat(WorkingCalendar.vietnam()).isSameAs(VIETNAM);
    new EqualsTester()
        .addEqualityGroup(VIETNAM, WorkingCalendar.builder().build())
        .addEqualityGroup(
            WorkingCalendar.builder().cultureDay(WorkingCalendar.CULTURE_DAY).build(),
            WorkingCalendar.builder().cultureDay(WorkingCalendar.CULTURE_DAY).build())
        .addEqualityGroup(WorkingCalendar.builder().cultureDay(cultureDayFrom2027).build())
        .addEqualityGroup(WorkingCalendar.builder().withoutSchedules().build())
        .addEqualityGroup(WorkingCalendar.builder().restDays(PROVINCE, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).build())
        .addEqualityGroup(WorkingCalendar.builder().restDays(WorkingCalendar.FIVE_DAY_WEEK, DayOfWeek.SUNDAY).build())
        .addEqualityGroup(WorkingCalendar.builder().localDayOff(day(2027, 3, 15), PROVINCE).build())
        .addEqualityGroup(WorkingCalendar.builder().localWorkingDay(day(2027, 3, 13), PROVINCE).build())
        .addEqualityGroup("vietnam")
        .testEquals();
  }

  @Test
  void aCalendarThatCountsTheCultureDayIsNotEqualToOneThatDoesNot() {
    WorkingCalendar withCultureDay = WorkingCalendar.builder().cultureDay(WorkingCalendar.CULTURE_DAY).build();
    assertThat(withCultureDay.isWorkingDay(day(2026, 11, 24))).isNotEqualTo(VIETNAM.isWorkingDay(day(2026, 11, 24)));
    assertThat(withCultureDay).isNotEqualTo(VIETNAM);
    assertThat(withCultureDay.hashCode()).isNotEqualTo(VIETNAM.hashCode());
    assertThat(withCultureDay.toString()).isNotEqualTo(VIETNAM.toString());
  }

  @Test
  void theSummaryNamesEveryFactTheCalendarCountsFrom() {
    assertThat(VIETNAM.toString())
        .isEqualTo(
            "WorkingCalendar[rest days [SATURDAY, SUNDAY] (Quyết định 188/1999/QĐ-TTg, Điều 1), schedules [2012, 2013,"
                + " 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026], 0 local days off, 0"
                + " local working days, no culture day]");
    assertThat(WorkingCalendar.builder().cultureDay(WorkingCalendar.CULTURE_DAY).build().toString())
        .endsWith(", 0 local working days, culture day Nghị quyết 28/2026/QH16, Điều 2 [2026-07-01..) (unconfirmed)]");
  }

  @Test
  void theYearsOfTheShippedSchedulesMatchTheNotices() {
    // Weekdays off per year, from the notices and the labour code (docs/calendar-data.md).
    assertThat(weekdaysOff(2024))
        .containsExactly(day(2024, 1, 1), day(2024, 2, 8), day(2024, 2, 9), day(2024, 2, 12), day(2024, 2, 13),
            day(2024, 2, 14), day(2024, 4, 18), day(2024, 4, 29), day(2024, 4, 30), day(2024, 5, 1), day(2024, 9, 2),
            day(2024, 9, 3));
    assertThat(weekdaysOff(2025))
        .containsExactly(day(2025, 1, 1), day(2025, 1, 27), day(2025, 1, 28), day(2025, 1, 29), day(2025, 1, 30),
            day(2025, 1, 31), day(2025, 4, 7), day(2025, 4, 30), day(2025, 5, 1), day(2025, 5, 2), day(2025, 9, 1),
            day(2025, 9, 2));
    assertThat(weekdaysOff(2020))
        .containsExactly(day(2020, 1, 1), day(2020, 1, 23), day(2020, 1, 24), day(2020, 1, 27), day(2020, 1, 28),
            day(2020, 1, 29), day(2020, 4, 2), day(2020, 4, 30), day(2020, 5, 1), day(2020, 9, 2));
  }

  private static List<LocalDate> weekdaysOff(int year) {
    return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
        .filter(d -> d.getDayOfWeek().getValue() <= 5 && !VIETNAM.isWorkingDay(d))
        .collect(Collectors.toList());
  }

  @Test
  void aCalendarListsTheFactsItWasBuiltFrom() {
    assertThat(VIETNAM.schedules()).isEqualTo(OfficialSchedule.shipped());
    assertThat(VIETNAM.localDaysOff()).isEmpty();
    assertThat(VIETNAM.localWorkingDays()).isEmpty();
    assertThat(VIETNAM.cultureDay()).isEmpty();
    WorkingCalendar local =
        WorkingCalendar.builder()
            .withoutSchedules()
            .localDayOff(day(2027, 3, 9), PROVINCE)
            .localDayOff(day(2027, 3, 8), PROVINCE)
            .localWorkingDay(day(2027, 3, 13), PROVINCE)
            .cultureDay(WorkingCalendar.CULTURE_DAY)
            .build();
    assertThat(local.schedules()).isEmpty();
    assertThat(local.localDaysOff())
        .containsExactly(
            PublicHoliday.of(day(2027, 3, 8), HolidayKind.LOCAL_DAY_OFF, PROVINCE),
            PublicHoliday.of(day(2027, 3, 9), HolidayKind.LOCAL_DAY_OFF, PROVINCE));
    assertThat(local.localWorkingDays()).containsExactly(java.util.Map.entry(day(2027, 3, 13), PROVINCE));
    assertThat(local.cultureDay()).contains(WorkingCalendar.CULTURE_DAY);
  }

  @Test
  void aNullIsRefusedWhereItEntersNamingTheParameter() {
    WorkingCalendar.Builder builder = WorkingCalendar.builder();
    assertThatThrownBy(() -> builder.restDays(null, java.time.DayOfWeek.SUNDAY))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("basis");
    assertThatThrownBy(() -> builder.restDays(PROVINCE, (java.time.DayOfWeek) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("an element of days");
    assertThatThrownBy(() -> builder.localWorkingDay(LocalDate.of(2027, 3, 6), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("basis");
    assertThatThrownBy(() -> builder.localDayOff(LocalDate.of(2027, 3, 8), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("basis");
    assertThatThrownBy(() -> builder.schedule(null)).isInstanceOf(NullPointerException.class).hasMessage("schedule");
    assertThatThrownBy(() -> builder.schedules(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThat(builder.build()).isEqualTo(WorkingCalendar.builder().build());
    assertThatThrownBy(() -> VIETNAM.workingDaysBetween(null, LocalDate.of(2027, 3, 6)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("startExclusive");
    assertThatThrownBy(() -> VIETNAM.workingDaysBetween(LocalDate.of(2027, 3, 6), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endInclusive");
  }
}
