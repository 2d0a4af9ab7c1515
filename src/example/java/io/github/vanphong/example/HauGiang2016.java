package io.github.vanphong.example;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Instrument;
import static io.github.vanphong.organization.Restructuring.changeKind;
import static io.github.vanphong.organization.Restructuring.create;
import static io.github.vanphong.organization.Restructuring.dissolve;
import static io.github.vanphong.organization.Restructuring.merge;
import static io.github.vanphong.organization.Restructuring.rename;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentForm;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.Draft;
import io.github.vanphong.document.DraftId;
import io.github.vanphong.document.DraftIssued;
import io.github.vanphong.document.FormatFinding;
import io.github.vanphong.document.FormatRule;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Attendance;
import io.github.vanphong.meeting.AttendanceCount;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingId;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.meeting.FollowUp;
import io.github.vanphong.meeting.MeetingKind;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.meeting.ProgressRollUp;
import io.github.vanphong.meeting.Recurrence;
import io.github.vanphong.organization.Appointment;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.staffing.CountingRule;
import io.github.vanphong.staffing.Employment;
import io.github.vanphong.staffing.Establishment;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.Qualification;
import io.github.vanphong.staffing.QuotaCheck;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.QuotaReport;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorms;
import io.github.vanphong.staffing.StaffingSummary;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The example scenario: Hậu Giang on 2016-03-01, the day of the first briefing of the province's party committee
 * offices (giao ban công tác văn phòng cấp ủy), chaired by Huỳnh Thanh Tạo, Standing Deputy Secretary of the
 * Provincial Party Committee and Chair of the provincial People's Council.
 *
 * <p>What comes from the report of that briefing (tinhuyhaugiang.org.vn, 04/03/2016): the provincial office has 50
 * staff, mostly with a university or postgraduate degree; the eight district-level committee offices have nearly 80
 * staff in all, one of them only 4 against a norm of 11 to 13. The report does not say which office had 4 nor how
 * the rest were spread: the distribution below is illustrative, and the scenario says so when it runs. The dates of
 * changes before 2016 and the later ones (Ngã Bảy becoming a city; the end of the district level and the merger
 * into Cần Thơ on 2025-07-01) show the dated chart at work; only the 2025 ones cite their instruments.
 *
 * <p>The briefing itself ({@link #briefing()}): its chair and his two posts, the units invited, the nearly 200
 * cadres present, and the six conclusions the report gives (the quality of advice to the committee; editing and
 * appraisal of documents; coordination between the offices; serving the 2016 elections of the National Assembly,
 * term XIV, and of the People's Councils, 2016–2021; inviting grassroots party committee office staff next time;
 * holding briefings periodically). What the report does not give is example data, and the scenario says so when it
 * runs: the conclusion notice's number and day (numbered by the office's outgoing register), the owners and deadlines
 * of the action items and their follow-up, and the twice-yearly recurrence.
 *
 * <p>Its last section ({@link HauGiang2016Finance}) shows one cell's Party dues in 2016 and 2026 and the cars of the
 * provincial office after the 2025 merger, all of them example data.
 *
 * <p>{@code mvn -q test-compile exec:java} runs {@link #main(String[])}.
 */
public final class HauGiang2016 {

  /** The day of the briefing. */
  public static final LocalDate BRIEFING_DAY = LocalDate.of(2016, 3, 1);

  /** The day the district level ended and Hậu Giang merged into Cần Thơ. */
  public static final LocalDate TWO_TIER_DAY = LocalDate.of(2025, 7, 1);

  public static final UnitId PROVINCIAL_COMMITTEE = UnitId.of("HG-TU");
  public static final UnitId PROVINCIAL_OFFICE = UnitId.of("HG-VPTU");
  public static final UnitId INSPECTION_COMMITTEE = UnitId.of("HG-UBKTTU");
  public static final UnitId PEOPLES_COUNCIL = UnitId.of("HG-HDND");
  public static final UnitId COUNCIL_OFFICE = UnitId.of("HG-VPDDBQH-HDND");
  public static final UnitId CAN_THO_COMMITTEE = UnitId.of("CT-TU");
  public static final UnitId CAN_THO_OFFICE = UnitId.of("CT-VPTU");
  public static final UnitId CAN_THO_COUNCIL = UnitId.of("CT-HDND");
  public static final PersonId HUYNH_THANH_TAO = PersonId.of("HG-P-HTT");
  public static final BriefingId BRIEFING = BriefingId.of("HG-GB-2016-03-01");

  /**
   * The day the conclusion notice is issued in this example. <b>Example data:</b> the report of the briefing gives
   * neither the notice's number nor its day.
   */
  public static final LocalDate NOTICE_DAY = LocalDate.of(2016, 3, 7);

  /**
   * The days the conclusion notice is drafted and appraised in this example. <b>Example data</b>, as the notice's
   * number and day: the report gives neither.
   */
  public static final LocalDate NOTICE_DRAFTED = LocalDate.of(2016, 3, 2);

  /** The day the chief of the office appraises the draft of the notice in this example. <b>Example data.</b> */
  public static final LocalDate NOTICE_APPRAISED = LocalDate.of(2016, 3, 4);

  /** The drafter, the chief of the office and the văn thư of the provincial office: example identifiers. */
  public static final PersonId OFFICE_DRAFTER = PersonId.of("HG-P-VPTU-CV");

  /** The chief of the provincial office (chánh văn phòng), who appraises and signs: an example identifier. */
  public static final PersonId OFFICE_CHIEF = PersonId.of("HG-P-VPTU-CVP");

  /** The văn thư of the provincial office, who issues: an example identifier. */
  public static final PersonId OFFICE_CLERK = PersonId.of("HG-P-VPTU-VT");

  /** The day of the follow-up shown: the end of the first half of 2016. */
  public static final LocalDate FOLLOW_UP_DAY = LocalDate.of(2016, 6, 30);

  /**
   * The first day of the Provincial Party Committee's 2015–2020 term, from which its office's register numbers
   * each type from 01. <b>Approximate:</b> the congress of October 2015 is known, not its closing day.
   */
  public static final LocalDate TERM_START = LocalDate.of(2015, 10, 15);

  private static final LocalDate PROVINCE_FOUNDED = LocalDate.of(2004, 1, 1);

  /** A district-level committee of 2016, its office, and the office's staff in this (illustrative) scenario. */
  private record District(String id, String name, UnitKind kind, String officeName, int staff) {
    UnitId committee() {
      return UnitId.of("HG-" + id);
    }

    UnitId office() {
      return UnitId.of("HG-" + id + "-VP");
    }
  }

  private static final ImmutableList<District> DISTRICTS =
      ImmutableList.of(
          new District("VITHANH", "Thành ủy Vị Thanh", UnitKind.CITY_COMMITTEE, "Văn phòng Thành ủy Vị Thanh", 13),
          new District("NGABAY", "Thị ủy Ngã Bảy", UnitKind.TOWN_COMMITTEE, "Văn phòng Thị ủy Ngã Bảy", 12),
          new District("LONGMY-TX", "Thị ủy Long Mỹ", UnitKind.TOWN_COMMITTEE, "Văn phòng Thị ủy Long Mỹ", 4),
          new District(
              "CHAUTHANH", "Huyện ủy Châu Thành", UnitKind.DISTRICT_COMMITTEE, "Văn phòng Huyện ủy Châu Thành", 11),
          new District(
              "CHAUTHANHA",
              "Huyện ủy Châu Thành A",
              UnitKind.DISTRICT_COMMITTEE,
              "Văn phòng Huyện ủy Châu Thành A",
              11),
          new District("LONGMY", "Huyện ủy Long Mỹ", UnitKind.DISTRICT_COMMITTEE, "Văn phòng Huyện ủy Long Mỹ", 9),
          new District(
              "PHUNGHIEP", "Huyện ủy Phụng Hiệp", UnitKind.DISTRICT_COMMITTEE, "Văn phòng Huyện ủy Phụng Hiệp", 10),
          new District("VITHUY", "Huyện ủy Vị Thủy", UnitKind.DISTRICT_COMMITTEE, "Văn phòng Huyện ủy Vị Thủy", 9));

  private HauGiang2016() {}

  /**
   * Returns the org chart of Hậu Giang and the part of Cần Thơ it merged into, from 2004 to after 2025-07-01, with
   * Huỳnh Thanh Tạo's two posts.
   *
   * @return the chart, not null
   */
  public static OrgChart orgChart() {
    List<Restructuring> events = new ArrayList<>();
    events.add(create(PROVINCE_FOUNDED, CAN_THO_COMMITTEE, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()));
    events.add(create(PROVINCE_FOUNDED, CAN_THO_OFFICE, "Văn phòng Thành ủy Cần Thơ", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(CAN_THO_COMMITTEE)));
    events.add(create(PROVINCE_FOUNDED, CAN_THO_COUNCIL, "Hội đồng nhân dân thành phố Cần Thơ", UnitKind.PEOPLES_COUNCIL, Level.PROVINCIAL, Optional.empty()));
    events.add(create(PROVINCE_FOUNDED, PROVINCIAL_COMMITTEE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()));
    events.add(create(PROVINCE_FOUNDED, PROVINCIAL_OFFICE, "Văn phòng Tỉnh ủy Hậu Giang", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(PROVINCIAL_COMMITTEE)));
    events.add(create(PROVINCE_FOUNDED, INSPECTION_COMMITTEE, "Ủy ban Kiểm tra Tỉnh ủy Hậu Giang", UnitKind.INSPECTION_COMMITTEE, Level.PROVINCIAL, Optional.of(PROVINCIAL_COMMITTEE)));
    events.add(create(PROVINCE_FOUNDED, PEOPLES_COUNCIL, "Hội đồng nhân dân tỉnh Hậu Giang", UnitKind.PEOPLES_COUNCIL, Level.PROVINCIAL, Optional.empty()));
    events.add(create(PROVINCE_FOUNDED, COUNCIL_OFFICE, "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hậu Giang", UnitKind.COUNCIL_OFFICE, Level.PROVINCIAL, Optional.of(PEOPLES_COUNCIL)));
    for (District d : DISTRICTS) {
      LocalDate founded = founded(d);
      String name = d.id().equals("NGABAY") ? "Thị ủy Tân Hiệp" : d.name();
      String officeName = d.id().equals("NGABAY") ? "Văn phòng Thị ủy Tân Hiệp" : d.officeName();
      events.add(create(founded, d.committee(), name, d.kind(), Level.DISTRICT, Optional.of(PROVINCIAL_COMMITTEE)));
      events.add(create(founded, d.office(), officeName, UnitKind.OFFICE, Level.DISTRICT, Optional.of(d.committee())));
    }
    // Tân Hiệp town, created in 2005, took the name Ngã Bảy in 2006 and later became a city (dates approximate).
    District ngaBay = DISTRICTS.get(1);
    events.add(rename(LocalDate.of(2006, 1, 1), ngaBay.committee(), "Thị ủy Ngã Bảy"));
    events.add(rename(LocalDate.of(2006, 1, 1), ngaBay.office(), "Văn phòng Thị ủy Ngã Bảy"));
    events.add(changeKind(LocalDate.of(2020, 2, 1), ngaBay.committee(), UnitKind.CITY_COMMITTEE));
    events.add(rename(LocalDate.of(2020, 2, 1), ngaBay.committee(), "Thành ủy Ngã Bảy"));
    events.add(rename(LocalDate.of(2020, 2, 1), ngaBay.office(), "Văn phòng Thành ủy Ngã Bảy"));
    // 2025-07-01: the district level ends and Hậu Giang merges into Cần Thơ, whose committee carries the history.
    for (District d : DISTRICTS) {
      events.add(dissolve(TWO_TIER_DAY, d.office(), CAN_THO_OFFICE).withBasis(END_OF_DISTRICT_LEVEL));
      events.add(dissolve(TWO_TIER_DAY, d.committee(), CAN_THO_COMMITTEE).withBasis(END_OF_DISTRICT_LEVEL));
    }
    events.add(merge(TWO_TIER_DAY, List.of(PROVINCIAL_OFFICE), CAN_THO_OFFICE).withBasis(MERGER));
    events.add(merge(TWO_TIER_DAY, List.of(INSPECTION_COMMITTEE, PROVINCIAL_COMMITTEE), CAN_THO_COMMITTEE).withBasis(MERGER));
    events.add(merge(TWO_TIER_DAY, List.of(COUNCIL_OFFICE, PEOPLES_COUNCIL), CAN_THO_COUNCIL).withBasis(MERGER));

    OrgChart chart = OrgChart.of(events).withPerson(Person.of(HUYNH_THANH_TAO, "Huỳnh Thanh Tạo"));
    // Standing Deputy Secretary through the 2015–2020 term (start approximate: the congress of October 2015);
    // Chair of the People's Council from 2015-12-02 to 2020-11-10.
    return chart
        .appoint(
            Appointment.of(
                HUYNH_THANH_TAO,
                Post.of(PROVINCIAL_COMMITTEE, PostKind.STANDING_DEPUTY_SECRETARY),
                Validity.between(LocalDate.of(2015, 10, 15), LocalDate.of(2020, 10, 14))))
        .appoint(
            Appointment.of(
                HUYNH_THANH_TAO,
                Post.of(PEOPLES_COUNCIL, PostKind.CHAIR),
                Validity.between(LocalDate.of(2015, 12, 2), LocalDate.of(2020, 11, 10))));
  }

  private static final LegalBasis END_OF_DISTRICT_LEVEL = Level.DISTRICT.endedBy().orElseThrow();

  private static final LegalBasis MERGER =
      LegalBasis.builder()
          .instrument(Instrument.of("Nghị quyết 202/2025/QH15", LocalDate.of(2025, 6, 12)))
          .article("Điều 1 (sắp xếp đơn vị hành chính cấp tỉnh)")
          
          .confirmation(Confirmation.REPORTED)
          .build();

  private static LocalDate founded(District d) {
    switch (d.id()) {
      case "NGABAY":
        return LocalDate.of(2005, 1, 1);
      case "LONGMY-TX":
        return LocalDate.of(2015, 5, 15);
      default:
        return PROVINCE_FOUNDED;
    }
  }

  /**
   * Returns the staff in post on the briefing day: 50 at the provincial office and 79 at the eight district-level
   * offices (the spread among them is illustrative), each with a qualification level.
   *
   * @return the headcount, not null
   */
  public static Headcount headcount() {
    List<StaffAssignment> staff = new ArrayList<>();
    // The provincial office: 50, mostly university or postgraduate.
    addStaff(staff, PROVINCIAL_OFFICE, 6, 38, 2, 2, 2);
    for (District d : DISTRICTS) {
      int postgraduate = d.staff() >= 11 ? 1 : 0;
      int college = d.staff() >= 9 ? 1 : 0;
      int intermediate = 1;
      int university = d.staff() - postgraduate - college - intermediate;
      addStaff(staff, d.office(), postgraduate, university, college, intermediate, 0);
    }
    return Headcount.of(staff);
  }

  private static void addStaff(
      List<StaffAssignment> staff,
      UnitId office,
      int postgraduate,
      int university,
      int college,
      int intermediate,
      int other) {
    int[] counts = {postgraduate, university, college, intermediate, other};
    Qualification[] levels = {
      Qualification.POSTGRADUATE,
      Qualification.UNIVERSITY,
      Qualification.COLLEGE,
      Qualification.INTERMEDIATE,
      Qualification.OTHER
    };
    int n = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts[i]; j++) {
        staff.add(
            StaffAssignment.builder()
                .person(PersonId.of(office.value() + "-" + (++n)))
                .unit(office)
                .employment(Employment.OFFICIAL)
                .qualification(levels[i])
                .tenure(Validity.from(LocalDate.of(2015, 1, 1)))
                .build());
      }
    }
  }

  /**
   * Checks every office against the norms on the briefing day.
   *
   * @return the report, not null
   */
  public static QuotaReport quotaReport() {
    UnitTree tree = orgChart().asOf(BRIEFING_DAY);
    return QuotaCheck.of(StaffingNorms.standard(), Establishment.empty(), headcount(), CountingRule.officialsOnly())
        .check(tree);
  }

  /**
   * Returns the briefing of 2016-03-01 as the report gives it: convened by the provincial office, chaired by Huỳnh
   * Thanh Tạo as Standing Deputy Secretary, the district-level offices and the office of the National Assembly
   * delegation and People's Council invited, nearly 200 cadres of the district-level offices present, the 2015
   * report on the agenda, and the six conclusions. The conclusions are summarised in English from the report, not
   * quoted from a notice. That the briefings recur twice a year is this example's assumption: the report says they
   * are to be held periodically, and a briefing on the first half of 2019 was held on 2019-08-07.
   *
   * @return the briefing, not null
   */
  public static Briefing briefing() {
    Briefing.Builder builder = Briefing.builder();
    builder
        .id(BRIEFING)
        .kind(MeetingKind.BRIEFING)
        .title("Giao ban công tác văn phòng cấp ủy lần đầu tiên")
        .date(BRIEFING_DAY)
        .convenedBy(PROVINCIAL_OFFICE)
        .chair(HUYNH_THANH_TAO)
        .chairPost(Post.of(PROVINCIAL_COMMITTEE, PostKind.STANDING_DEPUTY_SECRETARY))
        .addInvitedUnits(COUNCIL_OFFICE)
        .attendance(Attendance.builder().putPresent(Level.DISTRICT, AttendanceCount.nearly(200)).build())
        .addAgenda("Báo cáo công tác văn phòng cấp ủy năm 2015")
        .recurrence(Recurrence.twiceAYear(BRIEFING_DAY, PERIODIC_BRIEFINGS));
    DISTRICTS.forEach(d -> builder.addInvitedUnits(d.office()));
    Briefing briefing = builder.build();
    for (String conclusion : CONCLUSIONS) {
      briefing = briefing.withConclusion(conclusion);
    }
    return briefing;
  }

  /** The conclusions of 2016-03-01, summarised in English from the report (tinhuyhaugiang.org.vn, 04/03/2016). */
  private static final ImmutableList<String> CONCLUSIONS =
      ImmutableList.of(
          "The quality of advice to the committee",
          "Editing and appraisal of documents (biên tập, thẩm định văn bản)",
          "Coordination between the offices",
          "Serving the 2016 elections of the National Assembly (term XIV) and of the People's Councils (2016–2021)",
          "Inviting the staff of grassroots party committee offices to the next briefing",
          "Holding briefings periodically");

  private static final LegalBasis PERIODIC_BRIEFINGS =
      LegalBasis.builder()
          .instrument(
              Instrument.builder()
                  .name(
                      "Kết luận Hội nghị giao ban công tác văn phòng cấp ủy tỉnh Hậu Giang, 01/3/2016"
                          + " (tinhuyhaugiang.org.vn, 04/03/2016)")
                  .inForceFrom(BRIEFING_DAY)
                  .confirmation(Confirmation.UNCONFIRMED)
                  .build())
          .article("tổ chức giao ban định kỳ; kỳ hạn 6 tháng là giả định của ví dụ")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /**
   * Returns the outgoing register of the provincial office for the 2015–2020 term, empty at the term's start as this
   * example has no earlier entries.
   *
   * @return the register, not null
   */
  public static OutgoingRegister officeRegister() {
    return OutgoingRegister.forPartyTerm(
        DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE, OutgoingRegister.termAfterCongress(TERM_START.minusDays(1)));
  }

  /**
   * Returns the conclusion notice, numbered by {@link #officeRegister()} when issued on {@link #NOTICE_DAY}. Its
   * number and day are example data, and it is marked unconfirmed: the report gives the conclusions, not the
   * notice.
   *
   * @return the notice, not null
   */
  public static ConclusionNotice conclusionNotice() {
    Briefing briefing = briefing();
    RegisterEntry entry =
        officeRegister().issue(DocumentCodeBook.NOTICE, NOTICE_DAY, ConclusionNotice.summaryOf(briefing)).entry();
    return ConclusionNotice.of(briefing, entry).withConfirmation(Confirmation.UNCONFIRMED);
  }

  /**
   * Returns the draft of the conclusion notice, from its start on {@link #NOTICE_DRAFTED} to its issue on {@link
   * #NOTICE_DAY}, checked by the format rules in force on the day of each check: in March 2016 those of Hướng dẫn
   * 11-HD/VPTW (2004), which Hướng dẫn 36-HD/VPTW replaced only from 2018-04-03. <b>Example data:</b> the form (its
   * signer's name is a placeholder), the people and the days; its summary is the notice's and its number the one
   * {@link #officeRegister()} gives, as for {@link #conclusionNotice()}.
   *
   * @return the issued draft and the register's outcome, not null
   */
  public static DraftIssued conclusionNoticeDraft() {
    DocumentForm form =
        DocumentForm.template(DocumentCodeBook.NOTICE, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)
            .superiorBody("TỈNH ỦY HẬU GIANG")
            .place("Vị Thanh")
            .summary(ConclusionNotice.summaryOf(briefing()))
            .signingAuthority("T/L BAN THƯỜNG VỤ")
            .signerTitle("CHÁNH VĂN PHÒNG")
            .signerName("(họ tên người ký: dữ liệu ví dụ)")
            .addRecipients("Thường trực Tỉnh ủy", "Các huyện ủy, thị ủy, thành ủy", "Lưu Văn phòng Tỉnh ủy")
            .build();
    return Draft.start(
            DraftId.of("HG-VPTU-DT-2016-TB-01"),
            DocumentCodeBook.NOTICE,
            DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
            form,
            NOTICE_DRAFTED,
            OFFICE_DRAFTER)
        .submit(NOTICE_DRAFTED, OFFICE_DRAFTER)
        .appraise(NOTICE_APPRAISED, OFFICE_CHIEF)
        .sign(NOTICE_APPRAISED, OFFICE_CHIEF)
        .issue(officeRegister(), NOTICE_DAY, OFFICE_CLERK);
  }

  /**
   * Returns the action items of the six conclusions and their follow-up to {@link #FOLLOW_UP_DAY}. <b>Example
   * data:</b> the report gives no owner, deadline or follow-up; those below show the library at work. Conclusion 1
   * goes to each district-level office, conclusion 3 to the provincial office and the council office, the others to
   * the provincial office; conclusion 5 is due on the day the next briefing is due.
   *
   * @return the follow-up register, not null
   */
  public static FollowUp followUp() {
    ConclusionNotice notice = conclusionNotice();
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    List<ActionItem> items = new ArrayList<>();
    for (int i = 0; i < DISTRICTS.size(); i++) {
      District d = DISTRICTS.get(i);
      ActionItem item = assign(notice, 1, d.office(), notice.deadline(1, 60, DayCount.WORKING_DAYS, calendar));
      PersonId staff = staffOf(d.office());
      item = item.start(NOTICE_DAY.plusDays(7), staff);
      if (i < 5) {
        item = item.reportDone(LocalDate.of(2016, 5, 20).plusDays(i), staff);
      } else if (i == 5) {
        item =
            item.extend(Extension.of(20, notice.basisOf(1)), LocalDate.of(2016, 5, 27), HUYNH_THANH_TAO)
                .reportDone(LocalDate.of(2016, 6, 24), staff);
      } else if (i == 7) {
        item = item.reportDone(LocalDate.of(2016, 6, 10), staff);
      }
      items.add(item);
    }
    PersonId office = staffOf(PROVINCIAL_OFFICE);
    items.add(
        assign(notice, 2, PROVINCIAL_OFFICE, notice.deadline(2, 30, DayCount.WORKING_DAYS, calendar))
            .start(NOTICE_DAY, office)
            .reportDone(LocalDate.of(2016, 4, 15), office));
    items.add(
        assign(notice, 3, PROVINCIAL_OFFICE, notice.deadline(3, 30, DayCount.WORKING_DAYS, calendar))
            .start(NOTICE_DAY, office)
            .reportDone(LocalDate.of(2016, 4, 8), office));
    items.add(
        assign(notice, 3, COUNCIL_OFFICE, notice.deadline(3, 30, DayCount.WORKING_DAYS, calendar))
            .start(LocalDate.of(2016, 3, 14), staffOf(COUNCIL_OFFICE))
            .extend(Extension.of(60, notice.basisOf(3)), LocalDate.of(2016, 4, 15), HUYNH_THANH_TAO));
    items.add(
        assign(notice, 4, PROVINCIAL_OFFICE, notice.deadline(4, 60, DayCount.CALENDAR_DAYS, calendar))
            .start(NOTICE_DAY, office)
            .reportDone(LocalDate.of(2016, 5, 5), office));
    LocalDate nextBriefing = briefing().nextDueAfter(BRIEFING_DAY).orElseThrow();
    int untilNext = (int) ChronoUnit.DAYS.between(NOTICE_DAY, nextBriefing);
    items.add(
        assign(notice, 5, PROVINCIAL_OFFICE, notice.deadline(5, untilNext, DayCount.CALENDAR_DAYS, calendar))
            .start(LocalDate.of(2016, 6, 1), office));
    items.add(
        assign(notice, 6, PROVINCIAL_OFFICE, notice.deadline(6, 20, DayCount.WORKING_DAYS, calendar))
            .start(NOTICE_DAY, office)
            .reportDone(LocalDate.of(2016, 3, 25), office));
    return FollowUp.of(items);
  }

  private static ActionItem assign(
      ConclusionNotice notice, int conclusion, UnitId owner, io.github.vanphong.calendar.Deadline deadline) {
    ActionItemId id = ActionItemId.of(BRIEFING.value() + "-" + conclusion + "-" + owner.value());
    return notice.assign(conclusion, id, owner, deadline, HUYNH_THANH_TAO);
  }

  private static PersonId staffOf(UnitId office) {
    return PersonId.of(office.value() + "-1");
  }

  /**
   * Prints what the library makes of the scenario.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Prints the compliance table, the totals, the chart's facts, the briefing with its conclusions, notice, action
   * items and their follow-up, the reception of citizens, and the election's timeline and one constituency's result
   * to the given stream.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    OrgChart chart = orgChart();
    UnitTree tree = chart.asOf(BRIEFING_DAY);
    QuotaReport report = quotaReport();
    out.println(
        "Hậu Giang, "
            + BRIEFING_DAY
            + ": staff (biên chế) of the party committee offices (văn phòng cấp ủy) against their norm");
    out.println(
        "(Illustrative distribution: the briefing report gives only the total of the district-level offices, nearly 80,");
    out.println(" and says one of them had 4 against a norm of 11–13; which one, and the rest, are this example's choice.)");
    out.println();
    out.printf(
        Locale.ROOT,
        "%-34s %-23s %5s  %-6s %-16s %9s%n",
        "Office",
        "Committee",
        "Staff",
        "Norm",
        "Status",
        "Shortfall");
    int total = 0;
    for (District d : DISTRICTS) {
      QuotaCompliance c = report.compliance(d.office()).orElseThrow();
      Unit office = tree.unit(d.office());
      Unit committee = tree.unit(d.committee());
      String norm = c.norm().map(n -> n.staff().lowerEndpoint() + "–" + n.staff().upperEndpoint()).orElse("none");
      out.printf(
          Locale.ROOT,
          "%-34s %-23s %5d  %-6s %-16s %9d%s%n",
          office.name(),
          lowerCase(committee.kind()),
          c.counted(),
          norm,
          lowerCase(c.status()),
          c.shortfall(),
          c.counted() < 5 ? "   <-- far below norm" : "");
      total += c.counted();
    }
    StaffingSummary districts =
        report.compliances().stream()
            .filter(c -> c.unit().level() == Level.DISTRICT)
            .collect(StaffingSummary.collector());
    out.println();
    out.printf(
        Locale.ROOT,
        "District-level offices: %d, %d staff in all; %d below norm: %s%n",
        districts.units(),
        total,
        districts.unitsBelowNorm().size(),
        districts.unitsBelowNorm().stream().map(id -> tree.unit(id).name()).collect(Collectors.joining(", ")));
    int provincial = headcount().count(List.of(PROVINCIAL_OFFICE), BRIEFING_DAY, CountingRule.officialsOnly());
    int provincialGraduates =
        headcount().countWithUniversityDegree(List.of(PROVINCIAL_OFFICE), BRIEFING_DAY, CountingRule.officialsOnly());
    out.printf(
        Locale.ROOT,
        "Provincial office (%s): %d staff, %d%% with a university or postgraduate degree; no norm in the rule book%n",
        tree.unit(PROVINCIAL_OFFICE).name(),
        provincial,
        Math.round(100.0 * provincialGraduates / provincial));
    out.printf(
        Locale.ROOT,
        "District-level offices: %s%% of staff with a university or postgraduate degree%n",
        districts.universityPercent(1, RoundingMode.HALF_UP));
    LegalBasis normBasis = StaffingNorms.DISTRICT_OFFICE.basis();
    out.println(
        "Norm of a district-level office: "
            + StaffingNorms.DISTRICT_OFFICE.staff().lowerEndpoint()
            + "–"
            + StaffingNorms.DISTRICT_OFFICE.staff().upperEndpoint()
            + " staff, "
            + lowerCase(normBasis.confirmation())
            + ", in force from "
            + normBasis.inForceFrom()
            + normBasis.inForceUntil().map(d -> " to " + d).orElse("")
            + "; its source, as cited:");
    out.println("  " + normBasis.citation());
    out.println();
    out.println(
        "Chair of the briefing: "
            + chart.person(HUYNH_THANH_TAO).orElseThrow().fullName()
            + ", on "
            + BRIEFING_DAY
            + ": "
            + chart.postsOf(HUYNH_THANH_TAO, BRIEFING_DAY).stream()
                .map(
                    p ->
                        p.kind().englishName()
                            + " ("
                            + p.kind().vietnameseName()
                            + ") of "
                            + tree.unit(p.unit()).name())
                .collect(Collectors.joining("; ")));
    out.println(
        "Ngã Bảy's committee: "
            + chart.unit(DISTRICTS.get(1).committee(), BRIEFING_DAY).orElseThrow().name()
            + " in 2016, "
            + chart.unit(DISTRICTS.get(1).committee(), LocalDate.of(2024, 1, 1)).orElseThrow().name()
            + " in 2024");
    out.println(
        "From "
            + TWO_TIER_DAY
            + " the history of Thị ủy Long Mỹ is carried by "
            + chart.historyCarrier(DISTRICTS.get(2).committee(), TWO_TIER_DAY)
                .flatMap(id -> chart.unit(id, TWO_TIER_DAY))
                .map(Unit::name)
                .orElse("no unit"));
    out.println();
    printBriefing(out, chart, tree);
    out.println();
    HauGiang2016Reception.print(out);
    out.println();
    HauGiang2016Election.print(out);
    out.println();
    HauGiang2016Finance.print(out);
    out.println();
    HauGiang2016Report.print(out);
  }

  private static void printBriefing(PrintStream out, OrgChart chart, UnitTree tree) {
    Briefing briefing = briefing();
    out.println(
        briefing.kind().englishName()
            + " ("
            + lowerCase(briefing.kind().vietnameseName())
            + ") of "
            + briefing.date()
            + ", convened by "
            + tree.unit(briefing.convenedBy()).name()
            + "; its title:");
    out.println("  " + briefing.title());
    out.println(
        "Chair: "
            + chart.person(briefing.chair()).orElseThrow().fullName()
            + ", presiding as "
            + briefing.chairPost().kind().englishName()
            + " of "
            + tree.unit(briefing.chairPost().unit()).name()
            + "; also "
            + chart.postsOf(briefing.chair(), briefing.date()).stream()
                .filter(p -> !p.equals(briefing.chairPost()))
                .map(p -> p.kind().englishName() + " of " + tree.unit(p.unit()).name())
                .collect(Collectors.joining(", ")));
    AttendanceCount present = briefing.attendance().presentAt(Level.DISTRICT).orElseThrow();
    out.println(
        "Invited: "
            + briefing.invitedUnits().size()
            + " units (the 8 district-level offices and "
            + tree.unit(COUNCIL_OFFICE).name()
            + "); present: "
            + present
            + " cadres of the district-level offices (\""
            + present.toVietnamese()
            + " cán bộ\")");
    out.println("Agenda, " + briefing.agenda().size() + (briefing.agenda().size() == 1 ? " item:" : " items:"));
    briefing.agenda().forEach(a -> out.println("  " + a));
    out.println("Conclusions (summarised in English from the report of 04/03/2016, not quoted from a notice):");
    briefing.conclusions().forEach(c -> out.println("  " + c));
    ConclusionNotice notice = conclusionNotice();
    DocumentCodeBook codes = DocumentCodeBook.standard();
    DocumentSymbol shown = DocumentSymbol.parse(notice.symbol().displayForm(), codes);
    out.println(
        "Conclusion notice: "
            + notice.symbol().displayForm()
            + ", issued "
            + notice.issuedOn()
            + ": a "
            + lowerCase(codes.typeOf(shown).orElseThrow().englishName())
            + " ("
            + lowerCase(codes.typeOf(shown).orElseThrow().vietnameseName())
            + ") of the "
            + codes.issuerOf(shown).orElseThrow().englishName()
            + "; its summary:");
    out.println("  " + notice.entry().summary());
    out.println(
        "  (number and day are example data: the report gives neither; this example's register of the provincial"
            + " office numbers each type from 01 from the term's first day, "
            + TERM_START
            + ", approximate, and holds no earlier notice)");
    DraftIssued noticeDraft = conclusionNoticeDraft();
    List<FormatRule> rulesThen = noticeDraft.draft().rules().rulesOn(NOTICE_APPRAISED);
    List<FormatFinding> findingsThen = noticeDraft.draft().findingsOn(NOTICE_APPRAISED);
    out.println(
        "  Its draft, appraised "
            + NOTICE_APPRAISED
            + ", is checked by the "
            + rulesThen.size()
            + " format rules then in force, of "
            + rulesThen.stream()
                .map(r -> r.basis().instrument().name())
                .distinct()
                .collect(Collectors.joining(", "))
            + " ("
            + rulesThen.stream().filter(r -> r.basis().confirmation() == Confirmation.REPORTED).count()
            + " reported, "
            + rulesThen.stream().filter(r -> r.basis().confirmation() == Confirmation.UNCONFIRMED).count()
            + " carried over from Hướng dẫn 36-HD/VPTW unconfirmed): "
            + findingsThen.size()
            + " findings; issued as "
            + noticeDraft.symbol().displayForm());
    FollowUp followUp = followUp();
    out.println();
    out.println(
        "Action items and their status on "
            + FOLLOW_UP_DAY
            + " (owners, deadlines and events are example data: the report gives none)");
    out.printf(Locale.ROOT, "%-3s %-68s %-10s %-14s %s%n", "No.", "Owner", "Due", "State", "Deadline");
    for (ActionItem item : followUp.items()) {
      out.printf(
          Locale.ROOT,
          "%-3s %-68s %-10s %-14s %s%n",
          item.conclusion().number(),
          tree.unit(item.owner()).name(),
          item.deadlineOn(FOLLOW_UP_DAY).dueDate(),
          item.stateOn(FOLLOW_UP_DAY).map(HauGiang2016::lowerCase).orElse("not assigned"),
          item.deadlineStatusOn(FOLLOW_UP_DAY).map(HauGiang2016::lowerCase).orElse("—"));
    }
    List<ActionItem> overdue = followUp.overdueOn(FOLLOW_UP_DAY);
    out.println(
        "Overdue on "
            + FOLLOW_UP_DAY
            + ": "
            + (overdue.isEmpty()
                ? "none"
                : overdue.stream()
                    .map(i -> "conclusion " + i.conclusion().number() + ", " + tree.unit(i.owner()).name())
                    .collect(Collectors.joining("; "))));
    ActionItemSummary summary = followUp.summaryOn(FOLLOW_UP_DAY);
    out.println(
        "By state: "
            + summary.byState().entrySet().stream()
                .map(e -> e.getValue() + " " + lowerCase(e.getKey()))
                .collect(Collectors.joining(", "))
            + "; "
            + summary.total().total()
            + " items in all");
    ProgressRollUp rollUp = followUp.rollUpOn(chart, FOLLOW_UP_DAY);
    out.println(
        "Roll-up on "
            + FOLLOW_UP_DAY
            + ": the "
            + rollUp.total().total()
            + " items, each under the top unit above its owner (a unit's figures include its subordinates'):");
    for (Map.Entry<UnitId, Progress> top : rollUp.topUnits().entrySet()) {
      printProgress(out, "  " + tree.unit(top.getKey()).name(), top.getValue());
      if (top.getKey().equals(PROVINCIAL_COMMITTEE)) {
        printProgress(out, "    of which " + tree.unit(PROVINCIAL_OFFICE).name(), rollUp.progressOf(PROVINCIAL_OFFICE));
      }
    }
    out.println(
        "  Items whose owner has no place in the chart on the day: "
            + (rollUp.unplaced().isEmpty() ? "none" : rollUp.unplaced().size() + " units' items"));
    out.println(
        "Next briefing due after "
            + briefing.date()
            + ": "
            + briefing.nextDueAfter(briefing.date()).orElseThrow()
            + " (twice a year is this example's assumption: the report says \"periodically\"; a briefing on the"
            + " first half of 2019 was held on 2019-08-07)");
  }

  private static void printProgress(PrintStream out, String label, Progress p) {
    out.printf(
        Locale.ROOT,
        "%-52s %2d item%s, %2d reported done (%s%%), %d open, %d overdue%n",
        label,
        p.total(),
        p.total() == 1 ? "" : "s",
        p.done(),
        p.percentDone(0, RoundingMode.HALF_UP),
        p.open(),
        p.overdue());
  }

  /** The English name of a term in lower case, as it reads inside a sentence: "within the norm". */
  static String lowerCase(Bilingual term) {
    return lowerCase(term.englishName());
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
