package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionItemTransitionExceptionTest {

  @Test
  void theMessageNamesTheStateTheAllowedCommandsAndTheCommandRefused() {
    ActionItemTransitionException e =
        new ActionItemTransitionException(
            ActionItemId.of("A-1"), ActionItemState.EXTENDED, ActionItemCommand.START);
    assertThat(e)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "an action item that is EXTENDED (Đã gia hạn) accepts [REPORT_DONE, EXTEND, CANCEL]; START was refused"
                + " for action item A-1");
    assertThat(e.item()).isEqualTo(ActionItemId.of("A-1"));
    assertThat(e.state()).isEqualTo(ActionItemState.EXTENDED);
    assertThat(e.command()).isEqualTo(ActionItemCommand.START);
    assertThat(e.allowed()).containsExactly(ActionItemCommand.REPORT_DONE, ActionItemCommand.EXTEND, ActionItemCommand.CANCEL);
  }

  @Test
  void aFinalStateAcceptsNoCommand() {
    ActionItemTransitionException e =
        new ActionItemTransitionException(
            ActionItemId.of("A-1"), ActionItemState.CANCELLED, ActionItemCommand.REPORT_DONE);
    assertThat(e).hasMessageStartingWith("an action item that is CANCELLED (Đã hủy bỏ) accepts no command;");
    assertThat(e.allowed()).isEmpty();
  }
}
