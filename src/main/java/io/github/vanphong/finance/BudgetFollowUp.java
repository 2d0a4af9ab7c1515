package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An office's follow-up of one budget year: the year's deadlines and the day it recorded each step done. For example
 * a provincial committee's office following budget year 2027, which recorded its estimate reports sent on 2026-07-06.
 * {@link #statusesOn} gives each deadline's {@link BudgetDeadlineStatus} on a day.
 *
 * <p>The record is the office's, not the law's: the library checks that each step is one of the year's and is
 * recorded once, and counts its status against the due day. A refused record throws an {@link
 * IllegalArgumentException} and leaves the follow-up as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class BudgetFollowUp {

  private final int budgetYear;
  private final ImmutableList<BudgetDeadline> deadlines;
  private final ImmutableSortedMap<String, LocalDate> done;

  private BudgetFollowUp(
      int budgetYear, ImmutableList<BudgetDeadline> deadlines, ImmutableSortedMap<String, LocalDate> done) {
    this.budgetYear = budgetYear;
    this.deadlines = deadlines;
    this.done = done;
  }

  /**
   * Returns the follow-up of a budget year of a calendar, with nothing recorded.
   *
   * @param calendar the calendar, not null
   * @param budgetYear the budget year, from {@link BudgetStep#FIRST_BUDGET_YEAR} to {@link
   *     BudgetStep#LAST_BUDGET_YEAR}
   * @return the follow-up, not null
   * @throws IllegalArgumentException if the year is outside that range
   */
  public static BudgetFollowUp of(BudgetCalendar calendar, int budgetYear) {
    requireNonNull(calendar, "calendar");
    return new BudgetFollowUp(budgetYear, calendar.deadlines(budgetYear), ImmutableSortedMap.of());
  }

  /**
   * Rebuilds a stored follow-up from its deadlines and its records, checking each as {@link #recordDone} does.
   *
   * @param budgetYear the budget year
   * @param deadlines the deadlines, each of that year, each step once, not null
   * @param done the day each step was recorded done, by step name, not null
   * @return the follow-up, its deadlines in the order of their due days, not null
   * @throws IllegalArgumentException if a deadline is of another year, a step is listed twice, or a record names a
   *     step that has no deadline
   */
  public static BudgetFollowUp restore(
      int budgetYear, Iterable<BudgetDeadline> deadlines, Map<String, LocalDate> done) {
    ImmutableList<BudgetDeadline> list = Arguments.list(deadlines, "deadlines");
    Arguments.entries(done, "done");
    for (BudgetDeadline deadline : list) {
      checkArgument(
          deadline.budgetYear() == budgetYear,
          "a follow-up of budget year %s holds deadline %s of another year",
          budgetYear,
          deadline);
    }
    checkArgument(
        list.stream().map(d -> d.step().name()).distinct().count() == list.size(),
        "a follow-up lists each step once: %s",
        list);
    BudgetFollowUp followUp =
        new BudgetFollowUp(
            budgetYear,
            ImmutableList.sortedCopyOf(java.util.Comparator.comparing(BudgetDeadline::due), list),
            ImmutableSortedMap.of());
    for (Map.Entry<String, LocalDate> record : new TreeMap<>(done).entrySet()) {
      followUp = followUp.recordDone(record.getKey(), record.getValue());
    }
    return followUp;
  }

  /**
   * Returns this follow-up with a step recorded done on a day.
   *
   * @param step the step's name, one of the year's deadlines, not null
   * @param on the day it was done, not null
   * @return the follow-up with the record, not null
   * @throws IllegalArgumentException if the step has no deadline this year or is already recorded; the follow-up is
   *     unchanged
   */
  public BudgetFollowUp recordDone(String step, LocalDate on) {
    requireNonNull(step, "step");
    requireNonNull(on, "on");
    checkArgument(
        deadline(step).isPresent(),
        "budget step %s has no deadline in budget year %s",
        Texts.quote(step),
        budgetYear);
    checkArgument(
        !done.containsKey(step), "budget step %s is already recorded done on %s", step, done.get(step));
    TreeMap<String, LocalDate> changed = new TreeMap<>(done);
    changed.put(step, on);
    return new BudgetFollowUp(budgetYear, deadlines, ImmutableSortedMap.copyOfSorted(changed));
  }

  /**
   * The budget year.
   *
   * @return the year
   */
  public int budgetYear() {
    return budgetYear;
  }

  /**
   * The year's deadlines, by due day.
   *
   * @return the deadlines, possibly empty, not null
   */
  public ImmutableList<BudgetDeadline> deadlines() {
    return deadlines;
  }

  /**
   * Returns the deadline of a step.
   *
   * @param step the step's name, not null
   * @return the deadline, or empty if the step has none this year
   */
  public Optional<BudgetDeadline> deadline(String step) {
    requireNonNull(step, "step");
    return deadlines.stream().filter(d -> d.step().name().equals(step)).findFirst();
  }

  /**
   * The day each step was recorded done, by step name.
   *
   * @return the records, possibly empty, not null
   */
  public ImmutableSortedMap<String, LocalDate> done() {
    return done;
  }

  /**
   * Returns each deadline's status on a day, by due day, with the window of {@link
   * BudgetDeadline#DUE_WITHIN_DAYS} days.
   *
   * @param asOf the day asked about, not null
   * @return the status of each deadline, in the order of {@link #deadlines()}, not null
   */
  public ImmutableMap<BudgetDeadline, BudgetDeadlineStatus> statusesOn(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    ImmutableMap.Builder<BudgetDeadline, BudgetDeadlineStatus> statuses = ImmutableMap.builder();
    for (BudgetDeadline deadline : deadlines) {
      statuses.put(deadline, deadline.statusOn(asOf, Optional.ofNullable(done.get(deadline.step().name()))));
    }
    return statuses.buildOrThrow();
  }

  /**
   * Returns the deadlines overdue on a day: not recorded done by then, and past their due day.
   *
   * @param asOf the day asked about, not null
   * @return the overdue deadlines, by due day, not null
   */
  public ImmutableList<BudgetDeadline> overdueOn(LocalDate asOf) {
    return statusesOn(asOf).entrySet().stream()
        .filter(e -> e.getValue() == BudgetDeadlineStatus.OVERDUE)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BudgetFollowUp other
        && budgetYear == other.budgetYear
        && deadlines.equals(other.deadlines)
        && done.equals(other.done);
  }

  @Override
  public int hashCode() {
    return (31 * budgetYear + deadlines.hashCode()) * 31 + done.hashCode();
  }

  /**
   * Returns the year and the counts: "budget year 2027: 3 of 7 steps recorded done".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "budget year " + budgetYear + ": " + done.size() + " of " + deadlines.size() + " steps recorded done";
  }
}
