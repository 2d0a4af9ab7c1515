package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.text.Normalizer;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSymbolTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"12-BC/VPTU", "1400-CV/VPTU", "11-QĐi/TW", "147-CTHĐ/TU", "24-BS/UBKTTU", "06-HD/UBKTTW",
        "05-TB/BCĐTW", "12/BC-UBND", "30/2020/NĐ-CP", "05/2021/TT-TTCP", "188/1999/QĐ-TTg", "123/UBND-VP",
        "12-CV/VPTU-TH"})
  void aCanonicalSymbolReadsBackToItself(String text) {
    assertThat(DocumentSymbol.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void aPartySymbolHasNumberTypeAndIssuer() {
    DocumentSymbol s = DocumentSymbol.parse("12-BC/VPTU");
    assertThat(s.system()).isEqualTo(DocumentSystem.PARTY);
    assertThat(s.isParty()).isTrue();
    assertThat(s.number()).isEqualTo(12);
    assertThat(s.typeCode()).isEqualTo("BC");
    assertThat(s.issuerCode()).isEqualTo("VPTU");
    assertThat(s.year()).isEmpty();
    assertThat(s).isEqualTo(DocumentSymbol.party(12, "BC", "VPTU"));
  }

  @Test
  void aStateSymbolMayCarryTheYear() {
    DocumentSymbol decree = DocumentSymbol.parse("30/2020/NĐ-CP");
    assertThat(decree.system()).isEqualTo(DocumentSystem.STATE);
    assertThat(decree.isParty()).isFalse();
    assertThat(decree.number()).isEqualTo(30);
    assertThat(decree.year()).contains(Year.of(2020));
    assertThat(decree.typeCode()).isEqualTo("NĐ");
    assertThat(decree.issuerCode()).isEqualTo("CP");
    assertThat(decree).isEqualTo(DocumentSymbol.state(30, Year.of(2020), "NĐ", "CP"));

    DocumentSymbol report = DocumentSymbol.parse("12/BC-UBND");
    assertThat(report.year()).isEmpty();
    assertThat(report).isEqualTo(DocumentSymbol.state(12, "BC", "UBND"));
  }

  @Test
  void thePartyRegulationAndTheStateRegulationAreDifferentCodes() {
    assertThat(DocumentSymbol.parse("11-QĐi/TW").typeCode()).isEqualTo("QĐi");
    assertThat(DocumentSymbol.parse("11-QĐi/TW")).isNotEqualTo(DocumentSymbol.parse("11-QĐ/TW"));
    assertThat(DocumentSymbol.parse("11-QĐI/TW")).isNotEqualTo(DocumentSymbol.parse("11-QĐi/TW"));
    assertThat(DocumentSymbol.parse("11/QyĐ-UBND").typeCode()).isEqualTo("QyĐ");
  }

  @Test
  void numbersBelowTenAreWrittenWithTwoDigits() {
    assertThat(DocumentSymbol.party(1, "KH", "VPTU")).hasToString("01-KH/VPTU");
    assertThat(DocumentSymbol.parse("1-KH/VPTU")).isEqualTo(DocumentSymbol.parse("01-KH/VPTU"));
    assertThat(DocumentSymbol.parse("001-KH/VPTU").number()).isEqualTo(1);
    assertThat(DocumentSymbol.state(9, "BC", "UBND")).hasToString("09/BC-UBND");
    assertThat(DocumentSymbol.state(10, "BC", "UBND")).hasToString("10/BC-UBND");
  }

  @Test
  void nfcAndNfdReadTheSameSymbol() {
    String nfc = "12-BC/VPTỈNHỦY";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(DocumentSymbol.parse(nfd)).isEqualTo(DocumentSymbol.parse(nfc));
    assertThat(DocumentSymbol.parse(nfd).toString()).isEqualTo(nfc);
    assertThat(DocumentSymbol.party(12, Normalizer.normalize("BÁO", Normalizer.Form.NFD), "TU").typeCode())
        .isEqualTo("BÁO");
  }

  @Test
  void theDisplayFormWritesNoColonForTheParty() {
    assertThat(DocumentSymbol.parse("12-BC/VPTU").displayForm()).isEqualTo("Số 12-BC/VPTU");
    assertThat(DocumentSymbol.parse("12/BC-UBND").displayForm()).isEqualTo("Số: 12/BC-UBND");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Số 01-TB/VPTU", "Số 12-BC/VPTU", "Số: 12/BC-UBND", "Số: 30/2020/NĐ-CP", "Số 11-QĐi/TW"})
  void whatTheDisplayFormShowsReadsBack(String shown) {
    DocumentSymbol symbol = DocumentSymbol.parse(shown);
    assertThat(symbol.displayForm()).isEqualTo(shown);
    assertThat(DocumentSymbol.parse(Normalizer.normalize(shown, Normalizer.Form.NFD))).isEqualTo(symbol);
    assertThat(symbol).isEqualTo(DocumentSymbol.parse(shown.substring(shown.indexOf(' ') + 1)));
  }

  @Test
  void aStrictReadingAcceptsTheCodesOfTheBook() {
    DocumentCodeBook book = DocumentCodeBook.standard();
    DocumentSymbol notice = DocumentSymbol.parse("Số 01-TB/VPTU", book);
    assertThat(notice).isEqualTo(DocumentSymbol.party(1, "TB", "VPTU"));
    assertThat(book.typeOf(notice)).contains(DocumentCodeBook.NOTICE);
    assertThat(DocumentSymbol.parse("30/2020/NĐ-CP", book)).isEqualTo(DocumentSymbol.parse("30/2020/NĐ-CP"));
    assertThat(DocumentSymbol.parse("Số: 12/BC-UBND", book).issuerCode()).isEqualTo("UBND");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "12-XYZ/VPTU|3|a Party document type code of the code book, not 'XYZ'; a symbol is written with the codes of"
            + " its type and its issuer (Hướng dẫn 36-HD/VPTW",
        "12-TB/XYZ|6|a Party document issuer code of the code book, not 'XYZ'",
        "12-tb/VPTU|3|not 'tb' (codes are case-sensitive: the book has 'TB')",
        "12-TB/vptu|6|not 'vptu' (codes are case-sensitive: the book has 'VPTU')",
        "Số 12-qđi/TW|6|not 'qđi' (codes are case-sensitive: the book has 'QĐi')",
        "12/2020/NĐ-XYZ|11|a State document issuer code of the code book, not 'XYZ'; a symbol is written with the"
            + " codes of its type and its issuer (Nghị định 30/2020/NĐ-CP",
        "12/QĐi-UBND|3|a State document type code of the code book, not 'QĐi'",
        "số 01-TB/VPTU|0|a number"
      })
  void aStrictReadingRefusesCodesTheBookDoesNotHold(String text, int index, String expected) {
    assertThatThrownBy(() -> DocumentSymbol.parse(text, DocumentCodeBook.standard()))
        .isInstanceOf(DocumentSymbolParseException.class)
        .hasMessageStartingWith("cannot parse document symbol '" + text + "' at index " + index + ": expected ")
        .hasMessageContaining(expected)
        .satisfies(e -> assertThat(((DocumentSymbolParseException) e).errorIndex()).isEqualTo(index));
    assertThat(catchThrowable(() -> DocumentSymbol.parse(text)) == null).isEqualTo(!text.startsWith("số"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "12-BC VPTU|5|'/'",
        "\"\"|0|a number",
        "BC/VPTU|0|a number",
        "0-BC/VPTU|0|a number of 1 or more",
        "1234567890-BC/VPTU|9|a number of at most 9 digits",
        "12 BC/VPTU|2|'-' (a Party symbol) or '/' (a State symbol)",
        "12-/VPTU|3|a type code",
        "12-B1/VPTU|4|'/'",
        "12-BC/|6|an issuer code",
        "12-BC/1TU|6|an issuer code",
        "12-BC/VPTU-|11|a part of the issuer code after '-'",
        "\"12-BC/VPTU \"|10|the end of the symbol",
        "12/BC|5|'-'",
        "12/20/NĐ-CP|3|a year of four digits",
        "12/0202/NĐ-CP|3|a year of four digits",
        "12/2020|7|'/'",
        "12/2020/-CP|8|a type code",
        "12/BC-|6|an issuer code",
        "số 12-BC/VPTU|0|\"Số \" (Party)",
        "Số12-BC/VPTU|2|' '",
        "Số  12-BC/VPTU|3|a number",
        "Số: 12-BC/VPTU|2|without a colon (Hướng dẫn 36-HD/VPTW",
        "Số 12/BC-UBND|2|':': a State symbol is shown \"Số: 12/BC-UBND\" (Nghị định 30/2020/NĐ-CP",
        "12-BC/VPTU Số|10|the end of the symbol"
      })
  void aMalformedSymbolNamesTheIndexAndWhatWasExpected(String text, int index, String expected) {
    assertThatThrownBy(() -> DocumentSymbol.parse(text))
        .isInstanceOf(DocumentSymbolParseException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot parse document symbol '" + text + "' at index " + index + ": expected ")
        .hasMessageContaining(expected)
        .satisfies(
            e -> {
              DocumentSymbolParseException p = (DocumentSymbolParseException) e;
              assertThat(p.input()).isEqualTo(text);
              assertThat(p.errorIndex()).isEqualTo(index);
            });
  }

  @Test
  void theMessageOfTheIssueReadsAsWritten() {
    assertThatThrownBy(() -> DocumentSymbol.parse("12-BC VPTU"))
        .hasMessage("cannot parse document symbol '12-BC VPTU' at index 5: expected '/'");
  }

  @Test
  void theFactoriesRefuseNumbersAndCodesThatWouldNotReadBack() {
    assertThatThrownBy(() -> DocumentSymbol.party(0, "BC", "VPTU")).hasMessageContaining("from 01");
    assertThatThrownBy(() -> DocumentSymbol.party(DocumentSymbol.MAX_NUMBER + 1, "BC", "VPTU"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DocumentSymbol.party(DocumentSymbol.MAX_NUMBER, "BC", "VPTU").number())
        .isEqualTo(DocumentSymbol.MAX_NUMBER);
    assertThatThrownBy(() -> DocumentSymbol.party(1, "B C", "VPTU")).hasMessageContaining("type code");
    assertThatThrownBy(() -> DocumentSymbol.party(1, "", "VPTU")).hasMessageContaining("type code");
    assertThatThrownBy(() -> DocumentSymbol.party(1, "BC", "VP/TU")).hasMessageContaining("issuer code");
    assertThatThrownBy(() -> DocumentSymbol.state(1, "BC", "")).hasMessageContaining("issuer code");
    assertThatThrownBy(() -> DocumentSymbol.state(1, Year.of(999), "NĐ", "CP")).hasMessageContaining("four digits");
    assertThatThrownBy(() -> DocumentSymbol.state(1, Year.of(10000), "NĐ", "CP"))
        .hasMessageContaining("four digits");
    assertThat(DocumentSymbol.state(1, Year.of(1000), "NĐ", "CP")).hasToString("01/1000/NĐ-CP");
    assertThat(DocumentSymbol.state(1, Year.of(9999), "NĐ", "CP")).hasToString("01/9999/NĐ-CP");
  }

  @Test
  void equalityCoversEveryPart() {
    DocumentSymbol s = DocumentSymbol.state(30, Year.of(2020), "NĐ", "CP");
    assertThat(s).isEqualTo(DocumentSymbol.parse("30/2020/NĐ-CP")).hasSameHashCodeAs(DocumentSymbol.parse("30/2020/NĐ-CP"));
    assertThat(s).isNotEqualTo(DocumentSymbol.state(31, Year.of(2020), "NĐ", "CP"));
    assertThat(s).isNotEqualTo(DocumentSymbol.state(30, Year.of(2021), "NĐ", "CP"));
    assertThat(s).isNotEqualTo(DocumentSymbol.state(30, "NĐ", "CP"));
    assertThat(s).isNotEqualTo(DocumentSymbol.state(30, Year.of(2020), "TT", "CP"));
    assertThat(s).isNotEqualTo(DocumentSymbol.state(30, Year.of(2020), "NĐ", "TTg"));
    assertThat(DocumentSymbol.party(30, "NĐ", "CP")).isNotEqualTo(DocumentSymbol.state(30, "NĐ", "CP"));
    assertThat(s).isNotEqualTo("30/2020/NĐ-CP");
  }

  @Test
  void distinctSymbolsHaveDistinctHashCodes() {
    assertThat(DocumentSymbol.parse("12-BC/VPTU").hashCode()).isNotEqualTo(DocumentSymbol.parse("13-BC/VPTU").hashCode());
  }

  @Test
  void aStateSymbolEndsAfterItsIssuerCode() {
    assertThatThrownBy(() -> DocumentSymbol.parse("12/BC-UBND/"))
        .hasMessage("cannot parse document symbol '12/BC-UBND/' at index 10: expected the end of the symbol");
    assertThatThrownBy(() -> DocumentSymbol.parse("12-BC/VPTU/"))
        .hasMessage("cannot parse document symbol '12-BC/VPTU/' at index 10: expected the end of the symbol");
    assertThatThrownBy(() -> DocumentSymbol.parse("000-BC/VPTU"))
        .hasMessage("cannot parse document symbol '000-BC/VPTU' at index 0: expected a number of 1 or more"
            + " (documents are numbered from 01)");
    assertThat(DocumentSymbol.parse("999999999-BC/VPTU").number()).isEqualTo(999_999_999);
  }
}
