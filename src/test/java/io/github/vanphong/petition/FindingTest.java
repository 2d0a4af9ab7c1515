package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FindingTest {

  @Test
  void constantsAreNamedInBothLanguages() {
    assertThat(Finding.PARTLY_WELL_FOUNDED.vietnameseName()).isEqualTo("Đúng một phần");
    assertThat(Finding.ANSWERED.englishName()).isEqualTo("Answered");
    assertThat(Finding.PARTLY_WELL_FOUNDED.displayName(Bilingual.VIETNAMESE)).isEqualTo("Đúng một phần");
    assertThat(Finding.ANSWERED.displayName(Locale.ENGLISH)).isEqualTo("Answered");
  }
}
