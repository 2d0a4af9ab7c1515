package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vanphong.testing.DocumentArbitraries;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DocumentSymbolProperties {

  @Property
  void aSymbolReadsBackFromItsCanonicalForm(@ForAll DocumentSymbol symbol) {
    assertThat(DocumentSymbol.parse(symbol.toString())).isEqualTo(symbol);
    assertThat(DocumentSymbol.parse(symbol.toString()).toString()).isEqualTo(symbol.toString());
  }

  @Property
  void nfcAndNfdReadTheSameSymbol(@ForAll DocumentSymbol symbol) {
    String nfd = Normalizer.normalize(symbol.toString(), Normalizer.Form.NFD);
    String nfkd = Normalizer.normalize(symbol.toString(), Normalizer.Form.NFKD);
    assertThat(DocumentSymbol.parse(nfd)).isEqualTo(symbol);
    assertThat(DocumentSymbol.parse(nfkd)).isEqualTo(symbol);
    assertThat(Normalizer.isNormalized(symbol.toString(), Normalizer.Form.NFC)).isTrue();
  }

  @Property
  void theDisplayFormWritesSoWithoutAColonForThePartyOnly(@ForAll DocumentSymbol symbol) {
    assertThat(symbol.displayForm()).isEqualTo((symbol.isParty() ? "Số " : "Số: ") + symbol);
    assertThat(symbol.year().isEmpty() || !symbol.isParty()).isTrue();
  }

  @Property
  void aNumberWrittenWithLeadingZerosIsTheSameSymbol(@ForAll("partyTexts") String text) {
    DocumentSymbol symbol = DocumentSymbol.parse(text);
    String zeros = "0" + text;
    if (zeros.indexOf('-') <= 9) {
      assertThat(DocumentSymbol.parse(zeros)).isEqualTo(symbol);
    }
  }

  @Provide
  Arbitrary<String> partyTexts() {
    return DocumentArbitraries.partySymbols().map(DocumentSymbol::toString);
  }

  /** A character inserted or removed anywhere either leaves a symbol or fails at an index within the text. */
  @Property
  void aDamagedSymbolFailsAtAnIndexWithinTheText(
      @ForAll DocumentSymbol symbol, @ForAll("damage") char c, @ForAll("positions") int at, @ForAll boolean remove) {
    String text = symbol.toString();
    int i = Math.min(at, text.length() - (remove ? 1 : 0));
    String damaged = remove ? text.substring(0, i) + text.substring(i + 1) : text.substring(0, i) + c + text.substring(i);
    Throwable thrown = catchThrowable(() -> DocumentSymbol.parse(damaged));
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(DocumentSymbolParseException.class);
      DocumentSymbolParseException e = (DocumentSymbolParseException) thrown;
      assertThat(e.errorIndex()).isBetween(0, e.input().length());
      assertThat(e.input()).isEqualTo(Normalizer.normalize(damaged, Normalizer.Form.NFC));
      assertThat(e.getMessage()).startsWith("cannot parse document symbol '" + e.input() + "' at index "
          + e.errorIndex() + ": expected ");
    } else {
      assertThat(DocumentSymbol.parse(damaged).toString()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<Character> damage() {
    return Arbitraries.of(' ', '-', '/', '0', '9', 'X', 'đ', ':', '\u0301');
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 40);
  }
}
