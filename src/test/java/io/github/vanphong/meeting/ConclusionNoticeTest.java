package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.BRIEFING;
import static io.github.vanphong.meeting.MeetingFixtures.BRIEFING_DAY;
import static io.github.vanphong.meeting.MeetingFixtures.CALENDAR;
import static io.github.vanphong.meeting.MeetingFixtures.CHAIR;
import static io.github.vanphong.meeting.MeetingFixtures.OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.briefing;
import static io.github.vanphong.meeting.MeetingFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.Issued;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConclusionNoticeTest {

  private static final LocalDate ISSUE_DAY = day(3, 7);
  private static final OutgoingRegister REGISTER =
      OutgoingRegister.forPartyTerm(
          DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE, OutgoingRegister.termAfterCongress(LocalDate.of(2015, 10, 14)));

  private final Briefing briefing = briefing();
  private final Issued issued =
      REGISTER.issue(DocumentCodeBook.NOTICE, ISSUE_DAY, ConclusionNotice.summaryOf(briefing));
  private final ConclusionNotice notice = ConclusionNotice.of(briefing, issued.entry());

  @Test
  void theRegisterGivesTheNoticeItsNumber() {
    assertThat(notice.symbol()).isEqualTo(DocumentSymbol.parse("01-TB/VPTU"));
    assertThat(notice.symbol().displayForm()).isEqualTo("Số 01-TB/VPTU");
    assertThat(notice.issuedOn()).isEqualTo(ISSUE_DAY);
    assertThat(notice.briefing()).isEqualTo(BRIEFING);
    assertThat(notice.briefingDate()).isEqualTo(BRIEFING_DAY);
    assertThat(notice.conclusions()).isEqualTo(briefing.conclusions());
    assertThat(notice.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(issued.register().entries()).containsExactly(notice.entry());
    Issued second = issued.register().issue(DocumentCodeBook.NOTICE, day(3, 8), "Kết luận khác");
    assertThat(ConclusionNotice.of(briefing, second.entry()).symbol()).hasToString("02-TB/VPTU");
  }

  @Test
  void theSummaryNamesTheBriefingAndItsDay() {
    assertThat(ConclusionNotice.summaryOf(briefing))
        .isEqualTo("Kết luận tại Giao ban công tác văn phòng cấp ủy lần đầu tiên ngày 01/3/2016");
    assertThat(notice.entry().summary()).isEqualTo(ConclusionNotice.summaryOf(briefing));
  }

  @Test
  void aConclusionNoticeIsAThongBao() {
    Issued report = REGISTER.issue(DocumentCodeBook.REPORT, ISSUE_DAY, "Báo cáo");
    assertThatThrownBy(() -> ConclusionNotice.of(briefing, report.entry()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a conclusion notice is a thông báo, type code TB (Hướng dẫn 36-HD/VPTW")
        .hasMessageEndingWith("01-BC/VPTU is a Báo cáo");
    OutgoingRegister state = OutgoingRegister.forStateYear(DocumentCodeBook.PEOPLES_COMMITTEE, java.time.Year.of(2016));
    RegisterEntry stateNotice = state.issue(DocumentCodeBook.STATE_NOTICE, ISSUE_DAY, "Kết luận").entry();
    assertThat(ConclusionNotice.of(briefing, stateNotice).symbol().isParty()).isFalse();
    assertThat(REGISTER.entries()).isEmpty();
    assertThat(notice).isEqualTo(ConclusionNotice.of(briefing(), issued.entry()));
  }

  @Test
  void aVoidedNumberCannotCarryANotice() {
    OutgoingRegister voided = issued.register().voidNumber(notice.symbol(), day(3, 8), "Ban hành nhầm");
    RegisterEntry entry = voided.entry(notice.symbol()).orElseThrow();
    assertThatThrownBy(() -> ConclusionNotice.of(briefing, entry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a conclusion notice carries a number in use; 01-TB/VPTU was voided:");
  }

  @Test
  void aNoticeIsIssuedOnOrAfterItsBriefingAndRecordsItsConclusions() {
    RegisterEntry early = REGISTER.issue(DocumentCodeBook.NOTICE, day(2, 29), "Kết luận").entry();
    assertThatThrownBy(() -> ConclusionNotice.of(briefing, early))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a conclusion notice is issued on or after its briefing (2016-03-01, HG-GB-2016-03-01); 01-TB/VPTU is dated"
                + " 2016-02-29");
    assertThat(ConclusionNotice.of(briefing, REGISTER.issue(DocumentCodeBook.NOTICE, BRIEFING_DAY, "x").entry()))
        .isNotNull();
    Briefing none = Briefing.builder().from(briefing).conclusions(java.util.List.of()).build();
    assertThatThrownBy(() -> ConclusionNotice.of(none, issued.entry()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a conclusion notice records at least one conclusion; 01-TB/VPTU records none");
  }

  @Test
  void aNoticeKeptInAStoreIsRebuiltFromWhatItRecords() {
    ConclusionNotice rebuilt =
        ConclusionNotice.of(briefing.id(), briefing.date(), briefing.conclusions(), issued.entry());
    assertThat(rebuilt).isEqualTo(notice);
    assertThatThrownBy(
            () ->
                ConclusionNotice.of(
                    briefing.id(), ISSUE_DAY.plusDays(1), briefing.conclusions(), issued.entry()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a conclusion notice is issued on or after its briefing");
    assertThatThrownBy(
            () ->
                ConclusionNotice.of(
                    briefing.id(), briefing.date(), java.util.List.of(Conclusion.of(2, "x")), issued.entry()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the conclusions of a notice are numbered 1, 2, 3 … in order");
  }

  @Test
  void theConclusionsOfANoticeAreNumberedInOrder() {
    assertThatThrownBy(
            () ->
                ImmutableConclusionNotice.builder()
                    .from(notice)
                    .conclusions(java.util.List.of(Conclusion.of(2, "x")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the conclusions of a notice are numbered 1, 2, 3 … in order; conclusion 1 of 01-TB/VPTU is numbered 2");
    assertThat(notice.conclusion(2).number()).isEqualTo(2);
    assertThatThrownBy(() -> notice.conclusion(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notice 01-TB/VPTU records conclusions 1 to 2; there is no conclusion 3");
    assertThatThrownBy(() -> notice.conclusion(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNoticeIsTheBasisOfEachConclusionsDeadline() {
    LegalBasis basis = notice.basisOf(2);
    assertThat(basis.citation()).isEqualTo("Thông báo 01-TB/VPTU (07/3/2016), kết luận 2");
    assertThat(basis.inForceFrom()).isEqualTo(ISSUE_DAY);
    assertThat(basis.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(notice.withConfirmation(Confirmation.UNCONFIRMED).basisOf(2).confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
    assertThatThrownBy(() -> notice.basisOf(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDeadlineCountsFromTheDayAfterTheNotice() {
    Deadline working = notice.deadline(1, 20, DayCount.WORKING_DAYS, CALENDAR);
    assertThat(working.eventDay()).isEqualTo(ISSUE_DAY);
    assertThat(working.dueDate()).isEqualTo(day(4, 4));
    assertThat(working.startEvent()).isEqualTo("thông báo kết luận 01-TB/VPTU được ban hành");
    assertThat(working.timeLimit().basis()).isEqualTo(notice.basisOf(1));
    Deadline calendar = notice.deadline(1, 20, DayCount.CALENDAR_DAYS, CALENDAR);
    assertThat(calendar.dueDate()).isEqualTo(day(3, 28));
    assertThatThrownBy(() -> notice.deadline(1, 0, DayCount.WORKING_DAYS, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> notice.deadline(7, 10, DayCount.WORKING_DAYS, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(notice.conclusions()).hasSize(2);
  }

  @Test
  void aConclusionIsAssignedOnTheDayOfIssue() {
    ActionItem item =
        notice.assign(
            1, ActionItemId.of("A-1"), OFFICE, notice.deadline(1, 20, DayCount.WORKING_DAYS, CALENDAR), CHAIR);
    assertThat(item.assignedOn()).isEqualTo(ISSUE_DAY);
    assertThat(item.conclusion()).isEqualTo(notice.conclusion(1));
    assertThat(item.briefing()).isEqualTo(BRIEFING);
    assertThat(item.history().get(0).actor()).isEqualTo(CHAIR);
  }

  @Test
  void noticesAreValuesWithAReadableForm() {
    new EqualsTester()
        .addEqualityGroup(notice, ConclusionNotice.of(briefing, issued.entry()))
        .addEqualityGroup(notice.withConfirmation(Confirmation.UNCONFIRMED))
        .addEqualityGroup(ConclusionNotice.of(briefing.withConclusion("x"), issued.entry()))
        .testEquals();
    assertThat(notice)
        .hasToString("ConclusionNotice[01-TB/VPTU of 2016-03-07, briefing HG-GB-2016-03-01 of 2016-03-01, 2 conclusions]");
    assertThat(notice.withConfirmation(Confirmation.UNCONFIRMED).toString()).endsWith(", 2 conclusions, unconfirmed]");
  }
}
