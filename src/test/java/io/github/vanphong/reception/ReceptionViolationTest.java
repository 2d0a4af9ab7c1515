package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReceptionViolationTest {

  @Test
  void aFindingNamesTheRuleTheFactsAndTheValuesAtFault() {
    ReceptionViolation finding =
        ReceptionViolation.of(ReceptionRuleBook.DELEGATION_OVER_10, "12 people name 6 representatives", 12, 6);
    assertThat(finding.values()).containsExactly(12, 6);
    assertThat(finding.rule()).isEqualTo(ReceptionRuleBook.DELEGATION_OVER_10);
    assertThat(finding)
        .hasToString("DELEGATION_OVER_10 (Luật Tiếp công dân 42/2013/QH13, Điều 29): 12 people name 6 representatives");
  }

  @Test
  void aFindingStatesItsFactsAndNeverHoldsAnIdentity() {
    assertThatThrownBy(() -> ReceptionViolation.of(ReceptionRuleBook.DELEGATION_OVER_10, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DELEGATION_OVER_10");
    assertThatThrownBy(
            () -> ReceptionViolation.of(ReceptionRuleBook.DELEGATION_OVER_10, "a fact", identity("Ngô Kim Thủy")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never an identity")
        .hasMessageNotContaining("Ngô Kim Thủy");
  }
}
