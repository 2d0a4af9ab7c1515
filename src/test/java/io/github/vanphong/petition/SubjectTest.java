package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import org.junit.jupiter.api.Test;

class SubjectTest {

  @Test
  void aSubjectHasAKindAndADescription() {
    Subject subject = Subject.of(SubjectKind.ADMINISTRATIVE_DECISION, "Quyết định số 125/QĐ-UBND");

    assertThat(subject.kind()).isEqualTo(SubjectKind.ADMINISTRATIVE_DECISION);
    assertThat(subject.description()).isEqualTo("Quyết định số 125/QĐ-UBND");
    assertThat(subject.person()).isEmpty();
    assertThat(subject.unit()).isEmpty();
  }

  @Test
  void aPartyMemberIsIdentifiedByAPersonId() {
    Subject subject = Subject.partyMember(PersonId.of("HG-DV-0421"), "vi phạm quy định về kê khai tài sản");

    assertThat(subject.kind()).isEqualTo(SubjectKind.PARTY_MEMBER);
    assertThat(subject.person()).contains(PersonId.of("HG-DV-0421"));
    assertThat(subject.unit()).isEmpty();
  }

  @Test
  void aUnitIsTheSubjectOrTheAuthorOfTheDecision() {
    Subject subject = Subject.ofUnit(SubjectKind.ADMINISTRATIVE_ACT, UnitId.of("VT-UBND"), "chậm giải quyết hồ sơ");

    assertThat(subject.kind()).isEqualTo(SubjectKind.ADMINISTRATIVE_ACT);
    assertThat(subject.unit()).contains(UnitId.of("VT-UBND"));
    assertThat(subject.person()).isEmpty();
  }

  @Test
  void aSubjectNeedsADescription() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Subject.of(SubjectKind.POLICY, "  "))
        .withMessage("a petition's subject needs a description; POLICY has a blank one");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Subject.partyMember(PersonId.of("HG-DV-0421"), ""))
        .withMessageContaining("PARTY_MEMBER");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Subject.ofUnit(SubjectKind.UNIT, UnitId.of("VT-UBND"), "\n"))
        .withMessageContaining("UNIT");
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> Subject.of(null, "Quyết định số 125/QĐ-UBND"));
    assertThatNullPointerException().isThrownBy(() -> Subject.of(SubjectKind.OTHER, null));
    assertThatNullPointerException().isThrownBy(() -> Subject.partyMember(null, "vi phạm"));
    assertThatNullPointerException().isThrownBy(() -> Subject.ofUnit(SubjectKind.UNIT, null, "vi phạm"));
  }

  @Test
  void subjectsAreEqualByTheirFacts() {
    assertThat(Subject.of(SubjectKind.OTHER, "a")).isEqualTo(Subject.of(SubjectKind.OTHER, "a"));
    assertThat(Subject.of(SubjectKind.OTHER, "a")).isNotEqualTo(Subject.of(SubjectKind.POLICY, "a"));
    assertThat(Subject.of(SubjectKind.UNIT, "a"))
        .isNotEqualTo(Subject.ofUnit(SubjectKind.UNIT, UnitId.of("VT-UBND"), "a"));
  }
}
