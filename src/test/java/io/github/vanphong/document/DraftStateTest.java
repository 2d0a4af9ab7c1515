package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftStateTest {

  @Test
  void eachStateAllowsItsCommands() {
    assertThat(DraftState.DRAFTED.allowedCommands()).containsExactly(DraftCommand.SUBMIT, DraftCommand.REVISE);
    assertThat(DraftState.REVISED.allowedCommands()).containsExactly(DraftCommand.SUBMIT, DraftCommand.REVISE);
    assertThat(DraftState.SUBMITTED.allowedCommands()).containsExactly(DraftCommand.RETURN, DraftCommand.APPRAISE);
    assertThat(DraftState.RETURNED.allowedCommands()).containsExactly(DraftCommand.REVISE);
    assertThat(DraftState.APPRAISED.allowedCommands()).containsExactly(DraftCommand.RETURN, DraftCommand.SIGN);
    assertThat(DraftState.SIGNED.allowedCommands()).containsExactly(DraftCommand.ISSUE);
    assertThat(DraftState.ISSUED.allowedCommands()).isEmpty();
    for (DraftState state : DraftState.values()) {
      assertThat(state.allows(DraftCommand.START)).isFalse();
    }
    assertThat(DraftState.SIGNED.allows(DraftCommand.ISSUE)).isTrue();
    assertThat(DraftState.SIGNED.allows(DraftCommand.SIGN)).isFalse();
  }

  @Test
  void statesHaveVietnameseNames() {
    assertThat(DraftState.RETURNED.vietnameseName()).isEqualTo("Trả lại để chỉnh sửa");
    assertThat(DraftState.ISSUED.englishName()).isEqualTo("Issued");
  }
}
