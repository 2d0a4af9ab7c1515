package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceptionRuleTest {

  @Test
  void aRuleIsCitedByItsBasisAndInForceOnItsDays() {
    ReceptionRule rule = ReceptionRuleBook.REFUSAL_THREATENING;
    assertThat(rule.citation()).contains(rule.basis().citation());
    assertThat(rule.isInForceOn(LocalDate.of(2014, 12, 14))).as("before Thông tư 06/2014").isFalse();
    assertThat(rule.isInForceOn(LocalDate.of(2014, 12, 15))).isTrue();
    assertThat(rule.isInForceOn(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(rule.name()).isEqualTo("REFUSAL_THREATENING");
  }
}
