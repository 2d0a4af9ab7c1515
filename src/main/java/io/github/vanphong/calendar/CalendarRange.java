package io.github.vanphong.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The days the calendars of this package cover, 1900-01-01 to 2199-12-31, declared once for {@link WorkingCalendar},
 * {@link LunarDate}, {@link OfficialSchedule} and {@link Deadline}; and the one way a day outside them is refused: a
 * {@link DateTimeException}, as {@code java.time} refuses a date it cannot represent. For example {@code
 * check(LocalDate.of(2200, 1, 1), "day")} throws "day must lie within the calendar's range 1900-01-01 to
 * 2199-12-31: 2200-01-01".
 *
 * <p>This class is immutable and thread-safe.
 */
final class CalendarRange {

  /** The first day covered, 1900-01-01. */
  static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

  /** The last day covered, 2199-12-31. */
  static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

  /** The epoch day of {@link #FIRST_DAY}. */
  static final long FIRST_EPOCH_DAY = FIRST_DAY.toEpochDay();

  /** The epoch day of {@link #LAST_DAY}. */
  static final long LAST_EPOCH_DAY = LAST_DAY.toEpochDay();

  /** The number of days covered. */
  static final int DAYS = (int) (LAST_EPOCH_DAY - FIRST_EPOCH_DAY + 1);

  private static final String RANGE = " must lie within the calendar's range " + FIRST_DAY + " to " + LAST_DAY + ": ";

  private CalendarRange() {}

  /**
   * Tells whether a day lies in the range.
   *
   * @param day the day, not null
   * @return true from 1900-01-01 to 2199-12-31
   */
  static boolean contains(LocalDate day) {
    return containsEpochDay(day.toEpochDay());
  }

  /**
   * Tells whether an epoch day lies in the range.
   *
   * @param epochDay the epoch day
   * @return true from the epoch day of 1900-01-01 to that of 2199-12-31
   */
  static boolean containsEpochDay(long epochDay) {
    return epochDay >= FIRST_EPOCH_DAY && epochDay <= LAST_EPOCH_DAY;
  }

  /**
   * Returns the day if it lies in the range.
   *
   * @param day the day, not null
   * @param parameter the name of the parameter or value, for example "day" or "eventDay", not null
   * @return the day, not null
   * @throws DateTimeException if the day is outside the range
   */
  static LocalDate check(LocalDate day, String parameter) {
    if (!contains(day)) {
      throw outside(parameter, day);
    }
    return day;
  }

  /**
   * Returns the year if every day of it lies in the range.
   *
   * @param year the year
   * @param parameter the name of the parameter, for example "year", not null
   * @return the year
   * @throws DateTimeException if the year is outside 1900 to 2199
   */
  static int checkYear(int year, String parameter) {
    if (year < FIRST_DAY.getYear() || year > LAST_DAY.getYear()) {
      throw new DateTimeException(
          parameter
              + " must lie within the calendar's range "
              + FIRST_DAY.getYear()
              + " to "
              + LAST_DAY.getYear()
              + ": "
              + year);
    }
    return year;
  }

  /**
   * Returns the refusal of a value outside the range: "{@code parameter} must lie within the calendar's range
   * 1900-01-01 to 2199-12-31: {@code value}".
   *
   * @param parameter the name of the parameter or value at fault, not null
   * @param value the value or the facts at fault, not null
   * @return the exception, not null
   */
  static DateTimeException outside(String parameter, Object value) {
    return new DateTimeException(outsideMessage(parameter, value));
  }

  /**
   * Returns the message of {@link #outside(String, Object)}, for a parser that reports it at an index.
   *
   * @param parameter the name of the parameter or value at fault, not null
   * @param value the value or the facts at fault, not null
   * @return the message, not null
   */
  static String outsideMessage(String parameter, Object value) {
    return parameter + RANGE + value;
  }

  /**
   * Returns the refusal of a count of days that passes the end of the range, for example "day plus n working days
   * must lie within the calendar's range 1900-01-01 to 2199-12-31: 2 working days after 2199-12-30 lie beyond it".
   *
   * @param parameter the name of the value at fault, not null
   * @param from the day counted from, not null
   * @param n the number of days
   * @param unit "days" or "working days", not null
   * @return the exception, not null
   */
  static DateTimeException beyond(String parameter, LocalDate from, long n, String unit) {
    return outside(parameter, n + " " + unit + " after " + from + " lie beyond it");
  }
}
