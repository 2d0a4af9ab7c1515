package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  private static final LegalBasis BASIS = LegalBasis.of(Instrument.of("Quy chế", LocalDate.of(2020, 1, 1)), "Điều 1");

  @Test
  void aTypeHasItsCodeNamesAndTheNameInCapitalsForTheHeader() {
    DocumentType report = DocumentCodeBook.REPORT;
    assertThat(report.system()).isEqualTo(DocumentSystem.PARTY);
    assertThat(report.code()).isEqualTo("BC");
    assertThat(report.typeName()).isEqualTo("BÁO CÁO");
    assertThat(DocumentCodeBook.REGULATION.typeName()).isEqualTo("QUY ĐỊNH");
    assertThat(report.displayName(Locale.ENGLISH)).isEqualTo("Report");
    assertThat(report).hasToString("BC (Party document: Báo cáo)");
  }

  @Test
  void aTypeNeedsALetterCodeAndBothNames() {
    assertThatThrownBy(() -> DocumentType.of(DocumentSystem.PARTY, "B1", "Báo cáo", "Report", BASIS))
        .hasMessageContaining("a type code is one or more letters");
    assertThatThrownBy(() -> DocumentType.of(DocumentSystem.PARTY, "BC", " ", "Report", BASIS))
        .hasMessage("a document type needs a Vietnamese name: code 'BC'");
    assertThatThrownBy(() -> DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "", BASIS))
        .hasMessage("a document type needs an English name: code 'BC'");
  }

  @Test
  void typesAreEqualByEveryAttribute() {
    DocumentType a = DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", BASIS);
    assertThat(a).isEqualTo(DocumentType.of(DocumentSystem.PARTY, "BC", "Báo cáo", "Report", BASIS));
    assertThat(a).isNotEqualTo(DocumentType.of(DocumentSystem.STATE, "BC", "Báo cáo", "Report", BASIS));
    assertThat(a).isNotEqualTo(DocumentCodeBook.REPORT);
  }
}
