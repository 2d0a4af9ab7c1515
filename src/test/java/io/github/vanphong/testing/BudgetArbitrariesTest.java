package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetStep;
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
}
