package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.finance.Budget;
import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetEntry;
import io.github.vanphong.finance.BudgetEntryKind;
import io.github.vanphong.finance.BudgetRollUp;
import io.github.vanphong.finance.BudgetStep;
import io.github.vanphong.finance.BudgetSummary;
import io.github.vanphong.finance.BudgetViolation;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class BudgetArbitrariesTest {

  @Property(tries = 200)
  void stepsAreNamedFromASmallPool(@ForAll BudgetStep step) {
    assertThat(step.name()).matches("STEP_[0-9]");
  }

  @Property(tries = 200)
  void deadlinesAreOfAYearTheirStepAppliesTo(@ForAll BudgetDeadline deadline) {
    assertThat(deadline.step().appliesTo(deadline.budgetYear())).isTrue();
  }

  @Property(tries = 100)
  void calendarsKeepMostOfTheStandardBook(@ForAll BudgetCalendar calendar) {
    assertThat(calendar.steps().size()).isGreaterThanOrEqualTo(BudgetCalendar.standard().steps().size() - 2);
  }

  @Property(tries = 100)
  void followUpsRecordOnlyStepsOfTheirYear(@ForAll BudgetFollowUp followUp) {
    assertThat(followUp.budgetYear()).isBetween(2018, 2040);
    followUp.done().keySet().forEach(step -> assertThat(followUp.deadline(step)).isPresent());
  }

  @Test
  void theProviderProvidesTheBudgetTypesOnly() {
    assertThat(BudgetArbitraries.forType(BudgetFollowUp.class)).isPresent();
    assertThat(BudgetArbitraries.forType(String.class)).isEmpty();
  }

  // ---- a unit's budget of a year ------------------------------------------------------------------------------

  @Test
  void generatedBudgetsAreOfTheirYearAndSettledAtTheYearsEndOrLater() {
    for (Budget budget : BudgetArbitraries.budgets().sampleStream().limit(200).toList()) {
      assertThat(budget.year()).isBetween(2018, 2040);
      assertThat(budget.items()).isNotEmpty();
      for (BudgetEntry entry : budget.entries()) {
        assertThat(entry.on()).isBeforeOrEqualTo(LocalDate.of(budget.year(), 12, 31));
        if (entry.kind() != BudgetEntryKind.ALLOCATION) {
          assertThat(entry.on().getYear()).isEqualTo(budget.year());
        }
        assertThat(budget.estimate(entry.itemCode()).isNegative()).isFalse();
      }
      budget.settlement().ifPresent(s -> assertThat(s.on()).isAfterOrEqualTo(LocalDate.of(budget.year(), 12, 31)));
      assertThat(Budget.replay(budget.unit(), budget.year(), budget.estimates(), budget.entries(), budget.settlement()))
          .isEqualTo(budget);
    }
  }

  @Test
  void generatedFindingsAreAboveTheirLimitOrOffTheSpending() {
    for (BudgetViolation finding : BudgetArbitraries.budgetViolations().sampleStream().limit(200).toList()) {
      assertThat(finding.rule().isFinding()).isTrue();
      assertThat(finding.amount()).isNotEqualTo(finding.limit());
      boolean onSettlement = finding.rule() == io.github.vanphong.finance.BudgetRule.SETTLEMENT_EQUALS_SPENDING;
      assertThat(finding.itemCode().isEmpty()).isEqualTo(onSettlement);
      if (!onSettlement) {
        assertThat(finding.amount()).isGreaterThan(finding.limit());
      }
    }
  }

  @Test
  void generatedFiguresHoldOnOneDayAndRollUpsKeepEveryLine() {
    for (BudgetSummary summary : BudgetArbitraries.budgetSummaries().sampleStream().limit(100).toList()) {
      assertThat(summary.asOf().isPresent()).isEqualTo(!summary.isEmpty());
      assertThat(summary.balance()).isEqualTo(summary.allocated().minus(summary.spent()));
    }
    for (BudgetRollUp rollUp : BudgetArbitraries.budgetRollUps().sampleStream().limit(100).toList()) {
      BudgetSummary all = rollUp.total().plus(rollUp.unplaced());
      assertThat(all.estimate()).isEqualTo(rollUp.total().estimate().plus(rollUp.unplaced().estimate()));
      assertThat(rollUp.unplaced().units()).allMatch(u -> u.value().startsWith("OUT-"));
    }
    assertThat(BudgetArbitraries.forType(Budget.class)).isPresent();
    assertThat(BudgetArbitraries.forType(Money.class)).isEmpty();
  }

  // ---- end of a unit's budget ---------------------------------------------------------------------------------
}
