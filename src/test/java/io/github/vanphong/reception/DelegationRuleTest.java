package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import org.junit.jupiter.api.Test;

class DelegationRuleTest {

  @Test
  void fiveToTenPeopleNameOneOrTwoAndMoreThanTenAtMostFive() {
    DelegationRule small = ReceptionRuleBook.DELEGATION_OF_5_TO_10;
    DelegationRule large = ReceptionRuleBook.DELEGATION_OVER_10;
    assertThat(small.appliesTo(4)).isFalse();
    assertThat(small.appliesTo(5)).isTrue();
    assertThat(small.appliesTo(10)).isTrue();
    assertThat(small.allows(2)).isTrue();
    assertThat(small.allows(3)).isFalse();
    assertThat(large.appliesTo(11)).isTrue();
    assertThat(large.allows(5)).isTrue();
    assertThat(large.allows(6)).isFalse();
    assertThat(large.allows(0)).isFalse();
  }

  @Test
  void rangesStartAtOneOrMore() {
    assertThatThrownBy(
            () ->
                DelegationRule.builder()
                    .from(ReceptionRuleBook.DELEGATION_OVER_10)
                    .representatives(Range.closed(0, 5))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DELEGATION_OVER_10");
    assertThatThrownBy(
            () -> DelegationRule.builder().from(ReceptionRuleBook.DELEGATION_OVER_10).headcount(Range.all()).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReadableFormGivesTheRanges() {
    assertThat(ReceptionRuleBook.DELEGATION_OVER_10.toString())
        .startsWith("DELEGATION_OVER_10: [11..+∞) people name [1..5] representatives")
        .contains("Điều 29");
  }
}
