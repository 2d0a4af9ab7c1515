package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DocumentFormTest {

  @Test
  void theTemplateWritesWhatFollowsFromTypeAndIssuer() {
    DocumentForm.Builder b =
        DocumentForm.template(DocumentCodeBook.PLAN, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE);
    DocumentForm f = b.place("").summary("").signerTitle("").signerName("").build();
    assertThat(f.heading()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM").isEqualTo(DocumentForm.PARTY_HEADING);
    assertThat(f.issuingBody()).isEqualTo("VĂN PHÒNG TỈNH ỦY");
    assertThat(f.symbolLine()).isEqualTo("Số -KH/VPTU");
    assertThat(f.typeName()).contains("KẾ HOẠCH");
    assertThat(f.secrecy()).isEqualTo(Secrecy.NONE);
    assertThat(f.recipients()).isEmpty();
  }

  @Test
  void aFormKeepsWhatWasWrittenInNfcEvenWhenWrong() {
    String nfd = Normalizer.normalize("Đảng Cộng sản Việt Nam", Normalizer.Form.NFD);
    DocumentForm f =
        DocumentForm.builder().heading(nfd).superiorBody(nfd).issuingBody(nfd).symbolLine(nfd).place(nfd)
            .typeName(nfd).summary(nfd).signingAuthority(nfd).signerTitle(nfd).signerName(nfd).addRecipients(nfd)
            .build();
    String nfc = "Đảng Cộng sản Việt Nam";
    assertThat(f.heading()).isEqualTo(nfc);
    assertThat(f.superiorBody()).contains(nfc);
    assertThat(f.issuingBody()).isEqualTo(nfc);
    assertThat(f.symbolLine()).isEqualTo(nfc);
    assertThat(f.place()).isEqualTo(nfc);
    assertThat(f.typeName()).contains(nfc);
    assertThat(f.summary()).isEqualTo(nfc);
    assertThat(f.signingAuthority()).contains(nfc);
    assertThat(f.signerTitle()).isEqualTo(nfc);
    assertThat(f.signerName()).isEqualTo(nfc);
    assertThat(f.recipients()).containsExactly(nfc);
    assertThat(DocumentForm.builder().from(f).build()).isEqualTo(f);
  }

  @Test
  void eachFieldInNfdAloneIsNormalised() {
    String nfd = Normalizer.normalize("Ủy", Normalizer.Form.NFD);
    DocumentForm base = DocumentFixtures.goodReport();
    assertThat(DocumentForm.builder().from(base).signerName(nfd).build().signerName()).isEqualTo("Ủy");
    assertThat(DocumentForm.builder().from(base).addRecipients(nfd).build().recipients()).contains("Ủy");
    assertThat(DocumentForm.builder().from(base).signingAuthority(nfd).build().signingAuthority()).contains("Ủy");
    assertThat(DocumentForm.builder().from(base).typeName(nfd).build().typeName()).contains("Ủy");
    assertThat(DocumentForm.builder().from(base).superiorBody(nfd).build().superiorBody()).contains("Ủy");
  }
}
