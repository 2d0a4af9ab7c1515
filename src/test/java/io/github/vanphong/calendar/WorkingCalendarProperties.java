package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingCalendarProperties {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(WorkingCalendar.FIRST_DAY.toEpochDay(), LocalDate.of(2199, 6, 30).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalDate> daysBefore2180() {
    return Arbitraries.longs()
        .between(WorkingCalendar.FIRST_DAY.toEpochDay(), LocalDate.of(2180, 1, 1).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.integers().between(WorkingCalendar.FIRST_DAY.getYear(), 2199);
  }

  /** The slow reference: walk day by day. */
  private static LocalDate slowPlus(LocalDate day, int n) {
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (VIETNAM.isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  @Property
  void plusWorkingDaysLandsOnAWorkingDayAndAgreesWithAWalk(
      @ForAll("days") LocalDate day, @ForAll @IntRange(min = 1, max = 60) int n) {
    LocalDate result = VIETNAM.plusWorkingDays(day, n);
    assertThat(VIETNAM.isWorkingDay(result)).isTrue();
    assertThat(result).isEqualTo(slowPlus(day, n));
    assertThat(VIETNAM.workingDaysBetween(day, result)).isEqualTo(n);
    assertThat(VIETNAM.workingDaysBetween(day, result.minusDays(1))).isEqualTo(n - 1);
  }

  @Property
  void workingDaysBetweenCountsWhatAWalkCounts(
      @ForAll("days") LocalDate start, @ForAll @IntRange(min = 0, max = 120) int length) {
    LocalDate end = start.plusDays(length);
    long walked = start.plusDays(1).datesUntil(end.plusDays(1)).filter(VIETNAM::isWorkingDay).count();
    assertThat(VIETNAM.workingDaysBetween(start, end)).isEqualTo((int) walked);
    assertThat(VIETNAM.workingDaysBetween(end, start)).isEqualTo((int) -walked);
  }

  @Property
  void plusWorkingDaysIsMonotonicInN(
      @ForAll("daysBefore2180") LocalDate day, @ForAll @IntRange(min = 0, max = 4000) int n) {
    assertThat(VIETNAM.plusWorkingDays(day, n + 1)).isAfter(VIETNAM.plusWorkingDays(day, n));
  }

  @Property
  void nextWorkingDayIsTheFirstWorkingDayOnOrAfter(@ForAll("days") LocalDate day) {
    LocalDate next = VIETNAM.nextWorkingDay(day);
    assertThat(VIETNAM.isWorkingDay(next)).isTrue();
    assertThat(VIETNAM.workingDaysBetween(day.minusDays(1).isBefore(WorkingCalendar.FIRST_DAY) ? day : day.minusDays(1), next))
        .isLessThanOrEqualTo(1);
    assertThat(day.datesUntil(next).noneMatch(VIETNAM::isWorkingDay)).isTrue();
  }

  @Property
  void theStatutoryHolidaysOfAYearMatchTheCodeInForce(@ForAll("years") int year) {
    long statutory =
        VIETNAM.publicHolidays(year).stream()
            .filter(h -> h.kind().isStatutory() && h.kind() != HolidayKind.CULTURE_DAY)
            .count();
    LabourCode atNewYear = LabourCode.inForceOn(LocalDate.of(year, 1, 1));
    LabourCode atYearEnd = LabourCode.inForceOn(LocalDate.of(year, 12, 31));
    if (atNewYear == atYearEnd) {
      assertThat(statutory).isEqualTo(atNewYear.statutoryDays());
    } else {
      // 2013: Tết, Giỗ Tổ and 30/4 under the code of 1994, 1/5 and 2/9 under that of 2012.
      assertThat(statutory).isEqualTo(9);
    }
  }

  @Property
  void everyHolidayOfAYearLiesInThatYearAndIsOff(@ForAll("years") int year) {
    assertThat(VIETNAM.publicHolidays(year))
        .allSatisfy(h -> {
          assertThat(h.date().getYear()).isEqualTo(year);
          assertThat(VIETNAM.isWorkingDay(h.date())).isFalse();
        });
  }
}
