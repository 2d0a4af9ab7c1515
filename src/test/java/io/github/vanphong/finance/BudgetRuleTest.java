package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BudgetRuleTest {

  @Test
  void theBudgetYearRestsOnArticle14AsTheCalendarCitesIt() {
    assertThat(BudgetRule.WITHIN_BUDGET_YEAR.basis()).contains(BudgetCalendar.BUDGET_YEAR);
    assertThat(BudgetRule.WITHIN_BUDGET_YEAR.citation()).contains(BudgetCalendar.BUDGET_YEAR.citation());
    assertThat(BudgetRule.WITHIN_BUDGET_YEAR.isFinding()).isFalse();
  }

  @Test
  void theFindingsCiteTheLawOf2015Unconfirmed() {
    for (BudgetRule rule :
        EnumSet.of(BudgetRule.WITHIN_ESTIMATE, BudgetRule.WITHIN_ALLOCATIONS, BudgetRule.SETTLEMENT_EQUALS_SPENDING)) {
      LegalBasis basis = rule.basis().orElseThrow();
      assertThat(rule.isFinding()).isTrue();
      assertThat(basis.instrument()).isEqualTo(Instruments.STATE_BUDGET_LAW_2015);
      assertThat(basis.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
      assertThat(rule.citation()).contains(basis.citation());
    }
    assertThat(BudgetRule.WITHIN_ESTIMATE.basis().orElseThrow().article()).isEqualTo("Điều 12");
    assertThat(BudgetRule.WITHIN_ALLOCATIONS.basis().orElseThrow().article()).isEqualTo("Điều 12");
    assertThat(BudgetRule.SETTLEMENT_EQUALS_SPENDING.basis().orElseThrow().article()).isEqualTo("Điều 65");
  }

  @Test
  void theBookkeepingRulesHaveNoLegalBasis() {
    for (BudgetRule rule : EnumSet.of(BudgetRule.KNOWN_ITEM, BudgetRule.POSITIVE_AMOUNT, BudgetRule.SETTLED_ONCE)) {
      assertThat(rule.basis()).isEmpty();
      assertThat(rule.citation()).isEmpty();
      assertThat(rule.isFinding()).isFalse();
    }
  }

  @Test
  void everyRuleAndKindHasBothNames() {
    assertThat(BudgetRule.WITHIN_ESTIMATE.vietnameseName()).isEqualTo("Chi trong dự toán được giao");
    assertThat(BudgetRule.WITHIN_ESTIMATE.englishName()).isEqualTo("Spending within the estimate");
    assertThat(BudgetEntryKind.ADJUSTMENT.vietnameseName()).isEqualTo("Điều chỉnh dự toán");
    assertThat(BudgetEntryKind.SPENDING.englishName()).isEqualTo("Spending");
  }
}
