package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ClassificationTest {

  @Test
  void aPetitionWithNoDefectIsEligible() {
    Classification eligible = PetitionFixtures.eligibleWithin();

    assertThat(eligible.isEligible()).isTrue();
    assertThat(eligible.procedure()).isEqualTo(Procedure.STATE_LAW);
    assertThat(PetitionFixtures.withDefects(ProcessingDefect.UNDATED).isEligible()).isFalse();
  }

  @Test
  void everyDefectIsKept() {
    Classification c = PetitionFixtures.withDefects(ProcessingDefect.UNDATED, ProcessingDefect.NOT_IN_VIETNAMESE);

    assertThat(c.defects()).containsExactlyInAnyOrder(ProcessingDefect.UNDATED, ProcessingDefect.NOT_IN_VIETNAMESE);
  }

  @Test
  void aRecipientAndTheCompetenceAreRequired() {
    assertThatIllegalStateException().isThrownBy(() -> Classification.builder().competent(true).build());
    assertThatIllegalStateException()
        .isThrownBy(() -> Classification.builder().recipient(Recipient.RECEPTION_BOARD).build());
    assertThatNullPointerException().isThrownBy(() -> Classification.builder().addTopics((Topic) null));
  }
}
