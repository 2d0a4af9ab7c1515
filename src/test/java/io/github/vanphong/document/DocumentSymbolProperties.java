package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vanphong.testing.DocumentArbitraries;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.util.List;
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
  void aSymbolReadsBackFromItsDisplayForm(@ForAll DocumentSymbol symbol) {
    assertThat(DocumentSymbol.parse(symbol.displayForm())).isEqualTo(symbol);
  }

  /** Against a table that holds its codes a symbol reads as it does alone; against one without them, it fails. */
  @Property
  void aStrictReadingAcceptsExactlyTheCodesOfTheBook(@ForAll DocumentSymbol symbol, @ForAll boolean typeKnown) {
    LegalBasis basis = symbol.isParty() ? DocumentSymbol.PARTY_FORM : DocumentSymbol.STATE_FORM;
    DocumentType type = DocumentType.of(symbol.system(), symbol.typeCode(), "Loại", "Type", basis);
    Issuer issuer = Issuer.of(symbol.system(), symbol.issuerCode(), "Cơ quan", "Issuer", basis);
    DocumentCodeBook both = DocumentCodeBook.of(List.of(type), List.of(issuer));
    assertThat(DocumentSymbol.parse(symbol.displayForm(), both)).isEqualTo(symbol);
    assertThat(DocumentSymbol.parse(symbol.toString(), both)).isEqualTo(symbol);

    DocumentCodeBook lacking =
        typeKnown ? DocumentCodeBook.of(List.of(type), List.of()) : DocumentCodeBook.of(List.of(), List.of(issuer));
    String missing = typeKnown ? symbol.issuerCode() : symbol.typeCode();
    String text = symbol.toString();
    // both forms end "{type code}{separator}{issuer code}"
    int issuerAt = text.length() - symbol.issuerCode().length();
    int at = typeKnown ? issuerAt : issuerAt - 1 - symbol.typeCode().length();
    int expectedAt = at;
    assertThatThrownBy(() -> DocumentSymbol.parse(text, lacking))
        .isInstanceOf(DocumentSymbolParseException.class)
        .hasMessageContaining("not '" + missing + "'")
        .hasMessageContaining(basis.citation())
        .satisfies(e -> assertThat(((DocumentSymbolParseException) e).errorIndex()).isEqualTo(expectedAt));
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
