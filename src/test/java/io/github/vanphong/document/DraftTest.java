package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentFixtures.CHIEF;
import static io.github.vanphong.document.DocumentFixtures.CLERK;
import static io.github.vanphong.document.DocumentFixtures.DRAFTER;
import static io.github.vanphong.document.DocumentFixtures.SIGNER;
import static io.github.vanphong.document.DocumentFixtures.draftedReport;
import static io.github.vanphong.document.DocumentFixtures.goodReport;
import static io.github.vanphong.document.DocumentFixtures.march;
import static io.github.vanphong.document.DocumentFixtures.officeRegister;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {

  private static DocumentForm withoutHeading() {
    return DocumentForm.builder().from(goodReport()).heading("").symbolLine("Số 5-BC/VPTU").build();
  }

  @Test
  void aDraftGoesFromDraftToIssueAndIsNumberedByTheRegisterAtIssue() {
    Draft signed = draftedReport().submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4));
    assertThat(signed.symbol()).isEmpty();
    DraftIssued issued = signed.issue(officeRegister(), CLERK, march(4));
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
        Draft.start(REPORT, PROVINCIAL_COMMITTEE_OFFICE, withoutHeading(), DRAFTER, march(1)).submit(DRAFTER, march(1));
    assertThat(bad.findings()).extracting(FormatFinding::rule)
        .containsExactly(FormatRule.HEADING_TEXT, FormatRule.NUMBER_LEFT_BLANK);
    Draft returned = bad.returnWithFindings("bổ sung số liệu quý IV", CHIEF, march(2));
    assertThat(returned.state()).isEqualTo(DraftState.RETURNED);
    DraftEvent ret = returned.history().get(2);
    assertThat(ret.findings()).hasSize(2);
    assertThat(ret.note()).contains("bổ sung số liệu quý IV");
    Draft revised = returned.revise(goodReport(), DRAFTER, march(3));
    assertThat(revised.state()).isEqualTo(DraftState.REVISED);
    assertThat(revised.form()).isEqualTo(goodReport());
    assertThat(revised.findings()).isEmpty();
    assertThat(revised.submit(DRAFTER, march(3)).appraise(CHIEF, march(4)).state()).isEqualTo(DraftState.APPRAISED);
    assertThat(returned.form()).isEqualTo(withoutHeading());
  }

  @Test
  void aDraftWithFormatFindingsIsNotAppraised() {
    Draft bad =
        Draft.start(REPORT, PROVINCIAL_COMMITTEE_OFFICE, withoutHeading(), DRAFTER, march(1)).submit(DRAFTER, march(1));
    assertThatThrownBy(() -> bad.appraise(CHIEF, march(2)))
        .isInstanceOf(DraftCommandRefusedException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a draft is appraised only when its format has no finding (Hướng dẫn 36-HD/VPTW, Mục I,"
            + " điểm 4); it has 2:")
        .hasMessageContaining("HEADING_TEXT")
        .hasMessageEndingWith("the draft is SUBMITTED (Đã trình thẩm định), where the commands allowed are [RETURN,"
            + " APPRAISE]")
        .satisfies(e -> {
          DraftCommandRefusedException r = (DraftCommandRefusedException) e;
          assertThat(r.state()).isEqualTo(DraftState.SUBMITTED);
          assertThat(r.command()).isEqualTo(DraftCommand.APPRAISE);
          assertThat(r.allowed()).containsExactly(DraftCommand.RETURN, DraftCommand.APPRAISE);
        });
    assertThat(bad.state()).isEqualTo(DraftState.SUBMITTED);
    assertThat(bad.history()).hasSize(2);
  }

  @Test
  void aRefusedCommandNamesTheStateTheCommandAndTheAllowedOnesAndChangesNothing() {
    Draft drafted = draftedReport();
    assertThatThrownBy(() -> drafted.sign(SIGNER, march(2)))
        .isInstanceOf(DraftCommandRefusedException.class)
        .hasMessage("a draft in state DRAFTED cannot take the command SIGN (Ký); the draft is DRAFTED (Dự thảo),"
            + " where the commands allowed are [SUBMIT, REVISE]");
    assertThatThrownBy(() -> drafted.appraise(CHIEF, march(2))).isInstanceOf(DraftCommandRefusedException.class);
    assertThatThrownBy(() -> drafted.returnWithFindings("x", CHIEF, march(2)))
        .isInstanceOf(DraftCommandRefusedException.class);
    assertThatThrownBy(() -> drafted.issue(officeRegister(), CLERK, march(2)))
        .isInstanceOf(DraftCommandRefusedException.class);
    Draft submitted = drafted.submit(DRAFTER, march(2));
    assertThatThrownBy(() -> submitted.submit(DRAFTER, march(2))).isInstanceOf(DraftCommandRefusedException.class);
    assertThatThrownBy(() -> submitted.revise(goodReport(), DRAFTER, march(2)))
        .isInstanceOf(DraftCommandRefusedException.class);
    Draft issued = submitted.appraise(CHIEF, march(3)).sign(SIGNER, march(3)).issue(officeRegister(), CLERK, march(3))
        .draft();
    assertThatThrownBy(() -> issued.revise(goodReport(), DRAFTER, march(4)))
        .isInstanceOf(DraftCommandRefusedException.class)
        .hasMessageEndingWith("where the commands allowed are []");
    assertThat(drafted.history()).hasSize(1);
    assertThat(drafted.state()).isEqualTo(DraftState.DRAFTED);
  }

  @Test
  void theStateIsCheckedBeforeTheDay() {
    assertThatThrownBy(() -> draftedReport().sign(SIGNER, march(1).minusDays(5)))
        .isInstanceOf(DraftCommandRefusedException.class);
  }

  @Test
  void eventsDoNotGoBackwards() {
    Draft submitted = draftedReport().submit(DRAFTER, march(5));
    assertThatThrownBy(() -> submitted.appraise(CHIEF, march(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the events of a draft do not go backwards: the last, SUBMIT, was on 2016-03-05; APPRAISE cannot"
            + " be on 2016-03-04");
    assertThat(submitted.history()).hasSize(2);
  }

  @Test
  void anAppraisedDraftMayBeReturnedByTheSigner() {
    Draft appraised = draftedReport().submit(DRAFTER, march(2)).appraise(CHIEF, march(3));
    Draft returned = appraised.returnWithFindings("viết lại phần kiến nghị", SIGNER, march(4));
    assertThat(returned.state()).isEqualTo(DraftState.RETURNED);
    assertThat(returned.history().get(3).findings()).isEmpty();
  }

  @Test
  void aReturnGivesItsReasons() {
    Draft submitted = draftedReport().submit(DRAFTER, march(2));
    assertThatThrownBy(() -> submitted.returnWithFindings("  ", CHIEF, march(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("returned with format findings or a note");
    assertThat(submitted.state()).isEqualTo(DraftState.SUBMITTED);
  }

  @Test
  void theRegisterOfAnotherIssuerOrOutsideItsTermRefusesTheIssue() {
    Draft signed = draftedReport().submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4));
    OutgoingRegister committee =
        OutgoingRegister.forPartyTerm(DocumentCodeBook.PROVINCIAL_COMMITTEE, officeRegister().covers());
    assertThatThrownBy(() -> signed.issue(committee, CLERK, march(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a draft of VPTU is numbered in a register of VPTU; this register is of TU");
    OutgoingRegister ended = officeRegister().endingOn(march(3));
    assertThatThrownBy(() -> signed.issue(ended, CLERK, march(4))).hasMessageContaining("belongs to another register");
    assertThat(signed.state()).isEqualTo(DraftState.SIGNED);
  }

  @Test
  void aSecretDraftIsNumberedInTheSequenceOfItsType() {
    DocumentForm secret = DocumentForm.builder().from(goodReport()).secrecy(Secrecy.SECRET).build();
    Issued first = officeRegister().issue(REPORT, march(1), "Báo cáo khác");
    DraftIssued issued =
        Draft.start(REPORT, PROVINCIAL_COMMITTEE_OFFICE, secret, DRAFTER, march(1)).submit(DRAFTER, march(2))
            .appraise(CHIEF, march(3)).sign(SIGNER, march(4)).issue(first.register(), CLERK, march(4));
    assertThat(issued.symbol()).hasToString("02-BC/VPTU");
    assertThat(issued.issued().entry().secrecy()).isEqualTo(Secrecy.SECRET);
  }

  @Test
  void onlyPartyDocumentsAreDraftedUnderHd36() {
    assertThatThrownBy(
            () -> Draft.start(DocumentCodeBook.STATE_REPORT, PROVINCIAL_COMMITTEE_OFFICE, goodReport(), DRAFTER,
                march(1)))
        .hasMessageContaining("Party documents");
    assertThatThrownBy(
            () -> Draft.start(REPORT, DocumentCodeBook.PEOPLES_COMMITTEE, goodReport(), DRAFTER, march(1)))
        .hasMessageContaining("Party documents");
  }

  @Test
  void aKeptHistoryIsRestored() {
    DraftIssued issued =
        draftedReport().submit(DRAFTER, march(2)).returnWithFindings("sửa", CHIEF, march(2))
            .revise(goodReport(), DRAFTER, march(3)).submit(DRAFTER, march(3)).appraise(CHIEF, march(4))
            .sign(SIGNER, march(4)).issue(officeRegister(), CLERK, march(5));
    Draft kept = issued.draft();
    assertThat(Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, kept.history())).isEqualTo(kept)
        .hasSameHashCodeAs(kept);
  }

  @Test
  void aHistoryThatTheCommandsCouldNotHaveMadeIsRefused() {
    Draft signed = draftedReport().submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4));
    List<DraftEvent> h = signed.history();
    assertThatThrownBy(() -> Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of()))
        .hasMessageContaining("it is empty");
    assertThatThrownBy(() -> Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, h.subList(1, 4)))
        .hasMessageContaining("starts with START");
    assertThatThrownBy(() -> Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of(h.get(0), h.get(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be replayed at APPRAISE 2016-03-03 by HG-CVP");
    DraftEvent start = DraftEvent.builder().from(h.get(0)).form(withoutHeading()).build();
    assertThatThrownBy(
            () -> Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of(start, h.get(1), h.get(2))))
        .hasMessageContaining("appraised only when its format has no finding");
    DraftEvent wrongIssue =
        DraftEvent.builder().command(DraftCommand.ISSUE).by(CLERK).on(march(5))
            .symbol(DocumentSymbol.parse("01-KH/VPTU")).build();
    List<DraftEvent> withWrongIssue = new java.util.ArrayList<>(h);
    withWrongIssue.add(wrongIssue);
    assertThatThrownBy(() -> Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, withWrongIssue))
        .hasMessageContaining("the kept event says 01-KH/VPTU");
    DraftEvent early = DraftEvent.builder().from(h.get(1)).on(LocalDate.of(2016, 2, 1)).build();
    assertThatThrownBy(() -> Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, List.of(h.get(0), early)))
        .hasMessageContaining("do not go backwards");
    for (String symbol : List.of("01/BC-VPTU", "01-BC/TU")) {
      List<DraftEvent> other = new java.util.ArrayList<>(h);
      other.add(DraftEvent.builder().from(wrongIssue).symbol(DocumentSymbol.parse(symbol)).build());
      assertThatThrownBy(() -> Draft.restore(REPORT, PROVINCIAL_COMMITTEE_OFFICE, other))
          .hasMessageContaining("the kept event says " + symbol);
    }
  }

  @Test
  void readableFormAndEquality() {
    Draft d = draftedReport();
    assertThat(d).hasToString("Draft[BC of VPTU, DRAFTED, 1 events]");
    assertThat(d).isEqualTo(draftedReport()).hasSameHashCodeAs(draftedReport());
    assertThat(d).isNotEqualTo(d.submit(DRAFTER, march(1)));
    assertThat(d).isNotEqualTo(Draft.start(DocumentCodeBook.PLAN, PROVINCIAL_COMMITTEE_OFFICE, goodReport(), DRAFTER,
        march(1)));
    assertThat(d).isNotEqualTo(Draft.start(REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE, goodReport(), DRAFTER,
        march(1)));
    assertThat(d).isNotEqualTo("draft");
    assertThat(d.type()).isEqualTo(REPORT);
    assertThat(d.issuer()).isEqualTo(PROVINCIAL_COMMITTEE_OFFICE);
    DraftIssued issued = d.submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4))
        .issue(officeRegister(), CLERK, march(4));
    assertThat(issued.draft()).hasToString("Draft[BC of VPTU, ISSUED as 01-BC/VPTU, 5 events]");
    assertThat(issued).hasToString("DraftIssued[" + issued.draft() + " as " + issued.issued().entry() + "]");
    DraftIssued again = d.submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4))
        .issue(officeRegister(), CLERK, march(4));
    assertThat(issued).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(issued).isNotEqualTo(d.submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4))
        .issue(officeRegister(), CLERK, march(5)));
    assertThat(issued).isNotEqualTo(new DraftIssued(issued.draft(), officeRegister().issue(REPORT, march(6), "x")));
    assertThat(issued).isNotEqualTo("issued");
  }

  @Test
  void distinctDraftsHaveDistinctHashCodes() {
    assertThat(draftedReport().hashCode()).isNotEqualTo(draftedReport().submit(DRAFTER, march(2)).hashCode());
    DraftIssued a = draftedReport().submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4))
        .issue(officeRegister(), CLERK, march(4));
    assertThat(a.hashCode()).isNotEqualTo(new DraftIssued(draftedReport(), a.issued()).hashCode());
  }
}
