package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PetitionKindTest {

  @Test
  void eachKindIsDefinedByTheLawThatGovernsIt() {
    assertThat(PetitionKind.COMPLAINT.definedBy().orElseThrow().instrument().name()).isEqualTo("Luật Khiếu nại 02/2011/QH13");
    assertThat(PetitionKind.DENUNCIATION.definedBy().orElseThrow().instrument().name()).isEqualTo("Luật Tố cáo 25/2018/QH14");
    assertThat(PetitionKind.RECOMMENDATION.definedBy().orElseThrow().instrument().name())
        .isEqualTo("Luật Tiếp công dân 42/2013/QH13");
    assertThat(PetitionKind.FEEDBACK.definedBy().orElseThrow().article()).isEqualTo("Điều 2, khoản 1");
    assertThat(PetitionKind.MIXED.definedBy()).isEmpty();
  }

  @Test
  void kindsHaveTheirVietnameseNames() {
    assertThat(PetitionKind.COMPLAINT.vietnameseName()).isEqualTo("Khiếu nại");
    assertThat(PetitionKind.DENUNCIATION.vietnameseName()).isEqualTo("Tố cáo");
    assertThat(PetitionKind.RECOMMENDATION.englishName()).isEqualTo("Recommendation");
  }
}
