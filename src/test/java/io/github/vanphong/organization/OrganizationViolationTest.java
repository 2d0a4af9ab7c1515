package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class OrganizationViolationTest {

  @Test
  void aViolationStatesTheRuleThenTheFacts() {
    OrganizationViolation v =
        OrganizationViolation.of(OrganizationRule.PARENT_ALIVE, "unit HG-VPTU is under HG-XX on 2016-03-01");
    assertThat(v.rule()).isEqualTo(OrganizationRule.PARENT_ALIVE);
    assertThat(v.message()).isEqualTo("unit HG-VPTU is under HG-XX on 2016-03-01");
    assertThat(v)
        .hasToString(
            "A unit's parent exists on every day the unit is under it: unit HG-VPTU is under HG-XX on 2016-03-01");
  }

  @Test
  void violationsAreValues() {
    new EqualsTester()
        .addEqualityGroup(OrganizationViolation.of(OrganizationRule.NO_CYCLE, "a"), OrganizationViolation.of(OrganizationRule.NO_CYCLE, "a"))
        .addEqualityGroup(OrganizationViolation.of(OrganizationRule.NO_CYCLE, "b"))
        .addEqualityGroup(OrganizationViolation.of(OrganizationRule.KNOWN_UNIT, "a"))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(OrganizationViolation.class);
  }
}
