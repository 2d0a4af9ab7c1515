package io.github.vanphong.document;

import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;

/** Small named fixtures of the document tests: the office of a provincial committee and a report it drafts. */
final class DocumentFixtures {

  static final DraftId DRAFT = DraftId.of("VPTU-DT-2016-014");
  static final PersonId DRAFTER = PersonId.of("HG-CV-01");
  static final PersonId CHIEF = PersonId.of("HG-CVP");
  static final PersonId SIGNER = PersonId.of("HG-PBTTT");
  static final PersonId CLERK = PersonId.of("HG-VT-01");

  private DocumentFixtures() {}

  /** The form of a report of Văn phòng Tỉnh ủy that passes every format rule. */
  static DocumentForm goodReport() {
    return DocumentForm.template(DocumentCodeBook.REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)
        .superiorBody("TỈNH ỦY HẬU GIANG")
        .place("Vị Thanh")
        .summary("Kết quả giao ban công tác văn phòng cấp ủy năm 2015")
        .signingAuthority("K/T CHÁNH VĂN PHÒNG")
        .signerTitle("PHÓ CHÁNH VĂN PHÒNG")
        .signerName("Nguyễn Văn A")
        .addRecipients("Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy")
        .build();
  }

  /** The register of Văn phòng Tỉnh ủy for the term after the congress that closed on 2015-10-15 (as a fixture). */
  static OutgoingRegister officeRegister() {
    return OutgoingRegister.forPartyTerm(
        DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE, OutgoingRegister.termAfterCongress(LocalDate.of(2015, 10, 15)));
  }

  static LocalDate march(int day) {
    return LocalDate.of(2016, 3, day);
  }

  /** A report drafted on 2016-03-01. */
  static Draft draftedReport() {
    return Draft.start(
        DRAFT, DocumentCodeBook.REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE, goodReport(), march(1), DRAFTER);
  }
}
