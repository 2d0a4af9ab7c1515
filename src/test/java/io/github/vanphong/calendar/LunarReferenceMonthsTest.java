package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lunar calendar agrees with the calendar in use in Vietnam (Hồ Ngọc Đức's published method, UTC+7) where the
 * new moon falls within two minutes of local midnight, and says which months' first days are that uncertain. The
 * table is the one of {@code docs/calendar-data.md}, "The lunar reference".
 */
class LunarReferenceMonthsTest {

  /** A month of the table: its label, its first day in the calendar in use, and the length of the month before. */
  record ReferenceMonth(String label, LocalDate firstDay, String monthBefore) {}

  private static final List<ReferenceMonth> NINE =
      List.of(
          new ReferenceMonth("1944-05", LocalDate.of(1944, 6, 21), "1944-04L"),
          new ReferenceMonth("1967-06", LocalDate.of(1967, 7, 8), "1967-05"),
          new ReferenceMonth("2072-11", LocalDate.of(2072, 12, 10), "2072-10"),
          new ReferenceMonth("2077-10", LocalDate.of(2077, 11, 16), "2077-09"),
          new ReferenceMonth("2130-04", LocalDate.of(2130, 5, 8), "2130-03"),
          new ReferenceMonth("2150-05", LocalDate.of(2150, 5, 27), "2150-04"),
          new ReferenceMonth("2159-04", LocalDate.of(2159, 5, 18), "2159-03"),
          new ReferenceMonth("2175-01", LocalDate.of(2175, 1, 23), "2174-12"),
          new ReferenceMonth("2199-01", LocalDate.of(2199, 1, 27), "2198-12"));

  private static String label(LunarDate d) {
    String s = d.toString();
    return s.substring(0, s.lastIndexOf('-'));
  }

  @Test
  void aMonthWhoseNewMoonFallsWithinTwoMinutesOfMidnightStartsOnTheDayTheCalendarInUseGives() {
    for (ReferenceMonth m : NINE) {
      LunarDate first = LunarDate.from(m.firstDay());
      assertThat(first.day()).as(m.label()).isEqualTo(1);
      assertThat(label(first)).as(m.label()).isEqualTo(m.label());
      // The month before ends the day before, with 30 days: a day more than the series alone would give it.
      LunarDate last = LunarDate.from(m.firstDay().minusDays(1));
      assertThat(label(last)).as(m.label()).isEqualTo(m.monthBefore());
      assertThat(last.day()).as(m.label()).isEqualTo(30);
      assertThat(last.lengthOfMonth()).as(m.label()).isEqualTo(30);
    }
  }

  @Test
  void tet2175And2199FallOnTheDaysOfTheCalendarInUse() {
    assertThat(LunarDate.of(2175, 1, 1, false).toLocalDate()).isEqualTo(LocalDate.of(2175, 1, 23));
    assertThat(LunarDate.of(2199, 1, 1, false).toLocalDate()).isEqualTo(LocalDate.of(2199, 1, 27));
    assertThat(LunarDate.from(LocalDate.of(2175, 1, 22))).hasToString("2174-12-30");
  }

  @Test
  void the1944MonthFollowsALeapFourthMonthOfThirtyDays() {
    assertThat(LunarDate.leapMonthOfYear(1944)).hasValue(4);
    assertThat(LunarDate.of(1944, 4, 1, true).lengthOfMonth()).isEqualTo(30);
    assertThat(LunarDate.of(1944, 4, 30, true).toLocalDate()).isEqualTo(LocalDate.of(1944, 6, 20));
  }

  @Test
  void whatTheReferenceArithmeticCallsDayZeroIsTheThirtiethOfTheMonthBefore() {
    assertThat(LunarDate.from(LocalDate.of(2054, 5, 7))).hasToString("2054-03-30");
    assertThat(LunarDate.from(LocalDate.of(2054, 5, 8))).hasToString("2054-04-01");
    assertThat(LunarDate.from(LocalDate.of(2062, 4, 9))).hasToString("2062-02-30");
    assertThat(LunarDate.from(LocalDate.of(2062, 4, 10))).hasToString("2062-03-01");
  }

  @Test
  void aMonthWhoseNewMoonFallsWithinFiveMinutesOfMidnightIsMarkedOnEveryDay() {
    assertThat(LunarDate.NEAR_MIDNIGHT).isEqualTo(Duration.ofMinutes(5));
    for (ReferenceMonth m : NINE) {
      LunarDate first = LunarDate.from(m.firstDay());
      for (int day = 1; day <= first.lengthOfMonth(); day++) {
        assertThat(LunarDate.from(m.firstDay().plusDays(day - 1)).isNearMidnightNewMoon()).as(m.label()).isTrue();
      }
      assertThat(LunarDate.nearMidnightMonths()).as(m.label()).contains(first);
      assertThat(LunarDate.from(m.firstDay().minusDays(1)).isNearMidnightNewMoon()).as(m.monthBefore()).isFalse();
    }
    // Tết 2016: the new moon at 21:39 local time, far from midnight.
    assertThat(LunarDate.of(2016, 1, 1, false).isNearMidnightNewMoon()).isFalse();
    assertThat(LunarDate.of(2016, 1, 15, false).isNearMidnightNewMoon()).isFalse();
  }

  @Test
  void theNearMidnightMonthsAreFirstDaysInOrderWithinTheRange() {
    List<LunarDate> months = LunarDate.nearMidnightMonths();
    // 31 months of 1900–2199 have a new moon within five minutes of midnight by the library's series.
    assertThat(months).hasSize(31);
    assertThat(months).isSorted();
    assertThat(months).allSatisfy(d -> assertThat(d.day()).isEqualTo(1));
    assertThat(months).allSatisfy(LunarDate::isNearMidnightNewMoon);
    assertThat(months.get(0).toLocalDate()).isEqualTo(LocalDate.of(1944, 6, 21));
    assertThat(months.get(months.size() - 1).toLocalDate()).isEqualTo(LocalDate.of(2199, 1, 27));
    assertThat(months).contains(LunarDate.parse("1996-11-01"), LunarDate.parse("2054-04-01"));
    assertThat(LunarDate.nearMidnightMonths()).isSameAs(months);
  }
}
