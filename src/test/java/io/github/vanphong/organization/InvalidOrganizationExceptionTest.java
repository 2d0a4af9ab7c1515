package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class InvalidOrganizationExceptionTest {

  private static final OrganizationViolation UNKNOWN =
      OrganizationViolation.of(OrganizationRule.KNOWN_UNIT, "the chart has no unit X");
  private static final OrganizationViolation CYCLE =
      OrganizationViolation.of(OrganizationRule.NO_CYCLE, "the parents of A lead back to it through [A, B]");

  @Test
  void theMessageListsEveryViolation() {
    InvalidOrganizationException e = new InvalidOrganizationException(ImmutableList.of(UNKNOWN, CYCLE));
    assertThat(e.violations()).containsExactly(UNKNOWN, CYCLE);
    assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A change names only units the chart knows: the chart has no unit X; Following parents upwards never"
                + " returns to the unit: the parents of A lead back to it through [A, B]");
  }

  @Test
  void oneViolationIsItsOwnMessage() {
    assertThat(new InvalidOrganizationException(ImmutableList.of(UNKNOWN)))
        .hasMessage("A change names only units the chart knows: the chart has no unit X");
  }

  @Test
  void anInvalidOrganisationNeedsAViolation() {
    assertThatThrownBy(() -> new InvalidOrganizationException(ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(InvalidOrganizationException.class)
        .hasMessage("an invalid organisation needs at least one violation");
  }
}
