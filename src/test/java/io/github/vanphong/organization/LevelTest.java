package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LevelTest {

  @Test
  void levelsAreRankedFromCentralToGrassroots() {
    assertThat(Level.CENTRAL.isAbove(Level.PROVINCIAL)).isTrue();
    assertThat(Level.PROVINCIAL.isAbove(Level.DISTRICT)).isTrue();
    assertThat(Level.DISTRICT.isAbove(Level.COMMUNE)).isTrue();
    assertThat(Level.COMMUNE.isAbove(Level.GRASSROOTS)).isTrue();
    assertThat(Level.PROVINCIAL.isAbove(Level.PROVINCIAL)).isFalse();
    assertThat(Level.DISTRICT.isAbove(Level.PROVINCIAL)).isFalse();
    assertThat(Level.GRASSROOTS.isAbove(Level.CENTRAL)).isFalse();
  }

  @Test
  void theDistrictLevelEndedOnTheLastDayOfJune2025() {
    assertThat(Level.DISTRICT.validity())
        .isEqualTo(Validity.between(LocalDate.of(1930, 2, 3), LocalDate.of(2025, 6, 30)));
    assertThat(Level.DISTRICT.endedBy()).hasValueSatisfying(b -> {
      assertThat(b.instrument().name()).isEqualTo("Hướng dẫn 31-HD/BTCTW");
      assertThat(b.confirmation()).isEqualTo(Confirmation.REPORTED);
    });
  }

  @Test
  void theOtherLevelsHaveNoEnd() {
    for (Level level : new Level[] {Level.CENTRAL, Level.PROVINCIAL, Level.COMMUNE, Level.GRASSROOTS}) {
      assertThat(level.validity()).isEqualTo(Validity.from(LocalDate.of(1930, 2, 3)));
      assertThat(level.endedBy()).isEmpty();
    }
  }

  @Test
  void levelsHaveBothNames() {
    assertThat(Level.DISTRICT.vietnameseName()).isEqualTo("Huyện");
    assertThat(Level.DISTRICT.englishName()).isEqualTo("District");
    assertThat(Level.COMMUNE.displayName(Bilingual.VIETNAMESE)).isEqualTo("Xã");
    assertThat(Level.GRASSROOTS.displayName(Locale.UK)).isEqualTo("Grassroots");
    assertThat(Level.CENTRAL.vietnameseName()).isEqualTo("Trung ương");
    assertThat(Level.PROVINCIAL.englishName()).isEqualTo("Provincial");
  }
}
