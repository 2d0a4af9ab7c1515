package io.github.vanphong.calendar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A second, deliberately different computation of the Vietnamese lunar calendar, slow and direct, for {@link
 * LunarDateOracleTest}. It shares only ΔT with the library.
 *
 * <ul>
 *   <li>New moons are found by bisection on the elongation of the moon from the sun, with the moon's longitude from
 *       the ELP-2000/82 main terms (Meeus, chapter 47, table 47.A), not from the new-moon series of chapter 49.
 *   <li>The sun's longitude comes from Kepler's equation solved by iteration for the Earth's orbit, with nutation
 *       (chapter 22, four terms) and aberration, not from the equation-of-centre series of chapter 25.
 *   <li>The solar terms and the December solstice are found as instants (by bisection) and then placed in months by
 *       their local days, instead of comparing the sun's longitude at the midnights that begin the months.
 * </ul>
 *
 * <p>Each decision records how close it came to a local midnight, so that the test can tell a real difference from
 * one that lies within the error of the series.
 */
final class IndependentLunarCalendar {

  /** A lunar month: its first local day, its label, and whether its start lies within the new-moon tolerance. */
  record Month(int start, int year, int month, boolean leap, boolean startNearMidnight) {}

  /** The months from month 11 of {@code firstYear - 1} and whether each span from one month 11 to the next is close. */
  record Calendar(List<Month> months, int end, boolean[] closeCall) {}

  private static final double J2000 = 2451545.0;

  /** Table 47.A: D, M, M', F and the coefficient of sin, in 1e-6 degrees. */
  private static final int[][] MOON_LONGITUDE = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314}, {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332}, {2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322}, {2, -1, 0, 0, 45758}, {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383}, {2, 0, 0, -2, 15327}, {0, 0, 1, 2, -12528}, {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675}, {0, 0, 3, 0, 10034}, {4, 0, -2, 0, 8548}, {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766}, {1, 0, -1, 0, -5163}, {1, 1, 0, 0, 4987}, {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994}, {4, 0, 0, 0, 3861}, {2, 0, -3, 0, 3665}, {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602}, {2, -1, -2, 0, 2390}, {1, 0, 1, 0, -2348}, {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120}, {0, 2, 0, 0, -2069}, {2, -2, -1, 0, 2048}, {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595}, {4, -1, -1, 0, 1215}, {0, 0, 2, 2, -1110}, {3, 0, -1, 0, -892},
    {2, 1, 1, 0, -810}, {4, -1, -2, 0, 759}, {0, 2, -1, 0, -713}, {2, 2, -1, 0, -700},
    {2, 1, -2, 0, 691}, {2, -1, 0, -2, 596}, {4, 0, 1, 0, 549}, {0, 0, 4, 0, 537},
    {4, -1, 0, 0, 520}, {1, 0, -2, 0, -487}, {2, 1, 0, -2, -399}, {0, 0, 2, -2, -381},
    {1, 1, 1, 0, 351}, {3, 0, -2, 0, -340}, {4, 0, -3, 0, 330}, {2, -1, 2, 0, 327},
    {0, 2, 1, 0, -323}, {1, 1, -1, 0, 299}, {2, 0, 3, 0, 294}
  };

  private IndependentLunarCalendar() {}

  /** The moon's geometric longitude, mean equinox of date, in degrees (Meeus, chapter 47). */
  static double moonLongitude(double jde) {
    double t = (jde - J2000) / 36525;
    double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t + t * t * t / 538841 - t * t * t * t / 65194000;
    double d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t * t + t * t * t / 545868 - t * t * t * t / 113065000;
    double m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t * t + t * t * t / 24490000;
    double mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t * t + t * t * t / 69699 - t * t * t * t / 14712000;
    double f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t * t - t * t * t / 3526000 + t * t * t * t / 863310000;
    double e = 1 - 0.002516 * t - 0.0000074 * t * t;
    double sum = 0;
    for (int[] term : MOON_LONGITUDE) {
      double arg = term[0] * d + term[1] * m + term[2] * mp + term[3] * f;
      double factor = Math.abs(term[1]) == 1 ? e : Math.abs(term[1]) == 2 ? e * e : 1;
      sum += term[4] * factor * Math.sin(Math.toRadians(arg));
    }
    double a1 = 119.75 + 131.849 * t;
    double a2 = 53.09 + 479264.290 * t;
    sum += 3958 * Math.sin(Math.toRadians(a1)) + 1962 * Math.sin(Math.toRadians(lp - f)) + 318 * Math.sin(Math.toRadians(a2));
    return reduce(lp + sum / 1e6);
  }

  /** The sun's geometric longitude corrected for aberration, by Kepler's equation, in degrees. */
  static double sunLongitudeWithoutNutation(double jde) {
    double t = (jde - J2000) / 36525;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double e = 0.016708634 - 0.000042037 * t - 0.0000001267 * t * t;
    double eccentricAnomaly = m;
    for (int i = 0; i < 8; i++) {
      eccentricAnomaly -= (eccentricAnomaly - e * Math.sin(eccentricAnomaly) - m) / (1 - e * Math.cos(eccentricAnomaly));
    }
    double trueAnomaly = 2 * Math.atan(Math.sqrt((1 + e) / (1 - e)) * Math.tan(eccentricAnomaly / 2));
    double radius = 1.000001018 * (1 - e * Math.cos(eccentricAnomaly));
    double trueLongitude = meanLongitude + Math.toDegrees(trueAnomaly - m);
    return reduce(trueLongitude - 20.4898 / 3600 / radius);
  }

  /** The sun's apparent longitude, with nutation in longitude (Meeus, chapter 22, four terms). */
  static double sunLongitude(double jde) {
    double t = (jde - J2000) / 36525;
    double omega = Math.toRadians(125.04452 - 1934.136261 * t);
    double l = Math.toRadians(280.4665 + 36000.7698 * t);
    double lp = Math.toRadians(218.3165 + 481267.8813 * t);
    double nutation =
        (-17.20 * Math.sin(omega) - 1.32 * Math.sin(2 * l) - 0.23 * Math.sin(2 * lp) + 0.21 * Math.sin(2 * omega))
            / 3600;
    return reduce(sunLongitudeWithoutNutation(jde) + nutation);
  }

  /** The new moon nearest to a guess within three days: moon and sun at the same apparent longitude. */
  static double newMoonNear(double guess) {
    return root(t -> signed(moonLongitude(t) - sunLongitudeWithoutNutation(t)), guess - 3, guess + 3);
  }

  /** The instant within 20 days of a guess at which the sun's apparent longitude is {@code longitude}. */
  static double sunReaches(double longitude, double guess) {
    return root(t -> signed(sunLongitude(t) - longitude), guess - 20, guess + 20);
  }

  private static double root(java.util.function.DoubleUnaryOperator f, double low, double high) {
    if (f.applyAsDouble(low) >= 0 || f.applyAsDouble(high) < 0) {
      throw new IllegalStateException("no root between " + low + " and " + high);
    }
    while (high - low > 1e-7) {
      double mid = (low + high) / 2;
      if (f.applyAsDouble(mid) < 0) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }

  private static double signed(double degrees) {
    double d = reduce(degrees);
    return d >= 180 ? d - 360 : d;
  }

  private static double reduce(double degrees) {
    double d = degrees % 360;
    return d < 0 ? d + 360 : d;
  }

  /** The local (UTC+7) instant in days since 1970-01-01 00:00 local, so that its floor is the epoch day. */
  static double local(double jde) {
    return Ephemeris.universalTime(jde) - Ephemeris.EPOCH_DAY_ZERO + 7.0 / 24;
  }

  /** Days from an instant to the nearest local midnight. */
  static double toMidnight(double jde) {
    double x = local(jde);
    return Math.abs(x - Math.rint(x));
  }

  /**
   * Computes the calendar of lunar years {@code firstYear} to {@code lastYear} directly from the rule, one span
   * from month 11 to month 11 at a time.
   */
  static Calendar compute(int firstYear, int lastYear, double newMoonTolerance, double termTolerance) {
    // New moons, from the mean lunation, from autumn before the first solstice to after the last.
    List<double[]> moons = new ArrayList<>();
    double mean = 2451550.09766 + 29.530588861 * Math.floor((firstYear - 1 + 0.75 - 2000) * 12.3685);
    double lastInstant = 2451545.0 + (lastYear + 2.2 - 2000) * 365.25;
    for (; mean < lastInstant; mean += 29.530588861) {
      double nm = newMoonNear(mean);
      moons.add(new double[] {Math.floor(local(nm)), toMidnight(nm)});
    }
    int[] starts = moons.stream().mapToInt(m -> (int) m[0]).toArray();

    // Every major term from the first solstice to the last, as instants, then local days.
    List<double[]> terms = new ArrayList<>();
    for (int year = firstYear - 1; year <= lastYear + 1; year++) {
      double march = 2451545.0 + (year - 2000) * 365.2422 + 78.5;
      for (int i = 0; i < 12; i++) {
        double longitude = i * 30.0;
        double guess = march + (longitude / 360) * 365.2422;
        double t = sunReaches(longitude, guess);
        terms.add(new double[] {Math.floor(local(t)), toMidnight(t), longitude, year});
      }
    }
    terms.sort((a, b) -> Double.compare(a[0], b[0]));
    int[] termDays = terms.stream().mapToInt(t -> (int) t[0]).toArray();

    int spans = lastYear - firstYear + 2;
    int[] elevenths = new int[spans + 1];
    double[] solsticeToMidnight = new double[spans + 1];
    for (int s = 0; s <= spans; s++) {
      int year = firstYear - 1 + s;
      double solstice = sunReaches(270, 2451545.0 + (year - 2000) * 365.2422 + 355);
      int day = (int) Math.floor(local(solstice));
      int i = 0;
      while (starts[i + 1] <= day) {
        i++;
      }
      elevenths[s] = i;
      solsticeToMidnight[s] = toMidnight(solstice);
    }

    List<Month> months = new ArrayList<>();
    boolean[] closeCall = new boolean[spans];
    for (int s = 0; s < spans; s++) {
      int from = elevenths[s];
      int to = elevenths[s + 1];
      int leap = -1;
      if (to - from == 13) {
        for (int i = from + 1; i < to && leap < 0; i++) {
          if (termsIn(termDays, starts[i], starts[i + 1]) == 0) {
            leap = i;
          }
        }
      }
      // Close calls: a decision that an error of the series within the tolerance could change.
      boolean close = nearAMonthStart(solsticeToMidnight[s], termTolerance);
      for (double[] term : terms) {
        int day = (int) term[0];
        if (day >= starts[from] - 1 && day <= starts[to] && term[1] < termTolerance && isStart(starts, day, 1)) {
          close = true;
        }
      }
      for (int i = from; i <= to; i++) {
        if (moons.get(i)[1] < newMoonTolerance && termsIn(termDays, starts[i] - 1, starts[i] + 1) > 0) {
          close = true;
        }
      }
      closeCall[s] = close;

      int year = firstYear - 1 + s;
      int number = 11;
      for (int i = from; i < to; i++) {
        boolean isLeap = i == leap;
        if (i > from && !isLeap) {
          number = number == 12 ? 1 : number + 1;
          if (number == 1) {
            year++;
          }
        }
        months.add(new Month(starts[i], year, number, isLeap, moons.get(i)[1] < newMoonTolerance));
      }
    }
    return new Calendar(months, starts[elevenths[spans]], closeCall);
  }

  private static boolean nearAMonthStart(double toMidnight, double tolerance) {
    return toMidnight < tolerance;
  }

  private static boolean isStart(int[] starts, int day, int slack) {
    for (int d = day - slack; d <= day + slack; d++) {
      if (Arrays.binarySearch(starts, d) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The number of term days in {@code [from, to)}. */
  private static int termsIn(int[] termDays, int from, int to) {
    int count = 0;
    for (int day : termDays) {
      if (day >= from && day < to) {
        count++;
      }
    }
    return count;
  }
}
