package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentSystemTest {

  @Test
  void thePartyAndTheStateAreTheTwoSystemsWithTheirNames() {
    assertThat(DocumentSystem.values()).containsExactly(DocumentSystem.PARTY, DocumentSystem.STATE);
    assertThat(DocumentSystem.PARTY.vietnameseName()).isEqualTo("Văn bản của Đảng");
    assertThat(DocumentSystem.STATE.displayName(Locale.ENGLISH)).isEqualTo("State document");
    assertThat(DocumentSystem.STATE.displayName(Locale.forLanguageTag("vi"))).isEqualTo("Văn bản của Nhà nước");
  }
}
