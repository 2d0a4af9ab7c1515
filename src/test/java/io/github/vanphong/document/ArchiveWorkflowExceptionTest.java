package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.CommandRefusedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveWorkflowExceptionTest {

  private static final ArchiveFileId FILE = ArchiveFileId.of("VPTU-HS-2016-07");

  @Test
  void aRefusalByTheStateNamesTheFileItsStateTheCommandAndTheCommandsAllowed() {
    ArchiveWorkflowException e =
        new ArchiveWorkflowException(
            FILE,
            ArchiveFileState.CLOSED,
            ArchiveFileCommand.CLOSE,
            ArchiveFileState.CLOSED.allowedCommands(),
            Optional.empty(),
            "");
    assertThat(e).isInstanceOf(CommandRefusedException.class);
    assertThat(e.subject()).isEqualTo(FILE);
    assertThat(e.state()).isEqualTo(ArchiveFileState.CLOSED);
    assertThat(e.command()).isEqualTo(ArchiveFileCommand.CLOSE);
    assertThat(e.allowedCommands()).containsExactly(ArchiveFileCommand.HAND_OVER);
    assertThat(e.rule()).isEmpty();
    assertThat(e)
        .hasMessage(
            "file VPTU-HS-2016-07 is CLOSED (Đã kết thúc hồ sơ); CLOSE is not allowed there; allowed: HAND_OVER");
  }

  @Test
  void aRefusalByARuleNamesTheRuleAndItsCitationFirst() {
    ArchiveWorkflowException e =
        new ArchiveWorkflowException(
            FILE,
            ArchiveFileState.PROPOSED_FOR_DISPOSAL,
            ArchiveFileCommand.DESTROY,
            ArchiveFileState.PROPOSED_FOR_DISPOSAL.allowedCommands(),
            Optional.of(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL),
            "not approved");
    assertThat(e.rule()).contains(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL);
    assertThat(e.getMessage()).startsWith("DESTRUCTION_ONLY_AFTER_APPROVAL (Luật Lưu trữ 33/2024/QH15");
    assertThat(e.getMessage()).contains("not approved; file VPTU-HS-2016-07 is PROPOSED_FOR_DISPOSAL");
  }
}
