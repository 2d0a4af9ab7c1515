package io.github.vanphong.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A day of the Vietnamese lunar calendar (âm lịch): for example Tết Bính Thân, the first day of the first month of
 * lunar year 2016, is {@code 2016-01-01} and fell on 2016-02-08; the fifteenth day of the leap sixth month of 2017
 * is {@code 2017-06L-15} and fell on 2017-08-06.
 *
 * <p>The calendar is the lunisolar rule of the Chinese calendar computed for the meridian of UTC+7, not UTC+8: a
 * month starts on the local day of a new moon; month 11 is the month that contains the December solstice; a
 * span of 13 months from one month 11 to the next has a leap month (tháng nhuận), the first month after month 11
 * that contains no major solar term (trung khí), and it takes the number of the month before it. New moons and the
 * sun's longitude come from the series of J. Meeus, <i>Astronomical Algorithms</i> (1998), chapters 49 and 25, so
 * the calendar differs from China's on some days: Tết 1985 was 1985-01-21 in Vietnam and 1985-02-20 in China.
 * The rule is applied to the whole supported range; calendars printed in Vietnam before 1968 (in the North) or 1975
 * (in the South) followed the UTC+8 reckoning and may differ on some days before those years.
 *
 * <p>The calendar agrees on every day with the calendar in use: Vietnamese calendars and calendar software compute
 * 1900–2199 with one published method (Hồ Ngọc Đức's, the new-moon series of Meeus with its own ΔT, for UTC+7). In
 * nine months the new moon falls within two minutes of local midnight and that method starts the month a day later
 * than this library's series would, for example Tết 2175 on 2175-01-23 and month 6 of 1967 on 1967-07-08 (as the
 * calendars printed then have it); the library follows the calendar in use there. Where the method's own
 * arithmetic gives a "day 0" (2054-05-07, 2062-04-09) the day is the 30th of the month before, as here. A month
 * whose new moon falls within {@link #NEAR_MIDNIGHT} of a local midnight (UTC+7) could start a day earlier or later
 * by a more precise ephemeris, an uncertainty no printed calendar shows: {@link #isNearMidnightNewMoon()} tells, and
 * {@link #nearMidnightMonths()} lists them.
 *
 * <p>The supported range is every solar day from 1900-01-01 ({@link #MIN}, lunar 1899-12-01) to 2199-12-31
 * ({@link #MAX}). A lunar year counts from its month 1, so lunar year 2016 (Bính Thân) ran from 2016-02-08 to
 * 2017-01-27. Lunar dates are ordered as the solar days on which they fall.
 *
 * <p>The canonical form returned by {@link #toString()} is {@code yyyy-mm-dd} with the lunar year, month and day,
 * and an {@code L} after the month of a leap month: {@code 2016-01-01}, {@code 2017-06L-15}. {@link
 * #parse(CharSequence) parse} reads it back.
 *
 * <p>A date that does not exist or lies outside the supported range is refused with a {@link DateTimeException},
 * as {@link LocalDate} does; {@link WorkingCalendar}, whose range starts later, on 2006-01-01, refuses a day outside
 * its own the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class LunarDate implements Comparable<LunarDate> {

  private static final LunarMonthTable TABLE = LunarMonthTable.VIETNAM;

  private static final String[] STEMS = {
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"
  };
  private static final String[] BRANCHES = {
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"
  };

  /** The first supported date, lunar 1899-12-01, which fell on 1900-01-01. */
  public static final LunarDate MIN = from(CalendarRange.LUNAR.first());

  /** The last supported date, lunar 2199-11-14, which falls on 2199-12-31. */
  public static final LunarDate MAX = from(CalendarRange.LUNAR.last());

  /**
   * How close to a local midnight (UTC+7) the new moon that starts a month must fall, before or after it, for the
   * month's first day to be uncertain: 5 minutes. The calendar in use and this library's series differ by up to
   * about two minutes on the instant of a new moon in 1900–2199, and ΔT, the correction from the clock to the
   * ephemeris, is itself uncertain by minutes in the years to come. See {@link #isNearMidnightNewMoon()}.
   */
  public static final Duration NEAR_MIDNIGHT = Duration.ofMinutes(LunarMonthTable.NEAR_MIDNIGHT_MINUTES);

  private final int epochDay;
  private final int monthIndex;

  private LunarDate(int epochDay, int monthIndex) {
    this.epochDay = epochDay;
    this.monthIndex = monthIndex;
  }

  /**
   * Returns the lunar date of a solar day, for example 2016-02-08 is lunar {@code 2016-01-01}.
   *
   * @param date the solar day, not null, from 1900-01-01 to 2199-12-31
   * @return the lunar date, not null
   * @throws DateTimeException if the day lies outside the supported range
   */
  public static LunarDate from(LocalDate date) {
    requireNonNull(date, "date");
    long day = date.toEpochDay();
    if (!CalendarRange.LUNAR.containsEpochDay(day)) {
      throw CalendarRange.LUNAR.outside("date", date);
    }
    return new LunarDate((int) day, TABLE.indexOf((int) day));
  }

  /**
   * Returns the lunar date with the given year, month and day, for example {@code of(2017, 6, 15, true)} is the
   * fifteenth day of the leap sixth month of 2017, which fell on 2017-08-06.
   *
   * @param year the lunar year, from 1899 to 2199
   * @param month the month, from 1 to 12
   * @param day the day of the month, from 1 to 29 or 30 as the month has
   * @param leapMonth true for the leap month that follows month {@code month}, which the year must have
   * @return the lunar date, not null
   * @throws DateTimeException if the year is outside 1899 to 2199
   * @throws DateTimeException if the month is outside 1 to 12
   * @throws DateTimeException if {@code leapMonth} is true and the year has no leap month, or another one
   * @throws DateTimeException if the day is less than 1 or more than the days of the month
   * @throws DateTimeException if the date falls outside the solar days 1900-01-01 to 2199-12-31
   */
  public static LunarDate of(int year, int month, int day, boolean leapMonth) {
    String problem = yearProblem(year);
    if (problem == null) {
      problem = monthProblem(month);
    }
    if (problem == null) {
      problem = leapProblem(year, month, leapMonth);
    }
    if (problem == null) {
      problem = dayProblem(year, month, day, leapMonth);
    }
    if (problem == null) {
      problem = rangeProblem(year, month, day, leapMonth);
    }
    if (problem != null) {
      throw new DateTimeException(problem);
    }
    return create(year, month, day, leapMonth);
  }

  private static LunarDate create(int year, int month, int day, boolean leapMonth) {
    int index = TABLE.indexOf(year, month, leapMonth);
    return new LunarDate(TABLE.start(index) + day - 1, index);
  }

  private static @Nullable String yearProblem(int year) {
    if (year < TABLE.firstYear() || year > TABLE.lastYear()) {
      return "year must lie within lunar years "
          + TABLE.firstYear()
          + " to "
          + TABLE.lastYear()
          + ", the calendar's range "
          + CalendarRange.LUNAR.first()
          + " to "
          + CalendarRange.LUNAR.last()
          + ": "
          + year;
    }
    return null;
  }

  private static @Nullable String monthProblem(int month) {
    if (month < 1 || month > 12) {
      return "a lunar month is numbered 1 to 12: " + month;
    }
    return null;
  }

  private static @Nullable String leapProblem(int year, int month, boolean leapMonth) {
    int leap = TABLE.leapMonth(year);
    if (!leapMonth || leap == month) {
      return null;
    }
    if (leap == 0) {
      return "a leap month exists only in a year that has one; lunar year " + year + " has none: " + month + "L";
    }
    return "a leap month takes the number of the month before it; lunar year "
        + year
        + " has leap month "
        + leap
        + ", not "
        + month
        + "L";
  }

  private static @Nullable String dayProblem(int year, int month, int day, boolean leapMonth) {
    int index = TABLE.indexOf(year, month, leapMonth);
    int length = TABLE.start(index + 1) - TABLE.start(index);
    if (day < 1 || day > length) {
      return "a lunar month has 29 or 30 days; month "
          + label(year, month, leapMonth)
          + " has "
          + length
          + ", so it has no day "
          + day;
    }
    return null;
  }

  private static @Nullable String rangeProblem(int year, int month, int day, boolean leapMonth) {
    int index = TABLE.indexOf(year, month, leapMonth);
    int epochDay = TABLE.start(index) + day - 1;
    if (!CalendarRange.LUNAR.containsEpochDay(epochDay)) {
      return CalendarRange.LUNAR.outsideMessage(
          "the date",
          "lunar " + label(year, month, leapMonth) + "-" + twoDigits(day) + " falls on "
              + LocalDate.ofEpochDay(epochDay));
    }
    return null;
  }

  /**
   * Reads a lunar date in its canonical form, {@code 2016-01-01} or, in a leap month, {@code 2017-06L-15}.
   *
   * @param text the text, not null: a 4-digit lunar year, {@code -}, a 2-digit month, {@code L} for a leap month,
   *     {@code -}, a 2-digit day
   * @return the lunar date, not null
   * @throws DateTimeParseException if the text is not in the canonical form; the error index points at the fault
   * @throws DateTimeParseException if the date does not exist or lies outside the supported range; the error
   *     index points at the field at fault (0 for the year and the range)
   */
  public static LunarDate parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    int year = digits(s, 0, 4, "a 4-digit year");
    expect(s, 4, '-');
    int month = digits(s, 5, 2, "a 2-digit month");
    boolean leap = s.length() > 7 && s.charAt(7) == 'L';
    int dash = leap ? 8 : 7;
    expect(s, dash, '-');
    int day = digits(s, dash + 1, 2, "a 2-digit day");
    if (s.length() > dash + 3) {
      throw parseError(s, dash + 3, "expected the end of the text");
    }
    checkField(s, 0, yearProblem(year));
    checkField(s, 5, monthProblem(month));
    checkField(s, 7, leapProblem(year, month, leap));
    checkField(s, dash + 1, dayProblem(year, month, day, leap));
    checkField(s, 0, rangeProblem(year, month, day, leap));
    return create(year, month, day, leap);
  }

  private static int digits(String s, int from, int count, String expected) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (c < '0' || c > '9') {
        throw parseError(s, Math.min(i, s.length()), "expected " + expected);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static void expect(String s, int index, char c) {
    if (index >= s.length() || s.charAt(index) != c) {
      throw parseError(s, Math.min(index, s.length()), "expected '" + c + "'");
    }
  }

  private static void checkField(String s, int index, @Nullable String problem) {
    if (problem != null) {
      throw parseError(s, index, problem);
    }
  }

  private static DateTimeParseException parseError(String s, int index, String reason) {
    return new DateTimeParseException(
        "cannot parse lunar date " + Texts.quote(s) + " at index " + index + ": " + reason, s, index);
  }

  /**
   * Returns the leap month of a lunar year, if it has one: for example 6 for 2017 (its months run 1, 2, …, 6, 6L,
   * 7, …, 12), and empty for 2016.
   *
   * @param year the lunar year, from 1899 to 2199
   * @return the number of the month that the leap month follows, 1 to 12, or empty if the year has 12 months
   * @throws DateTimeException if the year is outside 1899 to 2199
   */
  public static OptionalInt leapMonthOfYear(int year) {
    String problem = yearProblem(year);
    if (problem != null) {
      throw new DateTimeException(problem);
    }
    int leap = TABLE.leapMonth(year);
    return leap == 0 ? OptionalInt.empty() : OptionalInt.of(leap);
  }

  /**
   * Returns the lunar year, for example 2016 for every day from Tết 2016 (2016-02-08) to 2017-01-27.
   *
   * @return the lunar year, from 1899 to 2199
   */
  public int year() {
    return TABLE.year(monthIndex);
  }

  /**
   * Returns the number of the month; a leap month has the number of the month before it.
   *
   * @return the month, from 1 to 12
   */
  public int month() {
    return TABLE.month(monthIndex);
  }

  /**
   * Returns the day of the month, for example 1 on the day of a new moon.
   *
   * @return the day, from 1 to 29 or 30
   */
  public int day() {
    return epochDay - TABLE.start(monthIndex) + 1;
  }

  /**
   * Tells whether this date lies in a leap month (tháng nhuận), for example {@code 2017-06L-15}.
   *
   * @return true in a leap month
   */
  public boolean isLeapMonth() {
    return TABLE.isLeap(monthIndex);
  }

  /**
   * Returns the number of days of this date's month: 29 (tháng thiếu) or 30 (tháng đủ).
   *
   * @return 29 or 30
   */
  public int lengthOfMonth() {
    return TABLE.start(monthIndex + 1) - TABLE.start(monthIndex);
  }

  /**
   * Tells whether the new moon that starts this date's month falls within {@link #NEAR_MIDNIGHT} (5 minutes) of a
   * local midnight at UTC+7, before or after it, so that a more precise ephemeris, or a calendar computed another
   * way, could start the month a day earlier or later, and give the month before it a day more or less. For example
   * it is true on every day of month 1 of 2175, which starts on 2175-01-23 in the calendar in use though the new
   * moon falls 24 seconds before that day begins, and false on every day of month 1 of 2016.
   *
   * @return true if the first day of this date's month is uncertain by a day
   */
  public boolean isNearMidnightNewMoon() {
    return TABLE.isNearMidnight(monthIndex);
  }

  /**
   * Returns the first day of every month from 1900 to 2199 whose new moon falls within {@link #NEAR_MIDNIGHT} (5
   * minutes) of a local midnight at UTC+7, in order: the months whose first day {@link #isNearMidnightNewMoon()}
   * says is uncertain. For example the list holds {@code 1944-05-01} (1944-06-21), {@code 1967-06-01} (1967-07-08)
   * and {@code 2175-01-01} (2175-01-23).
   *
   * @return the first days, each with {@link #day()} 1, not null
   */
  public static ImmutableList<LunarDate> nearMidnightMonths() {
    return NearMidnight.MONTHS;
  }

  /** Holds {@link #nearMidnightMonths()}, built on first use. */
  private static final class NearMidnight {
    static final ImmutableList<LunarDate> MONTHS = months();

    private static ImmutableList<LunarDate> months() {
      ImmutableList.Builder<LunarDate> months = ImmutableList.builder();
      for (int i = 0; i < TABLE.size(); i++) {
        if (TABLE.isNearMidnight(i) && CalendarRange.LUNAR.containsEpochDay(TABLE.start(i))) {
          months.add(new LunarDate(TABLE.start(i), i));
        }
      }
      return months.build();
    }
  }

  /**
   * Returns the name of the lunar year in the sexagenary cycle (can chi), a heavenly stem and an earthly branch,
   * in Vietnamese (NFC): for example "Bính Thân" for 2016 and "Bính Ngọ" for 2026. The branch of the fourth year
   * is Mão (the cat), as in Vietnam.
   *
   * @return the stem and branch separated by a space, not null
   */
  public String yearName() {
    int year = year();
    return STEMS[(year + 6) % 10] + " " + BRANCHES[(year + 8) % 12];
  }

  /**
   * Returns the solar day on which this date falls, for example 2016-02-08 for lunar {@code 2016-01-01}.
   *
   * @return the solar day, not null, from 1900-01-01 to 2199-12-31
   */
  public LocalDate toLocalDate() {
    return LocalDate.ofEpochDay(epochDay);
  }

  /**
   * Compares two lunar dates by the solar days on which they fall.
   *
   * @param other the other date, not null
   * @return negative, zero or positive as this date is before, the same as or after {@code other}
   */
  @Override
  public int compareTo(LunarDate other) {
    return Integer.compare(epochDay, requireNonNull(other, "other").epochDay);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LunarDate lunarDate && epochDay == lunarDate.epochDay;
  }

  @Override
  public int hashCode() {
    return epochDay;
  }

  /**
   * Returns the canonical form, {@code 2016-01-01} or, in a leap month, {@code 2017-06L-15}: the lunar year, the
   * month with {@code L} after it in a leap month, and the day, which {@link #parse(CharSequence) parse} reads back.
   *
   * @return the canonical form, not null
   */
  @Override
  public String toString() {
    return label(year(), month(), isLeapMonth()) + "-" + twoDigits(day());
  }

  private static String label(int year, int month, boolean leap) {
    return year + "-" + twoDigits(month) + (leap ? "L" : "");
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
