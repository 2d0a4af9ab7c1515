package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LinkKindTest {

  @Test
  void constantsAreNamedInBothLanguages() {
    assertThat(LinkKind.SECOND_COMPLAINT.vietnameseName()).isEqualTo("Khiếu nại lần hai");
    assertThat(LinkKind.RENEWED_DENUNCIATION.englishName()).isEqualTo("Renewed denunciation");
    assertThat(LinkKind.SECOND_COMPLAINT.displayName(Bilingual.VIETNAMESE)).isEqualTo("Khiếu nại lần hai");
    assertThat(LinkKind.RENEWED_DENUNCIATION.displayName(Locale.ENGLISH)).isEqualTo("Renewed denunciation");
  }
}
