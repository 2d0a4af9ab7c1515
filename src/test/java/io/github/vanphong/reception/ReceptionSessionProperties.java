package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the session workflow, over sessions walked through the commands they allowed. */
class ReceptionSessionProperties {

  private static final PersonId OFFICER = PersonId.of("TCD-CB-99");

  @Property(tries = 200)
  void aSessionReplaysFromItsHistoryToAnEqualSession(@ForAll ReceptionSession session) {
    assertThat(ReceptionSession.replay(session.history(), session.ruleBook())).isEqualTo(session);
  }

  @Property(tries = 100)
  void aRedactedSessionReplaysToItselfAndKeepsItsCountsAndState(@ForAll ReceptionSession session) {
    ReceptionSession redacted = session.redacted();
    assertThat(ReceptionSession.replay(redacted.history())).isEqualTo(redacted);
    assertThat(redacted.state()).isEqualTo(session.state());
    assertThat(redacted.matters()).hasSameSizeAs(session.matters());
    assertThat(redacted.matters()).allSatisfy(m -> assertThat(m.petitioners().isRedacted()).isTrue());
    assertThat(redacted.refusals()).allSatisfy(r -> assertThat(r.citizens().isRedacted()).isTrue());
  }

  @Property(tries = 200)
  void aCommandTheSessionDoesNotAllowIsRefusedAndChangesNothing(@ForAll ReceptionSession session) {
    String text = session.toString();
    int hash = session.hashCode();
    LocalDate day = session.lastEventDay();
    EnumSet<SessionCommand> refused = EnumSet.allOf(SessionCommand.class);
    refused.removeAll(session.allowedCommands());
    refused.remove(SessionCommand.OPEN);
    for (SessionCommand command : refused) {
      Supplier<ReceptionSession> attempt =
          switch (command) {
            case RECEIVE -> () -> session.receive(ReceptionFixtures.complaint("P-NEW-1"), day, OFFICER);
            case REFUSE -> () -> session.refuse(RefusalGround.THREATENING, Petitioners.anonymous(), day, OFFICER);
            case END -> () -> session.end(day, OFFICER);
            case ISSUE_CONCLUSION_NOTICE -> () -> session.issueConclusionNotice("9/TB", day, OFFICER);
            case NOTIFY_REFUSAL -> () -> session.notifyRefusal(1, "9/TB", day, OFFICER);
            case OPEN -> () -> session;
          };
      assertThatThrownBy(attempt::get).as(command.name()).isInstanceOf(ReceptionWorkflowException.class);
    }
    assertThat(session).hasToString(text);
    assertThat(session.hashCode()).isEqualTo(hash);
    assertThat(ReceptionSession.replay(session.history(), session.ruleBook())).isEqualTo(session);
  }

  @Property(tries = 200)
  void everyCommandTheSessionAllowsIsAcceptedWithValidData(@ForAll ReceptionSession session) {
    LocalDate day = session.lastEventDay();
    for (SessionCommand command : session.allowedCommands()) {
      ReceptionSession next =
          switch (command) {
            case RECEIVE -> session.receive(ReceptionFixtures.complaint("P-NEW-1"), day, OFFICER);
            case REFUSE ->
                session.refuse(
                    session.ruleBook().groundsOn(day).iterator().next(), Petitioners.anonymous(), day, OFFICER);
            case END -> session.end(day, OFFICER);
            case ISSUE_CONCLUSION_NOTICE -> session.issueConclusionNotice("9/TB", day, OFFICER);
            case NOTIFY_REFUSAL ->
                session.notifyRefusal(
                    session.refusals().stream().filter(Refusal::isNoticePending).findFirst().orElseThrow().number(),
                    "9/TB",
                    day,
                    OFFICER);
            case OPEN -> throw new AssertionError("no state allows OPEN");
          };
      assertThat(next.history()).hasSize(session.history().size() + 1);
      assertThat(next.history().subList(0, session.history().size())).isEqualTo(session.history());
    }
  }

  @Property(tries = 200)
  void theStateMattersAndRefusalsFollowTheHistory(@ForAll ReceptionSession session) {
    long receipts = session.history().stream().filter(e -> e.command() == SessionCommand.RECEIVE).count();
    long refusals = session.history().stream().filter(e -> e.command() == SessionCommand.REFUSE).count();
    boolean ended = session.history().stream().anyMatch(e -> e.command() == SessionCommand.END);
    boolean concluded = session.history().stream().anyMatch(e -> e.command() == SessionCommand.ISSUE_CONCLUSION_NOTICE);
    assertThat(session.matters()).hasSize((int) receipts);
    assertThat(session.refusals()).hasSize((int) refusals);
    assertThat(session.state())
        .isEqualTo(concluded ? SessionState.CONCLUDED : ended ? SessionState.ENDED : SessionState.OPEN);
    assertThat(session.intakes()).allSatisfy(i -> assertThat(i.received()).isEqualTo(session.day()));
    assertThat(session.refusals())
        .allSatisfy(r -> assertThat(session.ruleBook().refusalRule(r.ground(), r.on())).contains(r.rule()));
  }

  @Provide
  Arbitrary<ReceptionSession> sessions() {
    return ReceptionArbitraries.sessions();
  }
}
