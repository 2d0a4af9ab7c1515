package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The phases of the budget cycle ({@link BudgetPhase}) and the statuses of a deadline ({@link BudgetDeadlineStatus}). */
class BudgetEnumsTest {

  @Test
  void eachPhaseHasItsVietnameseName() {
    assertThat(BudgetPhase.ESTIMATE.vietnameseName()).isEqualTo("Lập, quyết định và giao dự toán");
    assertThat(BudgetPhase.ACCOUNTS.englishName()).isEqualTo("Accounts");
  }

  @Test
  void onlyTheDoneStatusesAreDone() {
    assertThat(BudgetDeadlineStatus.DONE_ON_TIME.isDone()).isTrue();
    assertThat(BudgetDeadlineStatus.DONE_LATE.isDone()).isTrue();
    assertThat(BudgetDeadlineStatus.DUE.isDone()).isFalse();
    assertThat(BudgetDeadlineStatus.OVERDUE.isDone()).isFalse();
    assertThat(BudgetDeadlineStatus.NOT_YET_DUE.isDone()).isFalse();
    assertThat(BudgetDeadlineStatus.OVERDUE.vietnameseName()).isEqualTo("Quá hạn");
  }
}
