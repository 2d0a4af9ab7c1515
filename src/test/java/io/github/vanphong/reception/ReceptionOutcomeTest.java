package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceptionOutcomeTest {

  @Test
  void aMatterWithinCompetenceIsAcceptedOrAnsweredAndOneOutsideIsGuidedOrForwarded() {
    assertThat(ReceptionOutcome.ACCEPTED.withinCompetence()).isTrue();
    assertThat(ReceptionOutcome.ANSWERED.withinCompetence()).isTrue();
    assertThat(ReceptionOutcome.GUIDED.withinCompetence()).isFalse();
    assertThat(ReceptionOutcome.FORWARDED.namesABody()).isTrue();
    assertThat(ReceptionOutcome.ACCEPTED.namesABody()).isFalse();
  }
}
