package io.github.vanphong.calendar;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.law.Instruments;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A span of days the calendars of this package answer for, declared once for each: {@link #LUNAR}, the days of the
 * lunar calendar ({@link LunarDate}), and {@link #WORKING}, the days of working calendars, official schedules and
 * deadlines, which start later, on the first day the library holds their rules for ({@link WorkingCalendar}, {@link OfficialSchedule}, {@link Deadline}); and the one way a day outside a
 * span is refused: a {@link DateTimeException}, as {@code java.time} refuses a date it cannot represent. For example
 * {@code LUNAR.check(LocalDate.of(2200, 1, 1), "day")} throws "day must lie within the calendar's range 1900-01-01
 * to 2199-12-31: 2200-01-01".
 *
 * <p>This class is immutable and thread-safe.
 */
final class CalendarRange {

  /** The days of the lunar calendar, 1900-01-01 to 2199-12-31: astronomy, which needs no law. */
  static final CalendarRange LUNAR = new CalendarRange(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31));

  /**
   * The days of working calendars and deadlines, 2006-01-01 to 2199-12-31: from the first day on which the library
   * holds every rule a count of days needs, the latest of the first days of the holidays (Bộ luật Lao động 1994,
   * from 1995-01-01), of the five-day week (Quyết định 188/1999/QĐ-TTg, from 1999-10-02) and of the counting of
   * periods (Bộ luật Dân sự 33/2005/QH11, from 2006-01-01). Before it offices worked six days a week and periods
   * were counted under a code the library does not hold.
   */
  static final CalendarRange WORKING =
      new CalendarRange(
          latest(
              Instruments.LABOUR_CODE_1994.inForceFrom(),
              Instruments.FORTY_HOUR_WEEK_1999.inForceFrom(),
              Instruments.CIVIL_CODE_2005.inForceFrom()),
          LUNAR.last());

  private final LocalDate first;
  private final LocalDate last;
  private final long firstEpochDay;
  private final long lastEpochDay;

  private CalendarRange(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
    this.firstEpochDay = first.toEpochDay();
    this.lastEpochDay = last.toEpochDay();
  }

  private static LocalDate latest(LocalDate... days) {
    LocalDate latest = days[0];
    for (LocalDate day : days) {
      if (day.isAfter(latest)) {
        latest = day;
      }
    }
    return latest;
  }

  /** Returns the first day covered. */
  LocalDate first() {
    return first;
  }

  /** Returns the last day covered. */
  LocalDate last() {
    return last;
  }

  /** Returns the epoch day of {@link #first()}. */
  long firstEpochDay() {
    return firstEpochDay;
  }

  /** Returns the epoch day of {@link #last()}. */
  long lastEpochDay() {
    return lastEpochDay;
  }

  /** Returns the number of days covered. */
  int days() {
    return (int) (lastEpochDay - firstEpochDay + 1);
  }

  /**
   * Tells whether a day lies in the range.
   *
   * @param day the day, not null
   * @return true from the first day to the last, both included
   */
  boolean contains(LocalDate day) {
    return containsEpochDay(day.toEpochDay());
  }

  /**
   * Tells whether an epoch day lies in the range.
   *
   * @param epochDay the epoch day
   * @return true from the epoch day of the first day to that of the last, both included
   */
  boolean containsEpochDay(long epochDay) {
    return epochDay >= firstEpochDay && epochDay <= lastEpochDay;
  }

  /**
   * Returns the day if it lies in the range.
   *
   * @param day the day, not null
   * @param parameter the name of the parameter or value, for example "day" or "eventDay", not null
   * @return the day, not null
   * @throws DateTimeException if the day is outside the range
   */
  LocalDate check(LocalDate day, String parameter) {
    if (!contains(requireNonNull(day, parameter))) {
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
   * @throws DateTimeException if the year is outside the years of the range
   */
  int checkYear(int year, String parameter) {
    if (year < first.getYear() || year > last.getYear()) {
      throw new DateTimeException(
          parameter
              + " must lie within the calendar's range "
              + first.getYear()
              + " to "
              + last.getYear()
              + ": "
              + year);
    }
    return year;
  }

  /**
   * Returns the refusal of a value outside the range: "{@code parameter} must lie within the calendar's range
   * {@code first} to {@code last}: {@code value}".
   *
   * @param parameter the name of the parameter or value at fault, not null
   * @param value the value or the facts at fault, not null
   * @return the exception, not null
   */
  DateTimeException outside(String parameter, Object value) {
    return new DateTimeException(outsideMessage(parameter, value));
  }

  /**
   * Returns the message of {@link #outside(String, Object) outside}, for a parser that reports it at an index.
   *
   * @param parameter the name of the parameter or value at fault, not null
   * @param value the value or the facts at fault, not null
   * @return the message, not null
   */
  String outsideMessage(String parameter, Object value) {
    return parameter + " must lie within the calendar's range " + first + " to " + last + ": " + value;
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
  DateTimeException beyond(String parameter, LocalDate from, long n, String unit) {
    return outside(parameter, n + " " + unit + " after " + from + " lie beyond it");
  }
}
