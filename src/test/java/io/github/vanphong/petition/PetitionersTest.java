package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetitionersTest {

  private static Identity person(String name) {
    return Identity.builder().fullName(name).address("Số 12, đường Hòa Bình, phường 5, Vị Thanh").build();
  }

  private static final Identity A = person("Phan Minh Khánh");
  private static final Identity B = person("Đoàn Thị Thắm");
  private static final Identity C = person("Lương Quốc Trọng");

  @Test
  void everyKindHasItsNumberOfPetitioners() {
    assertThat(Petitioners.one(A).kind()).isEqualTo(PetitionerKind.ONE_PERSON);
    assertThat(Petitioners.one(A).count()).isEqualTo(1);
    assertThat(Petitioners.signatories(List.of(A, B, C)).kind()).isEqualTo(PetitionerKind.SIGNATORIES);
    assertThat(Petitioners.signatories(List.of(A, B, C)).count()).isEqualTo(3);
    assertThat(Petitioners.delegation(List.of(A, B), 40).kind()).isEqualTo(PetitionerKind.DELEGATION);
    assertThat(Petitioners.delegation(List.of(A, B), 40).count()).isEqualTo(40);
    assertThat(Petitioners.anonymous().kind()).isEqualTo(PetitionerKind.ANONYMOUS);
    assertThat(Petitioners.anonymous().count()).isEqualTo(1);
    assertThat(Petitioners.falseName(A).kind()).isEqualTo(PetitionerKind.FALSE_NAME);
    assertThat(Petitioners.falseName(A).count()).isEqualTo(1);
  }

  @Test
  void theIdentitiesAreKeptForTheExplicitRevealOnly() {
    assertThat(Petitioners.signatories(List.of(A, B)).identities()).containsExactly(A, B);
    assertThat(Petitioners.delegation(List.of(C), 12).identities()).containsExactly(C);
    assertThat(Petitioners.falseName(A).identities()).containsExactly(A);
    assertThat(Petitioners.anonymous().identities()).isEmpty();
  }

  @Test
  void aLetterOfSeveralSignatoriesHasTwoOrMore() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Petitioners.signatories(List.of(A)))
        .withMessage("a letter of several signatories has two or more; 1 were given");
    assertThatIllegalArgumentException().isThrownBy(() -> Petitioners.signatories(List.of()));
  }

  @Test
  void aDelegationSpeaksThroughRepresentativesAndCountsThem() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Petitioners.delegation(List.of(), 20))
        .withMessage("a delegation speaks through one or more representatives; none was given");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Petitioners.delegation(List.of(A, B, C), 2))
        .withMessage("a delegation counts at least its 3 representatives; a headcount of 2 was given");
    assertThat(Petitioners.delegation(List.of(A, B, C), 3).count()).isEqualTo(3);
  }

  @Test
  void nullsAreRefused() {
    assertThatNullPointerException().isThrownBy(() -> Petitioners.one(null));
    assertThatNullPointerException().isThrownBy(() -> Petitioners.falseName(null));
    List<Identity> withNull = new ArrayList<>();
    withNull.add(A);
    withNull.add(null);
    assertThatNullPointerException().isThrownBy(() -> Petitioners.signatories(withNull));
  }

  @Test
  void theListGivenIsCopied() {
    List<Identity> signatories = new ArrayList<>(List.of(A, B));
    Petitioners petitioners = Petitioners.signatories(signatories);
    signatories.add(C);

    assertThat(petitioners.count()).isEqualTo(2);
    assertThat(petitioners.identities()).containsExactly(A, B);
  }

  @Test
  void theRedactedCopyKeepsTheKindAndNumberAndNobody() {
    Petitioners petitioners = Petitioners.delegation(List.of(A, B), 40);
    Petitioners redacted = petitioners.redacted();

    assertThat(redacted.kind()).isEqualTo(PetitionerKind.DELEGATION);
    assertThat(redacted.count()).isEqualTo(40);
    assertThat(redacted.identities()).isEmpty();
    assertThat(redacted.isRedacted()).isTrue();
    assertThat(redacted.redacted()).isSameAs(redacted);
    assertThat(petitioners.isRedacted()).isFalse();
    assertThat(petitioners.identities()).containsExactly(A, B);
    assertThat(redacted).isNotEqualTo(petitioners);
  }

  @Test
  void onlyNamedPetitionersInACopyNotRedactedAreIdentified() {
    assertThat(Petitioners.one(A).isIdentified()).isTrue();
    assertThat(Petitioners.signatories(List.of(A, B)).isIdentified()).isTrue();
    assertThat(Petitioners.delegation(List.of(A), 5).isIdentified()).isTrue();
    assertThat(Petitioners.anonymous().isIdentified()).isFalse();
    assertThat(Petitioners.falseName(A).isIdentified()).isFalse();
    assertThat(Petitioners.one(A).redacted().isIdentified()).isFalse();
  }

  @Test
  void theTextShowsTheKindAndTheNumberOnly() {
    assertThat(Petitioners.signatories(List.of(A, B, C))).hasToString("SIGNATORIES(3)");
    assertThat(Petitioners.signatories(List.of(A, B, C)).redacted()).hasToString("SIGNATORIES(3, redacted)");
    assertThat(Petitioners.one(A).toString()).doesNotContain("Phan");
  }

  @Test
  void petitionersAreEqualByKindNumberRedactionAndIdentities() {
    assertThat(Petitioners.one(A)).isEqualTo(Petitioners.one(A)).hasSameHashCodeAs(Petitioners.one(A));
    assertThat(Petitioners.one(A)).isNotEqualTo(Petitioners.one(B));
    assertThat(Petitioners.one(A)).isNotEqualTo(Petitioners.falseName(A));
    assertThat(Petitioners.delegation(List.of(A), 5)).isNotEqualTo(Petitioners.delegation(List.of(A), 6));
    assertThat(Petitioners.one(A).redacted()).isEqualTo(Petitioners.one(B).redacted());
    assertThat(Petitioners.anonymous()).isNotEqualTo(Petitioners.anonymous().redacted());
    assertThat(Petitioners.anonymous()).isNotEqualTo("ANONYMOUS(1)");
    assertThat(Petitioners.one(A).hashCode()).isNotEqualTo(Petitioners.one(B).hashCode());
  }
}
