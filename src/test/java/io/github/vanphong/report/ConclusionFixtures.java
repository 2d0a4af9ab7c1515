package io.github.vanphong.report;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingId;
import io.github.vanphong.meeting.Conclusion;
import io.github.vanphong.meeting.MeetingKind;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The standing committee of Hậu Giang in July 2016: a programme item "Sơ kết 6 tháng đầu năm 2016" concluded at the
 * session of 2016-07-20 by its conclusion 2, from which the office and the propaganda board are given work.
 */
final class ConclusionFixtures {

  static final LocalDate SESSION_DAY = LocalDate.of(2016, 7, 20);
  static final UnitId COMMITTEE = UnitId.of("HG-TU");
  static final UnitId OFFICE = UnitId.of("HG-VPTU");
  static final UnitId PROPAGANDA = UnitId.of("HG-BTG");
  static final PersonId CHIEF = PersonId.of("HG-P-CVP");
  static final PersonId SECRETARY = PersonId.of("HG-P-BT");
  static final ProgrammeItemId ITEM = ProgrammeItemId.of("HG-BTV-2016-07");
  static final BriefingId SESSION = BriefingId.of("HG-BTV-2016-07-20");
  static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  static final LegalBasis NOTICE =
      LegalBasis.builder()
          .instrument(Instrument.of("Thông báo kết luận phiên họp Ban Thường vụ 20/7/2016", SESSION_DAY))
          .article("mục 2")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private ConclusionFixtures() {}

  /** The item, planned on 2016-06-20 for July, then prepared, submitted and concluded on the given day. */
  static ProgrammeItem concludedOn(LocalDate day) {
    return submitted().conclude(Optional.of("Thống nhất báo cáo sơ kết"), day, CHIEF);
  }

  /** The item concluded on the day of the session. */
  static ProgrammeItem item() {
    return concludedOn(SESSION_DAY);
  }

  /** The item before the session, submitted on 2016-07-15. */
  static ProgrammeItem submitted() {
    return ProgrammeItem.plan(
            ITEM, "Sơ kết 6 tháng đầu năm 2016", OFFICE, YearMonth.of(2016, 7), LocalDate.of(2016, 6, 20), CHIEF)
        .prepare(LocalDate.of(2016, 7, 10), CHIEF)
        .submit(LocalDate.of(2016, 7, 15), CHIEF);
  }

  /** The session of the standing committee, with three conclusions. */
  static Briefing session() {
    return Briefing.builder()
        .id(SESSION)
        .kind(MeetingKind.INTERIM_REVIEW)
        .title("Phiên họp Ban Thường vụ Tỉnh ủy tháng 7 năm 2016")
        .date(SESSION_DAY)
        .convenedBy(OFFICE)
        .chair(SECRETARY)
        .chairPost(Post.of(COMMITTEE, PostKind.SECRETARY))
        .addConclusions(
            Conclusion.of(1, "Thông qua chương trình công tác quý III"),
            Conclusion.of(2, "Hoàn chỉnh báo cáo sơ kết 6 tháng đầu năm 2016"),
            Conclusion.of(3, "Chuẩn bị hội nghị Tỉnh ủy giữa năm"))
        .build();
  }

  /** Thirty calendar days from the session: due Friday 2016-08-19. */
  static Deadline thirtyDays() {
    return TimeLimit.calendarDays(30, NOTICE).from("phiên họp kết luận", SESSION_DAY, CALENDAR);
  }

  /** An action item of conclusion 2, assigned on 2016-07-22. */
  static ActionItem actionItem(String id, UnitId owner) {
    return session().assign(2, ActionItemId.of(id), owner, thirtyDays(), LocalDate.of(2016, 7, 22), CHIEF);
  }
}
