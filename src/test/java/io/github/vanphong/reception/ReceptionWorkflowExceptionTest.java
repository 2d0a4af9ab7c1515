package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.people;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vanphong.CommandRefusedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceptionWorkflowExceptionTest {

  private static final LocalDate DAY = LocalDate.of(2016, 1, 15);

  @Test
  void aRefusalByRuleNamesTheRuleTheFactsAndTheSessionsState() {
    Delegation misfit = Delegation.of(8, people(8).subList(0, 3)).appointedInWriting(people(8));
    ReceptionSession open = session("TCD-X", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, DAY);
    ReceptionWorkflowException e =
        catchThrowableOfType(
            ReceptionWorkflowException.class,
            () -> open.receive(Matter.builder().from(complaint("P-1")).byDelegation(misfit).build(), DAY, OFFICER));
    assertThat(e).isInstanceOf(CommandRefusedException.class);
    assertThat(e.session()).isEqualTo(SessionId.of("TCD-X"));
    assertThat(e.subject()).isEqualTo(e.session());
    assertThat(e.state()).isEqualTo(SessionState.OPEN);
    assertThat(e.command()).isEqualTo(SessionCommand.RECEIVE);
    assertThat(e.allowedCommands()).contains(SessionCommand.RECEIVE);
    assertThat(e.rule()).contains(ReceptionRuleBook.DELEGATION_OF_5_TO_10);
    assertThat(e.isForbiddenByState()).isFalse();
    assertThat(e.findings()).singleElement().satisfies(f -> assertThat(f.values()).containsExactly(8, 3));
    assertThat(e.getMessage())
        .startsWith("DELEGATION_OF_5_TO_10 (Luật Tiếp công dân 42/2013/QH13, Điều 29): a delegation of [5..10]")
        .contains("reception session TCD-X is OPEN (Đang tiếp công dân); RECEIVE is not allowed there");
  }

  @Test
  void aRefusalByStateNamesNoRuleAndNoFinding() {
    ReceptionSession ended = session("TCD-Y", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, DAY).end(DAY, OFFICER);
    ReceptionWorkflowException e =
        catchThrowableOfType(ReceptionWorkflowException.class, () -> ended.end(DAY, OFFICER));
    assertThat(e.rule()).isEmpty();
    assertThat(e.findings()).isEmpty();
    assertThat(e.isForbiddenByState()).isTrue();
  }
}
