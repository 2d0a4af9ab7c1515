package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionItemStateTest {

  @Test
  void anAssignedItemIsStartedOrCancelled() {
    assertThat(ActionItemState.ASSIGNED.allowedCommands())
        .containsExactly(ActionItemCommand.START, ActionItemCommand.CANCEL);
    assertThat(ActionItemState.ASSIGNED.allows(ActionItemCommand.REPORT_DONE)).isFalse();
    assertThat(ActionItemState.ASSIGNED.allows(ActionItemCommand.START)).isTrue();
  }

  @Test
  void workUnderWayIsReportedDoneExtendedOrCancelled() {
    for (ActionItemState state : new ActionItemState[] {ActionItemState.IN_PROGRESS, ActionItemState.EXTENDED}) {
      assertThat(state.allowedCommands())
          .containsExactly(ActionItemCommand.REPORT_DONE, ActionItemCommand.EXTEND, ActionItemCommand.CANCEL);
      assertThat(state.isOpen()).isTrue();
    }
  }

  @Test
  void reportedDoneAndCancelledAreFinal() {
    assertThat(ActionItemState.REPORTED_DONE.allowedCommands()).isEmpty();
    assertThat(ActionItemState.CANCELLED.allowedCommands()).isEmpty();
    assertThat(ActionItemState.REPORTED_DONE.isOpen()).isFalse();
    assertThat(ActionItemState.CANCELLED.isOpen()).isFalse();
    assertThat(ActionItemState.ASSIGNED.isOpen()).isTrue();
  }

  @Test
  void noStateAcceptsASecondAssignment() {
    for (ActionItemState state : ActionItemState.values()) {
      assertThat(state.allows(ActionItemCommand.ASSIGN)).as("%s", state).isFalse();
    }
  }

  @Test
  void statesHaveTheirVietnameseNames() {
    assertThat(ActionItemState.IN_PROGRESS.vietnameseName()).isEqualTo("Đang thực hiện");
    assertThat(ActionItemState.EXTENDED.englishName()).isEqualTo("Extended");
  }
}
