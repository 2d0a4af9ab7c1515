package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnteredTest {

  @Test
  void enteringGivesTheNewRegisterAndTheNewEntries() {
    LocalDate day = LocalDate.of(2016, 3, 10);
    ReceptionSession session =
        session("TCD-1", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, day)
            .receive(complaint("P-1"), day, OFFICER)
            .receive(complaint("P-2"), day, OFFICER);
    Entered entered = ReceptionRegister.of(HG_UBND).enter(session);
    assertThat(entered.entries()).extracting(ReceptionEntry::number).containsExactly(1, 2);
    assertThat(entered.register().entries()).isEqualTo(entered.entries());
    assertThat(entered).hasToString("Entered[ReceptionRegister[HG-UBND, 2 entries], 1/2016, 2/2016]");
    assertThat(entered).isEqualTo(ReceptionRegister.of(HG_UBND).enter(session));
    assertThat(entered.hashCode()).isEqualTo(ReceptionRegister.of(HG_UBND).enter(session).hashCode());
    assertThat(entered).isNotEqualTo(entered.register().enter(session));
  }
}
