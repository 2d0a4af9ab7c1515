package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.CommandRefusedException;
import org.junit.jupiter.api.Test;

class ActionItemWorkflowExceptionTest {

  @Test
  void theRefusalNamesTheItemItsStateTheCommandAndTheCommandsAllowed() {
    ActionItemWorkflowException e =
        new ActionItemWorkflowException(ActionItemId.of("A-1"), ActionItemState.EXTENDED, ActionItemCommand.START);
    assertThat(e).isInstanceOf(CommandRefusedException.class).isInstanceOf(IllegalStateException.class);
    assertThat(e.subject()).isEqualTo(ActionItemId.of("A-1"));
    assertThat(e.item()).isEqualTo(ActionItemId.of("A-1"));
    assertThat(e.state()).isEqualTo(ActionItemState.EXTENDED);
    assertThat(e.command()).isEqualTo(ActionItemCommand.START);
    assertThat(e.allowedCommands())
        .containsExactly(ActionItemCommand.REPORT_DONE, ActionItemCommand.EXTEND, ActionItemCommand.CANCEL);
    assertThat(e.rule()).isEmpty();
    assertThat(e.isForbiddenByState()).isTrue();
    assertThat(e)
        .hasMessage(
            "action item A-1 is EXTENDED (Đã gia hạn); START is not allowed there; allowed: REPORT_DONE, EXTEND,"
                + " CANCEL");
  }

  @Test
  void aFinalStateAllowsNoCommand() {
    ActionItemWorkflowException e =
        new ActionItemWorkflowException(
            ActionItemId.of("A-1"), ActionItemState.CANCELLED, ActionItemCommand.REPORT_DONE);
    assertThat(e.allowedCommands()).isEmpty();
    assertThat(e).hasMessageEndingWith("allowed: none");
  }
}
