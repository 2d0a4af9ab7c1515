package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_TU;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.denunciation;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.petition.PetitionId;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionRegisterTest {

  private static ReceptionSession chairs(String id, LocalDate day, String... matters) {
    ReceptionSession session = session(id, HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, day);
    for (String matter : matters) {
      session = session.receive(complaint(matter), day, OFFICER);
    }
    return session;
  }

  @Test
  void entriesAreNumberedFromOneEachYearInTheOrderReceived() {
    ReceptionRegister register =
        ReceptionRegister.of(HG_UBND)
            .enter(chairs("S1", LocalDate.of(2016, 12, 15), "P-1", "P-2"))
            .register()
            .enter(chairs("S2", LocalDate.of(2017, 1, 16), "P-3"))
            .register();
    assertThat(register.entries()).extracting(ReceptionEntry::number).containsExactly(1, 2, 1);
    assertThat(register.entries(Year.of(2016))).hasSize(2);
    assertThat(register.entry(Year.of(2017), 1).orElseThrow().petition()).isEqualTo(PetitionId.of("P-3"));
    assertThat(register.entry(Year.of(2017), 2)).isEmpty();
    assertThat(register.nextNumber(Year.of(2016))).isEqualTo(3);
    assertThat(register.nextNumber(Year.of(2018))).isEqualTo(1);
    assertThat(register.keeper()).isEqualTo(HG_UBND);
    assertThat(register).hasToString("ReceptionRegister[HG-UBND, 3 entries]");
  }

  @Test
  void theEntryIsFoundFromThePetitionItBecame() {
    ReceptionRegister register =
        ReceptionRegister.of(HG_UBND).enter(chairs("S1", LocalDate.of(2016, 3, 10), "P-1", "P-2")).register();
    ReceptionEntry entry = register.entryOf(PetitionId.of("P-2")).orElseThrow();
    assertThat(entry.intake().id()).isEqualTo(PetitionId.of("P-2"));
    assertThat(register.entryOf(PetitionId.of("P-9"))).isEmpty();
  }

  @Test
  void aSessionEnteredAgainAddsOnlyTheMattersReceivedSince() {
    LocalDate day = LocalDate.of(2016, 3, 10);
    ReceptionSession early = chairs("S1", day, "P-1");
    ReceptionRegister register = ReceptionRegister.of(HG_UBND).enter(early).register();
    assertThat(register.enter(early).entries()).isEmpty();
    assertThat(register.enter(early).register()).isSameAs(register);
    Entered later = register.enter(early.receive(complaint("P-2"), day, OFFICER));
    assertThat(later.entries()).singleElement().satisfies(e -> assertThat(e.number()).isEqualTo(2));
    assertThat(later.register().entries().get(0)).isEqualTo(register.entries().get(0));
  }

  @Test
  void aRegisterEntersItsOwnSessionsInOrderOfDaysAndEachPetitionOnce() {
    ReceptionRegister register =
        ReceptionRegister.of(HG_UBND).enter(chairs("S1", LocalDate.of(2016, 3, 10), "P-1")).register();
    assertThatThrownBy(() -> register.enter(chairs("S0", LocalDate.of(2016, 3, 9), "P-0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kept in order of days");
    assertThatThrownBy(() -> register.enter(chairs("S2", LocalDate.of(2016, 3, 11), "P-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("petition P-1 already has its entry 1/2016");
    assertThatThrownBy(() -> ReceptionRegister.of(HG_TU).enter(chairs("S3", LocalDate.of(2016, 3, 11), "P-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enters its own sessions");
    assertThat(register.enter(chairs("S0", LocalDate.of(2016, 3, 9))).entries())
        .as("a session with nothing to enter is not out of order")
        .isEmpty();
    assertThat(register.entries()).hasSize(1);
  }

  @Test
  void aRegisterRestoredFromItsEntriesIsTheSameAndABrokenOneIsRefused() {
    ReceptionRegister register =
        ReceptionRegister.of(HG_UBND)
            .enter(chairs("S1", LocalDate.of(2016, 3, 10), "P-1", "P-2"))
            .register()
            .enter(chairs("S2", LocalDate.of(2016, 4, 15), "P-3"))
            .register();
    assertThat(ReceptionRegister.restore(HG_UBND, register.entries())).isEqualTo(register);
    List<ReceptionEntry> e = register.entries();
    assertThatThrownBy(() -> ReceptionRegister.restore(HG_UBND, List.of(e.get(1), e.get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("would give number 1");
    assertThatThrownBy(() -> ReceptionRegister.restore(HG_UBND, List.of(e.get(0), e.get(0))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReceptionRegister.restore(HG_TU, e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds its own entries");
    List<ReceptionEntry> years =
        ReceptionRegister.of(HG_UBND)
            .enter(chairs("S8", LocalDate.of(2016, 12, 15), "P-8"))
            .register()
            .enter(chairs("S9", LocalDate.of(2017, 1, 16), "P-9"))
            .register()
            .entries();
    assertThatThrownBy(() -> ReceptionRegister.restore(HG_UBND, List.of(years.get(1), years.get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order of days");
    ReceptionEntry renumbered =
        ReceptionEntry.builder().from(e.get(1)).matter(denunciation("P-2")).position(1).build();
    assertThatThrownBy(() -> ReceptionRegister.restore(HG_UBND, List.of(e.get(0), renumbered)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already has its entry");
  }

  @Test
  void theRedactedCopyKeepsTheNumbersAndNoIdentity() {
    ReceptionRegister register =
        ReceptionRegister.of(HG_UBND).enter(chairs("S1", LocalDate.of(2016, 3, 10), "P-1", "P-2")).register();
    ReceptionRegister redacted = register.redacted();
    assertThat(redacted.entries()).extracting(ReceptionEntry::number).containsExactly(1, 2);
    assertThat(redacted.entries()).allSatisfy(en -> assertThat(en.matter().petitioners().isRedacted()).isTrue());
    assertThat(redacted.entryOf(PetitionId.of("P-2"))).isPresent();
    assertThat(redacted).isNotEqualTo(register);
    assertThat(redacted.redacted()).isEqualTo(redacted);
  }
}
