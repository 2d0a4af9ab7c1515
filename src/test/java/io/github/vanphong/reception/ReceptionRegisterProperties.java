package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A register numbers in the year, never renumbers, and links every entry to its petition both ways. */
class ReceptionRegisterProperties {

  @Provide
  Arbitrary<List<ReceptionSession>> sessionsOfOneUnit() {
    return ReceptionArbitraries.sessionsOfOneUnit();
  }

  @Property(tries = 150)
  void enteringMoreSessionsNeverRenumbersAnEntry(@ForAll("sessionsOfOneUnit") List<ReceptionSession> sessions) {
    ReceptionRegister register = ReceptionRegister.of(sessions.get(0).unit());
    for (ReceptionSession session : sessions) {
      ReceptionRegister before = register;
      Entered entered = register.enter(session);
      register = entered.register();
      assertThat(register.entries().subList(0, before.entries().size())).isEqualTo(before.entries());
      assertThat(register.entries()).hasSize(before.entries().size() + entered.entries().size());
      assertThat(entered.entries()).hasSize(session.matters().size());
    }
    Map<Year, Integer> last = new TreeMap<>();
    for (ReceptionEntry entry : register.entries()) {
      int expected = last.getOrDefault(entry.year(), 0) + 1;
      assertThat(entry.number()).as("numbered 1 to n in %s", entry.year()).isEqualTo(expected);
      last.put(entry.year(), expected);
    }
  }

  @Property(tries = 150)
  void aRegisterRestoredFromItsEntriesIsTheSameAndEnteringASessionAgainAddsNothing(
      @ForAll ReceptionRegister register) {
    assertThat(ReceptionRegister.restore(register.keeper(), register.entries())).isEqualTo(register);
    assertThat(register.redacted().entries()).extracting(ReceptionEntry::number)
        .isEqualTo(register.entries().stream().map(ReceptionEntry::number).toList());
  }

  @Property(tries = 150)
  void everyMatterBecomesAPetitionWhoseIdLeadsBackToItsEntry(@ForAll("sessionsOfOneUnit") List<ReceptionSession> sessions) {
    ReceptionRegister register = ReceptionRegister.of(sessions.get(0).unit());
    for (ReceptionSession session : sessions) {
      register = register.enter(session).register();
      assertThat(register.enter(session).entries()).isEmpty();
    }
    for (ReceptionSession session : sessions) {
      for (int i = 0; i < session.matters().size(); i++) {
        ReceptionEntry entry = register.entryOf(session.intakes().get(i).id()).orElseThrow();
        assertThat(entry.session()).isEqualTo(session.id());
        assertThat(entry.position()).isEqualTo(i + 1);
        assertThat(entry.intake()).isEqualTo(session.intakes().get(i));
        assertThat(entry.form()).isEqualTo(RegisterForm.on(session.day()));
      }
    }
  }
}
