package io.github.vanphong.election;

import static io.github.vanphong.election.ResultFixtures.AN;
import static io.github.vanphong.election.ResultFixtures.BINH;
import static io.github.vanphong.election.ResultFixtures.CUONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotTest {

  @Test
  void aBallotWithEveryNameStruckIsInvalid() {
    BallotValidity validity = Ballot.of(3, Set.of()).validity();
    assertThat(validity.isValid()).isFalse();
    assertThat(validity.grounds()).containsExactly(BallotGround.ALL_NAMES_STRUCK);
    assertThat(validity.has(BallotGround.ALL_NAMES_STRUCK)).isTrue();
    assertThat(validity).hasToString("invalid: ALL_NAMES_STRUCK");
  }

  @Test
  void aBallotKeepingMoreNamesThanSeatsIsInvalid() {
    assertThat(Ballot.of(2, Set.of(AN, BINH, CUONG)).validity().grounds())
        .containsExactly(BallotGround.MORE_NAMES_THAN_SEATS);
  }

  @Test
  void aBallotWithoutTheStampIsInvalid() {
    assertThat(Ballot.builder().seats(2).addKept(AN).stamped(false).build().validity().grounds())
        .containsExactly(BallotGround.NO_STAMP);
  }

  @Test
  void aBallotNotOfThePrescribedFormIsInvalid() {
    assertThat(Ballot.builder().seats(2).addKept(AN).prescribedForm(false).build().validity().grounds())
        .containsExactly(BallotGround.NOT_PRESCRIBED_FORM);
  }

  @Test
  void aBallotWithANameOrContentAddedIsInvalid() {
    assertThat(Ballot.builder().seats(2).addKept(AN).contentAdded(true).build().validity().grounds())
        .containsExactly(BallotGround.CONTENT_ADDED);
  }

  @Test
  void everyGroundFoundIsReportedAtOnce() {
    Ballot ballot =
        Ballot.builder().seats(1).prescribedForm(false).stamped(false).contentAdded(true).build();
    assertThat(ballot.validity().grounds())
        .containsExactly(
            BallotGround.NOT_PRESCRIBED_FORM,
            BallotGround.NO_STAMP,
            BallotGround.ALL_NAMES_STRUCK,
            BallotGround.CONTENT_ADDED);
    assertThat(ballot).hasToString("ballot of 1 seats keeping no name, not of the form, not stamped, content added");
  }

  @Test
  void aProperBallotKeepingUpToTheSeatsIsValid() {
    Ballot ballot = Ballot.of(3, Set.of(AN, BINH, CUONG));
    assertThat(ballot.validity()).isEqualTo(BallotValidity.valid()).hasToString("valid");
    assertThat(ballot.validity().isValid()).isTrue();
    assertThat(BallotValidity.of(Set.of())).isSameAs(BallotValidity.valid());
    assertThat(BallotValidity.of(EnumSet.of(BallotGround.NO_STAMP)))
        .isEqualTo(BallotValidity.of(Set.of(BallotGround.NO_STAMP)))
        .hasSameHashCodeAs(BallotValidity.of(Set.of(BallotGround.NO_STAMP)));
  }

  @Test
  void aBallotIsOfAConstituencyOfOneSeatOrMore() {
    assertThatThrownBy(() -> Ballot.of(0, Set.of(AN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 seat or more");
  }

  @Test
  void everyGroundCitesArticle74Verified() {
    for (BallotGround ground : BallotGround.values()) {
      assertThat(ground.basis().article()).startsWith("Điều 74, khoản 1, điểm ");
      assertThat(ground.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
      assertThat(ground.citation()).contains(ground.basis().citation());
    }
  }
}
