package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.UBKT;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.denunciation;
import static io.github.vanphong.reception.ReceptionFixtures.people;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatterTest {

  @Test
  void aMatterBecomesAPetitionReceivedInPersonWithTheSameId() {
    Intake intake = denunciation("P-2016-0007").intakeAt(LocalDate.of(2016, 3, 10), UnitId.of("HG-VPTU"));
    assertThat(intake.id()).isEqualTo(PetitionId.of("P-2016-0007"));
    assertThat(intake.channel()).isEqualTo(Channel.IN_PERSON);
    assertThat(intake.received()).isEqualTo(LocalDate.of(2016, 3, 10));
    assertThat(intake.receivingUnit()).isEqualTo(UnitId.of("HG-VPTU"));
    assertThat(intake.summary()).isEqualTo(denunciation("P-2016-0007").summary());
  }

  @Test
  void aMatterGuidedOrForwardedNamesTheBodyAndOnlySuchAMatterDoes() {
    assertThat(denunciation("P-1").withinCompetence()).isFalse();
    assertThat(complaint("P-2").withinCompetence()).isTrue();
    assertThatThrownBy(() -> Matter.builder().from(denunciation("P-3")).destination(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P-3")
        .hasMessageContaining("no body");
    assertThatThrownBy(() -> Matter.builder().from(complaint("P-4")).destination(UBKT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ACCEPTED");
  }

  @Test
  void aMattersTextsAreNotBlank() {
    assertThatThrownBy(() -> Matter.builder().from(complaint("P-5")).summary(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("summary");
    assertThatThrownBy(() -> Matter.builder().from(complaint("P-6")).notes("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P-6");
  }

  @Test
  void aDelegationsMatterIsBroughtByTheDelegationsPetitioners() {
    Delegation seven = Delegation.of(7, people(7).subList(0, 2)).appointedInWriting(people(7));
    Matter matter = Matter.builder().from(complaint("P-7")).byDelegation(seven).build();
    assertThat(matter.petitioners()).isEqualTo(seven.petitioners());
    assertThat(matter.delegation()).contains(seven);
    assertThatThrownBy(() -> Matter.builder().from(matter).petitioners(Petitioners.anonymous()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("byDelegation");
  }

  @Test
  void theRedactedCopyKeepsEverythingButTheIdentities() {
    Delegation seven = Delegation.of(7, people(7).subList(0, 2)).appointedInWriting(people(7));
    Matter matter = Matter.builder().from(complaint("P-8")).byDelegation(seven).build();
    Matter redacted = matter.redacted();
    assertThat(redacted.petitioners().isRedacted()).isTrue();
    assertThat(redacted.delegation().orElseThrow().isRedacted()).isTrue();
    assertThat(redacted.redacted()).isSameAs(redacted);
    assertThat(redacted.summary()).isEqualTo(matter.summary());
  }

  @Test
  void theReadableFormShowsTheOpenFactsOnly() {
    assertThat(denunciation("P-2016-0007"))
        .hasToString("Matter[P-2016-0007 DENUNCIATION by ONE_PERSON(1), FORWARDED to HG-UBKT]");
    assertThat(complaint("P-9").toString()).doesNotContain("Trương Thị Ngọc Diễm");
  }
}
