package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdHocGroundTest {

  @Test
  void theStatesHeadsAreCalledFrom2014AndThePartysFrom2019() {
    assertThat(AdHocGround.COMPLEX_OR_MASS.basesOn(LocalDate.of(2014, 6, 30))).isEmpty();
    assertThat(AdHocGround.COMPLEX_OR_MASS.basesOn(LocalDate.of(2016, 1, 1)))
        .singleElement()
        .satisfies(b -> assertThat(b.citation()).endsWith("Điều 18, khoản 3, điểm a"));
    assertThat(AdHocGround.SERIOUS_HARM.basesOn(LocalDate.of(2020, 1, 1)))
        .extracting(b -> b.instrument())
        .containsExactly(Instruments.CITIZEN_RECEPTION_LAW_2013, Instruments.PARTY_REGULATION_11_2019);
  }

  @Test
  void theGroundsAreNamedInVietnamese() {
    assertThat(AdHocGround.SERIOUS_HARM.vietnameseName()).contains("an ninh, trật tự");
    assertThat(AdHocGround.COMPLEX_OR_MASS.englishName()).isEqualTo("Complex or mass case");
  }
}
