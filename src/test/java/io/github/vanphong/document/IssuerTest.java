package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssuerTest {

  private static final LegalBasis BASIS = LegalBasis.of(Instrument.of("Quy chế", LocalDate.of(2020, 1, 1)), "Điều 1");

  @Test
  void anIssuerHasItsCodeAndNames() {
    Issuer office = DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
    assertThat(office.code()).isEqualTo("VPTU");
    assertThat(office.vietnameseName()).isEqualTo("Văn phòng Tỉnh ủy");
    assertThat(office.englishName()).isEqualTo("Office of the Provincial Party Committee");
    assertThat(office).hasToString("VPTU (Party document: Văn phòng Tỉnh ủy)");
  }

  @Test
  void anIssuerNeedsACodeOfItsFormAndBothNames() {
    assertThatThrownBy(() -> Issuer.of(DocumentSystem.PARTY, "1TU", "Tỉnh ủy", "Committee", BASIS))
        .hasMessageContaining("an issuer code is one or more parts");
    assertThatThrownBy(() -> Issuer.of(DocumentSystem.PARTY, "TU", "", "Committee", BASIS))
        .hasMessage("an issuer needs a Vietnamese name: code 'TU'");
    assertThatThrownBy(() -> Issuer.of(DocumentSystem.PARTY, "TU", "Tỉnh ủy", " ", BASIS))
        .hasMessage("an issuer needs an English name: code 'TU'");
  }

  @Test
  void codesAndNamesAreKeptInNfc() {
    Issuer i = Issuer.of(DocumentSystem.STATE, Normalizer.normalize("UBNDỦY-VP", Normalizer.Form.NFD),
        Normalizer.normalize("Ủy ban", Normalizer.Form.NFD), "Committee", BASIS);
    assertThat(i.code()).isEqualTo("UBNDỦY-VP");
    assertThat(i.vietnameseName()).isEqualTo("Ủy ban");
  }
}
