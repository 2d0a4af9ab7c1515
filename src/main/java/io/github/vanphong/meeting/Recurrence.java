package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * How often a briefing recurs, from which first day, and on what basis: for example twice a year from 2016-03-01,
 * so that after 2019-07-31 the next is due on 2019-09-01. The n-th occurrence is the first day plus n times the
 * interval, counted from the first day each time, so a month-end first day does not drift (31 January, 31 July,
 * 31 January …; 29 or 28 February where a month is shorter).
 *
 * <p>It is not a schedule that an office must keep unless its basis says so. No instrument read so far sets how
 * often party committee offices hold briefings: the Hậu Giang briefing of 2016-03-01 concluded that briefings
 * should be held periodically, and a "6 tháng đầu năm" briefing followed on 2019-08-07, but neither gives an
 * interval. An application gives its own interval and cites its own basis (a province's quy chế, a conclusion
 * notice).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Recurrence {

  Recurrence() {}

  /**
   * The first occurrence.
   *
   * @return the first day, not null
   */
  public abstract LocalDate first();

  /**
   * The time between two occurrences, for example six months.
   *
   * @return the interval, with no negative part and not zero, not null
   */
  public abstract Period interval();

  /**
   * What sets the recurrence: an instrument, or the conclusion that asked for it.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns a recurrence every given period from a first day.
   *
   * @param first the first occurrence, not null
   * @param interval the time between occurrences, with no negative part and not zero, not null
   * @param basis what sets the recurrence, not null
   * @return the recurrence, not null
   * @throws IllegalArgumentException if the interval is zero or has a negative part
   */
  public static Recurrence every(Period interval, LocalDate first, LegalBasis basis) {
    return ImmutableRecurrence.builder().first(first).interval(interval).basis(basis).build();
  }

  /**
   * Returns a recurrence twice a year (every six months) from a first day.
   *
   * @param first the first occurrence, not null
   * @param basis what sets the recurrence, not null
   * @return the recurrence, not null
   */
  public static Recurrence twiceAYear(LocalDate first, LegalBasis basis) {
    return every(Period.ofMonths(6), first, basis);
  }

  /**
   * Returns a recurrence once a year from a first day.
   *
   * @param first the first occurrence, not null
   * @param basis what sets the recurrence, not null
   * @return the recurrence, not null
   */
  public static Recurrence yearly(LocalDate first, LegalBasis basis) {
    return every(Period.ofYears(1), first, basis);
  }

  @Value.Check
  void check() {
    Period interval = interval();
    checkArgument(
        !interval.isZero() && !interval.isNegative(),
        "a recurrence moves forward: its interval has no negative part and is not zero; %s, from %s (%s)",
        interval,
        first(),
        basis().citation());
  }

  /**
   * Returns the n-th occurrence, the first being number 0.
   *
   * @param n the number of intervals after the first occurrence, 0 or more
   * @return the day, not null
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws java.time.DateTimeException if the day is beyond {@link LocalDate#MAX}
   * @throws ArithmeticException if the multiplied interval overflows
   */
  @SuppressWarnings("JavaPeriodGetDays") // the interval's months are counted apart, by toTotalMonths()
  public LocalDate occurrence(long n) {
    checkArgument(n >= 0, "occurrences are numbered from 0: %s", n);
    Period interval = interval();
    return first()
        .plusMonths(Math.multiplyExact(interval.toTotalMonths(), n))
        .plusDays(Math.multiplyExact((long) interval.getDays(), n));
  }

  /**
   * Returns the first occurrence strictly after a day: the next briefing due after it. A day before the first
   * occurrence gives the first occurrence.
   *
   * @param day the day, not null
   * @return the next occurrence, after {@code day}, not null
   * @throws java.time.DateTimeException if the next occurrence is beyond {@link LocalDate#MAX}
   */
  @SuppressWarnings("JavaPeriodGetDays") // the interval's months are counted apart, by toTotalMonths()
  public LocalDate nextAfter(LocalDate day) {
    requireNonNull(day, "day");
    if (day.isBefore(first())) {
      return first();
    }
    // An interval adds from 28 to 31 days a month besides its days, so the occurrences after the first are at least
    // n times the shortest interval and at most n times the longest: the answer lies between the two estimates,
    // and the occurrences increase with n, so halving the span finds it in at most about 40 steps whatever the day.
    long months = interval().toTotalMonths();
    long days = interval().getDays();
    long span = ChronoUnit.DAYS.between(first(), day);
    long before = span / (months * 31 + days); // occurrence(before) is on or before the day
    long after = span / (months * 28 + days) + 1; // occurrence(after) is after it, or beyond LocalDate.MAX
    while (after - before > 1) {
      long middle = before + (after - before) / 2;
      if (isAfter(middle, day)) {
        after = middle;
      } else {
        before = middle;
      }
    }
    return occurrence(after);
  }

  /** Whether the n-th occurrence falls after a day; one beyond {@link LocalDate#MAX} does. */
  private boolean isAfter(long n, LocalDate day) {
    try {
      return occurrence(n).isAfter(day);
    } catch (DateTimeException | ArithmeticException beyondTheLastDay) {
      return true;
    }
  }

  /**
   * Returns the first occurrence strictly after a day, moved to the next working day if it falls on a rest day or
   * a holiday: a briefing due on a Sunday is held on the Monday.
   *
   * @param day the day, not null
   * @param calendar the calendar whose working days count, not null
   * @return the working day of the next occurrence, after {@code day}, not null
   * @throws java.time.DateTimeException if the day of the occurrence is outside the calendar's range
   */
  public LocalDate nextWorkingDayAfter(LocalDate day, WorkingCalendar calendar) {
    requireNonNull(calendar, "calendar");
    return calendar.nextWorkingDay(nextAfter(day));
  }

  /**
   * Returns the interval, the first day and the basis: "every P6M from 2016-03-01 (Kết luận …, mục 6)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "every " + interval() + " from " + first() + " (" + basis().citation() + ")";
  }
}
