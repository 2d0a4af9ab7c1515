package io.github.vanphong.example;

import static io.github.vanphong.example.HauGiang2016.PROVINCIAL_COMMITTEE;
import static io.github.vanphong.example.HauGiang2016.PROVINCIAL_OFFICE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.ElectionLevel;
import io.github.vanphong.election.ElectionTimeline;
import io.github.vanphong.election.Milestone;
import io.github.vanphong.finance.DuesLedger;
import io.github.vanphong.finance.DuesLevel;
import io.github.vanphong.finance.DuesSplitRule;
import io.github.vanphong.finance.DuesSplitRuleBook;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.programme.ProgrammeBody;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemId;
import io.github.vanphong.programme.ProgrammePeriod;
import io.github.vanphong.programme.WorkProgramme;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.OfficeReportRollUp;
import io.github.vanphong.report.PeriodKind;
import io.github.vanphong.report.ReportingPeriod;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.StaffingSummary;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The office's report of Hậu Giang for the first quarter of 2016 (2016-01-01 to 2016-03-31, calendar months), built
 * from the figures of the other parts of the example: the staff of the offices counted at the briefing of
 * 2016-03-01, the reception sessions of the quarter and the petitions they took in, the provincial office's outgoing
 * register with the briefing's conclusion notice, the action items of the briefing, the provincial office's follow-up of the 2016 election, and the dues of
 * a cell of the office for March 2016. The standing committee's programme for the quarter is this example's own
 * (three items, made up). The example has no asset register for 2016: that part is empty.
 *
 * <p>Each unit's own report is rolled up the chart as of 2016-03-31; then the same reports are re-aggregated onto the
 * units that carry their history on 2025-07-01, when Hậu Giang merged into Cần Thơ and the district level ended. The
 * totals do not change.
 */
public final class HauGiang2016Report {

  /** The first quarter of 2016 in calendar months. */
  public static final ReportingPeriod FIRST_QUARTER = ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2016, CutOff.monthEnd());

  private static final PersonId OFFICE_CLERK = HauGiang2016.OFFICE_CLERK;

  private HauGiang2016Report() {}

  /**
   * Returns the chart the report is rolled up on: the example's chart with the People's Committees that received
   * citizens.
   *
   * @return the chart, not null
   */
  public static OrgChart chart() {
    return HauGiang2016Reception.chart();
  }

  /**
   * Returns the standing committee's work programme for the first quarter of 2016 (example data): one item
   * concluded, one postponed, one planned for March and not yet submitted at the quarter's end.
   *
   * @return the programme, not null
   */
  public static WorkProgramme programme() {
    LocalDate planned = LocalDate.of(2015, 12, 28);
    PersonId by = HauGiang2016.OFFICE_CHIEF;
    ProgrammeItem budget =
        ProgrammeItem.plan(ProgrammeItemId.of("HG-CT-2016Q1-1"), "Cho ý kiến dự toán ngân sách đảng năm 2016", PROVINCIAL_OFFICE, YearMonth.of(2016, 1), planned, by)
            .prepare(LocalDate.of(2016, 1, 8), by)
            .submit(LocalDate.of(2016, 1, 12), by)
            .conclude(java.util.Optional.of("Thống nhất dự toán"), LocalDate.of(2016, 1, 19), by);
    ProgrammeItem election =
        ProgrammeItem.plan(ProgrammeItemId.of("HG-CT-2016Q1-2"), "Kế hoạch lãnh đạo cuộc bầu cử đại biểu Quốc hội và Hội đồng nhân dân", PROVINCIAL_OFFICE, YearMonth.of(2016, 2), planned, by)
            .postpone("Chờ hướng dẫn của Trung ương", LocalDate.of(2016, 2, 16), by);
    ProgrammeItem briefing =
        ProgrammeItem.plan(ProgrammeItemId.of("HG-CT-2016Q1-3"), "Sơ kết công tác văn phòng cấp ủy quý I", PROVINCIAL_OFFICE, YearMonth.of(2016, 3), planned, by);
    return WorkProgramme.of(PROVINCIAL_COMMITTEE, ProgrammeBody.STANDING_COMMITTEE, ProgrammePeriod.quarter(2016, 1), List.of(budget, election, briefing));
  }

  /**
   * Returns the dues of the office's cell for March 2016: what its members owe, the share the cell keeps under the
   * split of Quyết định 342-QĐ/TW for a cell under a grassroots committee, the rest sent up. The cell is not on the
   * example's chart, so its report stays apart from the tree ({@link OfficeReportRollUp#unplaced()}).
   *
   * @return the summary, not null
   */
  public static DuesSummary cellDues() {
    DuesLedger ledger = HauGiang2016Finance.ledger();
    YearMonth month = HauGiang2016Finance.MONTH_2016;
    Money collected =
        ledger.assessments().stream()
            .filter(a -> a.month().equals(month))
            .map(a -> ledger.duesOf(a.member(), month).orElseThrow())
            .reduce(Money.ZERO, Money::plus);
    DuesSplitRule split = DuesSplitRuleBook.standard().ruleOf(DuesLevel.CELL_UNDER_GRASSROOTS, month);
    return DuesSummary.of(HauGiang2016Finance.CELL, month, collected, Money.ZERO, collected.times(split.lowestKept(), split.rounding()));
  }

  /**
   * Returns each unit's own report for the first quarter of 2016.
   *
   * @return the reports by unit, not null
   */
  public static ImmutableMap<UnitId, OfficeReport> reports() {
    OrgChart chart = chart();
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    Map<UnitId, OfficeReport.Builder> builders = new TreeMap<>();
    Function<UnitId, OfficeReport.Builder> of = unit -> builders.computeIfAbsent(unit, u -> OfficeReport.builder(FIRST_QUARTER));
    for (QuotaCompliance c : HauGiang2016.quotaReport().compliances()) {
      of.apply(c.unit().id()).staffing(StaffingSummary.of(c));
    }
    Map<UnitId, List<ReceptionSession>> sessions = HauGiang2016Reception.sessions().stream().collect(Collectors.groupingBy(ReceptionSession::unit));
    sessions.forEach((unit, held) -> of.apply(unit).receptions(held, chart));
    Map<UnitId, List<Petition>> petitions = new TreeMap<>();
    for (ReceptionSession session : HauGiang2016Reception.sessions()) {
      for (Intake intake : session.intakes()) {
        petitions.computeIfAbsent(intake.receivingUnit(), u -> new ArrayList<>()).add(Petition.receive(intake, OFFICE_CLERK));
      }
    }
    petitions.forEach((unit, received) -> of.apply(unit).petitions(received, calendar));
    of.apply(PROVINCIAL_OFFICE).documents(HauGiang2016.conclusionNoticeDraft().register());
    Map<UnitId, List<ActionItem>> items = HauGiang2016.followUp().items().stream().collect(Collectors.groupingBy(ActionItem::owner));
    items.forEach((unit, owned) -> of.apply(unit).actionItems(owned));
    of.apply(PROVINCIAL_COMMITTEE).programme(programme().items());
    of.apply(PROVINCIAL_OFFICE).elections(List.of(electionFollowUp()));
    of.apply(HauGiang2016Finance.CELL).dues(cellDues());
    return ImmutableMap.copyOf(Maps.transformValues(builders, OfficeReport.Builder::build));
  }

  /**
   * Returns the provincial office's follow-up of the 2016 election's timeline: each step due before the quarter's end
   * recorded done on its day (the records are this example's).
   *
   * @return the follow-up, not null
   */
  public static ElectionFollowUp electionFollowUp() {
    ElectionTimeline timeline = ElectionTimeline.of(HauGiang2016Election.ELECTION_DAY).forLevel(ElectionLevel.PROVINCIAL_COUNCIL);
    ElectionFollowUp office = ElectionFollowUp.of(PROVINCIAL_OFFICE, timeline);
    for (Milestone m : timeline.milestones()) {
      if (!m.date().isAfter(FIRST_QUARTER.last())) {
        office = office.recordDone(m.rule().name(), m.date());
      }
    }
    return office;
  }

  /**
   * Returns the reports rolled up the chart as of the quarter's last day.
   *
   * @return the roll-up, not null
   */
  public static OfficeReportRollUp rollUp() {
    return OfficeReportRollUp.of(reports(), chart());
  }

  /**
   * Returns the same reports re-aggregated onto the units that carry their history on 2025-07-01.
   *
   * @return the roll-up over the tree of 2025-07-01, not null
   */
  public static OfficeReportRollUp afterTheMerger() {
    return rollUp().reaggregated(chart(), HauGiang2016.TWO_TIER_DAY);
  }

  /**
   * Prints the provincial committee's report in Vietnamese, then the figures of every unit in English, then the same
   * figures re-aggregated onto Cần Thơ's units.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    OfficeReportRollUp rollUp = rollUp();
    out.println("Hậu Giang, the office's report for the first quarter of 2016, each unit's own figures rolled up the chart of " + rollUp.date() + ".");
    out.println("The Party committee (Tỉnh ủy Hậu Giang) with the units under it, in Vietnamese:");
    rollUp.rolledUp(PROVINCIAL_COMMITTEE).lines(Locale.forLanguageTag("vi")).forEach(line -> out.println("  " + line));
    out.println("Every unit of the example, with the People's Committee's receptions and the cell's dues (the cell is not on the chart), in English:");
    rollUp.grandTotal().lines(Locale.ENGLISH).forEach(line -> out.println("  " + line));
    OfficeReportRollUp after = afterTheMerger();
    out.println("The same figures on " + after.date() + ", on the units that carry Hậu Giang's history after the merger into Cần Thơ:");
    after.rolledUp(HauGiang2016.CAN_THO_COMMITTEE).lines(Locale.ENGLISH).forEach(line -> out.println("  " + line));
    out.println(
        "Totals before and after the merger are "
            + (after.grandTotal().equals(rollUp.grandTotal()) ? "equal" : "DIFFERENT")
            + "; Hậu Giang's People's Committee's receptions now count under Cần Thơ's: "
            + after.rolledUp(HauGiang2016Reception.CAN_THO_PEOPLES_COMMITTEE).receptions().sessions()
            + " sessions.");
  }
}
