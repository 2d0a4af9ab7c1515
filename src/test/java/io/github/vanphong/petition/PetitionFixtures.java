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

  /** At the inspection committee, the competent Party body: eligible, within competence, under the Party's rules. */
  static Classification partyChannelWithin() {
    return Classification.builder()
        .addTopics(Topic.PARTY_DISCIPLINE)
        .competent(true)
        .recipient(Recipient.INSPECTION_COMMITTEE)
        .procedure(Procedure.PARTY_RULES)
        .build();
  }

  static Classification withDefects(ProcessingDefect... defects) {
    return Classification.builder()
        .defects(Set.of(defects))
        .competent(false)
        .recipient(Recipient.RECEPTION_BOARD)
        .build();
  }

  // ---- classification ------------------------------------------------------------------------------------------

  /** A day under Thông tư 05/2021/TT-TTCP and Luật Tố cáo as read: Monday 2022-03-07. */
  static final LocalDate IN_2022 = LocalDate.of(2022, 3, 7);

  /** A petition of a kind, received on a day, from the given petitioners, about the given subject. */
  static Petition petition(PetitionKind kind, LocalDate received, Petitioners petitioners, Subject subject) {
    return Petition.receive(
        intake("P-" + received.getYear() + "-0107", kind, received).petitioners(petitioners).subject(subject).build(),
        CLERK);
  }

  /** A petition of a kind from one named person about an official, received on a day. */
  static Petition petition(PetitionKind kind, LocalDate received) {
    return petition(kind, received, Petitioners.one(denouncer()), Subject.of(SubjectKind.OFFICIAL, "cán bộ địa chính"));
  }

  /** A denunciation with no identifiable denouncer, received on a day. */
  static Petition anonymousDenunciation(LocalDate received) {
    return petition(
        PetitionKind.DENUNCIATION, received, Petitioners.anonymous(), Subject.of(SubjectKind.OFFICIAL, "cán bộ thuế"));
  }

  /** A named denunciation of the party member {@link #MEMBER}, received on a day. */
  static Petition denunciationOfMember(LocalDate received) {
    return petition(
        PetitionKind.DENUNCIATION,
        received,
        Petitioners.one(denouncer()),
        Subject.partyMember(MEMBER, "vi phạm quy định về những điều đảng viên không được làm"));
  }

  /** Facts of a letter in order, within the receiving unit's competence unless changed. */
  static LetterFacts.Builder facts() {
    LetterFacts.Builder builder = LetterFacts.builder();
    builder.withinCompetence(true);
    return builder;
  }

  /**
   * The standard book's rule carried over to the amended petition laws from 2026-07-01, by the name of the rule it
   * carries: {@code carriedOver("DENUNCIATION_RESOLUTION")} is {@code DENUNCIATION_RESOLUTION_FROM_2026}.
   */
  static PetitionTimeLimit carriedOver(String name) {
    return (PetitionTimeLimit) PetitionRuleBook.standard().rule(name + "_FROM_2026").orElseThrow();
  }
}
