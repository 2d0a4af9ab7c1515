package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import org.junit.jupiter.api.Test;

class DraftCommandTest {

  @Test
  void eachCommandLeadsToItsState() {
    assertThat(DraftCommand.START.resultingState()).isEqualTo(DraftState.DRAFTED);
    assertThat(DraftCommand.SUBMIT.resultingState()).isEqualTo(DraftState.SUBMITTED);
    assertThat(DraftCommand.RETURN.resultingState()).isEqualTo(DraftState.RETURNED);
    assertThat(DraftCommand.REVISE.resultingState()).isEqualTo(DraftState.REVISED);
    assertThat(DraftCommand.APPRAISE.resultingState()).isEqualTo(DraftState.APPRAISED);
    assertThat(DraftCommand.SIGN.resultingState()).isEqualTo(DraftState.SIGNED);
    assertThat(DraftCommand.ISSUE.resultingState()).isEqualTo(DraftState.ISSUED);
  }

  @Test
  void theDutiesRestOnHd36SectionI4() {
    assertThat(DraftCommand.DUTIES.citation()).isEqualTo("Hướng dẫn 36-HD/VPTW, Mục I, điểm 4");
    assertThat(DraftCommand.DUTIES.confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(DraftCommand.APPRAISE.vietnameseName()).isEqualTo("Thẩm định");
  }

  @Test
  void commandsHaveEnglishNames() {
    assertThat(DraftCommand.RETURN.englishName()).isEqualTo("Return with findings");
  }
}
