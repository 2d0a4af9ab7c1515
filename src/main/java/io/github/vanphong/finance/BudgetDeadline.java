package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step of the budget calendar in one budget year, with its due day: for example the National Assembly's decision
 * on the estimates of budget year 2026, due by 2025-11-15 (Luật Ngân sách nhà nước 83/2015/QH13, Điều 44).
 *
 * <p>Its {@linkplain #statusOn status} on a day depends on the day the office recorded the step done, if it did:
 * done on time, done late, due within {@link #DUE_WITHIN_DAYS} days, overdue, or not yet due. The window is the
 * library's convention, not law; {@link #statusOn(LocalDate, Optional, int)} takes another.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Derived on an attribute: Immutables, needed only to compile
@Immutable
@ValueType
public abstract class BudgetDeadline {

  /** The days before its due day from which an open deadline is {@link BudgetDeadlineStatus#DUE}: 30. */
  public static final int DUE_WITHIN_DAYS = 30;

  BudgetDeadline() {}

  /**
   * The step.
   *
   * @return the step, not null
   */
  public abstract BudgetStep step();

  /**
   * The budget year.
   *
   * @return a year the step applies to
   */
  public abstract int budgetYear();

  /**
   * The day the step is due by, inclusive.
   *
   * @return the due day, not null
   */
  @Value.Derived
  public LocalDate due() {
    return step().dueIn(budgetYear());
  }

  /**
   * Returns the deadline of a step in a budget year.
   *
   * @param step the step, not null
   * @param budgetYear a budget year the step applies to
   * @return the deadline, not null
   * @throws IllegalArgumentException if the step does not apply to the year
   */
  public static BudgetDeadline of(BudgetStep step, int budgetYear) {
    requireNonNull(step, "step");
    checkArgument(
        step.appliesTo(budgetYear),
        "budget step %s applies to budget years %s to %s, not %s",
        step.name(),
        step.firstBudgetYear(),
        step.lastBudgetYear().orElse(BudgetStep.LAST_BUDGET_YEAR),
        budgetYear);
    return ImmutableBudgetDeadline.builder().step(step).budgetYear(budgetYear).build();
  }

  /**
   * Returns the deadline's status on a day, with the window of {@link #DUE_WITHIN_DAYS} days.
   *
   * @param asOf the day asked about, not null
   * @param doneOn the day the office recorded the step done, or empty if it did not
   * @return the status, not null
   */
  public BudgetDeadlineStatus statusOn(LocalDate asOf, Optional<LocalDate> doneOn) {
    return statusOn(asOf, doneOn, DUE_WITHIN_DAYS);
  }

  /**
   * Returns the deadline's status on a day: done (on time or late) if recorded done on or before that day; else
   * overdue after the due day, due on it or within the window before it, and not yet due before that.
   *
   * @param asOf the day asked about, not null
   * @param doneOn the day the office recorded the step done, or empty if it did not; a day after {@code asOf} is not
   *     yet known on {@code asOf}
   * @param dueWithinDays the window, 0 to 366 days
   * @return the status, not null
   * @throws IllegalArgumentException if the window is outside 0 to 366 days
   */
  public BudgetDeadlineStatus statusOn(LocalDate asOf, Optional<LocalDate> doneOn, int dueWithinDays) {
    requireNonNull(asOf, "asOf");
    requireNonNull(doneOn, "doneOn");
    checkArgument(
        dueWithinDays >= 0 && dueWithinDays <= 366,
        "the window before a budget deadline is 0 to 366 days: %s",
        dueWithinDays);
    LocalDate due = due();
    if (doneOn.isPresent() && !doneOn.get().isAfter(asOf)) {
      return doneOn.get().isAfter(due) ? BudgetDeadlineStatus.DONE_LATE : BudgetDeadlineStatus.DONE_ON_TIME;
    }
    if (asOf.isAfter(due)) {
      return BudgetDeadlineStatus.OVERDUE;
    }
    return asOf.isBefore(due.minusDays(dueWithinDays))
        ? BudgetDeadlineStatus.NOT_YET_DUE
        : BudgetDeadlineStatus.DUE;
  }

  /**
   * Returns the step's name, the budget year and the due day: "NATIONAL_ASSEMBLY_DECIDES_2015 2026 by 2025-11-15".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return step().name() + " " + budgetYear() + " by " + due();
  }
}
