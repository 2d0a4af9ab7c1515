package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionItemCommandTest {

  @Test
  void eachCommandLeadsToItsState() {
    assertThat(ActionItemCommand.ASSIGN.leadsTo()).isEqualTo(ActionItemState.ASSIGNED);
    assertThat(ActionItemCommand.START.leadsTo()).isEqualTo(ActionItemState.IN_PROGRESS);
    assertThat(ActionItemCommand.EXTEND.leadsTo()).isEqualTo(ActionItemState.EXTENDED);
    assertThat(ActionItemCommand.REPORT_DONE.leadsTo()).isEqualTo(ActionItemState.REPORTED_DONE);
    assertThat(ActionItemCommand.CANCEL.leadsTo()).isEqualTo(ActionItemState.CANCELLED);
  }

  @Test
  void commandsHaveTheirVietnameseNames() {
    assertThat(ActionItemCommand.ASSIGN.vietnameseName()).isEqualTo("Giao nhiệm vụ");
    assertThat(ActionItemCommand.EXTEND.vietnameseName()).isEqualTo("Gia hạn");
    assertThat(ActionItemCommand.REPORT_DONE.englishName()).isEqualTo("Report done");
  }
}
