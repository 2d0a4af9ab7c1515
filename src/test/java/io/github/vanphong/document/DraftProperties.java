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
    Draft replayed = Draft.start(draft.type(), draft.issuer(), draft.history().get(0).form().orElseThrow(),
        draft.history().get(0).by(), draft.history().get(0).on());
    for (DraftEvent event : draft.history().subList(1, draft.history().size())) {
      if (event.command() == DraftCommand.APPRAISE) {
        assertThat(replayed.findings()).isEmpty();
      }
      if (event.command() == DraftCommand.RETURN) {
        assertThat(event.findings()).isEqualTo(replayed.findings());
      }
      replayed = Draft.restore(draft.type(), draft.issuer(),
          draft.history().subList(0, replayed.history().size() + 1));
    }
    assertThat(replayed).isEqualTo(draft);
  }

  @Property
  void aKeptHistoryIsRestoredToTheDraft(@ForAll Draft draft) {
    assertThat(Draft.restore(draft.type(), draft.issuer(), draft.history())).isEqualTo(draft);
  }

  /** Every command not allowed in the state is refused, naming the state, and the draft is left as it was. */
  @Property
  void everyCommandNotAllowedIsRefusedAndChangesNothing(@ForAll Draft draft) {
    Draft copy = Draft.restore(draft.type(), draft.issuer(), draft.history());
    LocalDate day = draft.history().get(draft.history().size() - 1).on();
    for (DraftCommand command : DraftCommand.values()) {
      if (command == DraftCommand.START || draft.state().allows(command)) {
        continue;
      }
      Throwable thrown = catchThrowable(() -> run(draft, command, day));
      assertThat(thrown).isInstanceOf(DraftCommandRefusedException.class);
      DraftCommandRefusedException e = (DraftCommandRefusedException) thrown;
      assertThat(e.state()).isEqualTo(draft.state());
      assertThat(e.command()).isEqualTo(command);
      assertThat(e.allowed()).isEqualTo(draft.allowedCommands());
      assertThat(e.getMessage()).contains(draft.state().name()).contains(command.name());
    }
    assertThat(catchThrowable(() -> run(draft, DraftCommand.SUBMIT, day.minusDays(1)))).isNotNull();
    assertThat(draft).isEqualTo(copy);
  }

  private static Object run(Draft draft, DraftCommand command, LocalDate day) {
    switch (command) {
      case SUBMIT:
        return draft.submit(SOMEONE, day);
      case RETURN:
        return draft.returnWithFindings("ý kiến", SOMEONE, day);
      case REVISE:
        return draft.revise(draft.form(), SOMEONE, day);
      case APPRAISE:
        return draft.appraise(SOMEONE, day);
      case SIGN:
        return draft.sign(SOMEONE, day);
      default:
        return draft.issue(OutgoingRegister.forPartyTerm(draft.issuer(), Validity.from(day)), SOMEONE, day);
    }
  }

  @Property
  void anIssuedDraftCarriesTheNumberItsRegisterGave(@ForAll DraftIssued issued) {
    assertThat(issued.draft().state()).isEqualTo(DraftState.ISSUED);
    assertThat(issued.draft().symbol()).contains(issued.symbol());
    assertThat(issued.symbol().number()).isEqualTo(issued.register().lastNumber(issued.draft().type()));
    assertThat(issued.register().entry(issued.symbol())).contains(issued.issued().entry());
  }
}
