package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArchiveFileCommandTest {

  @Test
  void eachCommandLeadsToItsState() {
    assertThat(ArchiveFileCommand.OPEN.resultingState()).isEqualTo(ArchiveFileState.OPEN);
    assertThat(ArchiveFileCommand.ADD_DOCUMENT.resultingState()).isEqualTo(ArchiveFileState.OPEN);
    assertThat(ArchiveFileCommand.CLOSE.resultingState()).isEqualTo(ArchiveFileState.CLOSED);
    assertThat(ArchiveFileCommand.HAND_OVER.resultingState()).isEqualTo(ArchiveFileState.HANDED_OVER);
    assertThat(ArchiveFileCommand.TRANSFER.resultingState()).isEqualTo(ArchiveFileState.TRANSFERRED);
    assertThat(ArchiveFileCommand.PROPOSE_DISPOSAL.resultingState())
        .isEqualTo(ArchiveFileState.PROPOSED_FOR_DISPOSAL);
    assertThat(ArchiveFileCommand.APPROVE_DISPOSAL.resultingState()).isEqualTo(ArchiveFileState.DISPOSAL_APPROVED);
    assertThat(ArchiveFileCommand.DESTROY.resultingState()).isEqualTo(ArchiveFileState.DESTROYED);
  }

  @Test
  void everyCommandHasBothNames() {
    for (ArchiveFileCommand command : ArchiveFileCommand.values()) {
      assertThat(command.vietnameseName()).isNotBlank();
      assertThat(command.englishName()).isNotBlank();
    }
    assertThat(ArchiveFileCommand.HAND_OVER.vietnameseName()).isEqualTo("Nộp lưu vào lưu trữ cơ quan");
    assertThat(ArchiveFileCommand.DESTROY.englishName()).isEqualTo("Destroy");
  }
}
