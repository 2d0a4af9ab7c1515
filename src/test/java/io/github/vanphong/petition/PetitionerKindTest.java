package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PetitionerKindTest {

  @Test
  void anAnonymousOrFalseNamedPetitionerCannotBeIdentified() {
    assertThat(PetitionerKind.ANONYMOUS.isIdentifiable()).isFalse();
    assertThat(PetitionerKind.FALSE_NAME.isIdentifiable()).isFalse();
    assertThat(PetitionerKind.ONE_PERSON.isIdentifiable()).isTrue();
    assertThat(PetitionerKind.SIGNATORIES.isIdentifiable()).isTrue();
    assertThat(PetitionerKind.DELEGATION.isIdentifiable()).isTrue();
  }

  @Test
  void kindsAreNamedInVietnamese() {
    assertThat(PetitionerKind.ANONYMOUS.vietnameseName()).isEqualTo("Giấu tên");
    assertThat(PetitionerKind.FALSE_NAME.vietnameseName()).isEqualTo("Mạo tên");
    assertThat(PetitionerKind.DELEGATION.englishName()).isEqualTo("Delegation");
  }
}
