package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentFixtures.CHIEF;
import static io.github.vanphong.document.DocumentFixtures.CLERK;
import static io.github.vanphong.document.DocumentFixtures.DRAFT;
import static io.github.vanphong.document.DocumentFixtures.DRAFTER;
import static io.github.vanphong.document.DocumentFixtures.SIGNER;
import static io.github.vanphong.document.DocumentFixtures.draftedReport;
import static io.github.vanphong.document.DocumentFixtures.goodReport;
import static io.github.vanphong.document.DocumentFixtures.march;
import static io.github.vanphong.document.DocumentFixtures.officeRegister;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vanphong.CommandRefusedException;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DraftTest {

  private static DocumentForm withoutHeading() {
    return DocumentForm.builder().from(goodReport()).heading("").symbolLine("Số 5-BC/VPTU").build();
  }

  @Test
  void aDraftGoesFromDraftToIssueAndIsNumberedByTheRegisterAtIssue() {
    Draft signed = draftedReport().submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER);
    assertThat(signed.symbol()).isEmpty();
    DraftIssued issued = signed.issue(officeRegister(), march(4), CLERK);
    assertThat(issued.symbol()).hasToString("01-BC/VPTU");
    assertThat(issued.draft().state()).isEqualTo(DraftState.ISSUED);
    assertThat(issued.draft().symbol()).contains(issued.symbol());
    assertThat(issued.draft().allowedCommands()).isEmpty();
    assertThat(issued.register().entries()).containsExactly(issued.issued().entry());
    assertThat(issued.issued().entry().summary()).isEqualTo(goodReport().summary());
    assertThat(issued.draft().history())
        .extracting(DraftEvent::command)
        .containsExactly(DraftCommand.START, DraftCommand.SUBMIT, DraftCommand.APPRAISE, DraftCommand.SIGN,
            DraftCommand.ISSUE);
    assertThat(issued.draft().history()).extracting(DraftEvent::by).containsExactly(DRAFTER, DRAFTER, CHIEF, SIGNER,
        CLERK);
    assertThat(signed.state()).isEqualTo(DraftState.SIGNED);
    assertThat(signed.history()).hasSize(4);
  }

  @Test
  void aReturnCarriesEveryFormatFindingAndTheRevisionIsAppraised() {
    Draft bad =
        Draft.start(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, withoutHeading(), march(1), DRAFTER)
            .submit(march(1), DRAFTER);
    // a draft of March 2016 is checked under Hướng dẫn 11-HD/VPTW, in force until 2018-04-02
    assertThat(bad.findings()).extracting(f -> f.rule().name())
        .containsExactly("HEADING_TEXT_2004", "NUMBER_LEFT_BLANK_2004");
    assertThat(bad.findings()).extracting(f -> f.basis().instrument())
        .containsOnly(io.github.vanphong.law.Instruments.PARTY_DOCUMENT_FORMAT_2004);
    Draft returned = bad.returnWithFindings("bổ sung số liệu quý IV", march(2), CHIEF);
    assertThat(returned.state()).isEqualTo(DraftState.RETURNED);
    DraftEvent ret = returned.history().get(2);
    assertThat(ret.findings()).hasSize(2);
    assertThat(ret.note()).contains("bổ sung số liệu quý IV");
    Draft revised = returned.revise(goodReport(), march(3), DRAFTER);
    assertThat(revised.state()).isEqualTo(DraftState.REVISED);
    assertThat(revised.form()).isEqualTo(goodReport());
    assertThat(revised.findings()).isEmpty();
    assertThat(revised.submit(march(3), DRAFTER).appraise(march(4), CHIEF).state()).isEqualTo(DraftState.APPRAISED);
    assertThat(returned.form()).isEqualTo(withoutHeading());
  }

  /**
   * Hướng dẫn 36-HD/VPTW (2018-04-03) replaced Hướng dẫn 11-HD/VPTW (2004): a check is made by the guide in force on
   * its day, and the finding names it.
   */
  @Test
  void aDraftIsCheckedByTheFormatGuideInForceOnTheDayOfTheCheck() {
    LocalDate lastDayOf11 = LocalDate.of(2018, 4, 2);
    Draft bad =
        Draft.start(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, withoutHeading(), lastDayOf11, DRAFTER)
            .submit(lastDayOf11, DRAFTER);
    assertThat(bad.rules()).isEqualTo(FormatRuleBook.standard());
    assertThat(bad.findings()).extracting(f -> f.rule().name())
        .containsExactly("HEADING_TEXT_2004", "NUMBER_LEFT_BLANK_2004");
    assertThat(bad.findingsOn(lastDayOf11.plusDays(1))).extracting(FormatFinding::rule)
        .containsExactly(FormatRuleBook.HEADING_TEXT, FormatRuleBook.NUMBER_LEFT_BLANK);
    Draft returned = bad.returnWithFindings("", lastDayOf11.plusDays(1), CHIEF);
    assertThat(returned.history().get(2).findings()).extracting(FormatFinding::rule)
        .containsExactly(FormatRuleBook.HEADING_TEXT, FormatRuleBook.NUMBER_LEFT_BLANK);
    assertThat(returned.findings()).isEqualTo(bad.findingsOn(lastDayOf11.plusDays(1)));
    DraftWorkflowException e = refusal(() -> bad.appraise(lastDayOf11.plusDays(1), CHIEF));
    assertThat(e).hasMessageContaining("format findings on 2018-04-03");
  }

  @Test
  void aDraftIsCheckedAgainstItsOwnRuleBookAndReplayedWithIt() {
    FormatRuleBook lenient =
        FormatRuleBook.standard().without("HEADING_TEXT_2004").without("NUMBER_LEFT_BLANK_2004");
    Draft draft =
        Draft.start(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, lenient, withoutHeading(), march(1), DRAFTER)
            .submit(march(1), DRAFTER);
    assertThat(draft.rules()).isEqualTo(lenient);
    assertThat(draft.findings()).isEmpty();
    Draft appraised = draft.appraise(march(2), CHIEF);
    assertThat(appraised.state()).isEqualTo(DraftState.APPRAISED);
    assertThat(Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, lenient, appraised.history()))
        .isEqualTo(appraised)
        .hasSameHashCodeAs(appraised);
    assertThatThrownBy(() -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, appraised.history()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("APPRAISE_ONLY_WITHOUT_FINDINGS");
    Draft standard =
        Draft.start(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, withoutHeading(), march(1), DRAFTER)
            .submit(march(1), DRAFTER);
    assertThat(standard).isNotEqualTo(draft);
    assertThatThrownBy(
            () -> Draft.start(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, null, goodReport(), march(1), DRAFTER))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
  }

  private static DraftWorkflowException refusal(ThrowingCallable command) {
    Throwable thrown = catchThrowable(command);
    assertThat(thrown).isInstanceOf(DraftWorkflowException.class).isInstanceOf(CommandRefusedException.class);
    return (DraftWorkflowException) thrown;
  }

  @Test
  void aDraftWithFormatFindingsIsNotAppraised() {
    Draft bad =
        Draft.start(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, withoutHeading(), march(1), DRAFTER)
            .submit(march(1), DRAFTER);
    DraftWorkflowException e = refusal(() -> bad.appraise(march(2), CHIEF));
    assertThat(e.rule()).contains(DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS);
    assertThat(e.isForbiddenByState()).isFalse();
    assertThat(e.subject()).isEqualTo(DRAFT);
    assertThat(e.draft()).isEqualTo(DRAFT);
    assertThat(e.state()).isEqualTo(DraftState.SUBMITTED);
    assertThat(e.command()).isEqualTo(DraftCommand.APPRAISE);
    assertThat(e.allowedCommands()).containsExactly(DraftCommand.RETURN).isEqualTo(bad.allowedCommands());
    assertThat(DraftState.SUBMITTED.allowedCommands()).contains(DraftCommand.APPRAISE);
    assertThat(e)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("APPRAISE_ONLY_WITHOUT_FINDINGS (" + DraftCommand.DUTIES.citation() + ")")
        .hasMessageContaining("HEADING_TEXT")
        .hasMessageContaining("draft " + DRAFT + " is SUBMITTED");
    assertThat(bad.state()).isEqualTo(DraftState.SUBMITTED);
    assertThat(bad.history()).hasSize(2);
  }

  @Test
  void aRefusedCommandNamesTheDraftTheStateTheCommandAndTheAllowedOnesAndChangesNothing() {
    Draft drafted = draftedReport();
    DraftWorkflowException sign = refusal(() -> drafted.sign(march(2), SIGNER));
    assertThat(sign.subject()).isEqualTo(DRAFT);
    assertThat(sign.state()).isEqualTo(DraftState.DRAFTED);
    assertThat(sign.command()).isEqualTo(DraftCommand.SIGN);
    assertThat(sign.allowedCommands()).containsExactly(DraftCommand.SUBMIT, DraftCommand.REVISE);
    assertThat(sign.rule()).isEmpty();
    assertThat(sign.isForbiddenByState()).isTrue();
    assertThat(refusal(() -> drafted.appraise(march(2), CHIEF)).command()).isEqualTo(DraftCommand.APPRAISE);
    assertThat(refusal(() -> drafted.returnWithFindings("x", march(2), CHIEF)).command())
        .isEqualTo(DraftCommand.RETURN);
    assertThat(refusal(() -> drafted.issue(officeRegister(), march(2), CLERK)).command())
        .isEqualTo(DraftCommand.ISSUE);
    Draft submitted = drafted.submit(march(2), DRAFTER);
    assertThat(refusal(() -> submitted.submit(march(2), DRAFTER)).state()).isEqualTo(DraftState.SUBMITTED);
    assertThat(refusal(() -> submitted.revise(goodReport(), march(2), DRAFTER)).command())
        .isEqualTo(DraftCommand.REVISE);
    Draft issued = submitted.appraise(march(3), CHIEF).sign(march(3), SIGNER).issue(officeRegister(), march(3), CLERK)
        .draft();
    DraftWorkflowException afterIssue = refusal(() -> issued.revise(goodReport(), march(4), DRAFTER));
    assertThat(afterIssue.state()).isEqualTo(DraftState.ISSUED);
    assertThat(afterIssue.allowedCommands()).isEmpty();
    assertThat(drafted.history()).hasSize(1);
    assertThat(drafted.state()).isEqualTo(DraftState.DRAFTED);
  }

  @Test
  void theStateIsCheckedBeforeTheDay() {
    assertThat(refusal(() -> draftedReport().sign(march(1).minusDays(5), SIGNER)).state())
        .isEqualTo(DraftState.DRAFTED);
  }

  @Test
  void aBadArgumentIsNotARefusalAndChangesNothing() {
    Draft drafted = draftedReport();
    assertThatThrownBy(() -> drafted.submit(null, DRAFTER)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> drafted.revise(null, march(2), DRAFTER)).isInstanceOf(NullPointerException.class);
    assertThat(drafted).isEqualTo(draftedReport());
  }

  @Test
  void eventsDoNotGoBackwards() {
    Draft submitted = draftedReport().submit(march(5), DRAFTER);
    assertThatThrownBy(() -> submitted.appraise(march(4), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the events of a draft do not go backwards: the last, SUBMIT, was on 2016-03-05; APPRAISE cannot"
            + " be on 2016-03-04");
    assertThat(submitted.history()).hasSize(2);
  }

  @Test
  void anAppraisedDraftMayBeReturnedByTheSigner() {
    Draft appraised = draftedReport().submit(march(2), DRAFTER).appraise(march(3), CHIEF);
    Draft returned = appraised.returnWithFindings("viết lại phần kiến nghị", march(4), SIGNER);
    assertThat(returned.state()).isEqualTo(DraftState.RETURNED);
    assertThat(returned.history().get(3).findings()).isEmpty();
  }

  @Test
  void aReturnGivesItsReasons() {
    Draft submitted = draftedReport().submit(march(2), DRAFTER);
    assertThatThrownBy(() -> submitted.returnWithFindings("  ", march(3), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("returned with format findings or a note");
    assertThat(submitted.state()).isEqualTo(DraftState.SUBMITTED);
  }

  @Test
  void theRegisterOfAnotherIssuerOrOutsideItsTermRefusesTheIssue() {
    Draft signed = draftedReport().submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER);
    OutgoingRegister committee =
        OutgoingRegister.forPartyTerm(DocumentCodeBook.PROVINCIAL_COMMITTEE, officeRegister().covers());
    assertThatThrownBy(() -> signed.issue(committee, march(4), CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a draft of VPTU is numbered in a register of VPTU; this register is of TU");
    OutgoingRegister ended = officeRegister().endingOn(march(3));
    assertThatThrownBy(() -> signed.issue(ended, march(4), CLERK)).hasMessageContaining("belongs to another register");
    assertThat(signed.state()).isEqualTo(DraftState.SIGNED);
  }

  @Test
  void aSecretDraftIsNumberedInTheSequenceOfItsType() {
    DocumentForm secret = DocumentForm.builder().from(goodReport()).secrecy(Secrecy.SECRET).build();
    Issued first = officeRegister().issue(REPORT, march(1), "Báo cáo khác");
    DraftIssued issued =
        Draft.start(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, secret, march(1), DRAFTER).submit(march(2), DRAFTER)
            .appraise(march(3), CHIEF).sign(march(4), SIGNER).issue(first.register(), march(4), CLERK);
    assertThat(issued.symbol()).hasToString("02-BC/VPTU");
    assertThat(issued.issued().entry().secrecy()).isEqualTo(Secrecy.SECRET);
  }

  @Test
  void onlyPartyDocumentsAreDraftedUnderHd36() {
    assertThatThrownBy(
            () ->
                Draft.start(
                    DRAFT, DocumentCodeBook.STATE_REPORT, PROVINCIAL_COMMITTEE_OFFICE, goodReport(), march(1), DRAFTER))
        .hasMessageContaining("Party documents");
    assertThatThrownBy(
            () ->
                Draft.start(DRAFT, REPORT, DocumentCodeBook.PEOPLES_COMMITTEE, goodReport(), march(1), DRAFTER))
        .hasMessageContaining("Party documents");
  }

  @Test
  void aKeptHistoryIsReplayed() {
    DraftIssued issued =
        draftedReport().submit(march(2), DRAFTER).returnWithFindings("sửa", march(2), CHIEF)
            .revise(goodReport(), march(3), DRAFTER).submit(march(3), DRAFTER).appraise(march(4), CHIEF)
            .sign(march(4), SIGNER).issue(officeRegister(), march(5), CLERK);
    Draft kept = issued.draft();
    assertThat(Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, kept.history())).isEqualTo(kept)
        .hasSameHashCodeAs(kept);
  }

  @Test
  void aHistoryThatTheCommandsCouldNotHaveMadeIsRefused() {
    Draft signed = draftedReport().submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER);
    List<DraftEvent> h = signed.history();
    assertThatThrownBy(() -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of()))
        .hasMessageContaining("it is empty");
    assertThatThrownBy(() -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, h.subList(1, 4)))
        .hasMessageContaining("starts with START");
    assertThatThrownBy(() -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of(h.get(0), h.get(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be replayed at APPRAISE 2016-03-03 by HG-CVP");
    DraftEvent start = DraftEvent.builder().from(h.get(0)).form(withoutHeading()).build();
    assertThatThrownBy(
            () -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of(start, h.get(1), h.get(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .cause()
        .isInstanceOfSatisfying(
            DraftWorkflowException.class,
            e -> assertThat(e.rule()).contains(DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS));
    DraftEvent wrongIssue =
        DraftEvent.builder().command(DraftCommand.ISSUE).by(CLERK).on(march(5))
            .symbol(DocumentSymbol.parse("01-KH/VPTU")).build();
    List<DraftEvent> withWrongIssue = new java.util.ArrayList<>(h);
    withWrongIssue.add(wrongIssue);
    assertThatThrownBy(() -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, withWrongIssue))
        .hasMessageContaining("the kept event says 01-KH/VPTU");
    DraftEvent early = DraftEvent.builder().from(h.get(1)).on(LocalDate.of(2016, 2, 1)).build();
    assertThatThrownBy(() -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of(h.get(0), early)))
        .hasMessageContaining("do not go backwards");
    for (String symbol : List.of("01/BC-VPTU", "01-BC/TU")) {
      List<DraftEvent> other = new java.util.ArrayList<>(h);
      other.add(DraftEvent.builder().from(wrongIssue).symbol(DocumentSymbol.parse(symbol)).build());
      assertThatThrownBy(() -> Draft.replay(DRAFT, REPORT, PROVINCIAL_COMMITTEE_OFFICE, other))
          .hasMessageContaining("the kept event says " + symbol);
    }
  }

  @Test
  void readableFormAndEquality() {
    Draft d = draftedReport();
    assertThat(d).hasToString("Draft[VPTU-DT-2016-014, BC of VPTU, DRAFTED, 1 events]");
    assertThat(d.id()).isEqualTo(DRAFT);
    assertThat(d).isEqualTo(draftedReport()).hasSameHashCodeAs(draftedReport());
    assertThat(d).isNotEqualTo(d.submit(march(1), DRAFTER));
    assertThat(d)
        .isNotEqualTo(
            Draft.start(DRAFT, DocumentCodeBook.PLAN, PROVINCIAL_COMMITTEE_OFFICE, goodReport(), march(1), DRAFTER));
    assertThat(d)
        .isNotEqualTo(
            Draft.start(DRAFT, REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE, goodReport(), march(1), DRAFTER));
    assertThat(d)
        .isNotEqualTo(
            Draft.start(
                DraftId.of("VPTU-DT-2016-015"), REPORT, PROVINCIAL_COMMITTEE_OFFICE, goodReport(), march(1), DRAFTER));
    assertThat(d).isNotEqualTo("draft");
    assertThat(d.type()).isEqualTo(REPORT);
    assertThat(d.issuer()).isEqualTo(PROVINCIAL_COMMITTEE_OFFICE);
    DraftIssued issued = d.submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER)
        .issue(officeRegister(), march(4), CLERK);
    assertThat(issued.draft()).hasToString("Draft[VPTU-DT-2016-014, BC of VPTU, ISSUED as 01-BC/VPTU, 5 events]");
    assertThat(issued).hasToString("DraftIssued[" + issued.draft() + " as " + issued.issued().entry() + "]");
    DraftIssued again = d.submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER)
        .issue(officeRegister(), march(4), CLERK);
    assertThat(issued).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(issued).isNotEqualTo(d.submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER)
        .issue(officeRegister(), march(5), CLERK));
    assertThat(issued).isNotEqualTo(new DraftIssued(issued.draft(), officeRegister().issue(REPORT, march(6), "x")));
    assertThat(issued).isNotEqualTo("issued");
  }

  @Test
  void distinctDraftsHaveDistinctHashCodes() {
    assertThat(draftedReport().hashCode()).isNotEqualTo(draftedReport().submit(march(2), DRAFTER).hashCode());
    DraftIssued a = draftedReport().submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER)
        .issue(officeRegister(), march(4), CLERK);
    assertThat(a.hashCode()).isNotEqualTo(new DraftIssued(draftedReport(), a.issued()).hashCode());
  }
}
