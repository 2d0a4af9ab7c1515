package io.github.vanphong.calendar;

/**
 * The astronomy the lunar calendar needs: the instants of new moons, the apparent longitude of the sun, and the
 * difference ΔT between dynamical time (TD) and universal time (UT). For example {@code newMoon(-283)} is the new
 * moon of 1977-02-18 at 03:37:42 TD.
 *
 * <p>New moons follow J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), chapter 49 (mean phase, periodic
 * terms and the fourteen planetary arguments), accurate to well under a minute over 1900–2200. The sun follows
 * chapter 25, "low accuracy" (0.01°, about 15 minutes of time at a solar term). ΔT follows the polynomials of
 * Espenak and Meeus (NASA, 2006). Times are Julian Ephemeris Days (JDE, in TD) or Julian Days (JD, in UT).
 *
 * <p>This class is immutable and thread-safe.
 */
final class Ephemeris {

  /** Julian Day of the J2000.0 epoch, 2000-01-01 12:00 TD. */
  static final double J2000 = 2451545.0;

  /** Julian Day of 1970-01-01 00:00 UT, the start of epoch day 0. */
  static final double EPOCH_DAY_ZERO = 2440587.5;

  /** The new moon lunation number {@code k} per year, from Meeus (49.2). */
  static final double LUNATIONS_PER_YEAR = 12.3685;

  private static final double[] NEW_MOON_ARGUMENT_BASE = {
    299.77, 251.88, 251.83, 349.42, 84.66, 141.74, 207.14, 154.84, 34.52, 207.19, 291.34, 161.72, 239.56, 331.55
  };
  private static final double[] NEW_MOON_ARGUMENT_RATE = {
    0.107408, 0.016321, 26.651886, 36.412478, 18.206239, 53.303771, 2.453732, 7.306860, 27.261239, 0.121824,
    1.844379, 24.198154, 25.513099, 3.592518
  };
  private static final double[] NEW_MOON_ARGUMENT_AMPLITUDE = {
    0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047, 0.000042, 0.000040,
    0.000037, 0.000035, 0.000023
  };

  private Ephemeris() {}

  /**
   * Returns the instant of the new moon with lunation number {@code k}, where {@code k = 0} is the new moon of
   * 2000-01-06 and each unit is one synodic month (Meeus, chapter 49).
   *
   * @param k the lunation number, about {@code (year - 2000) * 12.3685}
   * @return the instant as a Julian Ephemeris Day (TD)
   */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = Math.toRadians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double mm =
        Math.toRadians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double f = Math.toRadians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double omega = Math.toRadians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

    double periodic =
        -0.40720 * Math.sin(mm)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mm)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mm - m)
            - 0.00514 * e * Math.sin(mm + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mm - 2 * f)
            - 0.00057 * Math.sin(mm + 2 * f)
            + 0.00056 * e * Math.sin(2 * mm + m)
            - 0.00042 * Math.sin(3 * mm)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mm - m)
            - 0.00017 * Math.sin(omega)
            - 0.00007 * Math.sin(mm + 2 * m)
            + 0.00004 * Math.sin(2 * mm - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mm + m - 2 * f)
            + 0.00003 * Math.sin(2 * mm + 2 * f)
            - 0.00003 * Math.sin(mm + m + 2 * f)
            + 0.00003 * Math.sin(mm - m + 2 * f)
            - 0.00002 * Math.sin(mm - m - 2 * f)
            - 0.00002 * Math.sin(3 * mm + m)
            + 0.00002 * Math.sin(4 * mm);

    double planetary = 0;
    for (int i = 0; i < NEW_MOON_ARGUMENT_BASE.length; i++) {
      double argument = NEW_MOON_ARGUMENT_BASE[i] + NEW_MOON_ARGUMENT_RATE[i] * k;
      if (i == 0) {
        argument -= 0.009173 * t2;
      }
      planetary += NEW_MOON_ARGUMENT_AMPLITUDE[i] * Math.sin(Math.toRadians(argument));
    }
    return jde + periodic + planetary;
  }

  /**
   * Returns the apparent geocentric longitude of the sun, referred to the mean equinox of the date, with an error
   * below 0.01° (Meeus, chapter 25, low accuracy). For example it is 270° at the December solstice.
   *
   * @param jde the instant as a Julian Ephemeris Day (TD)
   * @return the longitude in degrees, in {@code [0, 360)}
   */
  static double sunLongitude(double jde) {
    double t = (jde - J2000) / 36525;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double center =
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
            + 0.000289 * Math.sin(3 * m);
    double omega = Math.toRadians(125.04 - 1934.136 * t);
    return normalize(meanLongitude + center - 0.00569 - 0.00478 * Math.sin(omega));
  }

  /**
   * Returns ΔT = TD − UT in seconds for a moment of the given decimal year, by the polynomials of Espenak and Meeus
   * (2006), for example about 63.8 s in 2000.
   *
   * @param year the decimal year, meaningful from 1860 to 2250
   * @return ΔT in seconds
   */
  static double deltaT(double year) {
    if (year < 1900) {
      double t = year - 1860;
      return 7.62
          + 0.5737 * t
          - 0.251754 * t * t
          + 0.01680668 * t * t * t
          - 0.0004473624 * t * t * t * t
          + t * t * t * t * t / 233174;
    }
    if (year < 1920) {
      double t = year - 1900;
      return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
    }
    if (year < 1941) {
      double t = year - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
      double t = year - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
      double t = year - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
      double t = year - 2000;
      return 63.86
          + 0.3345 * t
          - 0.060374 * t * t
          + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    }
    if (year < 2050) {
      double t = year - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (year - 1820) / 100;
    double longTerm = -20 + 32 * u * u;
    return year < 2150 ? longTerm - 0.5628 * (2150 - year) : longTerm;
  }

  /**
   * Returns the universal time of an instant given in dynamical time.
   *
   * @param jde the instant as a Julian Ephemeris Day (TD)
   * @return the same instant as a Julian Day (UT)
   */
  static double universalTime(double jde) {
    return jde - deltaT(decimalYear(jde)) / 86400;
  }

  /**
   * Returns the dynamical time of an instant given in universal time.
   *
   * @param jd the instant as a Julian Day (UT)
   * @return the same instant as a Julian Ephemeris Day (TD)
   */
  static double dynamicalTime(double jd) {
    return jd + deltaT(decimalYear(jd)) / 86400;
  }

  /**
   * Returns the local date on which an instant falls in a time zone, as an epoch day (0 is 1970-01-01); for
   * example Vietnam's zone is {@code UTC+7}.
   *
   * @param jde the instant as a Julian Ephemeris Day (TD)
   * @param utcOffsetHours the offset of the zone from UTC in hours, such as 7 for Vietnam
   * @return the epoch day of the local date
   */
  static int localDay(double jde, int utcOffsetHours) {
    return (int) Math.floor(universalTime(jde) - EPOCH_DAY_ZERO + utcOffsetHours / 24.0);
  }

  /**
   * Returns how far an instant lies from the nearest local midnight in a time zone, in minutes: negative before it,
   * positive after it. For example a new moon at 23:59:35 local time is -0.42 minutes from midnight.
   *
   * @param jde the instant as a Julian Ephemeris Day (TD)
   * @param utcOffsetHours the offset of the zone from UTC in hours, such as 7 for Vietnam
   * @return the minutes from the nearest local midnight, from -720 to 720
   */
  static double minutesFromLocalMidnight(double jde, int utcOffsetHours) {
    double local = universalTime(jde) - EPOCH_DAY_ZERO + utcOffsetHours / 24.0;
    return (local - Math.rint(local)) * 1440;
  }

  /**
   * Returns the instant at which a local date begins (00:00) in a time zone.
   *
   * @param epochDay the local date as an epoch day
   * @param utcOffsetHours the offset of the zone from UTC in hours, such as 7 for Vietnam
   * @return the instant as a Julian Ephemeris Day (TD)
   */
  static double localMidnight(int epochDay, int utcOffsetHours) {
    return dynamicalTime(epochDay + EPOCH_DAY_ZERO - utcOffsetHours / 24.0);
  }

  private static double decimalYear(double jd) {
    return 2000 + (jd - J2000) / 365.25;
  }

  private static double normalize(double degrees) {
    double d = degrees % 360;
    return d < 0 ? d + 360 : d;
  }
}
