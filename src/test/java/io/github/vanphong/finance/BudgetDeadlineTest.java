package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetDeadlineTest {

  /** The reconciliation with the Treasury of budget year 2026, due by 2027-02-10. */
  private static final BudgetDeadline RECONCILED = BudgetDeadline.of(BudgetCalendar.TREASURY_RECONCILED_2025, 2026);

  private static final LocalDate DUE = LocalDate.of(2027, 2, 10);

  @Test
  void aDeadlineIsItsStepsDueDayInTheBudgetYear() {
    assertThat(RECONCILED.due()).isEqualTo(DUE);
    assertThat(RECONCILED.budgetYear()).isEqualTo(2026);
    assertThat(RECONCILED).hasToString("TREASURY_RECONCILED_2025 2026 by 2027-02-10");
  }

  @Test
  void aDeadlineIsOfABudgetYearItsStepAppliesTo() {
    assertThatThrownBy(() -> BudgetDeadline.of(BudgetCalendar.TREASURY_RECONCILED_2025, 2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget step TREASURY_RECONCILED_2025 applies to budget years 2026 to 2199, not 2025");
  }

  @Test
  void aStepDoneByItsDueDayIsDoneOnTimeAndAfterItDoneLate() {
    assertThat(RECONCILED.statusOn(DUE.plusDays(5), Optional.of(DUE))).isEqualTo(BudgetDeadlineStatus.DONE_ON_TIME);
    assertThat(RECONCILED.statusOn(DUE.plusDays(5), Optional.of(DUE.plusDays(2)))).isEqualTo(BudgetDeadlineStatus.DONE_LATE);
  }

  @Test
  void anOpenStepIsNotYetDueThenDueThenOverdue() {
    assertThat(RECONCILED.statusOn(DUE.minusDays(31), Optional.empty())).isEqualTo(BudgetDeadlineStatus.NOT_YET_DUE);
    assertThat(RECONCILED.statusOn(DUE.minusDays(30), Optional.empty())).isEqualTo(BudgetDeadlineStatus.DUE);
    assertThat(RECONCILED.statusOn(DUE, Optional.empty())).isEqualTo(BudgetDeadlineStatus.DUE);
    assertThat(RECONCILED.statusOn(DUE.plusDays(1), Optional.empty())).isEqualTo(BudgetDeadlineStatus.OVERDUE);
  }

  @Test
  void aRecordAfterTheDayAskedAboutIsNotYetKnown() {
    assertThat(RECONCILED.statusOn(DUE.plusDays(1), Optional.of(DUE.plusDays(3)))).isEqualTo(BudgetDeadlineStatus.OVERDUE);
  }

  @Test
  void theWindowIsTheApplicationsToChoose() {
    assertThat(RECONCILED.statusOn(DUE.minusDays(10), Optional.empty(), 7)).isEqualTo(BudgetDeadlineStatus.NOT_YET_DUE);
    assertThat(RECONCILED.statusOn(DUE.minusDays(7), Optional.empty(), 7)).isEqualTo(BudgetDeadlineStatus.DUE);
    assertThatThrownBy(() -> RECONCILED.statusOn(DUE, Optional.empty(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the window before a budget deadline is 0 to 366 days: -1");
  }

  @Test
  void deadlinesAreValues() {
    assertThat(BudgetDeadline.of(BudgetCalendar.TREASURY_RECONCILED_2025, 2026)).isEqualTo(RECONCILED).hasSameHashCodeAs(RECONCILED);
    assertThat(BudgetDeadline.of(BudgetCalendar.TREASURY_RECONCILED_2025, 2027)).isNotEqualTo(RECONCILED);
  }
}
