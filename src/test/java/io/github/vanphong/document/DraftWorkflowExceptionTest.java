package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DraftWorkflowExceptionTest {

  private static final DraftId DRAFT = DraftId.of("VPTU-DT-2016-014");

  @Test
  void aRefusalByTheStateNamesTheDraftItsStateTheCommandAndTheCommandsAllowed() {
    DraftWorkflowException e =
        new DraftWorkflowException(
            DRAFT,
            DraftState.RETURNED,
            DraftCommand.SIGN,
            DraftState.RETURNED.allowedCommands(),
            Optional.empty(),
            "");
    assertThat(e).isInstanceOf(CommandRefusedException.class).isInstanceOf(IllegalStateException.class);
    assertThat(e.subject()).isEqualTo(DRAFT);
    assertThat(e.draft()).isEqualTo(DRAFT);
    assertThat(e.state()).isEqualTo(DraftState.RETURNED);
    assertThat(e.command()).isEqualTo(DraftCommand.SIGN);
    assertThat(e.allowedCommands()).containsExactly(DraftCommand.REVISE);
    assertThat(e.rule()).isEmpty();
    assertThat(e)
        .hasMessage("draft VPTU-DT-2016-014 is RETURNED (Trả lại để chỉnh sửa); SIGN is not allowed there; allowed:"
            + " REVISE");
  }

  @Test
  void aRefusalByARuleNamesTheRuleAndItsCitationFirst() {
    DraftWorkflowException e =
        new DraftWorkflowException(
            DRAFT,
            DraftState.SUBMITTED,
            DraftCommand.APPRAISE,
            ImmutableSet.of(DraftCommand.RETURN),
            Optional.of(DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS),
            "the form has 1 format findings");
    assertThat(e.rule()).contains(DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS);
    assertThat(e.isForbiddenByState()).isFalse();
    assertThat(e)
        .hasMessageStartingWith(
            "APPRAISE_ONLY_WITHOUT_FINDINGS (Hướng dẫn 36-HD/VPTW, Mục I, điểm 4): the form has 1 format findings;"
                + " draft VPTU-DT-2016-014 is SUBMITTED")
        .hasMessageEndingWith("APPRAISE is not allowed there; allowed: RETURN");
    assertThat(e.allowedCommands()).containsExactly(DraftCommand.RETURN);
  }
}
