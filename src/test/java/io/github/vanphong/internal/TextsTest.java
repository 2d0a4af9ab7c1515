package io.github.vanphong.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.petition.Identity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void aTextOfInvisibleCharactersOnlyIsBlank() {
    for (String invisible :
        List.of("", " ", "\t\n", "\u200B", "\uFEFF", "\u00A0", "\u200B\u200C\u200D\u2060", "\u202E", "\u0000", "\u00AD")) {
      assertThat(Texts.isBlank(invisible)).as("U+%04X…", invisible.isEmpty() ? 0 : (int) invisible.charAt(0)).isTrue();
    }
  }

  @Test
  void aTextWithOneVisibleCharacterIsNotBlank() {
    for (String visible : List.of("a", "\u200Bx", "Đ", "\uD83D\uDE00", " 1 ", "\u0301a")) {
      assertThat(Texts.isBlank(visible)).isFalse();
    }
  }

  @Test
  void anArticleOfInvisibleCharactersIsRefusedAsBlank() {
    Instrument notice = Instrument.of("Thông báo 12/TB-BNV", LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> LegalBasis.of(notice, "\u200B\uFEFF"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Instrument.of("\uFEFF", LocalDate.of(2027, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDenouncersNameOfInvisibleCharactersIsRefusedAsBlank() {
    assertThatThrownBy(() -> Identity.builder().fullName("\u200B").address("ấp 3, xã Vị Đông").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Identity.builder().fullName("Lê Văn Hai").address("\uFEFF\u00A0").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
