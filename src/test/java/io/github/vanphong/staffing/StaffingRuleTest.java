package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import org.junit.jupiter.api.Test;

class StaffingRuleTest {

  @Test
  void theNormRulesRestOnTheNormsOwnBasis() {
    assertThat(StaffingRule.BELOW_NORM.basis()).isEmpty();
    assertThat(StaffingRule.ABOVE_NORM.basis()).isEmpty();
  }

  @Test
  void theAllocationRulesRestOnTheAllocationDecisionUnconfirmed() {
    assertThat(StaffingRule.OVER_ALLOCATION.basis()).contains(StaffingRule.ALLOCATION_DECISION);
    assertThat(StaffingRule.SUBUNIT_ALLOCATIONS_EXCEED_PARENT.basis()).contains(StaffingRule.ALLOCATION_DECISION);
    assertThat(StaffingRule.ALLOCATION_DECISION.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void eachRuleHasItsNames() {
    assertThat(StaffingRule.BELOW_NORM.vietnameseName()).isEqualTo("Biên chế thấp hơn định mức");
    assertThat(StaffingRule.BELOW_NORM.englishName()).isEqualTo("Staff below the norm");
    assertThat(StaffingRule.ABOVE_NORM.englishName()).isEqualTo("Staff above the norm");
    assertThat(StaffingRule.OVER_ALLOCATION.englishName()).isEqualTo("Staff beyond the positions allocated");
    assertThat(StaffingRule.SUBUNIT_ALLOCATIONS_EXCEED_PARENT.englishName())
        .isEqualTo("Subunit allocations exceed the parent's");
  }
}
