package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PetitionStageTest {

  @Test
  void aFilingLimitExistsForComplaintsOnly() {
    assertThat(PetitionStage.FILING_LIMIT.kinds()).containsExactly(PetitionKind.COMPLAINT);
    assertThat(PetitionStage.FILING_LIMIT.appliesTo(PetitionKind.COMPLAINT)).isTrue();
    assertThat(PetitionStage.FILING_LIMIT.appliesTo(PetitionKind.DENUNCIATION)).isFalse();
  }

  @Test
  void theComplaintStagesExistForComplaintsOnly() {
    for (PetitionStage stage :
        EnumSet.of(
            PetitionStage.SECOND_COMPLAINT_WINDOW,
            PetitionStage.FINALITY,
            PetitionStage.DECISION_DISPATCH)) {
      assertThat(stage.kinds()).as("%s", stage).containsExactly(PetitionKind.COMPLAINT);
    }
  }

  @Test
  void complaintsAndDenunciationsAreAcceptedOrRefused() {
    assertThat(PetitionStage.ACCEPTANCE.kinds()).containsExactly(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION);
    assertThat(PetitionStage.ACCEPTANCE.appliesTo(PetitionKind.RECOMMENDATION)).isFalse();
    assertThat(PetitionStage.ACCEPTANCE.startEvent()).isEqualTo("nhận được đơn khiếu nại, tố cáo");
  }

  @Test
  void theDenunciationStagesExistForDenunciationsOnly() {
    assertThat(PetitionStage.ACCEPTANCE_NOTICE.kinds()).containsExactly(PetitionKind.DENUNCIATION);
    assertThat(PetitionStage.PARTY_RESOLUTION.kinds()).containsExactly(PetitionKind.DENUNCIATION);
  }

  @Test
  void complaintsAndDenunciationsAreResolvedAndEveryLetterIsProcessedAndAnswered() {
    assertThat(PetitionStage.RESOLUTION.kinds()).containsExactly(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION);
    for (PetitionStage stage :
        EnumSet.of(
            PetitionStage.PROCESSING,
            PetitionStage.FORWARDING,
            PetitionStage.RECEIPT_NOTICE,
            PetitionStage.PARTY_RECEIPT_NOTICE,
            PetitionStage.RESULT_RELAY)) {
      assertThat(stage.kinds()).as("%s", stage).containsExactlyInAnyOrder(PetitionKind.values());
    }
  }

  @Test
  void eachStageNamesTheEventItsTimeCountsFrom() {
    assertThat(PetitionStage.RESOLUTION.startEvent()).isEqualTo("thụ lý");
    assertThat(PetitionStage.PROCESSING.startEvent()).isEqualTo("tiếp nhận đơn");
    for (PetitionStage stage : PetitionStage.values()) {
      assertThat(stage.startEvent()).as("%s", stage).isNotBlank();
    }
  }

  @Test
  void stagesHaveTheirVietnameseNames() {
    assertThat(PetitionStage.PROCESSING.vietnameseName()).isEqualTo("Xử lý đơn");
    assertThat(PetitionStage.FORWARDING.vietnameseName()).isEqualTo("Chuyển đơn");
    assertThat(PetitionStage.ACCEPTANCE.vietnameseName()).isEqualTo("Thụ lý");
    assertThat(PetitionStage.FILING_LIMIT.englishName()).isEqualTo("Filing limit");
  }

  @Test
  void aNullKindIsRefused() {
    assertThatThrownBy(() -> PetitionStage.PROCESSING.appliesTo(nullKind())).isInstanceOf(NullPointerException.class);
  }

  @SuppressWarnings("NullAway")
  private static PetitionKind nullKind() {
    return null;
  }
}
