package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PetitionCommandTest {

  @Test
  void constantsAreNamedInBothLanguages() {
    assertThat(PetitionCommand.ACCEPT.vietnameseName()).isEqualTo("Thụ lý");
    assertThat(PetitionCommand.LODGE_SECOND_COMPLAINT.englishName()).isEqualTo("Lodge a second complaint");
    assertThat(PetitionCommand.ACCEPT.displayName(Bilingual.VIETNAMESE)).isEqualTo("Thụ lý");
    assertThat(PetitionCommand.LODGE_SECOND_COMPLAINT.displayName(Locale.ENGLISH)).isEqualTo("Lodge a second complaint");
  }

  @Test
  void everyCommandIsAStepOfTheWorkflow() {
    assertThat(PetitionCommand.values()).hasSize(21).startsWith(PetitionCommand.RECEIVE, PetitionCommand.CLASSIFY);
  }
}
