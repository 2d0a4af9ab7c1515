package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the library's calendar on every day from 1900-01-01 to 2199-12-31 against what it cannot have computed
 * itself: published Vietnamese dates, a second algorithm ({@link IndependentLunarCalendar}), and the laws of the
 * rule.
 */
class LunarDateOracleTest {

  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2199, 12, 31);
  private static final double MINUTE = 1.0 / 1440;

  /** More than the two new-moon computations ever differ (measured: 1.1 minutes). */
  private static final double NEW_MOON_TOLERANCE = 3 * MINUTE;

  /** Both suns are good to 0.01°, about 15 minutes of time at a solar term. */
  private static final double TERM_TOLERANCE = 30 * MINUTE;

  private static IndependentLunarCalendar.Calendar oracle;

  @BeforeAll
  static void computeTheOracle() {
    oracle = IndependentLunarCalendar.compute(1899, 2199, NEW_MOON_TOLERANCE, TERM_TOLERANCE);
  }

  @Test
  void tetFallsOnThePublishedDays() {
    // Tết Nguyên đán as published in Vietnam; 1985 and 2007 differ from China's (1985-02-20, 2007-02-18).
    String[] tet = {
      "1968-01-29", "1985-01-21", "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22", "2005-02-09",
      "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26", "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10",
      "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12",
      "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06"
    };
    for (String day : tet) {
      LocalDate date = LocalDate.parse(day);
      assertThat(LunarDate.from(date)).as(day).isEqualTo(LunarDate.of(date.getYear(), 1, 1, false));
      assertThat(LunarDate.from(date).toString()).as(day).isEqualTo(date.getYear() + "-01-01");
      assertThat(LunarDate.from(date.minusDays(1)).month()).as(day).isEqualTo(12);
    }
  }

  @Test
  void leapMonthsAreThePublishedOnes() {
    assertThat(LunarDate.leapMonthOfYear(2001)).hasValue(4);
    assertThat(LunarDate.leapMonthOfYear(2004)).hasValue(2);
    assertThat(LunarDate.leapMonthOfYear(2006)).hasValue(7);
    assertThat(LunarDate.leapMonthOfYear(2009)).hasValue(5);
    assertThat(LunarDate.leapMonthOfYear(2012)).hasValue(4);
    assertThat(LunarDate.leapMonthOfYear(2014)).hasValue(9);
    assertThat(LunarDate.leapMonthOfYear(2017)).hasValue(6);
    assertThat(LunarDate.leapMonthOfYear(2020)).hasValue(4);
    assertThat(LunarDate.leapMonthOfYear(2023)).hasValue(2);
    assertThat(LunarDate.leapMonthOfYear(2025)).hasValue(6);
    for (int year : new int[] {2016, 2018, 2019, 2021, 2022, 2024, 2026, 2027}) {
      assertThat(LunarDate.leapMonthOfYear(year)).as("%s", year).isEmpty();
    }
  }

  @Test
  void gioToHungVuongFallsOnThePublishedDays() {
    // 10/3 âm lịch, a public holiday (Bộ luật Lao động 2019, Điều 112).
    assertThat(LunarDate.of(2016, 3, 10, false).toLocalDate()).isEqualTo(LocalDate.of(2016, 4, 16));
    assertThat(LunarDate.of(2026, 3, 10, false).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 26));
    assertThat(LunarDate.from(LocalDate.of(2026, 4, 26))).hasToString("2026-03-10");
  }

  @Test
  void bothNewMoonComputationsAgreeWithinTwoMinutes() {
    int firstK = (int) Math.floor((1898.75 - 2000) * 12.3685);
    int lastK = (int) Math.ceil((2201.1 - 2000) * 12.3685);
    double worst = 0;
    for (int k = firstK; k <= lastK; k++) {
      double series = Ephemeris.newMoon(k);
      worst = Math.max(worst, Math.abs(series - IndependentLunarCalendar.newMoonNear(series)));
    }
    assertThat(worst).as("largest difference, in days").isLessThan(2 * MINUTE);
  }

  @Test
  void bothSunsAgreeWithinTheirAccuracy() {
    double worst = 0;
    for (double jde = 2415020.5; jde < 2524959.5; jde += 3.7) {
      double d = Math.abs(Ephemeris.sunLongitude(jde) - IndependentLunarCalendar.sunLongitude(jde));
      worst = Math.max(worst, Math.min(d, 360 - d));
    }
    assertThat(worst).as("largest difference, in degrees").isLessThan(0.005);
  }

  @Test
  void theOracleMoonIsMeeusExample47a() {
    // Meeus, example 47.a: 1992-04-12 0h TD, geometric longitude 133.162655°.
    assertThat(IndependentLunarCalendar.moonLongitude(2448724.5)).isCloseTo(133.162655, within(0.00001));
  }

  @Test
  void everyDayAgreesWithTheIndependentComputationExceptWithinTheErrorOfTheSeries() {
    List<IndependentLunarCalendar.Month> months = oracle.months();
    Set<String> explained = new TreeSet<>();
    List<String> unexplained = new ArrayList<>();
    int m = 0;
    int span = 0;
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      int epochDay = (int) day.toEpochDay();
      while (months.get(m + 1).start() <= epochDay) {
        m++;
        if (months.get(m).month() == 11 && !months.get(m).leap()) {
          span++;
        }
      }
      IndependentLunarCalendar.Month month = months.get(m);
      int next = m + 1 < months.size() ? months.get(m + 1).start() : oracle.end();
      LunarDate actual = LunarDate.from(day);
      boolean same = actual.year() == month.year()
          && actual.month() == month.month()
          && actual.isLeapMonth() == month.leap()
          && actual.day() == epochDay - month.start() + 1
          && actual.lengthOfMonth() == next - month.start();
      if (!same) {
        boolean closeStart = month.startNearMidnight() || months.get(m + 1).startNearMidnight();
        if (closeStart || oracle.closeCall()[span]) {
          explained.add(String.format("%d-%02d", month.year(), month.month()));
        } else {
          unexplained.add(day + ": library " + actual + ", oracle " + month);
        }
      }
    }
    assertThat(unexplained).as("days that differ with no close call to explain them").isEmpty();
    // In seven months the library follows the calendar in use (LunarMonthTable.VIETNAM_STARTS_IN_USE) where the
    // new moon falls within two minutes of midnight and the oracle, like the library's series, puts it before
    // midnight: 1944-06-20, 2072-12-09, 2130-05-07, 2150-05-26, 2159-05-17, 2175-01-22 and 2199-01-26. The months
    // they start and the months before them differ by a day; nothing else does. (In 1967 and 2077 the oracle puts
    // the new moon after midnight, as the calendar in use does: 1967-07-08 00:00:21 and 2077-11-16 00:00:07.)
    assertThat(explained).as("months that differ within the error of the series")
        .containsExactly(
            "1944-04", "1944-05", "2072-10", "2072-11", "2130-03", "2130-04", "2150-04", "2150-05", "2159-03",
            "2159-04", "2174-12", "2175-01", "2198-12", "2199-01");
  }

  @Test
  void everyMonthTheOracleStartsWithinThreeMinutesOfMidnightIsListedAsNearMidnight() {
    // The oracle's new moons are independent of the library's series; the two differ by at most 1.1 minutes, so a
    // month the oracle puts within 3 minutes of midnight lies within the library's 5.
    int flagged = 0;
    for (IndependentLunarCalendar.Month month : oracle.months()) {
      if (!month.startNearMidnight() || month.start() < FIRST.toEpochDay() || month.start() > LAST.toEpochDay()) {
        continue;
      }
      flagged++;
      LocalDate day = LocalDate.ofEpochDay(month.start());
      LunarDate nearby = LunarDate.from(day);
      assertThat(nearby.isNearMidnightNewMoon() || LunarDate.from(day.minusDays(1)).isNearMidnightNewMoon()
              || day.isBefore(LAST) && LunarDate.from(day.plusDays(1)).isNearMidnightNewMoon())
          .as("the month the oracle starts on %s", day)
          .isTrue();
    }
    assertThat(flagged).isPositive();
  }

  @Test
  void everyDayObeysTheLawsOfTheRule() {
    LunarDate previous = LunarDate.from(FIRST);
    int monthsInYear = 1;
    int leapMonthsInYear = 0;
    for (LocalDate day = FIRST.plusDays(1); !day.isAfter(LAST); day = day.plusDays(1)) {
      LunarDate d = LunarDate.from(day);
      assertThat(d.lengthOfMonth()).isBetween(29, 30);
      assertThat(d.toLocalDate()).isEqualTo(day);
      if (d.day() == 1) {
        // A new month follows the last day of the one before.
        assertThat(previous.day()).as("%s", day).isEqualTo(previous.lengthOfMonth());
        if (d.isLeapMonth()) {
          assertThat(d.month()).isEqualTo(previous.month());
          assertThat(LunarDate.leapMonthOfYear(d.year())).hasValue(d.month());
          leapMonthsInYear++;
        } else {
          assertThat(d.month()).isEqualTo(previous.month() % 12 + 1);
        }
        if (d.month() == 1 && !d.isLeapMonth()) {
          assertThat(d.year()).isEqualTo(previous.year() + 1);
          if (previous.year() >= 1900) {
            assertThat(monthsInYear).as("months in %s", previous.year())
                .isEqualTo(LunarDate.leapMonthOfYear(previous.year()).isPresent() ? 13 : 12);
            assertThat(leapMonthsInYear).isEqualTo(monthsInYear - 12);
          }
          monthsInYear = 0;
          leapMonthsInYear = 0;
        } else {
          assertThat(d.year()).isEqualTo(previous.year());
        }
        monthsInYear++;
      } else {
        assertThat(d.day()).isEqualTo(previous.day() + 1);
        assertThat(d.month()).isEqualTo(previous.month());
        assertThat(d.isLeapMonth()).isEqualTo(previous.isLeapMonth());
      }
      previous = d;
    }
  }

  @Test
  void theMonthThatContainsTheDecemberSolsticeIsMonth11() {
    for (int year = 1900; year <= 2199; year++) {
      double solstice = IndependentLunarCalendar.sunReaches(270, 2451545.0 + (year - 2000) * 365.2422 + 355);
      LocalDate day = LocalDate.ofEpochDay((long) Math.floor(IndependentLunarCalendar.local(solstice)));
      assertThat(day.getMonthValue()).isEqualTo(12);
      LunarDate d = LunarDate.from(day);
      if (IndependentLunarCalendar.toMidnight(solstice) > TERM_TOLERANCE || d.day() > 1) {
        assertThat(d.month()).as("%s", day).isEqualTo(11);
        assertThat(d.isLeapMonth()).isFalse();
      }
    }
  }
}
