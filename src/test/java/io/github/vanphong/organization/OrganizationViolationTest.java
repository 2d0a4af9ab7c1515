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
  void aViolationNamesTheValuesAtFaultInTheOrderOfItsMessage() {
    UnitId office = UnitId.of("HG-VPTU");
    UnitId unknown = UnitId.of("HG-XX");
    Restructuring move = Restructuring.reattach(java.time.LocalDate.of(2016, 3, 1), office, unknown);
    OrganizationViolation v =
        OrganizationViolation.of(
            OrganizationRule.KNOWN_UNIT, move + ": the chart has no unit HG-XX", move, unknown, PersonId.of("P"));
    assertThat(v.values()).containsExactly(move, unknown, PersonId.of("P"));
    assertThat(v.events()).containsExactly(move);
    assertThat(v.units()).containsExactly(unknown);
    assertThat(v.persons()).containsExactly(PersonId.of("P"));
    assertThat(v.appointments()).isEmpty();
    assertThat(v.rule().citation()).isEmpty();
    assertThat(OrganizationRule.DISTRICT_LEVEL_ENDED.citation())
        .contains(Level.DISTRICT.endedBy().orElseThrow().citation());
  }

  @Test
  void aValueAtFaultIsAnEventAnAppointmentAUnitOrAPerson() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> OrganizationViolation.of(OrganizationRule.NO_CYCLE, "a", "HG-VPTU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the values at fault of an organisation are events, appointments, units and persons; HG-VPTU is a"
                + " String");
  }

  @Test
  void violationsAreValues() {
    new EqualsTester()
        .addEqualityGroup(OrganizationViolation.of(OrganizationRule.NO_CYCLE, "a"), OrganizationViolation.of(OrganizationRule.NO_CYCLE, "a"))
        .addEqualityGroup(OrganizationViolation.of(OrganizationRule.NO_CYCLE, "b"))
        .addEqualityGroup(OrganizationViolation.of(OrganizationRule.KNOWN_UNIT, "a"))
        .addEqualityGroup(OrganizationViolation.of(OrganizationRule.KNOWN_UNIT, "a", UnitId.of("A")))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(OrganizationViolation.class);
  }
}
