package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHIEF_OF_OFFICE;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.denunciation;
import static io.github.vanphong.reception.ReceptionFixtures.identity;
import static io.github.vanphong.reception.ReceptionFixtures.opening;
import static io.github.vanphong.reception.ReceptionFixtures.people;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionSessionTest {

  private static final LocalDate DAY = LocalDate.of(2016, 1, 15);
  private static final PersonId CVP = PersonId.of("HG-CVP1");

  private static ReceptionSession chairs() {
    return session("TCD-2016-01-15", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, DAY);
  }

  @Test
  void aSessionOpensOnItsDayAndReceivesRefusesAndEnds() {
    ReceptionSession open = chairs();
    assertThat(open.state()).isEqualTo(SessionState.OPEN);
    assertThat(open.day()).isEqualTo(DAY);
    assertThat(open.unit()).isEqualTo(HG_CHAIR.unit());
    assertThat(open.receiver()).isEqualTo(HG_CT1);
    assertThat(open.post()).isEqualTo(HG_CHAIR);
    assertThat(open.kind()).isEqualTo(SessionKind.HEAD_PERIODIC);
    assertThat(open.ruleBook()).isEqualTo(STANDARD);
    assertThat(open.allowedCommands())
        .containsExactlyInAnyOrder(SessionCommand.RECEIVE, SessionCommand.REFUSE, SessionCommand.END);

    ReceptionSession ended =
        open.receive(complaint("P-2016-0001"), DAY, OFFICER)
            .receive(denunciation("P-2016-0002"), DAY, OFFICER)
            .refuse(RefusalGround.THREATENING, Petitioners.anonymous(), DAY, OFFICER)
            .end(DAY, OFFICER);
    assertThat(ended.state()).isEqualTo(SessionState.ENDED);
    assertThat(ended.matters()).hasSize(2);
    assertThat(ended.refusals()).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(1));
    assertThat(ended.intakes())
        .extracting(i -> i.id().value(), i -> i.channel(), i -> i.received())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("P-2016-0001", Channel.IN_PERSON, DAY),
            org.assertj.core.groups.Tuple.tuple("P-2016-0002", Channel.IN_PERSON, DAY));
    assertThat(ended).hasToString("ReceptionSession[TCD-2016-01-15 HEAD_PERIODIC ENDED on 2016-01-15, 2 matters, 1 refusal]");
    assertThat(ended.allowedCommands()).containsExactly(SessionCommand.ISSUE_CONCLUSION_NOTICE);
  }

  @Test
  void theHeadsReceptionEndsWithAConclusionNotice() {
    ReceptionSession concluded =
        chairs().end(DAY, OFFICER).issueConclusionNotice("05/TB-UBND", DAY.plusDays(5), OFFICER);
    assertThat(concluded.state()).isEqualTo(SessionState.CONCLUDED);
    assertThat(concluded.concludedOn()).contains(DAY.plusDays(5));
    assertThat(concluded.conclusionNotice()).contains("05/TB-UBND");
    assertThat(chairs().concludedOn()).isEmpty();
  }

  @Test
  void regularReceptionByStaffHasNoConclusionNotice() {
    ReceptionSession regular =
        session("TCD-R", HG_CHIEF_OF_OFFICE, CVP, SessionKind.REGULAR, DAY).end(DAY, OFFICER);
    assertThat(regular.allowedCommands()).isEmpty();
    assertThatThrownBy(() -> regular.issueConclusionNotice("1/TB", DAY, OFFICER))
        .isInstanceOfSatisfying(
            ReceptionWorkflowException.class,
            e -> {
              assertThat(e.rule()).isEmpty();
              assertThat(e.getMessage()).contains("reception by staff");
            });
  }

  @Test
  void noConclusionNoticeIsProvidedBeforeCircular06() {
    LocalDate early = LocalDate.of(2014, 8, 1);
    ReceptionSession session =
        session("TCD-2014", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, early).end(early, OFFICER);
    assertThatThrownBy(() -> session.issueConclusionNotice("1/TB", early, OFFICER))
        .isInstanceOf(ReceptionWorkflowException.class)
        .hasMessageContaining("no rule of the book provides a conclusion notice");
    assertThat(session.allowedCommandsOn(LocalDate.of(2014, 12, 15)))
        .containsExactly(SessionCommand.ISSUE_CONCLUSION_NOTICE);
  }

  @Test
  void aCommandTheStateForbidsIsRefusedAndTheSessionIsLeftAsItWas() {
    ReceptionSession ended = chairs().end(DAY, OFFICER);
    assertThatThrownBy(() -> ended.receive(complaint("P-1"), DAY, OFFICER))
        .isInstanceOfSatisfying(
            ReceptionWorkflowException.class,
            e -> {
              assertThat(e.isForbiddenByState()).isTrue();
              assertThat(e.state()).isEqualTo(SessionState.ENDED);
              assertThat(e.allowedCommands()).containsExactly(SessionCommand.ISSUE_CONCLUSION_NOTICE);
            });
    assertThatThrownBy(() -> ended.notifyRefusal(1, "1/TB", DAY, OFFICER))
        .isInstanceOf(ReceptionWorkflowException.class)
        .hasMessageContaining("no refusal of the session awaits a written notice");
    assertThatThrownBy(() -> chairs().apply(chairs().history().get(0)))
        .isInstanceOf(ReceptionWorkflowException.class)
        .hasMessageContaining("OPEN is not allowed there");
    assertThat(ended.history()).hasSize(2);
  }

  @Test
  void badDataIsRefusedAsABadArgument() {
    ReceptionSession open = chairs().receive(complaint("P-1"), DAY, OFFICER);
    assertThatThrownBy(() -> open.receive(complaint("P-2"), DAY.plusDays(1), OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is held on 2016-01-15");
    assertThatThrownBy(() -> open.receive(complaint("P-1"), DAY, OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already received the matter P-1");
    assertThatThrownBy(() -> open.refuse(RefusalGround.WEAPONS, Petitioners.anonymous(), DAY, OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WEAPONS is not a ground of refusal on 2016-01-15");
    ReceptionSession ended =
        open.refuse(RefusalGround.DRAWN_OUT, Petitioners.anonymous(), DAY, OFFICER).end(DAY, OFFICER);
    assertThatThrownBy(() -> ended.notifyRefusal(2, "1/TB", DAY, OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pending: [1]");
    assertThatThrownBy(() -> ended.issueConclusionNotice("1/TB", DAY.minusDays(1), OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runs forward");
    assertThatThrownBy(() -> ended.allowedCommandsOn(DAY.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(open.matters()).hasSize(1);
  }

  @Test
  void aSessionOnlineIsHeldFromJuly2026Only() {
    SessionOpening online =
        SessionOpening.builder()
            .from(opening("TCD-ONLINE", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC))
            .place(ReceptionPlace.ONLINE)
            .build();
    assertThatThrownBy(() -> ReceptionSession.open(online, DAY, OFFICER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ONLINE_RECEPTION from 2026-07-01");
    assertThat(ReceptionSession.open(online, LocalDate.of(2026, 7, 1), OFFICER).state()).isEqualTo(SessionState.OPEN);
  }

  @Test
  void aSessionReplaysToItselfAndARedactedCopyToTheCopy() {
    Delegation seven = Delegation.of(7, people(7).subList(0, 2)).appointedInWriting(people(7));
    ReceptionSession session =
        chairs()
            .receive(Matter.builder().from(complaint("P-1")).byDelegation(seven).build(), DAY, OFFICER)
            .refuse(
                RefusalGround.DRAWN_OUT,
                Petitioners.one(identity("Quách Hữu Trọng")),
                PetitionId.of("P-2015-0031"),
                DAY,
                OFFICER)
            .end(DAY, OFFICER)
            .notifyRefusal(1, "2/TB-TCD", DAY.plusDays(1), OFFICER);
    assertThat(ReceptionSession.replay(session.history())).isEqualTo(session).hasSameHashCodeAs(session);
    ReceptionSession redacted = session.redacted();
    assertThat(redacted.matters().get(0).petitioners().isRedacted()).isTrue();
    assertThat(redacted.refusals().get(0).citizens().isRedacted()).isTrue();
    assertThat(ReceptionSession.replay(redacted.history())).isEqualTo(redacted);
    assertThat(redacted).isNotEqualTo(session);
    assertThat(ReceptionSession.replay(session.history(), STANDARD.without("CONCLUSION_NOTICE")))
        .isNotEqualTo(session);
  }

  @Test
  void aHistoryStartsWithTheOpening() {
    ReceptionSession ended = chairs().end(DAY, OFFICER);
    assertThatThrownBy(() -> ReceptionSession.replay(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> ReceptionSession.replay(ended.history().subList(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with");
  }
}
