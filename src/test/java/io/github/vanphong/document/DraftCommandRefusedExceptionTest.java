package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftCommandRefusedExceptionTest {

  @Test
  void theExceptionNamesTheStateTheCommandAndTheAllowedCommands() {
    DraftCommandRefusedException e =
        new DraftCommandRefusedException(DraftState.RETURNED, DraftCommand.SIGN, "a returned draft is not signed");
    assertThat(e).isInstanceOf(IllegalStateException.class);
    assertThat(e.state()).isEqualTo(DraftState.RETURNED);
    assertThat(e.command()).isEqualTo(DraftCommand.SIGN);
    assertThat(e.allowed()).containsExactly(DraftCommand.REVISE);
    assertThat(e).hasMessage("a returned draft is not signed; the draft is RETURNED (Trả lại để chỉnh sửa), where the"
        + " commands allowed are [REVISE]");
  }
}
