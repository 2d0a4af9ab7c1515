package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class IncomingDocumentTest {

  @Test
  void aDocumentNeedsASenderAndASummary() {
    assertThatThrownBy(() -> IncomingDocument.of(" ", DocumentSymbol.parse("12/BC-UBND"), "Báo cáo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a sender");
    assertThatThrownBy(() -> IncomingDocument.of("UBND tỉnh", DocumentSymbol.parse("12/BC-UBND"), ""))
        .hasMessageContaining("needs a summary");
  }

  @Test
  void aLetterWithoutASymbolMayBeRegisteredWithItsSecrecyMark() {
    IncomingDocument d =
        IncomingDocument.builder().sender("Công dân").summary("Đơn kiến nghị").secrecy(Secrecy.CONFIDENTIAL).build();
    assertThat(d.symbol()).isEmpty();
    assertThat(d).hasToString("Công dân: Đơn kiến nghị [Mật]");
    assertThat(IncomingDocument.of("UBND tỉnh", DocumentSymbol.parse("12/BC-UBND"), "Báo cáo"))
        .hasToString("UBND tỉnh 12/BC-UBND: Báo cáo");
  }

  @Test
  void textIsKeptInNfc() {
    IncomingDocument d =
        IncomingDocument.of(Normalizer.normalize("Tỉnh ủy", Normalizer.Form.NFD), DocumentSymbol.parse("1-BC/TU"),
            Normalizer.normalize("Báo cáo", Normalizer.Form.NFD));
    assertThat(d.sender()).isEqualTo("Tỉnh ủy");
    assertThat(d.summary()).isEqualTo("Báo cáo");
    assertThat(d.secrecy()).isEqualTo(Secrecy.NONE);
  }
}
