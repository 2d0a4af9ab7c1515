package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DraftProperties {

  private static final PersonId SOMEONE = PersonId.of("HG-X");

  @Property
  void theStateIsThatOfTheLastCommandAndEventsGoForward(@ForAll Draft draft) {
    assertThat(draft.history().get(0).command()).isEqualTo(DraftCommand.START);
    assertThat(draft.state()).isEqualTo(draft.history().get(draft.history().size() - 1).command().resultingState());
    for (int i = 1; i < draft.history().size(); i++) {
      assertThat(draft.history().get(i).on()).isAfterOrEqualTo(draft.history().get(i - 1).on());
      assertThat(draft.history().get(i).command()).isNotEqualTo(DraftCommand.START);
    }
    assertThat(draft.symbol().isPresent()).isEqualTo(draft.state() == DraftState.ISSUED);
  }

  @Property
  void noDraftIsAppraisedWithFormatFindings(@ForAll Draft draft) {
    DraftEvent start = draft.history().get(0);
    Draft replayed =
        Draft.start(draft.id(), draft.type(), draft.issuer(), start.form().orElseThrow(), start.on(), start.by());
    for (DraftEvent event : draft.history().subList(1, draft.history().size())) {
      if (event.command() == DraftCommand.APPRAISE) {
        assertThat(replayed.findings()).isEmpty();
      }
      if (event.command() == DraftCommand.RETURN) {
        assertThat(event.findings()).isEqualTo(replayed.findings());
      }
      replayed =
          Draft.replay(
              draft.id(), draft.type(), draft.issuer(), draft.history().subList(0, replayed.history().size() + 1));
    }
    assertThat(replayed).isEqualTo(draft);
  }

  @Property
  void aKeptHistoryIsReplayedToTheDraft(@ForAll Draft draft) {
    assertThat(Draft.replay(draft.id(), draft.type(), draft.issuer(), draft.history())).isEqualTo(draft);
  }

  /**
   * Every command the draft does not allow is refused, naming the draft, its state and, where the state allows the
   * command, the rule that forbids it; the draft is left as it was.
   */
  @Property
  void everyCommandNotAllowedIsRefusedAndChangesNothing(@ForAll Draft draft) {
    Draft copy = Draft.replay(draft.id(), draft.type(), draft.issuer(), draft.history());
    LocalDate day = draft.history().get(draft.history().size() - 1).on();
    assertThat(draft.state().allowedCommands()).containsAll(draft.allowedCommands());
    for (DraftCommand command : DraftCommand.values()) {
      if (command == DraftCommand.START || draft.allowedCommands().contains(command)) {
        continue;
      }
      Throwable thrown = catchThrowable(() -> run(draft, command, day));
      assertThat(thrown).isInstanceOf(DraftWorkflowException.class);
      DraftWorkflowException e = (DraftWorkflowException) thrown;
      assertThat(e.draft()).isEqualTo(draft.id());
      assertThat(e.state()).isEqualTo(draft.state());
      assertThat(e.command()).isEqualTo(command);
      assertThat(e.allowedCommands()).isEqualTo(draft.allowedCommands());
      assertThat(e.rule().isPresent()).isEqualTo(draft.state().allows(command));
    }
    assertThat(catchThrowable(() -> run(draft, DraftCommand.SUBMIT, day.minusDays(1)))).isNotNull();
    assertThat(draft).isEqualTo(copy);
  }

  private static Object run(Draft draft, DraftCommand command, LocalDate day) {
    switch (command) {
      case SUBMIT:
        return draft.submit(day, SOMEONE);
      case RETURN:
        return draft.returnWithFindings("ý kiến", day, SOMEONE);
      case REVISE:
        return draft.revise(draft.form(), day, SOMEONE);
      case APPRAISE:
        return draft.appraise(day, SOMEONE);
      case SIGN:
        return draft.sign(day, SOMEONE);
      default:
        return draft.issue(OutgoingRegister.forPartyTerm(draft.issuer(), Validity.from(day)), day, SOMEONE);
    }
  }

  /** A submitted draft with findings is refused appraisal by the rule, naming it, and changes nothing. */
  @Property
  void aDraftWithFindingsIsRefusedAppraisalByTheRule(@ForAll Draft draft) {
    if (draft.state() != DraftState.SUBMITTED || draft.findings().isEmpty()) {
      return;
    }
    Draft copy = Draft.replay(draft.id(), draft.type(), draft.issuer(), draft.history());
    LocalDate day = draft.history().get(draft.history().size() - 1).on();
    Throwable thrown = catchThrowable(() -> draft.appraise(day, SOMEONE));
    assertThat(thrown).isInstanceOf(DraftWorkflowException.class);
    DraftWorkflowException e = (DraftWorkflowException) thrown;
    assertThat(e.rule()).contains(DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS);
    assertThat(e.subject()).isEqualTo(draft.id());
    assertThat(e.state()).isEqualTo(DraftState.SUBMITTED);
    assertThat(e.command()).isEqualTo(DraftCommand.APPRAISE);
    assertThat(draft).isEqualTo(copy);
  }

  @Property
  void anIssuedDraftCarriesTheNumberItsRegisterGave(@ForAll DraftIssued issued) {
    assertThat(issued.draft().state()).isEqualTo(DraftState.ISSUED);
    assertThat(issued.draft().symbol()).contains(issued.symbol());
    assertThat(issued.symbol().number()).isEqualTo(issued.register().lastNumber(issued.draft().type()));
    assertThat(issued.register().entry(issued.symbol())).contains(issued.issued().entry());
  }
}
