package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EphemerisTest {

  private static final double ONE_SECOND = 1.0 / 86400;

  /** The Julian Day (UT, or TD if the time is TD) of a UTC date-time. */
  private static double julianDay(LocalDateTime utc) {
    return utc.toEpochSecond(ZoneOffset.UTC) / 86400.0 + Ephemeris.EPOCH_DAY_ZERO;
  }

  @Test
  void theNewMoonOfFebruary1977IsMeeusExample49a() {
    // Meeus, Astronomical Algorithms, example 49.a: k = -283, JDE 2443192.65118 = 1977-02-18 03:37:42 TD.
    assertThat(Ephemeris.newMoon(-283)).isCloseTo(2443192.65118, within(ONE_SECOND));
    assertThat(Ephemeris.newMoon(-283)).isCloseTo(julianDay(LocalDateTime.of(1977, 2, 18, 3, 37, 42)), within(ONE_SECOND));
  }

  @Test
  void newMoonsFallWhereTheAlmanacsPutThem() {
    // 1900-01-01 13:52 UT and 2000-01-06 18:14 UT (published to the minute); ΔT added back to get TD.
    assertThat(Ephemeris.universalTime(Ephemeris.newMoon(-1237)))
        .isCloseTo(julianDay(LocalDateTime.of(1900, 1, 1, 13, 52)), within(60 * ONE_SECOND));
    assertThat(Ephemeris.universalTime(Ephemeris.newMoon(0)))
        .isCloseTo(julianDay(LocalDateTime.of(2000, 1, 6, 18, 14)), within(60 * ONE_SECOND));
  }

  @Test
  void theNewMoonSeriesIsPinned() {
    // Values of this implementation, pinned so that a slip in any term of the series shows; each agrees with the
    // independent elongation search of LunarDateOracleTest to within two minutes.
    assertThat(Ephemeris.newMoon(-1237)).isCloseTo(2415021.077692, within(ONE_SECOND / 10));
    assertThat(Ephemeris.newMoon(-600)).isCloseTo(2433831.825286, within(ONE_SECOND / 10));
    assertThat(Ephemeris.newMoon(0)).isCloseTo(2451550.260258, within(ONE_SECOND / 10));
    assertThat(Ephemeris.newMoon(321)).isCloseTo(2461029.572645, within(ONE_SECOND / 10));
    assertThat(Ephemeris.newMoon(1111)).isCloseTo(2484358.040119, within(ONE_SECOND / 10));
    assertThat(Ephemeris.newMoon(2473)).isCloseTo(2524579.405529, within(ONE_SECOND / 10));
  }

  @Test
  void theSunIsAtMeeusExample25a() {
    // Meeus, example 25.a: 1992-10-13 0h TD, apparent longitude 199.90895 (low accuracy: within 0.0001 degrees).
    assertThat(Ephemeris.sunLongitude(2448908.5)).isCloseTo(199.90895, within(0.0001));
  }

  @Test
  void theSunIsAtItsCardinalPointsAtTheSolsticesAndEquinoxes() {
    // Meeus, example 27.a: June solstice 1962 at JDE 2437837.39245.
    assertThat(Ephemeris.sunLongitude(2437837.39245)).isCloseTo(90, within(0.01));
    // 2000: March equinox 03-20 07:35 UT, June solstice 06-21 01:48 UT, December solstice 12-21 13:37 UT.
    assertThat(Ephemeris.sunLongitude(Ephemeris.dynamicalTime(julianDay(LocalDateTime.of(2000, 3, 20, 7, 35)))))
        .satisfiesAnyOf(l -> assertThat(l).isCloseTo(0, within(0.01)), l -> assertThat(l).isCloseTo(360, within(0.01)));
    assertThat(Ephemeris.sunLongitude(Ephemeris.dynamicalTime(julianDay(LocalDateTime.of(2000, 6, 21, 1, 48)))))
        .isCloseTo(90, within(0.01));
    assertThat(Ephemeris.sunLongitude(Ephemeris.dynamicalTime(julianDay(LocalDateTime.of(2000, 12, 21, 13, 37)))))
        .isCloseTo(270, within(0.01));
    // 2199 December solstice is about 12-22; the longitude stays in [0, 360).
    assertThat(Ephemeris.sunLongitude(2415020.0)).isCloseTo(279.643890, within(0.000001));
    assertThat(Ephemeris.sunLongitude(2488070.0)).isCloseTo(281.115286, within(0.000001));
    assertThat(Ephemeris.sunLongitude(Ephemeris.J2000)).isCloseTo(280.372555, within(0.000001));
  }

  @Test
  void theLongitudeIsReducedToOneTurn() {
    for (double jd = 2415020.0; jd < 2488070.0; jd += 7.3) {
      assertThat(Ephemeris.sunLongitude(jd)).isGreaterThanOrEqualTo(0).isLessThan(360);
    }
  }

  @Test
  void deltaTFollowsTheObservedValuesAndTheEspenakMeeusExtrapolation() {
    // Observed ΔT (seconds), from the NASA eclipse site's table; the polynomials fit them to a fraction of a second.
    assertThat(Ephemeris.deltaT(1880)).isCloseTo(-5.4, within(0.5));
    assertThat(Ephemeris.deltaT(1900)).isCloseTo(-2.7, within(0.2));
    assertThat(Ephemeris.deltaT(1910)).isCloseTo(10.4, within(0.2));
    assertThat(Ephemeris.deltaT(1930)).isCloseTo(24.1, within(0.2));
    assertThat(Ephemeris.deltaT(1950)).isCloseTo(29.1, within(0.2));
    assertThat(Ephemeris.deltaT(1955)).isCloseTo(31.1, within(0.2));
    assertThat(Ephemeris.deltaT(1980)).isCloseTo(50.5, within(0.2));
    assertThat(Ephemeris.deltaT(1990)).isCloseTo(56.9, within(0.2));
    assertThat(Ephemeris.deltaT(2000)).isCloseTo(63.8, within(0.2));
    // The extrapolations, pinned to the polynomials' own values.
    assertThat(Ephemeris.deltaT(1880)).isCloseTo(-5.008, within(0.001));
    assertThat(Ephemeris.deltaT(1910)).isCloseTo(10.388, within(0.001));
    assertThat(Ephemeris.deltaT(1930)).isCloseTo(24.133, within(0.001));
    assertThat(Ephemeris.deltaT(1955)).isCloseTo(31.047, within(0.001));
    assertThat(Ephemeris.deltaT(1980)).isCloseTo(50.515, within(0.001));
    assertThat(Ephemeris.deltaT(1990)).isCloseTo(56.895, within(0.001));
    assertThat(Ephemeris.deltaT(2020)).isCloseTo(71.599, within(0.001));
    assertThat(Ephemeris.deltaT(2100)).isCloseTo(202.740, within(0.001));
    assertThat(Ephemeris.deltaT(2200)).isCloseTo(442.080, within(0.001));
  }

  @Test
  void deltaTIsContinuousWhereThePolynomialsMeet() {
    for (double year : new double[] {1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150}) {
      assertThat(Ephemeris.deltaT(year - 1e-9)).as("at %s", year).isCloseTo(Ephemeris.deltaT(year), within(0.7));
    }
  }

  @Test
  void anInstantIsPlacedInMinutesFromTheNearestLocalMidnight() {
    double midnight = Ephemeris.localMidnight((int) LocalDate.of(2175, 1, 23).toEpochDay(), 7);
    assertThat(Ephemeris.minutesFromLocalMidnight(midnight, 7)).isCloseTo(0, within(1e-6));
    assertThat(Ephemeris.minutesFromLocalMidnight(midnight - 30 * ONE_SECOND, 7)).isCloseTo(-0.5, within(1e-6));
    assertThat(Ephemeris.minutesFromLocalMidnight(midnight + 90 * ONE_SECOND, 7)).isCloseTo(1.5, within(1e-6));
    assertThat(Ephemeris.minutesFromLocalMidnight(midnight + 0.25, 7)).isCloseTo(360, within(1e-3));
    // The new moon of Tết 2175 by the series: 24 seconds before the midnight that begins 2175-01-23.
    int k = (int) Math.round((Ephemeris.universalTime(midnight) - 2451550.1) / 29.530588861);
    assertThat(Ephemeris.minutesFromLocalMidnight(Ephemeris.newMoon(k), 7)).isBetween(-1.0, 0.0);
  }

  @Test
  void localDaysAndMidnightsAreInTheGivenZone() {
    // 1977-02-18 03:37:42 TD is 03:36:54 UT: 10:36 in Vietnam, the same day.
    assertThat(Ephemeris.localDay(2443192.65118, 7)).isEqualTo(LocalDate.of(1977, 2, 18).toEpochDay());
    // 2000-01-06 18:14 UT is 01:14 on the 7th in Vietnam, still the 6th at UTC-1.
    double newMoon2000 = Ephemeris.newMoon(0);
    assertThat(Ephemeris.localDay(newMoon2000, 7)).isEqualTo(LocalDate.of(2000, 1, 7).toEpochDay());
    assertThat(Ephemeris.localDay(newMoon2000, 0)).isEqualTo(LocalDate.of(2000, 1, 6).toEpochDay());
    int day = (int) LocalDate.of(2000, 1, 7).toEpochDay();
    double midnight = Ephemeris.localMidnight(day, 7);
    assertThat(Ephemeris.universalTime(midnight))
        .isCloseTo(julianDay(LocalDateTime.of(2000, 1, 6, 17, 0)), within(ONE_SECOND / 100));
    assertThat(Ephemeris.localDay(midnight, 7)).isEqualTo(day);
    assertThat(Ephemeris.localDay(midnight - ONE_SECOND, 7)).isEqualTo(day - 1);
    assertThat(Ephemeris.dynamicalTime(Ephemeris.universalTime(midnight))).isCloseTo(midnight, within(1e-9));
  }
}
