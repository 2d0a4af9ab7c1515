package io.github.vanphong.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The months of a Chinese-rule lunisolar calendar for a span of lunar years and a time zone, computed from the
 * astronomy of {@link Ephemeris}. For example in {@link #VIETNAM} the month that starts on 2016-02-08 is month 1 of
 * lunar year 2016.
 *
 * <p>The rule, for the local day in the time zone: a month starts on the local day of a new moon; month 11 is the
 * month that contains the December solstice; a span of 13 months from one month 11 to the next has a leap month,
 * the first month after month 11 that contains no major solar term (trung khí, the sun's longitude crossing a
 * multiple of 30°), and it takes the number of the month before it. A month contains a longitude when the sun
 * reaches it between the local midnight that begins the month and the one that begins the next month.
 *
 * <p>A new moon that falls within {@link #NEAR_MIDNIGHT_MINUTES} minutes of a local midnight is too close for the
 * series to tell on which side of midnight it falls (see {@link #isNearMidnight(int) isNearMidnight}). For such a month a table may
 * give the first day that the calendar in use prints, on the other side of that midnight ({@link #VIETNAM} follows
 * {@link #VIETNAM_STARTS_IN_USE}); the month then starts on that day and the rule is applied to the months so
 * started.
 *
 * <p>Month {@code i} runs from epoch day {@code start(i)} to {@code start(i + 1) - 1}. The arrays are never
 * written after construction.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // the arrays are filled in the constructor and never written again
final class LunarMonthTable {

  /** Vietnam's offset from UTC, in hours. */
  static final int VIETNAM_OFFSET_HOURS = 7;

  /**
   * How close to a local midnight, in minutes either side, a new moon is too close to place by the series: 5. The
   * calendar in use in Vietnam and this library's series differ by up to about two minutes on the instant of a new
   * moon in 1900–2199, and ΔT, the clock correction, is itself uncertain by more than that in the years to come.
   */
  static final int NEAR_MIDNIGHT_MINUTES = 5;

  /**
   * The first days of the nine months of 1900–2199 that the calendar in use in Vietnam starts a day after the day
   * this library's series gives, because the new moon falls within two minutes of local midnight (UTC+7): the
   * calendar in use computes its months with the published method of Hồ Ngọc Đức (the new-moon series of Meeus
   * and its own ΔT), and calendars printed in 1944 and 1967 agree with it. Listed in {@code
   * docs/calendar-data.md} with the instants a precise ephemeris gives.
   */
  static final ImmutableList<LocalDate> VIETNAM_STARTS_IN_USE =
      ImmutableList.of(
          LocalDate.of(1944, 6, 21),
          LocalDate.of(1967, 7, 8),
          LocalDate.of(2072, 12, 10),
          LocalDate.of(2077, 11, 16),
          LocalDate.of(2130, 5, 8),
          LocalDate.of(2150, 5, 27),
          LocalDate.of(2159, 5, 18),
          LocalDate.of(2175, 1, 23),
          LocalDate.of(2199, 1, 27));

  /**
   * The Vietnamese calendar (UTC+7) for lunar years 1899 to 2199, computed when this class is loaded: the lunar
   * years that hold the days of {@link CalendarRange#LUNAR}, lunar year 1899 ending in 1900, with the months of
   * {@link #VIETNAM_STARTS_IN_USE} started on the day the calendar in use gives.
   */
  static final LunarMonthTable VIETNAM =
      compute(
          CalendarRange.LUNAR.first().getYear() - 1,
          CalendarRange.LUNAR.last().getYear(),
          VIETNAM_OFFSET_HOURS,
          VIETNAM_STARTS_IN_USE);

  /** Days per block of {@code block} are {@code 1 << BLOCK_SHIFT}, fewer than the 29 days of any month. */
  private static final int BLOCK_SHIFT = 4;

  private final int firstYear;
  private final int lastYear;

  /** Epoch day of the first day of each month, with one more entry: the day after the last month. */
  private final int[] start;

  /** The label of each month: {@code year << 5 | month << 1 | (leap ? 1 : 0)}. */
  private final int[] label;

  /** For each lunar year from {@code firstYear}, the index of its month 1. */
  private final int[] firstMonth;

  /** For each lunar year from {@code firstYear}, the number of its leap month, or 0. */
  private final byte[] leapMonth;

  /** For each month, whether the new moon that starts it falls within {@link #NEAR_MIDNIGHT_MINUTES} of midnight. */
  private final boolean[] nearMidnight;

  /** For each block of 16 days from {@code start[0]}, the index of the month that contains its first day. */
  private final int[] block;

  private LunarMonthTable(
      int firstYear,
      int lastYear,
      int[] start,
      int[] label,
      int[] firstMonth,
      byte[] leap,
      boolean[] nearMidnight) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.start = start;
    this.label = label;
    this.firstMonth = firstMonth;
    this.leapMonth = leap;
    this.nearMidnight = nearMidnight;
    this.block = new int[((start[start.length - 1] - 1 - start[0]) >> BLOCK_SHIFT) + 1];
    int month = 0;
    for (int b = 0; b < block.length; b++) {
      int day = start[0] + (b << BLOCK_SHIFT);
      while (start[month + 1] <= day) {
        month++;
      }
      block[b] = month;
    }
  }

  /**
   * Computes the months of lunar years {@code firstYear} to {@code lastYear} in a time zone, plus months 11 and 12
   * of the year before, each month starting on the local day of its new moon, for example {@code compute(1984,
   * 2008, 8)} for China.
   *
   * @param firstYear the first lunar year, from 1861
   * @param lastYear the last lunar year, not before {@code firstYear}, to 2248
   * @param utcOffsetHours the offset of the zone from UTC in hours: 7 for Vietnam, 8 for China
   * @return the table, not null
   * @throws IllegalArgumentException if the years are out of order or outside 1861 to 2248
   */
  static LunarMonthTable compute(int firstYear, int lastYear, int utcOffsetHours) {
    return compute(firstYear, lastYear, utcOffsetHours, ImmutableList.of());
  }

  /**
   * Computes the months of lunar years {@code firstYear} to {@code lastYear} in a time zone, plus months 11 and 12
   * of the year before, as {@link #compute(int, int, int) compute} does, except that a month whose new moon falls within
   * {@link #NEAR_MIDNIGHT_MINUTES} of a local midnight starts on the other side of that midnight where {@code
   * startsInUse} lists that day; for example {@code compute(1899, 2199, 7, VIETNAM_STARTS_IN_USE)} is {@link
   * #VIETNAM}.
   *
   * @param firstYear the first lunar year, from 1861
   * @param lastYear the last lunar year, not before {@code firstYear}, to 2248
   * @param utcOffsetHours the offset of the zone from UTC in hours: 7 for Vietnam, 8 for China
   * @param startsInUse first days of months as the calendar in use gives them, each next to the midnight its new
   *     moon is near; days outside the years asked for are ignored; not null
   * @return the table, not null
   * @throws IllegalArgumentException if the years are out of order or outside 1861 to 2248, or a day of {@code
   *     startsInUse} within the years is not next to the midnight a new moon is near
   */
  static LunarMonthTable compute(
      int firstYear, int lastYear, int utcOffsetHours, ImmutableList<LocalDate> startsInUse) {
    checkArgument(
        1861 <= firstYear && firstYear <= lastYear && lastYear <= 2248,
        "lunar years must run forwards within 1861 to 2248, where ΔT is known: %s to %s",
        firstYear,
        lastYear);
    int firstSolstice = firstYear - 1;
    int lastSolstice = lastYear + 1;
    // New moons from autumn before the first December solstice to winter after the last one.
    int firstK = (int) Math.floor((firstSolstice + 0.75 - 2000) * Ephemeris.LUNATIONS_PER_YEAR);
    int lastK = (int) Math.ceil((lastSolstice + 1.1 - 2000) * Ephemeris.LUNATIONS_PER_YEAR);
    int count = lastK - firstK + 1;
    int[] starts = new int[count];
    boolean[] near = new boolean[count];
    double[] sunAtStart = new double[count];
    Set<Integer> inUse = new HashSet<>();
    for (LocalDate day : startsInUse) {
      inUse.add((int) day.toEpochDay());
    }
    for (int i = 0; i < count; i++) {
      double newMoon = Ephemeris.newMoon(firstK + i);
      starts[i] = Ephemeris.localDay(newMoon, utcOffsetHours);
      double minutes = Ephemeris.minutesFromLocalMidnight(newMoon, utcOffsetHours);
      near[i] = Math.abs(minutes) <= NEAR_MIDNIGHT_MINUTES;
      int otherSide = minutes < 0 ? starts[i] + 1 : starts[i] - 1;
      if (near[i] && inUse.remove(otherSide)) {
        starts[i] = otherSide;
      }
      sunAtStart[i] = Ephemeris.sunLongitude(Ephemeris.localMidnight(starts[i], utcOffsetHours));
    }

    int[] elevenths = new int[lastSolstice - firstSolstice + 1];
    int found = 0;
    for (int i = 0; i + 1 < count; i++) {
      if (containsLongitude(sunAtStart[i], sunAtStart[i + 1], 270)) {
        elevenths[found++] = i;
      }
    }

    int first = elevenths[0];
    int last = elevenths[elevenths.length - 1];
    int[] label = new int[last - first];
    int[] firstMonth = new int[lastYear - firstYear + 1];
    byte[] leapMonth = new byte[lastYear - firstYear + 1];
    for (int s = 0; s + 1 < elevenths.length; s++) {
      int from = elevenths[s];
      int to = elevenths[s + 1];
      int leap = to - from == 13 ? firstMonthWithoutMajorTerm(sunAtStart, from + 1, to) : -1;
      checkState(to - from == 12 || leap > from, "months 11 %s months apart from epoch day %s", to - from,
          starts[from]);
      int year = firstSolstice + s;
      int month = 11;
      for (int i = from; i < to; i++) {
        boolean isLeap = i == leap;
        if (i > from && !isLeap) {
          month = month % 12 + 1;
          year += month == 1 ? 1 : 0;
        }
        label[i - first] = year << 5 | month << 1 | (isLeap ? 1 : 0);
        if (year >= firstYear && year <= lastYear) {
          if (month == 1 && !isLeap) {
            firstMonth[year - firstYear] = i - first;
          }
          if (isLeap) {
            leapMonth[year - firstYear] = (byte) month;
          }
        }
      }
    }
    int firstDay = starts[first];
    int endDay = starts[last];
    for (int day : inUse) {
      checkArgument(
          day < firstDay || day >= endDay,
          "a month starts on a day the calendar in use gives only next to a midnight its new moon is near; no new"
              + " moon falls within %s minutes of the midnight next to %s",
          NEAR_MIDNIGHT_MINUTES,
          LocalDate.ofEpochDay(day));
    }
    return new LunarMonthTable(
        firstYear,
        lastYear,
        Arrays.copyOfRange(starts, first, last + 1),
        label,
        firstMonth,
        leapMonth,
        Arrays.copyOfRange(near, first, last));
  }

  private static int firstMonthWithoutMajorTerm(double[] sunAtStart, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!containsMajorTerm(sunAtStart[i], sunAtStart[i + 1])) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Tells whether the sun reaches a longitude in a month, given its longitude at the midnight that begins the
   * month and at the one that begins the next: the longitude counts if it is reached at the first midnight, not if
   * it is reached at the second.
   *
   * @param atStart the sun's longitude when the month begins, in {@code [0, 360)}
   * @param atEnd the sun's longitude when the next month begins, in {@code [0, 360)}
   * @param longitude the longitude, in {@code [0, 360)}
   * @return true if the month contains the instant the sun reaches {@code longitude}
   */
  static boolean containsLongitude(double atStart, double atEnd, double longitude) {
    return forward(atStart, longitude) < forward(atStart, atEnd);
  }

  /**
   * Tells whether a month contains a major solar term, the sun crossing a multiple of 30°.
   *
   * @param atStart the sun's longitude when the month begins, in {@code [0, 360)}
   * @param atEnd the sun's longitude when the next month begins, in {@code [0, 360)}
   * @return true if the sun reaches a multiple of 30° in the month
   */
  static boolean containsMajorTerm(double atStart, double atEnd) {
    double nextTerm = Math.ceil(atStart / 30) * 30;
    return containsLongitude(atStart, atEnd, nextTerm % 360);
  }

  private static double forward(double from, double to) {
    double d = (to - from) % 360;
    return d < 0 ? d + 360 : d;
  }

  /** Returns the first lunar year whose months are all in the table. */
  int firstYear() {
    return firstYear;
  }

  /** Returns the last lunar year whose months are all in the table. */
  int lastYear() {
    return lastYear;
  }

  /** Returns the number of months in the table. */
  int size() {
    return label.length;
  }

  /** Returns the epoch day on which month {@code index} starts; {@code index == size()} gives the end. */
  int start(int index) {
    return start[index];
  }

  /**
   * Returns the index of the month that contains the epoch day, which must lie within the table: a look-up in
   * {@code block}, then at most one step, since a block (16 days) is shorter than a month.
   */
  int indexOf(int epochDay) {
    int index = block[(epochDay - start[0]) >> BLOCK_SHIFT];
    return start[index + 1] <= epochDay ? index + 1 : index;
  }

  /** Returns the lunar year of month {@code index}. */
  int year(int index) {
    return label[index] >>> 5;
  }

  /** Returns the number, 1 to 12, of month {@code index}. */
  int month(int index) {
    return (label[index] >>> 1) & 0xF;
  }

  /** Tells whether month {@code index} is a leap month. */
  boolean isLeap(int index) {
    return (label[index] & 1) != 0;
  }

  /**
   * Tells whether the new moon that starts month {@code index} falls within {@link #NEAR_MIDNIGHT_MINUTES} of a
   * local midnight, before or after it, so that a more precise ephemeris or another calendar may start the month on
   * the other side of that midnight.
   */
  boolean isNearMidnight(int index) {
    return nearMidnight[index];
  }

  /** Returns the leap month of a lunar year from {@code firstYear()} to {@code lastYear()}, or 0 if none. */
  int leapMonth(int year) {
    return leapMonth[year - firstYear];
  }

  /**
   * Returns the index of a month of a lunar year from {@code firstYear()} to {@code lastYear()}; the month must
   * exist.
   */
  int indexOf(int year, int month, boolean leap) {
    int leapMonth = leapMonth(year);
    boolean afterLeap = leapMonth != 0 && (month > leapMonth || (month == leapMonth && leap));
    return firstMonth[year - firstYear] + month - 1 + (afterLeap ? 1 : 0);
  }
}
