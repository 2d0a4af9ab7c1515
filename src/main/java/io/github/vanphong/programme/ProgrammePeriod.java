package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The days a work programme covers: a term, a calendar year, quarter or month, or a week from Monday to Sunday. For
 * example {@code 2016-Q2}, the standing committee's programme from 2016-04-01 to 2016-06-30.
 *
 * <p>A term runs from the day after one congress to the day of the next, a span of one to six years (five, moved by
 * at most a year: Điều lệ Đảng 2011, Điều 15 and 18); the {@linkplain #next() next} term is taken as five years,
 * which an application replaces by the real days with {@link #term}. Every period lies between 1930-02-03, the day
 * the Party was founded, and 2199-12-31, the end of the working calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ProgrammePeriod implements Comparable<ProgrammePeriod> {

  /** The first day a period may start: the day the Party was founded. */
  public static final LocalDate EARLIEST = LocalDate.of(1930, 2, 3);

  /** The last day a period may end: the end of the working calendar. */
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  /** The longest term: five years moved by at most one. */
  private static final int LONGEST_TERM_YEARS = 6;

  private final ProgrammeScope scope;
  private final LocalDate start;
  private final LocalDate end;

  private ProgrammePeriod(ProgrammeScope scope, LocalDate start, LocalDate end) {
    checkArgument(
        !start.isBefore(EARLIEST) && !end.isAfter(LATEST),
        "a programme period lies between %s and %s: %s %s..%s",
        EARLIEST,
        LATEST,
        scope,
        start,
        end);
    this.scope = scope;
    this.start = start;
    this.end = end;
  }

  /**
   * Returns a term, from its first day to its last.
   *
   * @param first the first day, from 1930-02-03, not null
   * @param last the last day, after the first and at most six years later, up to 2199-12-31, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the last day is not after the first, the term is longer than six years, or
   *     either day is out of range
   */
  public static ProgrammePeriod term(LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    checkArgument(
        first.isBefore(last), "a term ends after it starts: first %s, last %s", first, last);
    checkArgument(
        first.until(last, ChronoUnit.YEARS) < LONGEST_TERM_YEARS,
        "a term lasts five years, moved by at most one (Điều lệ Đảng 2011, Điều 15, 18): %s..%s is longer",
        first,
        last);
    return new ProgrammePeriod(ProgrammeScope.TERM, first, last);
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, from 1931 to 2199
   * @return the period, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ProgrammePeriod year(int year) {
    checkYear(year);
    return new ProgrammePeriod(ProgrammeScope.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Returns a calendar quarter.
   *
   * @param year the year, from 1931 to 2199
   * @param quarter the quarter, from 1 to 4
   * @return the period, not null
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static ProgrammePeriod quarter(int year, int quarter) {
    checkYear(year);
    checkArgument(quarter >= 1 && quarter <= 4, "a quarter is 1 to 4: %s", quarter);
    YearMonth first = YearMonth.of(year, quarter * 3 - 2);
    return new ProgrammePeriod(ProgrammeScope.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
  }

  /**
   * Returns a calendar month.
   *
   * @param month the month, from 1930-03 to 2199-12, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the month is out of range
   */
  public static ProgrammePeriod month(YearMonth month) {
    requireNonNull(month, "month");
    checkArgument(
        month.getYear() >= EARLIEST.getYear() && month.getYear() <= LATEST.getYear(),
        "a programme period lies between %s and %s: month %s",
        EARLIEST,
        LATEST,
        month);
    return new ProgrammePeriod(ProgrammeScope.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Returns a week, Monday to Sunday.
   *
   * @param monday the Monday it starts on, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the day is not a Monday, or the week is out of range
   */
  public static ProgrammePeriod week(LocalDate monday) {
    requireNonNull(monday, "monday");
    checkArgument(
        monday.getDayOfWeek() == DayOfWeek.MONDAY, "a programme week starts on a Monday: %s is a %s", monday,
        monday.getDayOfWeek());
    checkArgument(
        !monday.isAfter(LATEST), "a programme period lies between %s and %s: week of %s", EARLIEST, LATEST, monday);
    return new ProgrammePeriod(ProgrammeScope.WEEK, monday, monday.plusDays(6));
  }

  /**
   * Returns the period of a span that starts on a day, with its last day: the form a stored period is read from.
   *
   * @param scope the span, not null
   * @param start the first day, the first of its year, quarter or month, or a Monday, not null
   * @param end the last day, the one the span gives (any for a term), not null
   * @return the period, not null
   * @throws IllegalArgumentException if the days are not those of a period of the span
   */
  public static ProgrammePeriod of(ProgrammeScope scope, LocalDate start, LocalDate end) {
    requireNonNull(scope, "scope");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    ProgrammePeriod period =
        switch (scope) {
          case TERM -> term(start, end);
          case YEAR -> year(start.getYear());
          case QUARTER -> quarter(start.getYear(), (start.getMonthValue() + 2) / 3);
          case MONTH -> month(YearMonth.from(start));
          case WEEK -> week(start);
        };
    checkArgument(
        period.start.equals(start) && period.end.equals(end),
        "a %s programme period runs %s..%s, not %s..%s",
        scope,
        period.start,
        period.end,
        start,
        end);
    return period;
  }

  private static void checkYear(int year) {
    checkArgument(
        year > EARLIEST.getYear() && year <= LATEST.getYear(),
        "a programme period lies between %s and %s: year %s",
        EARLIEST,
        LATEST,
        year);
  }

  /**
   * Returns the span.
   *
   * @return the span, not null
   */
  public ProgrammeScope scope() {
    return scope;
  }

  /**
   * Returns the first day.
   *
   * @return the first day, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day, included.
   *
   * @return the last day, not before the first, not null
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Tells whether a day is in the period.
   *
   * @param day the day, not null
   * @return true from the first day to the last, both included
   */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Tells whether a month has a day in the period.
   *
   * @param month the month, not null
   * @return true if the month and the period share a day
   */
  public boolean overlaps(YearMonth month) {
    requireNonNull(month, "month");
    return !month.atEndOfMonth().isBefore(start) && !month.atDay(1).isAfter(end);
  }

  /**
   * Returns the period of the same span that follows this one: the next year, quarter, month or week, or for a term
   * the five years from the day after its last.
   *
   * @return the next period, not null
   * @throws IllegalArgumentException if it would end after 2199-12-31
   */
  public ProgrammePeriod next() {
    LocalDate first = end.plusDays(1);
    return switch (scope) {
      case TERM -> term(first, first.plusYears(5).minusDays(1));
      case YEAR -> year(first.getYear());
      case QUARTER -> quarter(first.getYear(), (first.getMonthValue() + 2) / 3);
      case MONTH -> month(YearMonth.from(first));
      case WEEK -> week(first);
    };
  }

  /**
   * Orders periods by their first day, then their last, then their span.
   *
   * @param other the other period, not null
   * @return negative, zero or positive as this period comes before, with or after the other
   */
  @Override
  public int compareTo(ProgrammePeriod other) {
    requireNonNull(other, "other");
    int byStart = start.compareTo(other.start);
    if (byStart != 0) {
      return byStart;
    }
    int byEnd = end.compareTo(other.end);
    return byEnd != 0 ? byEnd : scope.compareTo(other.scope);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgrammePeriod other
        && scope == other.scope
        && start.equals(other.start)
        && end.equals(other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, start, end);
  }

  /**
   * Returns the period as people name it: "2016", "2016-Q2", "2016-03", "week 2016-03-07" or "term
   * 2015-10-15..2020-10-14".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return switch (scope) {
      case TERM -> "term " + start + ".." + end;
      case YEAR -> String.valueOf(start.getYear());
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
      case MONTH -> YearMonth.from(start).toString();
      case WEEK -> "week " + start;
    };
  }
}
