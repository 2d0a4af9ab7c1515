package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetFollowUpTest {

  private static final BudgetFollowUp YEAR_2027 = BudgetFollowUp.of(BudgetCalendar.standard(), 2027);

  @Test
  void anOfficeFollowsTheDeadlinesOfItsBudgetYear() {
    assertThat(YEAR_2027.budgetYear()).isEqualTo(2027);
    assertThat(YEAR_2027.deadlines()).hasSize(7);
    assertThat(YEAR_2027.done()).isEmpty();
    assertThat(YEAR_2027.deadline("ESTIMATES_SENT_2025").orElseThrow().due()).isEqualTo(LocalDate.of(2026, 7, 9));
    assertThat(YEAR_2027.deadline("NATIONAL_ASSEMBLY_DECIDES_2015")).isEmpty();
    assertThat(YEAR_2027).hasToString("budget year 2027: 0 of 7 steps recorded done");
  }

  @Test
  void eachDeadlineHasItsStatusOnADay() {
    BudgetFollowUp followUp = YEAR_2027.recordDone("ESTIMATES_SENT_2025", LocalDate.of(2026, 7, 6));
    Map<BudgetDeadline, BudgetDeadlineStatus> on = followUp.statusesOn(LocalDate.of(2026, 11, 20));
    assertThat(on.values())
        .containsExactly(
            BudgetDeadlineStatus.DONE_ON_TIME,
            BudgetDeadlineStatus.OVERDUE,
            BudgetDeadlineStatus.DUE,
            BudgetDeadlineStatus.NOT_YET_DUE,
            BudgetDeadlineStatus.NOT_YET_DUE,
            BudgetDeadlineStatus.NOT_YET_DUE,
            BudgetDeadlineStatus.NOT_YET_DUE);
    assertThat(followUp.overdueOn(LocalDate.of(2026, 11, 20)))
        .extracting(d -> d.step().name())
        .containsExactly("NATIONAL_ASSEMBLY_DECIDES_2025");
  }

  @Test
  void aStepIsRecordedOnceAndOnlyIfItIsOfTheYear() {
    BudgetFollowUp once = YEAR_2027.recordDone("ESTIMATES_SENT_2025", LocalDate.of(2026, 7, 6));
    assertThatThrownBy(() -> once.recordDone("ESTIMATES_SENT_2025", LocalDate.of(2026, 7, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget step ESTIMATES_SENT_2025 is already recorded done on 2026-07-06");
    assertThatThrownBy(() -> YEAR_2027.recordDone("NATIONAL_ASSEMBLY_DECIDES_2015", LocalDate.of(2026, 7, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget step 'NATIONAL_ASSEMBLY_DECIDES_2015' has no deadline in budget year 2027");
    assertThat(once.done()).containsOnlyKeys("ESTIMATES_SENT_2025");
    assertThat(YEAR_2027.done()).isEmpty();
  }

  @Test
  void aStoredFollowUpIsRestoredAndCheckedAsItWasRecorded() {
    BudgetFollowUp followUp = YEAR_2027.recordDone("ESTIMATES_SENT_2025", LocalDate.of(2026, 7, 6));
    assertThat(BudgetFollowUp.restore(2027, followUp.deadlines(), followUp.done())).isEqualTo(followUp).hasSameHashCodeAs(followUp);
    assertThatThrownBy(() -> BudgetFollowUp.restore(2028, followUp.deadlines(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of another year");
    BudgetDeadline one = followUp.deadlines().get(0);
    assertThatThrownBy(() -> BudgetFollowUp.restore(2027, List.of(one, one), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a follow-up lists each step once");
    assertThatThrownBy(() -> BudgetFollowUp.restore(2027, List.of(one), Map.of("X", LocalDate.of(2026, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
