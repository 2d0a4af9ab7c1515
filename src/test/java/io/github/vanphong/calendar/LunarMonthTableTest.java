package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LunarMonthTableTest {

  private static final LunarMonthTable VIETNAM = LunarMonthTable.VIETNAM;

  private static LocalDate firstDay(LunarMonthTable table, int year, int month, boolean leap) {
    return LocalDate.ofEpochDay(table.start(table.indexOf(year, month, leap)));
  }

  @Test
  void theVietnameseTableIsBuiltQuickly() {
    long start = System.nanoTime();
    LunarMonthTable table = LunarMonthTable.compute(1899, 2199, LunarMonthTable.VIETNAM_OFFSET_HOURS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(table.size()).isEqualTo(VIETNAM.size()).isBetween(3700, 3800);
    assertThat(millis).as("milliseconds to build the table").isLessThan(1000);
  }

  @Test
  void theSameRuleAtUtcPlus8GivesTheChineseCalendar() {
    // China's Spring Festival, where it differs from Vietnam's Tết: 1985-02-20 and 2007-02-18.
    LunarMonthTable china = LunarMonthTable.compute(1984, 2008, 8);
    assertThat(firstDay(china, 1985, 1, false)).isEqualTo(LocalDate.of(1985, 2, 20));
    assertThat(firstDay(china, 2007, 1, false)).isEqualTo(LocalDate.of(2007, 2, 18));
    assertThat(firstDay(china, 2008, 1, false)).isEqualTo(LocalDate.of(2008, 2, 7));
    assertThat(china.leapMonth(1984)).isEqualTo(10);
    assertThat(china.leapMonth(1985)).isZero();
    assertThat(firstDay(VIETNAM, 1985, 1, false)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(firstDay(VIETNAM, 2007, 1, false)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(VIETNAM.leapMonth(1984)).isZero();
    assertThat(VIETNAM.leapMonth(1985)).isEqualTo(2);
  }

  @Test
  void aSmallTableHoldsTheYearsAskedAndMonths11And12OfTheYearBefore() {
    LunarMonthTable table = LunarMonthTable.compute(2016, 2017, 7);
    assertThat(table.firstYear()).isEqualTo(2016);
    assertThat(table.lastYear()).isEqualTo(2017);
    // From month 11 of 2015 to month 10 of 2018: three spans between months 11, one of them with a leap month.
    assertThat(table.size()).isEqualTo(12 + 13 + 12);
    assertThat(table.year(0)).isEqualTo(2015);
    assertThat(table.month(0)).isEqualTo(11);
    assertThat(LocalDate.ofEpochDay(table.start(0))).isEqualTo(LocalDate.of(2015, 12, 11));
    assertThat(firstDay(table, 2017, 6, true)).isEqualTo(LocalDate.of(2017, 7, 23));
    assertThat(firstDay(table, 2017, 7, false)).isEqualTo(LocalDate.of(2017, 8, 22));
    assertThat(table.isLeap(table.indexOf(2017, 6, true))).isTrue();
    assertThat(table.isLeap(table.indexOf(2017, 6, false))).isFalse();
    assertThat(table.leapMonth(2016)).isZero();
    assertThat(table.leapMonth(2017)).isEqualTo(6);
  }

  @Test
  void theLeapMonthOf2033FollowsMonth11() {
    // The "2033 problem": the first month without a major term after month 11 of 2033 is the one right after it.
    assertThat(VIETNAM.leapMonth(2033)).isEqualTo(11);
    assertThat(VIETNAM.leapMonth(2034)).isZero();
  }

  @Test
  void yearsOutsideTheKnownDeltaTAreRefused() {
    assertThatThrownBy(() -> LunarMonthTable.compute(1860, 1900, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1861 to 2248")
        .hasMessageContaining("1860 to 1900");
    assertThatThrownBy(() -> LunarMonthTable.compute(2000, 2249, 7)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarMonthTable.compute(2001, 2000, 7)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LunarMonthTable.compute(1861, 1861, 7).lastYear()).isEqualTo(1861);
    assertThat(LunarMonthTable.compute(2248, 2248, 7).firstYear()).isEqualTo(2248);
  }

  @Test
  void aLongitudeIsInTheMonthFromItsFirstMidnightToBeforeTheNext() {
    assertThat(LunarMonthTable.containsLongitude(260, 290, 270)).isTrue();
    assertThat(LunarMonthTable.containsLongitude(270, 299, 270)).isTrue();
    assertThat(LunarMonthTable.containsLongitude(241, 270, 270)).isFalse();
    assertThat(LunarMonthTable.containsLongitude(271, 300, 270)).isFalse();
    assertThat(LunarMonthTable.containsLongitude(345, 14, 0)).isTrue();
    assertThat(LunarMonthTable.containsLongitude(345, 14, 350)).isTrue();
    assertThat(LunarMonthTable.containsLongitude(345, 14, 10)).isTrue();
    assertThat(LunarMonthTable.containsLongitude(345, 14, 20)).isFalse();
  }

  @Test
  void aMajorTermIsAMultipleOf30Degrees() {
    assertThat(LunarMonthTable.containsMajorTerm(1, 29.9)).isFalse();
    assertThat(LunarMonthTable.containsMajorTerm(0, 29)).isTrue();
    assertThat(LunarMonthTable.containsMajorTerm(31, 61)).isTrue();
    assertThat(LunarMonthTable.containsMajorTerm(31, 60)).isFalse();
    assertThat(LunarMonthTable.containsMajorTerm(340, 9)).isTrue();
    assertThat(LunarMonthTable.containsMajorTerm(331, 359.5)).isFalse();
  }

  @Test
  void theVietnameseTableStartsEachMonthOfTheCalendarInUseOnItsDay() {
    for (LocalDate day : LunarMonthTable.VIETNAM_STARTS_IN_USE) {
      int index = VIETNAM.indexOf((int) day.toEpochDay());
      assertThat(LocalDate.ofEpochDay(VIETNAM.start(index))).as("%s", day).isEqualTo(day);
      assertThat(VIETNAM.isNearMidnight(index)).as("%s", day).isTrue();
    }
    // Without the days in use, the series starts each of these months the day before.
    LunarMonthTable seriesAlone = LunarMonthTable.compute(2174, 2175, LunarMonthTable.VIETNAM_OFFSET_HOURS);
    assertThat(firstDay(seriesAlone, 2175, 1, false)).isEqualTo(LocalDate.of(2175, 1, 22));
    assertThat(firstDay(VIETNAM, 2175, 1, false)).isEqualTo(LocalDate.of(2175, 1, 23));
  }

  @Test
  void aDayInUseThatNoNearMidnightNewMoonExplainsIsRefused() {
    // 2016-02-09 is the day after Tết 2016, whose new moon fell at 21:39, far from midnight.
    assertThatThrownBy(
            () -> LunarMonthTable.compute(2015, 2016, 7, ImmutableList.of(LocalDate.of(2016, 2, 9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("within 5 minutes of the midnight next to 2016-02-09");
    // A day outside the years asked for is not looked at.
    assertThat(LunarMonthTable.compute(2015, 2016, 7, ImmutableList.of(LocalDate.of(2175, 1, 23))).lastYear())
        .isEqualTo(2016);
  }

  @Test
  void everyDayOfTheTableFindsItsMonth() {
    for (int i = 0; i < VIETNAM.size(); i++) {
      for (int day = VIETNAM.start(i); day < VIETNAM.start(i + 1); day++) {
        assertThat(VIETNAM.indexOf(day)).isEqualTo(i);
      }
    }
  }
}
