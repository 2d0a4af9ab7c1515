package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArchiveFileStateTest {

  @Test
  void eachStateAllowsTheCommandsOfItsStep() {
    assertThat(ArchiveFileState.OPEN.allowedCommands())
        .containsExactly(ArchiveFileCommand.ADD_DOCUMENT, ArchiveFileCommand.CLOSE);
    assertThat(ArchiveFileState.CLOSED.allowedCommands()).containsExactly(ArchiveFileCommand.HAND_OVER);
    assertThat(ArchiveFileState.HANDED_OVER.allowedCommands())
        .containsExactly(ArchiveFileCommand.TRANSFER, ArchiveFileCommand.PROPOSE_DISPOSAL);
    assertThat(ArchiveFileState.PROPOSED_FOR_DISPOSAL.allowedCommands())
        .containsExactly(ArchiveFileCommand.APPROVE_DISPOSAL);
    assertThat(ArchiveFileState.DISPOSAL_APPROVED.allowedCommands()).containsExactly(ArchiveFileCommand.DESTROY);
    assertThat(ArchiveFileState.DESTROYED.allowedCommands()).isEmpty();
    assertThat(ArchiveFileState.TRANSFERRED.allowedCommands()).isEmpty();
  }

  @Test
  void allowsAnswersForOneCommand() {
    assertThat(ArchiveFileState.CLOSED.allows(ArchiveFileCommand.HAND_OVER)).isTrue();
    assertThat(ArchiveFileState.CLOSED.allows(ArchiveFileCommand.CLOSE)).isFalse();
    assertThatThrownBy(() -> ArchiveFileState.CLOSED.allows(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyStateHasBothNames() {
    for (ArchiveFileState state : ArchiveFileState.values()) {
      assertThat(state.vietnameseName()).isNotBlank();
      assertThat(state.englishName()).isNotBlank();
    }
    assertThat(ArchiveFileState.TRANSFERRED.vietnameseName()).contains("lưu trữ lịch sử");
  }
}
