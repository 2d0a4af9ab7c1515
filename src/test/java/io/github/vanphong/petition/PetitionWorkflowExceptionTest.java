package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PetitionWorkflowExceptionTest {

  @Test
  void aRefusalByTheStateNamesTheStateTheCommandAndTheCommandsAllowed() {
    PetitionWorkflowException e =
        new PetitionWorkflowException(
            PetitionId.of("P-2016-0042"),
            PetitionState.FORWARDED,
            PetitionCommand.ACCEPT,
            ImmutableSet.of(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY),
            Optional.empty(),
            "");

    assertThat(e)
        .isInstanceOf(IllegalStateException.class)
        .isInstanceOf(CommandRefusedException.class)
        .hasMessage(
            "petition P-2016-0042 is FORWARDED (Đã chuyển đơn); ACCEPT is not allowed there; allowed: NOTIFY,"
                + " ACCESS_IDENTITY");
    assertThat(e.petition()).isEqualTo(PetitionId.of("P-2016-0042"));
    assertThat(e.subject()).isEqualTo(PetitionId.of("P-2016-0042"));
    assertThat(e.state()).isEqualTo(PetitionState.FORWARDED);
    assertThat(e.command()).isEqualTo(PetitionCommand.ACCEPT);
    assertThat(e.allowedCommands()).containsExactly(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY);
    assertThat(e.rule()).isEmpty();
    assertThat(e.isForbiddenByState()).isTrue();
  }

  @Test
  void aRefusalByARuleNamesTheRuleAndItsBasisFirst() {
    PetitionWorkflowException e =
        new PetitionWorkflowException(
            PetitionId.of("P-2022-0042"),
            PetitionState.CLASSIFIED,
            PetitionCommand.FORWARD,
            ImmutableSet.of(PetitionCommand.FILE),
            Optional.of(PetitionRuleBook.FORWARD_DENUNCIATION_ONCE),
            "the same content was already forwarded");

    assertThat(e)
        .hasMessage(
            "FORWARD_DENUNCIATION_ONCE (Thông tư 05/2021/TT-TTCP, Điều 14): the same content was already forwarded;"
                + " petition P-2022-0042 is CLASSIFIED (Đã phân loại); FORWARD is not allowed there; allowed: FILE");
    assertThat(e.rule()).contains(PetitionRuleBook.FORWARD_DENUNCIATION_ONCE);
    assertThat(e.isForbiddenByState()).isFalse();
  }
}
