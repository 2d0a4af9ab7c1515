package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Rule;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often a body must hold a regular meeting, with the basis that says so: for example {@code
 * REGULAR_MEETING_CELL}, a Party cell meets every month (Điều lệ Đảng 2011, Điều 24, khoản 2).
 *
 * <p>The interval is a whole number of months that divides a year (1, 2, 3, 4, 6 or 12), its periods counted from
 * 1 January (months, quarters, halves), or one week ({@code P7D}), Monday to Sunday. A body meets at least once in
 * each such period. The standard rules are those of {@link MeetingRhythmBook#standard()}; an application replaces
 * an unconfirmed one, or adds the rule its committee's working rules set, with {@link MeetingRhythmBook#with}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class RegularMeetingRule implements Rule {

  private static final ImmutableSet<Integer> MONTHS_DIVIDING_A_YEAR = ImmutableSet.of(1, 2, 3, 4, 6, 12);
  private static final Period WEEK = Period.ofDays(7);

  RegularMeetingRule() {}

  /**
   * The body that must meet.
   *
   * @return the body, not null
   */
  public abstract MeetingBody body();

  /**
   * How often: {@code P1M}, {@code P3M}, {@code P6M} or {@code P7D}.
   *
   * @return the interval, not null
   */
  public abstract Period interval();

  /**
   * The basis that sets the interval, with how firmly it is confirmed.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns a rule.
   *
   * @param body the body, not null
   * @param interval a whole number of months dividing a year, or seven days, not null
   * @param basis the basis, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the interval is of another form
   */
  public static RegularMeetingRule of(MeetingBody body, Period interval, LegalBasis basis) {
    return ImmutableRegularMeetingRule.builder().body(body).interval(interval).basis(basis).build();
  }

  @Value.Check
  @SuppressWarnings("JavaPeriodGetDays") // the days part is what is checked: an interval of months has none
  void check() {
    Period interval = interval().normalized();
    checkArgument(
        interval.equals(WEEK)
            || (interval.getDays() == 0 && interval.toTotalMonths() <= 12
                && MONTHS_DIVIDING_A_YEAR.contains((int) Math.max(0, interval.toTotalMonths()))),
        "a regular meeting interval is 1, 2, 3, 4, 6 or 12 months, or 7 days: %s for %s",
        interval(),
        body());
  }

  /**
   * Returns the rule's name: {@code REGULAR_MEETING_} and the body, for example {@code REGULAR_MEETING_CELL}.
   *
   * @return the name, not blank
   */
  @Override
  public String name() {
    return "REGULAR_MEETING_" + body().name();
  }

  /**
   * Returns the citation of the basis.
   *
   * @return the citation, present
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  /**
   * Returns the first day of the period of this rule's rhythm that holds a day: the first of its month, quarter or
   * half-year, or the Monday of its week.
   *
   * @param day the day, not null
   * @return the first day of its period, not null
   */
  public LocalDate periodStart(LocalDate day) {
    requireNonNull(day, "day");
    if (isWeekly()) {
      return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }
    int months = (int) interval().toTotalMonths();
    int month = ((day.getMonthValue() - 1) / months) * months + 1;
    return LocalDate.of(day.getYear(), month, 1);
  }

  /**
   * Returns the last day of the period of this rule's rhythm that starts on a day.
   *
   * @param start the first day of a period, not null
   * @return the last day, not null
   */
  LocalDate periodEnd(LocalDate start) {
    if (isWeekly()) {
      return start.plusDays(6);
    }
    return YearMonth.from(start).plusMonths(interval().toTotalMonths() - 1).atEndOfMonth();
  }

  /**
   * Tells whether the rhythm is weekly.
   *
   * @return true for an interval of seven days
   */
  public boolean isWeekly() {
    return interval().normalized().equals(WEEK);
  }

  /**
   * Returns the name, the interval and the basis: "REGULAR_MEETING_CELL every P1M (Điều lệ …, Điều 24, khoản 2)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return name() + " every " + interval() + " (" + basis().citation() + ")";
  }
}
