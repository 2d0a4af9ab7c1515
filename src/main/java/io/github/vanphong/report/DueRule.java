package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.reception.CutOff;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * When a report is due (thời hạn gửi báo cáo), counted from its period: a fixed day of a month counted from the last
 * month of the period, such as "by the 25th of the last month of the period" (Nghị định 09/2019/NĐ-CP, Điều 13), or a
 * number of working days after the cut-off, such as "2 working days from the cut-off" in a province's rules.
 *
 * <p>Whatever the rule, a due day is never less than one working day after the cut-off (Nghị định 09/2019/NĐ-CP,
 * Điều 8, khoản 5, {@link ReportingRule#MINIMUM_GAP}): a rule of working days counts at least one, a regime refuses a
 * fixed day that cannot give one ({@link ReportingRegime#withDue}), and where the days off of a particular period
 * would bring a fixed day closer, {@link #dueDate} gives the first working day after the cut-off instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DueRule {

  private final int monthsAfter;
  private final int day;
  private final int workingDays;
  private final LegalBasis basis;

  private DueRule(int monthsAfter, int day, int workingDays, LegalBasis basis) {
    this.monthsAfter = monthsAfter;
    this.day = day;
    this.workingDays = workingDays;
    this.basis = basis;
  }

  /**
   * Returns the rule "by a day of the month", counted from the last month of the period: {@code dayOfMonth(0, 25,
   * basis)} is the 25th of the last month, {@code dayOfMonth(1, 5, basis)} the 5th of the month after it.
   *
   * @param monthsAfter the months after the period's last month, from 0 to 12
   * @param day the day of the month, from 1 to 28, so every month has it
   * @param basis the instrument that sets it, or the application's, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if a number is out of range
   */
  public static DueRule dayOfMonth(int monthsAfter, int day, LegalBasis basis) {
    requireNonNull(basis, "basis");
    checkArgument(monthsAfter >= 0 && monthsAfter <= 12, "a due day is 0 to 12 months after the period, not %s", monthsAfter);
    checkArgument(day >= 1 && day <= 28, "a fixed due day is 1 to 28, so every month has it; %s was given", day);
    return new DueRule(monthsAfter, day, 0, basis);
  }

  /**
   * Returns the rule "a number of working days after the cut-off".
   *
   * @param workingDays the working days after the period's last day, from 1 (Nghị định 09/2019/NĐ-CP, Điều 8, khoản
   *     5) to 60
   * @param basis the instrument that sets it, or the application's, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the number is outside 1 to 60
   */
  public static DueRule workingDaysAfterCutOff(int workingDays, LegalBasis basis) {
    requireNonNull(basis, "basis");
    checkArgument(
        workingDays >= 1,
        "%s: a report is due at least 1 working day after its cut-off (%s); %s was given",
        ReportingRule.MINIMUM_GAP.name(),
        ReportingRule.MINIMUM_GAP.citation().orElse(""),
        workingDays);
    checkArgument(workingDays <= 60, "a due rule counts at most 60 working days, not %s", workingDays);
    return new DueRule(0, 0, workingDays, basis);
  }

  /**
   * Returns the months after the period's last month, for a rule of a fixed day.
   *
   * @return 0 to 12, or empty for a rule of working days
   */
  public OptionalInt monthsAfter() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(monthsAfter);
  }

  /**
   * Returns the fixed day of the month.
   *
   * @return 1 to 28, or empty for a rule of working days
   */
  public OptionalInt dayOfMonth() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns the working days after the cut-off.
   *
   * @return 1 to 60, or empty for a rule of a fixed day
   */
  public OptionalInt workingDays() {
    return day == 0 ? OptionalInt.of(workingDays) : OptionalInt.empty();
  }

  /**
   * Returns the instrument that sets the rule.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the day the rule names for a period, before any day off moves it: the fixed day of its month, or the
   * working day counted after the cut-off.
   *
   * @param period the period, not null
   * @param calendar the working calendar, not null
   * @return the day, not null
   * @throws java.time.DateTimeException if a day counted lies outside the calendar's range
   */
  public LocalDate nominalDay(ReportingPeriod period, WorkingCalendar calendar) {
    requireNonNull(period, "period");
    requireNonNull(calendar, "calendar");
    return day == 0
        ? calendar.plusWorkingDays(period.last(), workingDays)
        : period.lastMonth().plusMonths(monthsAfter).atDay(day);
  }

  /**
   * Returns the due day of a period: the day the rule names, moved by the policy if it is a day off, and never before
   * the first working day after the cut-off ({@link ReportingRule#MINIMUM_GAP}).
   *
   * @param period the period, not null
   * @param calendar the working calendar, not null
   * @param policy what a due day on a day off becomes, not null
   * @return the due day, a working day at least 1 working day after the period's last day, not null
   * @throws java.time.DateTimeException if a day counted lies outside the calendar's range
   */
  public LocalDate dueDate(ReportingPeriod period, WorkingCalendar calendar, DayOffPolicy policy) {
    requireNonNull(policy, "policy");
    LocalDate nominal = nominalDay(period, calendar);
    LocalDate moved = policy.apply(nominal, calendar);
    LocalDate floor = calendar.plusWorkingDays(period.last(), 1);
    return moved.isBefore(floor) ? floor : moved;
  }

  /**
   * Tells whether a fixed day can leave a working day after a cut-off in every period: it must fall after the
   * cut-off's day in the same month, or in a later month. A rule of working days always can.
   *
   * @param cutOff the cut-off convention, not null
   * @return false for a fixed day of the period's last month on or before the cut-off day, or any day of that month
   *     under a cut-off at the month's end
   */
  public boolean leavesAGapAfter(CutOff cutOff) {
    requireNonNull(cutOff, "cutOff");
    if (day == 0 || monthsAfter > 0) {
      return true;
    }
    OptionalInt cutOffDay = cutOff.dayOfMonth();
    return cutOffDay.isPresent() && day > cutOffDay.getAsInt();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DueRule other
        && monthsAfter == other.monthsAfter
        && day == other.day
        && workingDays == other.workingDays
        && basis.equals(other.basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(monthsAfter, day, workingDays, basis);
  }

  /**
   * Returns the rule, for example "day 25 of the period's last month (Nghị định 09/2019/NĐ-CP, Điều 13)" or "2
   * working days after the cut-off (...)"; a day of a later month reads "day 5 of the period's last month + 1".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    String rule =
        day == 0
            ? workingDays + " working days after the cut-off"
            : "day " + day + " of the period's last month" + (monthsAfter == 0 ? "" : " + " + monthsAfter);
    return rule + " (" + basis.citation() + ")";
  }
}
