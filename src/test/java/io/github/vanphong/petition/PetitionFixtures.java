package io.github.vanphong.petition;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Set;

/** Small named petitions and people for the petition tests. */
final class PetitionFixtures {

  static final UnitId PROVINCIAL_OFFICE = UnitId.of("HG-VPTU");
  static final UnitId INSPECTION_COMMITTEE = UnitId.of("HG-UBKT");
  static final UnitId PEOPLES_COMMITTEE = UnitId.of("HG-UBND");
  static final PersonId CLERK = PersonId.of("HG-VP-012");
  static final PersonId CHIEF = PersonId.of("HG-VP-001");
  static final PersonId MEMBER = PersonId.of("HG-DV-0421");

  private PetitionFixtures() {}

  static Identity denouncer() {
    return Identity.builder()
        .fullName("Trần Thị Bảo Ngọc")
        .address("Số 9, đường Ba Mươi Tháng Tư, phường 1, Vị Thanh")
        .contact("0913 555 127")
        .idNumber("363000111222")
        .handwriting("mat/2016/0042-but-tich.pdf")
        .build();
  }

  static Intake.Builder intake(String id, PetitionKind kind, LocalDate received) {
    return Intake.builder()
        .id(PetitionId.of(id))
        .received(received)
        .channel(Channel.POST)
        .kind(kind)
        .petitioners(Petitioners.one(denouncer()))
        .subject(Subject.of(SubjectKind.OFFICIAL, "việc cấp đất tại xã Hỏa Tiến"))
        .summary("tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận")
        .receivingUnit(PROVINCIAL_OFFICE);
  }

  /** The denunciation received on Friday 2016-03-04 by the provincial office. */
  static Petition denunciationOf2016() {
    return Petition.receive(intake("P-2016-0042", PetitionKind.DENUNCIATION, LocalDate.of(2016, 3, 4)).build(), CLERK);
  }

  static Classification eligibleWithin() {
    return Classification.builder()
        .addTopics(Topic.INTERNAL_AFFAIRS)
        .competent(true)
        .recipient(Recipient.PARTY_COMMITTEE_OFFICE)
        .build();
  }

  static Classification eligibleOutside(Recipient recipient, Procedure procedure) {
    return Classification.builder()
        .addTopics(Topic.PARTY_DISCIPLINE)
        .competent(false)
        .recipient(recipient)
        .procedure(procedure)
        .build();
  }

  static Classification withDefects(ProcessingDefect... defects) {
    return Classification.builder()
        .defects(Set.of(defects))
        .competent(false)
        .recipient(Recipient.RECEPTION_BOARD)
        .build();
  }
}
