package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RefusalGroundTest {

  @Test
  void fourGroundsOfLaw42AndTenPointsOfDecree154() {
    assertThat(RefusalGround.values()).hasSize(14);
    assertThat(STANDARD.groundsOn(LocalDate.of(2016, 1, 1)))
        .containsExactly(
            RefusalGround.UNABLE_TO_CONTROL,
            RefusalGround.THREATENING,
            RefusalGround.DRAWN_OUT,
            RefusalGround.OTHER_BY_LAW);
    assertThat(STANDARD.groundsOn(LocalDate.of(2026, 7, 1))).hasSize(13).doesNotContain(RefusalGround.OTHER_BY_LAW);
  }

  @Test
  void aDrawnOutCaseIsNamedAsTheLawNamesIt() {
    assertThat(RefusalGround.DRAWN_OUT.vietnameseName()).contains("kéo dài");
    assertThat(RefusalGround.NO_NEW_FACTS.englishName()).isEqualTo("Already answered in writing, with no new facts");
  }
}
