package io.github.vanphong.meeting;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Appointment;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A small Hậu Giang of 2016 for the meeting tests: two district-level committees, their offices, one briefing. */
final class MeetingFixtures {

  static final LocalDate BRIEFING_DAY = LocalDate.of(2016, 3, 1);
  /** A Friday; the conclusion notice of the fixtures is issued that day. */
  static final LocalDate NOTICE_DAY = LocalDate.of(2016, 3, 4);
  static final LocalDate TWO_TIER_DAY = LocalDate.of(2025, 7, 1);

  static final UnitId PROVINCE = UnitId.of("HG-TU");
  static final UnitId OFFICE = UnitId.of("HG-VPTU");
  static final UnitId CHAU_THANH = UnitId.of("HG-CT");
  static final UnitId CHAU_THANH_OFFICE = UnitId.of("HG-CT-VP");
  static final UnitId VI_THANH = UnitId.of("HG-VT");
  static final UnitId VI_THANH_OFFICE = UnitId.of("HG-VT-VP");
  static final UnitId CAN_THO = UnitId.of("CT-TU");

  static final PersonId CHAIR = PersonId.of("HG-P-HTT");
  static final PersonId CHIEF = PersonId.of("HG-P-CVP");
  static final Post STANDING_DEPUTY = Post.of(PROVINCE, PostKind.STANDING_DEPUTY_SECRETARY);

  static final BriefingId BRIEFING = BriefingId.of("HG-GB-2016-03-01");
  static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  static final LegalBasis NOTICE_BASIS =
      LegalBasis.builder()
          .instrument(Instrument.of("Thông báo kết luận hội nghị giao ban 01/3/2016", NOTICE_DAY))
          .article("mục 4")
          
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private MeetingFixtures() {}

  static OrgChart chart() {
    LocalDate founded = LocalDate.of(2004, 1, 1);
    OrgChart chart =
        OrgChart.of(
            List.of(
                Restructuring.create(founded, CAN_THO, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
                Restructuring.create(founded, PROVINCE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
                Restructuring.create(founded, OFFICE, "Văn phòng Tỉnh ủy", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(PROVINCE)),
                Restructuring.create(founded, CHAU_THANH, "Huyện ủy Châu Thành", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
                Restructuring.create(founded, CHAU_THANH_OFFICE, "Văn phòng Huyện ủy Châu Thành", UnitKind.OFFICE, Level.DISTRICT, Optional.of(CHAU_THANH)),
                Restructuring.create(founded, VI_THANH, "Thành ủy Vị Thanh", UnitKind.CITY_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
                Restructuring.create(founded, VI_THANH_OFFICE, "Văn phòng Thành ủy Vị Thanh", UnitKind.OFFICE, Level.DISTRICT, Optional.of(VI_THANH)),
                Restructuring.dissolve(TWO_TIER_DAY, CHAU_THANH_OFFICE, CAN_THO),
                Restructuring.dissolve(TWO_TIER_DAY, CHAU_THANH, CAN_THO),
                Restructuring.dissolve(TWO_TIER_DAY, VI_THANH_OFFICE, CAN_THO),
                Restructuring.dissolve(TWO_TIER_DAY, VI_THANH, CAN_THO),
                Restructuring.merge(TWO_TIER_DAY, List.of(OFFICE, PROVINCE), CAN_THO)));
    return chart
        .withPerson(Person.of(CHAIR, "Huỳnh Thanh Tạo"))
        .withPerson(Person.of(CHIEF, "Chánh Văn phòng"))
        .appoint(
            Appointment.of(
                CHAIR, STANDING_DEPUTY, Validity.between(LocalDate.of(2015, 10, 15), LocalDate.of(2020, 10, 14))));
  }

  static Briefing briefing() {
    return Briefing.builder()
        .id(BRIEFING)
        .kind(MeetingKind.BRIEFING)
        .title("Giao ban công tác văn phòng cấp ủy lần đầu tiên")
        .date(BRIEFING_DAY)
        .convenedBy(OFFICE)
        .chair(CHAIR)
        .chairPost(STANDING_DEPUTY)
        .addInvitedUnits(CHAU_THANH_OFFICE, VI_THANH_OFFICE)
        .attendance(Attendance.builder().putPresent(Level.DISTRICT, AttendanceCount.nearly(200)).build())
        .addAgenda("Báo cáo công tác văn phòng cấp ủy năm 2015")
        .addConclusions(
            Conclusion.of(1, "Nâng cao chất lượng tham mưu cho cấp ủy"),
            Conclusion.of(2, "Làm tốt công tác biên tập, thẩm định văn bản"))
        .build();
  }

  /** A deadline of so many working days from the notice of 2016-03-04. */
  static Deadline workingDays(int days) {
    return TimeLimit.workingDays(days, NOTICE_BASIS).from("thông báo kết luận được ban hành", NOTICE_DAY, CALENDAR);
  }

  /** An item of conclusion 1, assigned on the notice day with 20 working days (due Friday 2016-04-01). */
  static ActionItem item(String id, UnitId owner) {
    return ActionItem.assign(
        ActionItemId.of(id), BRIEFING, Conclusion.of(1, "Nâng cao chất lượng tham mưu cho cấp ủy"), owner,
        workingDays(20), NOTICE_DAY, CHIEF);
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(2016, month, day);
  }
}
