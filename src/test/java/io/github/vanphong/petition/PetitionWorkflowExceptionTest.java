package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import org.junit.jupiter.api.Test;

class PetitionWorkflowExceptionTest {

  @Test
  void theMessageNamesTheStateTheCommandAndTheCommandsAllowed() {
    PetitionWorkflowException e =
        new PetitionWorkflowException(
            PetitionId.of("P-2016-0042"),
            PetitionState.FORWARDED,
            PetitionCommand.ACCEPT,
            ImmutableSet.of(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY),
            "");

    assertThat(e)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "petition P-2016-0042 is FORWARDED (Đã chuyển đơn); ACCEPT is not allowed there; allowed: NOTIFY,"
                + " ACCESS_IDENTITY");
    assertThat(e.petition()).isEqualTo(PetitionId.of("P-2016-0042"));
    assertThat(e.state()).isEqualTo(PetitionState.FORWARDED);
    assertThat(e.command()).isEqualTo(PetitionCommand.ACCEPT);
    assertThat(e.allowed()).containsExactly(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY);
  }

  @Test
  void aRuleComesFirstInTheMessage() {
    PetitionWorkflowException e =
        new PetitionWorkflowException(
            PetitionId.of("P-1"), PetitionState.CLOSED, PetitionCommand.CLOSE, ImmutableSet.of(), "a rule says so");

    assertThat(e).hasMessage("a rule says so; petition P-1 is CLOSED (Đã kết thúc); CLOSE is not allowed there; allowed: none");
  }
}
