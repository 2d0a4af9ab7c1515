package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContinuationGroundTest {

  @Test
  void constantsAreNamedInBothLanguages() {
    assertThat(ContinuationGround.COERCED.vietnameseName()).isEqualTo("Rút tố cáo do bị đe dọa, mua chuộc");
    assertThat(ContinuationGround.SIGNS_OF_VIOLATION.englishName()).isEqualTo("Signs of a violation");
    assertThat(ContinuationGround.COERCED.displayName(Bilingual.VIETNAMESE)).isEqualTo("Rút tố cáo do bị đe dọa, mua chuộc");
    assertThat(ContinuationGround.SIGNS_OF_VIOLATION.displayName(Locale.ENGLISH)).isEqualTo("Signs of a violation");
  }
}
