package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A day a reception schedule names, before any working day is looked at: a day of each month ("the 15th"), a day of
 * each week ("every Thursday"), or a weekday of each month ("the second Tuesday", "the last Friday"). For example
 * {@code ScheduleDay.ofMonth(15)} gives 2026-02-15, a Sunday in Tết; the schedule's {@link ScheduleShift} moves it to
 * a working day.
 *
 * <p>A day of the month past the month's end (the 31st of April) is the month's last day. {@link #toString()} reads
 * "15th of each month", "every Thursday", "2nd Tuesday of each month" or "last Friday of each month".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleDay {

  /** The forms a day takes: a day of the month, a weekday of every week, or a weekday of the month. */
  private static final int DAY_OF_MONTH = 0;

  private static final int WEEKDAY = 1;

  private static final int NTH_WEEKDAY = 2;

  private final int form;
  private final int number;
  private final @Nullable DayOfWeek weekday;

  private ScheduleDay(int form, int number, @Nullable DayOfWeek weekday) {
    this.form = form;
    this.number = number;
    this.weekday = weekday;
  }

  /**
   * Returns a day of each month, for example the 15th.
   *
   * @param dayOfMonth the day, from 1 to 31; past a month's end it is the month's last day
   * @return the schedule day, not null
   * @throws IllegalArgumentException if the day is outside 1 to 31
   */
  public static ScheduleDay ofMonth(int dayOfMonth) {
    checkArgument(dayOfMonth >= 1 && dayOfMonth <= 31, "a day of the month is 1 to 31, not %s", dayOfMonth);
    return new ScheduleDay(DAY_OF_MONTH, dayOfMonth, null);
  }

  /**
   * Returns a day of each week, for example every Thursday.
   *
   * @param weekday the day of the week, not null
   * @return the schedule day, not null
   */
  public static ScheduleDay weekly(DayOfWeek weekday) {
    return new ScheduleDay(WEEKDAY, 0, requireNonNull(weekday, "weekday"));
  }

  /**
   * Returns the n-th weekday of each month, for example the second Tuesday.
   *
   * @param n the rank in the month, from 1 to 4
   * @param weekday the day of the week, not null
   * @return the schedule day, not null
   * @throws IllegalArgumentException if the rank is outside 1 to 4
   */
  public static ScheduleDay nthOfMonth(int n, DayOfWeek weekday) {
    checkArgument(n >= 1 && n <= 4, "a weekday's rank in a month is 1 to 4 (or the last), not %s", n);
    return new ScheduleDay(NTH_WEEKDAY, n, requireNonNull(weekday, "weekday"));
  }

  /**
   * Returns the last weekday of each month, for example the last Friday.
   *
   * @param weekday the day of the week, not null
   * @return the schedule day, not null
   */
  public static ScheduleDay lastOfMonth(DayOfWeek weekday) {
    return new ScheduleDay(NTH_WEEKDAY, -1, requireNonNull(weekday, "weekday"));
  }

  /**
   * Returns the day of the month of a schedule on a fixed day of each month, for example 15 for "15th of each
   * month".
   *
   * @return the day, 1 to 31, or empty if the schedule names a weekday, not null
   */
  public OptionalInt dayOfMonth() {
    return form == DAY_OF_MONTH ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /**
   * Returns the weekday of a weekly schedule or of a weekday's place in each month.
   *
   * @return the weekday, or empty if the schedule names a day of the month, not null
   */
  public Optional<DayOfWeek> weekday() {
    return Optional.ofNullable(weekday);
  }

  /**
   * Returns the rank in each month of a weekday, for example 2 for "2nd MONDAY of each month".
   *
   * @return the rank, 1 to 4, or empty if the schedule is weekly, on a day of the month or on the last weekday,
   *     not null
   */
  public OptionalInt rankInMonth() {
    return form == NTH_WEEKDAY && number != -1 ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /**
   * Tells whether the schedule names the last of a weekday in each month.
   *
   * @return true for {@link #lastOfMonth(DayOfWeek) lastOfMonth}
   */
  public boolean isLastOfMonth() {
    return form == NTH_WEEKDAY && number == -1;
  }

  /**
   * Returns the days named from one day to another, both included, in order: before any shift to a working day.
   *
   * @param from the first day, from 2006-01-01 to 2199-12-31 (the working calendar's range), not null
   * @param to the last day, not before {@code from}, in the same range, not null
   * @return the days, possibly empty, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws DateTimeException if a day lies outside the working calendar's range, which bounds the days listed
   */
  public ImmutableList<LocalDate> datesIn(LocalDate from, LocalDate to) {
    inRange(from, "from");
    inRange(to, "to");
    checkArgument(!to.isBefore(from), "a range of days runs forward: %s to %s", from, to);
    ImmutableList.Builder<LocalDate> dates = ImmutableList.builder();
    if (form == WEEKDAY) {
      for (LocalDate day = from.with(TemporalAdjusters.nextOrSame(requireNonNull(weekday)));
          !day.isAfter(to);
          day = day.plusWeeks(1)) {
        dates.add(day);
      }
      return dates.build();
    }
    for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
      LocalDate day = in(month);
      if (!day.isBefore(from) && !day.isAfter(to)) {
        dates.add(day);
      }
    }
    return dates.build();
  }

  private static void inRange(LocalDate day, String parameter) {
    requireNonNull(day, parameter);
    if (day.isBefore(WorkingCalendar.FIRST_DAY) || day.isAfter(WorkingCalendar.LAST_DAY)) {
      throw new DateTimeException(
          parameter
              + " must lie within the calendar's range "
              + WorkingCalendar.FIRST_DAY
              + " to "
              + WorkingCalendar.LAST_DAY
              + ": "
              + day);
    }
  }

  private LocalDate in(YearMonth month) {
    if (form == DAY_OF_MONTH) {
      return month.atDay(Math.min(number, month.lengthOfMonth()));
    }
    DayOfWeek day = requireNonNull(weekday);
    return number == -1
        ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day))
        : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(number, day));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScheduleDay other && form == other.form && number == other.number && weekday == other.weekday;
  }

  @Override
  public int hashCode() {
    return Objects.hash(form, number, weekday);
  }

  /**
   * Returns the day as a schedule names it: "15th of each month", "every THURSDAY", "2nd TUESDAY of each month" or
   * "last FRIDAY of each month".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    if (form == DAY_OF_MONTH) {
      return ordinal(number) + " of each month";
    }
    String day = requireNonNull(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return form == WEEKDAY
        ? "every " + day
        : (number == -1 ? "last" : ordinal(number)) + " " + day + " of each month";
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix;
    if (lastTwo >= 11 && lastTwo <= 13) {
      suffix = "th";
    } else {
      suffix =
          switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
          };
    }
    return n + suffix;
  }
}
