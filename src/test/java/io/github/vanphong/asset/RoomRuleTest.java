package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoomRuleTest {

  @Test
  void theBookingRulesAreOfficePracticeAndCiteNoInstrument() {
    for (RoomRule rule : RoomRule.values()) {
      assertThat(rule.basis()).as("%s", rule).isEmpty();
      assertThat(rule.citation()).as("%s", rule).isEmpty();
      assertThat(rule.vietnameseName()).isNotBlank();
    }
  }

  @Test
  void aRuleIsNamedAsTheCodeSpellsIt() {
    assertThat(RoomRule.NO_OVERLAP.name()).isEqualTo("NO_OVERLAP");
    assertThat(RoomRule.WORKING_DAY_ONLY.englishName()).isEqualTo("Bookings fall on working days");
  }
}
