package io.github.vanphong;

import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.example.HauGiang2016;
import io.github.vanphong.law.Validity;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.meeting.FollowUp;
import io.github.vanphong.meeting.ProgressRollUp;
import io.github.vanphong.organization.NationalSample;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.reception.ComplianceCheck;
import io.github.vanphong.reception.ComplianceRollUp;
import io.github.vanphong.reception.ComplianceSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionRuleBook;
import io.github.vanphong.reception.ReportPeriod;
import io.github.vanphong.staffing.CountingRule;
import io.github.vanphong.staffing.Employment;
import io.github.vanphong.staffing.Establishment;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.QuotaCheck;
import io.github.vanphong.staffing.QuotaReport;
import io.github.vanphong.staffing.Qualification;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorms;
import io.github.vanphong.staffing.StaffingSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Roll-ups over the national chart ({@link NationalSample}, 5,000 and 50,000 grassroots organisations), in 2026, of
 * items kept under the units of before the 2025 restructuring, so that every figure is re-aggregated onto the unit
 * that carries its history: the progress of action items (assigned in 2016 to every commune and district office and
 * to half the grassroots organisations), the tally of petitions (one received by every commune and district office),
 * the compliance of the same posts' secretaries with their duty to receive in the first quarter of 2016, and the
 * staffing check of the tree of 2026 (three staff in every new commune, twenty in every provincial office). Target
 * (issue 10): about linear in the units plus the items, so about 10 times from 5,000 to 50,000.
 *
 * <p>A chart keeps the carriers of the last day asked ({@link OrgChart#historyCarriers}), so the re-aggregations
 * over {@code chart} read them after the first call, as the roll-ups of one report over one chart do; those over a
 * new chart value ({@code ...OnANewChart}) work them out again at every call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollUpBenchmark {

  @Param({"5000", "50000"})
  public int grassroots;

  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
  private static final PersonId CLERK = PersonId.of("HG-CB-001");
  private static final Person READER = Person.of(PersonId.of("VN-CB-READER"), "Người đọc báo cáo");

  private OrgChart chart;
  private FollowUp followUp;
  private ActionItemSummary summary;
  private PetitionTally tally;
  private QuotaCheck check;
  private QuotaReport report;
  private ComplianceSummary compliance;

  @Setup
  public void setUp() {
    NationalSample sample = NationalSample.of(grassroots);
    chart = sample.chart();

    List<UnitId> owners = new ArrayList<>();
    for (int c = 0; c < sample.communes; c++) {
      owners.add(NationalSample.commune(c));
    }
    for (int d = 0; d < sample.districts; d++) {
      owners.add(NationalSample.office(NationalSample.district(d)));
    }
    ConclusionNotice notice = HauGiang2016.conclusionNotice();
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    Deadline deadline = notice.deadline(1, 60, DayCount.WORKING_DAYS, calendar);
    List<ActionItem> items = new ArrayList<>();
    List<UnitId> itemOwners = new ArrayList<>(owners);
    for (int g = 0; g < sample.grassroots; g += 2) {
      itemOwners.add(NationalSample.grassroot(g));
    }
    for (int i = 0; i < itemOwners.size(); i++) {
      ActionItem item =
          notice.assign(1, ActionItemId.of("HG-GB-1-" + i), itemOwners.get(i), deadline, CLERK)
              .start(HauGiang2016.NOTICE_DAY, CLERK);
      if (i % 3 == 0) {
        item = item.reportDone(HauGiang2016.NOTICE_DAY.plusDays(30 + i % 60), CLERK);
      }
      items.add(item);
    }
    followUp = FollowUp.of(items);

    ComplianceCheck reception = ComplianceCheck.of(ReceptionRuleBook.standard(), chart);
    ReportPeriod quarter = ReportPeriod.quarter(2016, 1, CutOff.monthEnd());
    LocalDate quarterEnd = LocalDate.of(2016, 3, 31);
    compliance =
        itemOwners.stream()
            .map(unit -> reception.assess(Post.of(unit, PostKind.SECRETARY), quarter, quarterEnd, List.of(), List.of()))
            .collect(ComplianceSummary.collector());
    summary = followUp.summaryOn(DAY);

    List<Petition> petitions = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      Intake intake =
          Intake.builder()
              .id(PetitionId.of(String.format("VN-2024-%07d", i)))
              .received(LocalDate.of(2024, 3, 1).plusDays(i % 200))
              .channel(Channel.values()[i % Channel.values().length])
              .kind(PetitionKind.values()[i % PetitionKind.values().length])
              .petitioners(Petitioners.anonymous())
              .subject(Subject.of(SubjectKind.values()[i % SubjectKind.values().length], "nội dung " + i))
              .summary("kiến nghị số " + i)
              .receivingUnit(owners.get(i))
              .build();
      petitions.add(Petition.receive(intake, CLERK));
    }
    tally = petitions.stream().collect(PetitionTally.collector(calendar, DAY));

    List<StaffAssignment> staff = new ArrayList<>();
    UnitTree tree = chart.asOf(DAY);
    for (io.github.vanphong.organization.Unit unit : tree.units()) {
      int count =
          unit.kind() == io.github.vanphong.organization.UnitKind.COMMUNE_COMMITTEE
              ? 3
              : unit.kind() == io.github.vanphong.organization.UnitKind.OFFICE ? 20 : 0;
      for (int k = 0; k < count; k++) {
        staff.add(
            StaffAssignment.builder()
                .person(PersonId.of(unit.id().value() + "-" + k))
                .unit(unit.id())
                .employment(Employment.OFFICIAL)
                .qualification(k % 2 == 0 ? Qualification.UNIVERSITY : Qualification.COLLEGE)
                .tenure(Validity.from(NationalSample.RESTRUCTURED))
                .build());
      }
    }
    check = QuotaCheck.of(StaffingNorms.standard(), Establishment.empty(), Headcount.of(staff),
        CountingRule.officialsOnly());
    report = check.check(chart.asOf(DAY));
  }

  /** The action items summed by unit: a collector over the items. */
  @Benchmark
  public ActionItemSummary actionItemSummary() {
    return followUp.summaryOn(DAY);
  }

  /** The summary rolled up the chart of 2026, the items of ended units moved to their carriers. */
  @Benchmark
  public ProgressRollUp progressRollUp() {
    return ProgressRollUp.of(summary, chart, DAY);
  }

  /** The petitions' tally moved to the carriers of 2026. */
  @Benchmark
  public PetitionTally petitionsReassigned() {
    return tally.reassignedTo(chart, DAY);
  }

  /** The petitions' tally moved to the carriers of 2026 over a chart value that has not worked them out yet. */
  @Benchmark
  public PetitionTally petitionsReassignedOnANewChart() {
    return tally.reassignedTo(chart.withPerson(READER), DAY);
  }

  /** The compliance summary rolled up the chart of 2026, the figures of ended units moved to their carriers. */
  @Benchmark
  public ComplianceRollUp complianceRollUp() {
    return ComplianceRollUp.of(compliance, chart, DAY);
  }

  /** The compliance summary rolled up over a chart value that has not worked out the carriers of 2026 yet. */
  @Benchmark
  public ComplianceRollUp complianceRollUpOnANewChart() {
    return ComplianceRollUp.of(compliance, chart.withPerson(READER), DAY);
  }

  /** The compliance summary moved to the carriers of 2026. */
  @Benchmark
  public ComplianceSummary complianceReassigned() {
    return compliance.reassignedTo(chart, DAY);
  }

  /** The staffing check of every unit of the tree of 2026. */
  @Benchmark
  public QuotaReport staffingCheck() {
    return check.check(chart.asOf(DAY));
  }

  /** The staffing summary of the check: a collector over the compliances. */
  @Benchmark
  public StaffingSummary staffingSummary() {
    return report.summary();
  }
}
