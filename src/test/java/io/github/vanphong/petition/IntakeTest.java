package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.Level;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntakeTest {

  private static Intake.Builder denunciation() {
    return PetitionFixtures.intake("P-2016-0042", PetitionKind.DENUNCIATION, LocalDate.of(2016, 3, 4));
  }

  @Test
  void anIntakeHoldsWhatWasReceived() {
    Intake intake = denunciation().addLinks(Link.of(LinkKind.REPEAT, PetitionId.of("P-2015-0311"))).build();

    assertThat(intake.id()).isEqualTo(PetitionId.of("P-2016-0042"));
    assertThat(intake.received()).isEqualTo(LocalDate.of(2016, 3, 4));
    assertThat(intake.channel()).isEqualTo(Channel.POST);
    assertThat(intake.kind()).isEqualTo(PetitionKind.DENUNCIATION);
    assertThat(intake.petitioners().kind()).isEqualTo(PetitionerKind.ONE_PERSON);
    assertThat(intake.receivingUnit()).isEqualTo(PetitionFixtures.PROVINCIAL_OFFICE);
    assertThat(intake.links()).containsExactly(Link.of(LinkKind.REPEAT, PetitionId.of("P-2015-0311")));
  }

  @Test
  void theAreaIsOrdinaryAndTheLevelUnknownUnlessGiven() {
    Intake intake = denunciation().build();
    assertThat(intake.area()).isEqualTo(AreaType.ORDINARY);
    assertThat(intake.level()).isEmpty();

    Intake remote = denunciation().area(AreaType.REMOTE).level(Level.PROVINCIAL).build();
    assertThat(remote.area()).isEqualTo(AreaType.REMOTE);
    assertThat(remote.level()).contains(Level.PROVINCIAL);
  }

  @Test
  void anIntakeNeedsASummary() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> denunciation().summary(" ").build())
        .withMessage("petition P-2016-0042 needs a summary of its content; it is blank");
  }

  @Test
  void anIntakeNeedsEveryFactOfItsReceipt() {
    assertThatThrownBy(() -> Intake.builder().id(PetitionId.of("P-2016-0042")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("received")
        .hasMessageContaining("petitioners");
    assertThatNullPointerException().isThrownBy(() -> denunciation().petitioners(null));
  }

  @Test
  void withOtherPetitionersGivesACopyAndLeavesTheIntake() {
    Intake intake = denunciation().build();
    Intake redacted = intake.withPetitioners(intake.petitioners().redacted());

    assertThat(redacted.petitioners().isRedacted()).isTrue();
    assertThat(intake.petitioners().isRedacted()).isFalse();
    assertThat(redacted).isNotEqualTo(intake);
    assertThat(redacted.id()).isEqualTo(intake.id());
    assertThat(redacted.summary()).isEqualTo(intake.summary());
  }

  @Test
  void theTextOfAnIntakeShowsThePetitionersKindOnly() {
    Intake intake = denunciation().build();

    assertThat(intake.toString())
        .contains("P-2016-0042")
        .contains("ONE_PERSON(1)")
        .doesNotContain(PetitionFixtures.denouncer().fullName())
        .doesNotContain(PetitionFixtures.denouncer().address())
        .doesNotContain(PetitionFixtures.denouncer().idNumber().orElseThrow());
  }
}
