package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentCodeBookTest {

  private static final DocumentCodeBook BOOK = DocumentCodeBook.standard();

  @Test
  void theSymbolsOfTheIssueAreDescribed() {
    assertThat(BOOK.typeOf(DocumentSymbol.parse("12-BC/VPTU"))).contains(DocumentCodeBook.REPORT);
    assertThat(BOOK.issuerOf(DocumentSymbol.parse("12-BC/VPTU"))).contains(DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("1400-CV/VPTU"))).contains(DocumentCodeBook.OFFICIAL_LETTER);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("11-QĐi/TW"))).contains(DocumentCodeBook.REGULATION);
    assertThat(BOOK.issuerOf(DocumentSymbol.parse("11-QĐi/TW"))).contains(DocumentCodeBook.CENTRAL_COMMITTEE);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("147-CTHĐ/TU"))).contains(DocumentCodeBook.ACTION_PROGRAMME);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("30/2020/NĐ-CP"))).contains(DocumentCodeBook.STATE_DECREE);
    assertThat(BOOK.issuerOf(DocumentSymbol.parse("30/2020/NĐ-CP"))).contains(DocumentCodeBook.GOVERNMENT);
    assertThat(BOOK.typeOf(DocumentSymbol.parse("12/BC-UBND"))).contains(DocumentCodeBook.STATE_REPORT);
  }

  @Test
  void thePartyQuyDinhIsQdiAndTheStateQuyDinhIsQyd() {
    assertThat(BOOK.type(DocumentSystem.PARTY, "QĐi")).contains(DocumentCodeBook.REGULATION);
    assertThat(BOOK.type(DocumentSystem.STATE, "QyĐ")).contains(DocumentCodeBook.STATE_REGULATION);
    assertThat(BOOK.type(DocumentSystem.STATE, "QĐi")).isEmpty();
    assertThat(BOOK.type(DocumentSystem.PARTY, "QyĐ")).isEmpty();
    assertThat(DocumentCodeBook.REGULATION.vietnameseName()).isEqualTo(DocumentCodeBook.STATE_REGULATION.vietnameseName());
    assertThat(BOOK.type(DocumentSystem.PARTY, "TT")).contains(DocumentCodeBook.CIRCULAR);
    assertThat(BOOK.type(DocumentSystem.STATE, "TT")).contains(DocumentCodeBook.STATE_CIRCULAR);
  }

  @Test
  void codesSeenInOfficialSymbolsAreReportedAndRecalledOnesUnconfirmed() {
    for (DocumentType seen :
        List.of(DocumentCodeBook.REPORT, DocumentCodeBook.OFFICIAL_LETTER, DocumentCodeBook.REGULATION,
            DocumentCodeBook.ACTION_PROGRAMME, DocumentCodeBook.STATE_REGULATION, DocumentCodeBook.STATE_DECREE)) {
      assertThat(seen.basis().confirmation()).as("%s", seen).isEqualTo(Confirmation.REPORTED);
    }
    for (DocumentType recalled :
        List.of(DocumentCodeBook.CIRCULAR, DocumentCodeBook.SUBMISSION, DocumentCodeBook.INVITATION,
            DocumentCodeBook.STATE_REPORT)) {
      assertThat(recalled.basis().confirmation()).as("%s", recalled).isEqualTo(Confirmation.UNCONFIRMED);
    }
    assertThat(DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(DocumentCodeBook.DISTRICT_COMMITTEE.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(DocumentCodeBook.PEOPLES_COMMITTEE.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(DocumentCodeBook.GOVERNMENT.basis().instrument().name()).isEqualTo("Nghị định 30/2020/NĐ-CP");
    assertThat(DocumentCodeBook.PRIME_MINISTER.basis().inForceFrom()).isEqualTo(LocalDate.of(1999, 10, 2));
    assertThat(DocumentCodeBook.GOVERNMENT_INSPECTORATE.basis().inForceFrom()).isEqualTo(LocalDate.of(2021, 11, 15));
    assertThat(DocumentCodeBook.GOVERNMENT.basis().inForceFrom()).isEqualTo(LocalDate.of(2020, 3, 5));
  }

  @Test
  void everyStandardCodeIsUniqueInItsSystemAndReadsInASymbol() {
    Set<String> types = new HashSet<>();
    for (DocumentType type : BOOK.types()) {
      assertThat(types.add(type.system() + type.code())).as("%s", type).isTrue();
      assertThat(BOOK.type(type.system(), type.code())).contains(type);
      assertThat(DocumentSymbol.parse("01-" + type.code() + "/TU").typeCode()).isEqualTo(type.code());
    }
    Set<String> issuers = new HashSet<>();
    for (Issuer issuer : BOOK.issuers()) {
      assertThat(issuers.add(issuer.system() + issuer.code())).as("%s", issuer).isTrue();
      assertThat(BOOK.issuer(issuer.system(), issuer.code())).contains(issuer);
    }
    assertThat(BOOK.types()).hasSize(42);
    assertThat(BOOK.issuers()).hasSize(22);
  }

  @Test
  void anApplicationsCodeTakesThePlaceOfTheBuiltInOne() {
    LegalBasis quyChe =
        LegalBasis.builder().instrument(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1))).article("Điều 3")
            .confirmation(Confirmation.VERIFIED).build();
    DocumentType ownReport = DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", quyChe);
    Issuer district = Issuer.of(DocumentSystem.PARTY, "HU", "Huyện ủy", "District Party Committee", quyChe);
    DocumentCodeBook own = BOOK.with(ownReport).with(district);
    assertThat(own.type(DocumentSystem.PARTY, "BC")).contains(ownReport);
    assertThat(own.issuer(DocumentSystem.PARTY, "HU")).contains(district);
    assertThat(own.types()).hasSize(BOOK.types().size() + 1);
    assertThat(BOOK.type(DocumentSystem.PARTY, "BC")).contains(DocumentCodeBook.REPORT);
    assertThat(own).isNotEqualTo(BOOK);
    DocumentType newType = DocumentType.of(DocumentSystem.PARTY, "XYZ", "Loại mới", "New type", quyChe);
    assertThat(BOOK.with(newType).type(DocumentSystem.PARTY, "XYZ")).contains(newType);
    Issuer newIssuer = Issuer.of(DocumentSystem.STATE, "UBND-VP", "Văn phòng UBND", "Office of the People's Committee", quyChe);
    assertThat(BOOK.with(newIssuer).issuer(DocumentSystem.STATE, "UBND-VP")).contains(newIssuer);
  }

  @Test
  void aTableOfItsOwnKnowsOnlyItsEntries() {
    DocumentCodeBook small = DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of());
    assertThat(small.typeOf(DocumentSymbol.parse("12-BC/VPTU"))).contains(DocumentCodeBook.REPORT);
    assertThat(small.issuerOf(DocumentSymbol.parse("12-BC/VPTU"))).isEmpty();
    assertThat(small.typeOf(DocumentSymbol.parse("12-KH/VPTU"))).isEmpty();
    assertThat(small).hasToString("DocumentCodeBook[1 types, 0 issuers]");
    assertThat(small).isEqualTo(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of()));
    assertThat(small.hashCode()).isEqualTo(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of()).hashCode());
    assertThat(small).isNotEqualTo(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of(DocumentCodeBook.GOVERNMENT)));
    assertThat(small).isNotEqualTo(DocumentCodeBook.of(List.of(), List.of()));
    assertThat(small).isNotEqualTo("DocumentCodeBook");
  }

  @Test
  void codesAreFoundInNfd() {
    String nfd = Normalizer.normalize("CTHĐ", Normalizer.Form.NFD);
    assertThat(BOOK.type(DocumentSystem.PARTY, nfd)).contains(DocumentCodeBook.ACTION_PROGRAMME);
    LegalBasis basis = LegalBasis.of(Instrument.of("Quy chế", LocalDate.of(2020, 1, 1)), "Điều 1");
    DocumentType type = DocumentType.of(DocumentSystem.PARTY, Normalizer.normalize("BÁO", Normalizer.Form.NFD),
        Normalizer.normalize("Báo", Normalizer.Form.NFD), "Bao", basis);
    assertThat(type.code()).isEqualTo("BÁO");
    assertThat(type.vietnameseName()).isEqualTo("Báo");
    assertThat(BOOK.with(type).type(DocumentSystem.PARTY, "BÁO")).contains(type);
  }

  @Test
  void aReplacementIsLoggedAtDebugAndAnAdditionIsNot() {
    LegalBasis quyChe = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 3");
    DocumentType ownReport = DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", quyChe);
    assertThat(stderrOf(() -> BOOK.with(ownReport))).contains("DEBUG").contains("document type " + ownReport
        + " replaces " + DocumentCodeBook.REPORT);
    assertThat(stderrOf(() -> BOOK.with(DocumentType.of(DocumentSystem.PARTY, "XYZ", "Mới", "New", quyChe))))
        .isEmpty();
    Issuer ownOffice = Issuer.of(DocumentSystem.PARTY, "VPTU", "Văn phòng Tỉnh ủy", "Office", quyChe);
    assertThat(stderrOf(() -> BOOK.with(ownOffice))).contains("issuer " + ownOffice + " replaces "
        + DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE);
    assertThat(stderrOf(() -> BOOK.with(Issuer.of(DocumentSystem.PARTY, "XYZ", "Mới", "New", quyChe)))).isEmpty();
    assertThat(stderrOf(() -> BOOK.with(DocumentCodeBook.REPORT).with(DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)))
        .as("the same entry again replaces nothing")
        .isEmpty();
  }

  private static String stderrOf(Runnable action) {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void distinctBooksHaveDistinctHashCodes() {
    assertThat(BOOK.hashCode()).isNotEqualTo(DocumentCodeBook.of(List.of(), List.of()).hashCode());
    assertThat(DocumentCodeBook.of(List.of(DocumentCodeBook.REPORT), List.of()).hashCode())
        .isNotEqualTo(DocumentCodeBook.of(List.of(), List.of(DocumentCodeBook.GOVERNMENT)).hashCode());
  }
}
