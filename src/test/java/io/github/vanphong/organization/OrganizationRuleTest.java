package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrganizationRuleTest {

  @Test
  void onlyTheEndOfTheDistrictLevelRestsOnAnInstrument() {
    assertThat(OrganizationRule.DISTRICT_LEVEL_ENDED.basis()).isEqualTo(Level.DISTRICT.endedBy());
    assertThat(Arrays.stream(OrganizationRule.values()).filter(r -> r.basis().isPresent()))
        .containsExactly(OrganizationRule.DISTRICT_LEVEL_ENDED);
  }

  @Test
  void rulesHaveBothNames() {
    assertThat(OrganizationRule.PARENT_ALIVE.englishName())
        .isEqualTo("A unit's parent exists on every day the unit is under it");
    assertThat(OrganizationRule.KNOWN_PERSON.vietnameseName()).isEqualTo("Người được bổ nhiệm phải có trong sơ đồ");
    assertThat(OrganizationRule.values()).allSatisfy(r -> {
      assertThat(r.vietnameseName()).isNotBlank();
      assertThat(r.englishName()).isNotBlank();
    });
  }
}
