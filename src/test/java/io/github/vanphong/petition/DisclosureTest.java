package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 7);

  @Test
  void aDisclosureGivesTheIdentitiesAndThePetitionWithTheAccessRecorded() {
    Petition petition = PetitionFixtures.denunciationOf2016();
    Disclosure disclosure = petition.revealIdentity("gặp người tố cáo", DAY, PetitionFixtures.CHIEF);

    assertThat(disclosure.identities()).containsExactly(PetitionFixtures.denouncer());
    assertThat(disclosure.petition().history()).hasSize(2);
    PetitionEvent access = disclosure.petition().history().get(1);
    assertThat(access.command()).isEqualTo(PetitionCommand.ACCESS_IDENTITY);
    assertThat(access.reason()).contains("gặp người tố cáo");
    assertThat(access.by()).isEqualTo(PetitionFixtures.CHIEF);
    assertThat(access.on()).isEqualTo(DAY);
    assertThat(petition.history()).hasSize(1);
  }

  @Test
  void theTextCountsTheIdentitiesAndNamesNobody() {
    Disclosure one = PetitionFixtures.denunciationOf2016().revealIdentity("gặp người tố cáo", DAY, PetitionFixtures.CHIEF);
    assertThat(one).hasToString("Disclosure[P-2016-0042, 1 identity]");

    Identity other = Identity.builder().fullName("Lương Quốc Trọng").address("Số 3, đường Hùng Vương").build();
    Intake signed =
        PetitionFixtures.intake("P-2016-0044", PetitionKind.DENUNCIATION, LocalDate.of(2016, 3, 4))
            .petitioners(Petitioners.signatories(List.of(PetitionFixtures.denouncer(), other)))
            .build();
    Disclosure two =
        Petition.receive(signed, PetitionFixtures.CLERK).revealIdentity("xác minh", DAY, PetitionFixtures.CHIEF);
    assertThat(two).hasToString("Disclosure[P-2016-0044, 2 identities]");
    assertThat(two.identities()).containsExactly(PetitionFixtures.denouncer(), other);
    assertThat(two.toString()).doesNotContain("Trần").doesNotContain("Lương");
  }

  @Test
  void aRevealWithoutAReasonOrBackInTimeIsRefusedAndRecordsNothing() {
    Petition petition = PetitionFixtures.denunciationOf2016();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> petition.revealIdentity(" ", DAY, PetitionFixtures.CHIEF))
        .withMessageContaining("reason that is not blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> petition.revealIdentity("xác minh", LocalDate.of(2016, 3, 3), PetitionFixtures.CHIEF))
        .withMessageContaining("runs forward");
    assertThat(petition.history()).hasSize(1);
  }
}
