package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The laws of the budget calendar and of an office's follow-up over generated calendars, years and records. */
class BudgetFollowUpProperties {

  @Property(tries = 200)
  void aYearsDeadlinesAreItsApplicableStepsInOrderOfDueDay(
      @ForAll BudgetCalendar calendar, @ForAll @IntRange(min = 2017, max = 2060) int year) {
    var deadlines = calendar.deadlines(year);
    assertThat(deadlines).hasSize((int) calendar.steps().stream().filter(s -> s.appliesTo(year)).count());
    for (int i = 1; i < deadlines.size(); i++) {
      assertThat(deadlines.get(i - 1).due()).isBeforeOrEqualTo(deadlines.get(i).due());
    }
    for (BudgetDeadline d : deadlines) {
      assertThat(d.due().getYear()).isEqualTo(year + d.step().yearOffset());
    }
  }

  @Property(tries = 200)
  void aStatusIsDoneExactlyWhenRecordedByTheDayAskedAbout(
      @ForAll BudgetFollowUp followUp, @ForAll @IntRange(min = -400, max = 400) int shift) {
    LocalDate asOf = LocalDate.of(followUp.budgetYear(), 7, 1).plusDays(shift);
    for (Map.Entry<BudgetDeadline, BudgetDeadlineStatus> e : followUp.statusesOn(asOf).entrySet()) {
      Optional<LocalDate> done = Optional.ofNullable(followUp.done().get(e.getKey().step().name()));
      boolean known = done.isPresent() && !done.get().isAfter(asOf);
      assertThat(e.getValue().isDone()).isEqualTo(known);
      if (e.getValue() == BudgetDeadlineStatus.OVERDUE) {
        assertThat(asOf).isAfter(e.getKey().due());
      }
    }
  }

  @Property(tries = 200)
  void aRefusedRecordLeavesTheFollowUpAsItWas(@ForAll BudgetFollowUp followUp, @ForAll BudgetStep step) {
    BudgetFollowUp copy = BudgetFollowUp.restore(followUp.budgetYear(), followUp.deadlines(), followUp.done());
    try {
      BudgetFollowUp recorded = followUp.recordDone(step.name(), LocalDate.of(followUp.budgetYear(), 1, 1));
      assertThat(recorded.done()).hasSize(followUp.done().size() + 1);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).startsWith("budget step ");
    }
    assertThat(followUp).isEqualTo(copy);
  }

  @Property(tries = 100)
  void replacingAStepKeepsTheBookItsSizeAndRemovingItShrinksIt(@ForAll BudgetCalendar calendar, @ForAll BudgetStep step) {
    BudgetCalendar with = calendar.with(step);
    assertThat(with.step(step.name())).contains(step);
    assertThat(with.steps()).hasSize(calendar.steps().size() + (calendar.step(step.name()).isPresent() ? 0 : 1));
    assertThat(with.without(step.name()).steps()).hasSize(with.steps().size() - 1);
  }
}
