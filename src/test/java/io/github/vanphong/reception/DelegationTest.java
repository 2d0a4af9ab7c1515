package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.people;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.PetitionerKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationTest {

  private static final List<Identity> TWELVE = people(12);

  @Test
  void aDelegationCountsItsPeopleRepresentativesAndSignatories() {
    Delegation named = Delegation.of(12, TWELVE.subList(0, 5)).appointedInWriting(TWELVE);
    assertThat(named.headcount()).isEqualTo(12);
    assertThat(named.representatives()).isEqualTo(5);
    assertThat(named.signatories()).isEqualTo(12);
    assertThat(named.isAppointedInWriting()).isTrue();
    assertThat(named.isSignedByAll()).isTrue();
    assertThat(named.representativesNotAmongSignatories()).isZero();
    assertThat(named.petitioners().kind()).isEqualTo(PetitionerKind.DELEGATION);
    assertThat(named.petitioners().count()).isEqualTo(12);
  }

  @Test
  void aRepresentativeWhoDidNotSignIsNotShownAmongThePetitioners() {
    List<Identity> signed = new ArrayList<>(TWELVE.subList(2, 12));
    Delegation named = Delegation.of(12, TWELVE.subList(0, 3)).appointedInWriting(signed);
    assertThat(named.representativesNotAmongSignatories()).isEqualTo(2);
    assertThat(named.isSignedByAll()).isFalse();
    Delegation unnamed = Delegation.of(12, TWELVE.subList(0, 3));
    assertThat(unnamed.representativesNotAmongSignatories()).isEqualTo(3);
    assertThat(unnamed.signatories()).isZero();
  }

  @Test
  void aDelegationIsRefusedWithoutRepresentativesWithOneTwiceOrWithMoreThanItsHeadcount() {
    assertThatThrownBy(() -> Delegation.of(5, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Delegation.of(5, List.of(TWELVE.get(0), TWELVE.get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("given twice")
        .hasMessageNotContaining(TWELVE.get(0).fullName());
    assertThatThrownBy(() -> Delegation.of(2, TWELVE.subList(0, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("headcount of 2");
    Delegation five = Delegation.of(5, TWELVE.subList(0, 2));
    assertThatThrownBy(() -> five.appointedInWriting(TWELVE.subList(0, 6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 5");
    assertThatThrownBy(() -> five.appointedInWriting(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> five.appointedInWriting(List.of(TWELVE.get(0), TWELVE.get(0))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(five.isAppointedInWriting()).as("left as it was").isFalse();
  }

  @Test
  void theRedactedCopyKeepsTheCountsAndNoIdentity() {
    Delegation named = Delegation.of(12, TWELVE.subList(0, 6)).appointedInWriting(TWELVE.subList(1, 12));
    Delegation redacted = named.redacted();
    assertThat(redacted.isRedacted()).isTrue();
    assertThat(redacted.redacted()).isSameAs(redacted);
    assertThat(redacted.representativesNotAmongSignatories()).isEqualTo(1);
    assertThat(redacted.signatories()).isEqualTo(11);
    assertThat(redacted.petitioners().isIdentified()).isFalse();
    assertThatThrownBy(() -> redacted.appointedInWriting(TWELVE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theReadableFormShowsCountsOnly() {
    Delegation named = Delegation.of(12, TWELVE.subList(0, 6)).appointedInWriting(TWELVE.subList(1, 12));
    assertThat(named).hasToString("Delegation[12 people, 6 representatives, named in writing signed by 11, 1 not signing]");
    assertThat(Delegation.of(7, TWELVE.subList(0, 1)).redacted())
        .hasToString("Delegation[7 people, 1 representative, not named in writing, redacted]");
  }

  @Test
  void equalityCoversEveryCount() {
    new EqualsTester()
        .addEqualityGroup(Delegation.of(7, TWELVE.subList(0, 2)), Delegation.of(7, TWELVE.subList(0, 2)))
        .addEqualityGroup(Delegation.of(8, TWELVE.subList(0, 2)))
        .addEqualityGroup(Delegation.of(7, TWELVE.subList(0, 2)).appointedInWriting(TWELVE.subList(0, 7)))
        .addEqualityGroup(Delegation.of(7, TWELVE.subList(0, 2)).redacted())
        .testEquals();
  }
}
