package io.github.vanphong.example;

import static io.github.vanphong.organization.Restructuring.create;
import static io.github.vanphong.organization.Restructuring.merge;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Appointment;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.reception.AdHocCall;
import io.github.vanphong.reception.AdHocGround;
import io.github.vanphong.reception.ComplianceCheck;
import io.github.vanphong.reception.ComplianceRollUp;
import io.github.vanphong.reception.ComplianceSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.Delegation;
import io.github.vanphong.reception.Matter;
import io.github.vanphong.reception.ParticipatingBody;
import io.github.vanphong.reception.ReceptionCompliance;
import io.github.vanphong.reception.ReceptionEntry;
import io.github.vanphong.reception.ReceptionOutcome;
import io.github.vanphong.reception.ReceptionPlace;
import io.github.vanphong.reception.ReceptionRegister;
import io.github.vanphong.reception.ReceptionRuleBook;
import io.github.vanphong.reception.ReceptionSchedule;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.reception.RefusalGround;
import io.github.vanphong.reception.RegisterForm;
import io.github.vanphong.reception.ReportPeriod;
import io.github.vanphong.reception.ScheduleDay;
import io.github.vanphong.reception.ScheduledDate;
import io.github.vanphong.reception.SessionId;
import io.github.vanphong.reception.SessionKind;
import io.github.vanphong.reception.SessionOpening;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reception of citizens in Hậu Giang in the first quarter of 2016: the provincial party secretary's, the two deputy
 * secretaries' (Huỳnh Thanh Tạo, standing deputy and chair of the People's Council; and the deputy secretary who chairs
 * the People's Committee), their sessions, the registers, the compliance of each post and the quarter's figures.
 *
 * <p><b>Everything here is example data</b> but the law: the secretary and the chair of the People's Committee are
 * named by their posts, and the sessions, matters, refusal and ad-hoc case are illustrative. What the library makes of
 * them is not: in 2016 no Party rule binds a party committee's head to receive (Quy định 11-QĐi/TW dates from
 * 2019-02-18), so the secretary's compliance is "no duty", while the chair of a provincial People's Committee
 * receives at least one day a month under Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 5, from 2014-07-01.
 */
public final class HauGiang2016Reception {

  /** The provincial People's Committee, merged into Cần Thơ's on 2025-07-01. */
  public static final UnitId PEOPLES_COMMITTEE = UnitId.of("HG-UBND");

  /** Cần Thơ's People's Committee, which carries its history after 2025-07-01. */
  public static final UnitId CAN_THO_PEOPLES_COMMITTEE = UnitId.of("CT-UBND");

  /** The provincial party secretary. <b>Example data:</b> named by the post only. */
  public static final PersonId SECRETARY = PersonId.of("HG-P-BT");

  /** The deputy secretary who chairs the People's Committee. <b>Example data:</b> named by the posts only. */
  public static final PersonId CHAIR = PersonId.of("HG-P-CT");

  public static final Post SECRETARY_POST = Post.of(HauGiang2016.PROVINCIAL_COMMITTEE, PostKind.SECRETARY);
  public static final Post STANDING_DEPUTY_POST =
      Post.of(HauGiang2016.PROVINCIAL_COMMITTEE, PostKind.STANDING_DEPUTY_SECRETARY);
  public static final Post DEPUTY_POST = Post.of(HauGiang2016.PROVINCIAL_COMMITTEE, PostKind.DEPUTY_SECRETARY);
  public static final Post CHAIR_POST = Post.of(PEOPLES_COMMITTEE, PostKind.CHAIR);

  /** The first quarter of 2016, at the month's end: the Party's cut-off is the application's, Kết luận 215 sets none. */
  public static final ReportPeriod FIRST_QUARTER = ReportPeriod.quarter(2016, 1, CutOff.monthEnd());

  /** The day the quarter is judged on. */
  public static final LocalDate QUARTER_END = LocalDate.of(2016, 3, 31);

  private static final PersonId CLERK = PersonId.of("HG-TCD-01");
  private static final LocalDate TERM = LocalDate.of(2015, 10, 15);
  private static final LocalDate TERM_END = LocalDate.of(2020, 10, 14);
  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private HauGiang2016Reception() {}

  /**
   * Returns the chart of {@link HauGiang2016#orgChart()} with the People's Committees of Hậu Giang and Cần Thơ and the
   * appointments of the secretary and the deputy secretary who chairs the People's Committee (example data).
   *
   * @return the chart, not null
   */
  public static OrgChart chart() {
    LocalDate founded = LocalDate.of(2004, 1, 1);
    return HauGiang2016.orgChart()
        .applyAll(
            List.of(
                create(founded, CAN_THO_PEOPLES_COMMITTEE, "Ủy ban nhân dân thành phố Cần Thơ", UnitKind.PEOPLES_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
                create(founded, PEOPLES_COMMITTEE, "Ủy ban nhân dân tỉnh Hậu Giang", UnitKind.PEOPLES_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
                merge(HauGiang2016.TWO_TIER_DAY, List.of(PEOPLES_COMMITTEE), CAN_THO_PEOPLES_COMMITTEE)))
        .withPerson(Person.of(SECRETARY, "Bí thư Tỉnh ủy (dữ liệu ví dụ)"))
        .withPerson(Person.of(CHAIR, "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh (dữ liệu ví dụ)"))
        .appoint(Appointment.of(SECRETARY, SECRETARY_POST, Validity.between(TERM, TERM_END)))
        .appoint(Appointment.of(CHAIR, DEPUTY_POST, Validity.between(TERM, TERM_END)))
        .appoint(Appointment.of(CHAIR, CHAIR_POST, Validity.between(TERM, TERM_END)));
  }

  /**
   * Returns the chair's schedule: the 15th of each month, on a day off the next working day, posted on 2015-12-28
   * (example data).
   *
   * @return the schedule, not null
   */
  public static ReceptionSchedule chairsSchedule() {
    return ReceptionSchedule.builder()
        .post(CHAIR_POST)
        .addDays(ScheduleDay.ofMonth(15))
        .place(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE)
        .validity(Validity.from(LocalDate.of(2016, 1, 1)))
        .postedOn(LocalDate.of(2015, 12, 28))
        .build();
  }

  private static SessionOpening opening(String id, UnitId unit, PersonId who, Post post, SessionKind kind) {
    SessionOpening.Builder builder =
        SessionOpening.builder()
            .id(SessionId.of(id))
            .unit(unit)
            .receiver(who)
            .post(post)
            .kind(kind)
            .place(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE)
            .participants(Set.of(ParticipatingBody.values()));
    if (kind == SessionKind.HEAD_AD_HOC) {
      builder.adHocGround(AdHocGround.COMPLEX_OR_MASS);
    }
    return builder.build();
  }

  private static Matter matter(
      String id, PetitionKind kind, Petitioners who, String summary, ReceptionOutcome outcome, Optional<UnitId> to) {
    Matter.Builder builder =
        Matter.builder()
            .id(PetitionId.of(id))
            .kind(kind)
            .petitioners(who)
            .subject(Subject.of(SubjectKind.OTHER, summary))
            .summary(summary)
            .outcome(outcome)
            .destination(to);
    return builder.build();
  }

  private static Identity citizen(int n) {
    return Identity.builder().fullName("Công dân số " + n + " (dữ liệu ví dụ)").address("ấp " + n + ", xã Hỏa Tiến").build();
  }

  /**
   * Returns the sessions of the quarter (example data): the chair's periodic days on the schedule's days and one ad-hoc
   * session; the secretary's and the standing deputy's own days, which no rule required in 2016.
   *
   * @return the sessions, in order of days, not null
   */
  public static ImmutableList<ReceptionSession> sessions() {
    List<ReceptionSession> sessions = new ArrayList<>();
    UnitId office = HauGiang2016.PROVINCIAL_OFFICE;
    List<LocalDate> days = chairsSchedule().datesIn(LocalDate.of(2016, 1, 1), QUARTER_END, CALENDAR).stream().map(ScheduledDate::held).toList();
    LocalDate january = days.get(0);
    sessions.add(
        ReceptionSession.open(opening("HG-TCD-2016-01-15", PEOPLES_COMMITTEE, CHAIR, CHAIR_POST, SessionKind.HEAD_PERIODIC), january, CLERK)
            .receive(matter("HG-TCD-2016-0001", PetitionKind.COMPLAINT, Petitioners.one(citizen(1)), "khiếu nại mức bồi thường khi thu hồi đất làm đường", ReceptionOutcome.ACCEPTED, Optional.empty()), january, CLERK)
            .end(january, CLERK)
            .issueConclusionNotice("02/TB-UBND", january.plusDays(5), CLERK));
    LocalDate february = days.get(1);
    List<Identity> twelve = new ArrayList<>();
    for (int i = 2; i < 14; i++) {
      twelve.add(citizen(i));
    }
    Delegation hamlet = Delegation.of(12, twelve.subList(0, 3)).appointedInWriting(twelve);
    LocalDate adHoc = LocalDate.of(2016, 2, 25);
    sessions.add(
        ReceptionSession.open(opening("HG-TCD-2016-02-15", PEOPLES_COMMITTEE, CHAIR, CHAIR_POST, SessionKind.HEAD_PERIODIC), february, CLERK)
            .receive(Matter.builder().from(matter("HG-TCD-2016-0002", PetitionKind.COMPLAINT, hamlet.petitioners(), "khiếu nại việc thu hồi đất của 12 hộ dân ấp Mỹ Hiệp", ReceptionOutcome.GUIDED, Optional.of(PHUNG_HIEP_PEOPLES_COMMITTEE))).byDelegation(hamlet).documentReference("05/HD-BTCD").build(), february, CLERK)
            .end(february, CLERK)
            .issueConclusionNotice("07/TB-UBND", february.plusDays(4), CLERK));
    sessions.add(
        ReceptionSession.open(opening("HG-TCD-DX-2016-02-25", PEOPLES_COMMITTEE, CHAIR, CHAIR_POST, SessionKind.HEAD_AD_HOC), adHoc, CLERK)
            .receive(matter("HG-TCD-2016-0003", PetitionKind.FEEDBACK, Petitioners.one(citizen(20)), "phản ánh việc tập trung đông người tại công trình đường tỉnh", ReceptionOutcome.ANSWERED, Optional.empty()), adHoc, CLERK)
            .end(adHoc, CLERK)
            .issueConclusionNotice("09/TB-UBND", LocalDate.of(2016, 2, 29), CLERK));
    LocalDate party = LocalDate.of(2016, 2, 26);
    sessions.add(
        ReceptionSession.open(opening("HG-TCD-TU-2016-02-26", office, SECRETARY, SECRETARY_POST, SessionKind.HEAD_PERIODIC), party, CLERK)
            .receive(matter("HG-TCD-2016-0004", PetitionKind.DENUNCIATION, Petitioners.one(citizen(21)), "tố cáo đảng viên vi phạm quy định về kê khai tài sản", ReceptionOutcome.FORWARDED, Optional.of(HauGiang2016.INSPECTION_COMMITTEE)), party, CLERK)
            .end(party, CLERK)
            .issueConclusionNotice("05-TB/TU", LocalDate.of(2016, 3, 2), CLERK));
    LocalDate march = days.get(2);
    sessions.add(
        ReceptionSession.open(opening("HG-TCD-2016-03-15", PEOPLES_COMMITTEE, CHAIR, CHAIR_POST, SessionKind.HEAD_PERIODIC), march, CLERK)
            .receive(matter("HG-TCD-2016-0005", PetitionKind.RECOMMENDATION, Petitioners.one(citizen(22)), "kiến nghị công khai danh sách hộ nghèo của xã", ReceptionOutcome.ACCEPTED, Optional.empty()), march, CLERK)
            .refuse(RefusalGround.DRAWN_OUT, Petitioners.one(citizen(23)), PetitionId.of("HG-TCD-2015-0118"), march, CLERK)
            .end(march, CLERK)
            .notifyRefusal(1, "10/TB-UBND", LocalDate.of(2016, 3, 17), CLERK));
    LocalDate standing = LocalDate.of(2016, 3, 18);
    sessions.add(
        ReceptionSession.open(opening("HG-TCD-TU-2016-03-18", office, HauGiang2016.HUYNH_THANH_TAO, STANDING_DEPUTY_POST, SessionKind.HEAD_PERIODIC), standing, CLERK)
            .receive(matter("HG-TCD-2016-0006", PetitionKind.RECOMMENDATION, Petitioners.one(citizen(24)), "kiến nghị về chủ trương sáp nhập ấp, khu vực", ReceptionOutcome.ANSWERED, Optional.empty()), standing, CLERK)
            .end(standing, CLERK)
            .issueConclusionNotice("08-TB/TU", LocalDate.of(2016, 3, 24), CLERK));
    sessions.sort((a, b) -> a.day().compareTo(b.day()));
    return ImmutableList.copyOf(sessions);
  }

  /**
   * Returns the ad-hoc case of the quarter (example data): a tense land case at the provincial reception office on
   * 2016-02-24 that called for the chair, who came the next day.
   *
   * @return the calls, not null
   */
  public static ImmutableList<AdHocCall> calls() {
    return ImmutableList.of(
        AdHocCall.builder()
            .day(LocalDate.of(2016, 2, 24))
            .post(CHAIR_POST)
            .ground(AdHocGround.COMPLEX_OR_MASS)
            .answeredBy(SessionId.of("HG-TCD-DX-2016-02-25"))
            .build());
  }

  /**
   * Returns the compliance of the secretary's, the two deputies' and the chair's posts over the first quarter of 2016,
   * as of its last day.
   *
   * @return the compliances, in that order, not null
   */
  public static ImmutableList<ReceptionCompliance> compliance() {
    ComplianceCheck check = ComplianceCheck.of(ReceptionRuleBook.standard(), chart());
    ImmutableList.Builder<ReceptionCompliance> all = ImmutableList.builder();
    for (Post post : List.of(SECRETARY_POST, STANDING_DEPUTY_POST, DEPUTY_POST, CHAIR_POST)) {
      all.add(check.assess(post, FIRST_QUARTER, QUARTER_END, sessions(), calls()));
    }
    return all.build();
  }

  /**
   * Returns the register of a unit with the quarter's sessions entered.
   *
   * @param unit the unit, the provincial office or the People's Committee, not null
   * @return the register, not null
   */
  public static ReceptionRegister register(UnitId unit) {
    ReceptionRegister register = ReceptionRegister.of(unit);
    for (ReceptionSession session : sessions()) {
      if (session.unit().equals(unit)) {
        register = register.enter(session).register();
      }
    }
    return register;
  }

  /**
   * Prints what the library makes of the quarter.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    OrgChart chart = chart();
    out.println(
        "Citizen reception (tiếp công dân), first quarter of 2016: "
            + FIRST_QUARTER.first()
            + " to "
            + FIRST_QUARTER.last()
            + ", each month counted to its last day");
    out.println("  (example data: the sessions, matters, refusal and ad-hoc case, and the names of the secretary and");
    out.println("  the chair, are this example's; the rules and what the library makes of them are not)");
    out.println(
        "  Chair's schedule: the "
            + chairsSchedule().days().stream().map(Object::toString).collect(Collectors.joining(" and the "))
            + ", on a day off the next working day: "
            + chairsSchedule().datesIn(LocalDate.of(2016, 1, 1), QUARTER_END, CALENDAR).stream()
                .map(d -> d.held().toString())
                .collect(Collectors.joining(", ")));
    // the posts of the briefing's chair were glossed with his name; the others are glossed here, once
    Set<PostKind> glossed =
        HauGiang2016.orgChart().postsOf(HauGiang2016.HUYNH_THANH_TAO, HauGiang2016.BRIEFING_DAY).stream()
            .map(Post::kind)
            .collect(Collectors.toSet());
    for (ReceptionCompliance c : compliance()) {
      PostKind kind = c.post().kind();
      String who =
          kind.englishName()
              + (glossed.add(kind) ? " (" + kind.vietnameseName() + ")" : "")
              + " of "
              + chart.unit(c.post().unit(), QUARTER_END).orElseThrow().name();
      if (!c.hasDuty()) {
        out.printf(
            Locale.ROOT,
            "  %-72s no duty to receive in force: %s; the library reports %s, not a shortfall%n",
            who,
            c.post().kind() == PostKind.SECRETARY
                ? Instruments.PARTY_REGULATION_11_2019.name()
                    + " binds a party committee's head from "
                    + Instruments.PARTY_REGULATION_11_2019.inForceFrom()
                : "no rule of the book binds a deputy secretary",
            HauGiang2016.lowerCase(c.status()));
        continue;
      }
      out.printf(
          Locale.ROOT,
          "  %-72s %s: %d days required, %d held, %d short; ad hoc %d/%d answered (%s)%n",
          who,
          HauGiang2016.lowerCase(c.status()),
          c.required(),
          c.held(),
          c.shortfall(),
          c.answered().size(),
          c.adHocCalls().size(),
          c.dutyPeriods().get(0).duty().basis().citation());
    }
    boolean first = true;
    for (UnitId unit : List.of(HauGiang2016.PROVINCIAL_OFFICE, PEOPLES_COMMITTEE)) {
      ReceptionRegister register = register(unit);
      RegisterForm form = register.entries().get(0).form().orElseThrow();
      out.println(
          "  "
              + (first ? form.englishName() + " (" + form.vietnameseName() + ")" : form.englishName())
              + " of "
              + chart.unit(unit, QUARTER_END).orElseThrow().name()
              + ":");
      first = false;
      for (ReceptionEntry entry : register.entries()) {
        Matter matter = entry.matter();
        int people = matter.petitioners().count();
        out.println(
            "    No. "
                + entry.number()
                + "/"
                + entry.year()
                + ", "
                + entry.day()
                + ": "
                + HauGiang2016.lowerCase(matter.kind())
                + " by "
                + (matter.delegation().isPresent() ? "a delegation of " + people : people == 1 ? "one citizen" : people + " citizens")
                + ", "
                + HauGiang2016.lowerCase(matter.outcome())
                + matter.destination().map(to -> " to " + nameOf(chart, to, entry.day())).orElse(""));
      }
    }
    ReceptionTally tally = sessions().stream().filter(s -> FIRST_QUARTER.contains(s.day())).collect(ReceptionTally.collector(chart, CutOff.monthEnd()));
    out.println(
        "  Quarter: "
            + tally.sessions()
            + " sessions, "
            + tally.matters()
            + " matters by "
            + tally.citizens()
            + " citizens ("
            + tally.delegations()
            + " delegation of "
            + tally.delegationPeople()
            + "); outcomes: "
            + tally.mattersByOutcome().entrySet().stream()
                .map(e -> e.getValue() + " " + HauGiang2016.lowerCase(e.getKey()))
                .collect(Collectors.joining(", "))
            + "; refusals: "
            + tally.refusalsByGround().entrySet().stream()
                .map(e -> e.getValue() + " " + HauGiang2016.lowerCase(e.getKey()))
                .collect(Collectors.joining(", ")));
    ComplianceSummary summary = compliance().stream().collect(ComplianceSummary.collector());
    ComplianceRollUp rollUp = ComplianceRollUp.of(summary, chart, QUARTER_END);
    ComplianceRollUp later = ComplianceRollUp.of(summary, chart, HauGiang2016.TWO_TIER_DAY);
    out.println(
        "  Roll-up on "
            + QUARTER_END
            + " of the "
            + summary.posts()
            + " posts: "
            + rollUp.summaryOf(HauGiang2016.PROVINCIAL_COMMITTEE).posts()
            + " under Tỉnh ủy Hậu Giang, "
            + rollUp.summaryOf(HauGiang2016.PROVINCIAL_COMMITTEE).postsWithDuty()
            + " with a duty; "
            + rollUp.summaryOf(PEOPLES_COMMITTEE).posts()
            + " under "
            + chart.unit(PEOPLES_COMMITTEE, QUARTER_END).orElseThrow().name()
            + ", "
            + rollUp.summaryOf(PEOPLES_COMMITTEE).held()
            + " of "
            + rollUp.summaryOf(PEOPLES_COMMITTEE).required()
            + " days held");
    out.println(
        "  From "
            + HauGiang2016.TWO_TIER_DAY
            + " the same figures count with Cần Thơ: "
            + later.summaryOf(HauGiang2016.CAN_THO_COMMITTEE).posts()
            + " posts under "
            + chart.unit(HauGiang2016.CAN_THO_COMMITTEE, HauGiang2016.TWO_TIER_DAY).orElseThrow().name()
            + ", "
            + later.summaryOf(CAN_THO_PEOPLES_COMMITTEE).required()
            + " days under "
            + chart.unit(CAN_THO_PEOPLES_COMMITTEE, HauGiang2016.TWO_TIER_DAY).orElseThrow().name());
  }

  /** The district People's Committee a matter is guided to: a body outside this example's chart. */
  public static final UnitId PHUNG_HIEP_PEOPLES_COMMITTEE = UnitId.of("HG-PHUNGHIEP-UBND");

  private static String nameOf(OrgChart chart, UnitId unit, LocalDate day) {
    return chart.unit(unit, day)
        .map(u -> u.name())
        .orElse(unit.equals(PHUNG_HIEP_PEOPLES_COMMITTEE) ? "Ủy ban nhân dân huyện Phụng Hiệp" : unit.value());
  }
}
