package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.OfficeReportRollUp;
import io.github.vanphong.report.PeriodKind;
import io.github.vanphong.report.ReportCheck;
import io.github.vanphong.report.ReportFigure;
import io.github.vanphong.report.ReportingCompliance;
import io.github.vanphong.report.ReportingComplianceRollUp;
import io.github.vanphong.report.ReportingObligation;
import io.github.vanphong.report.ReportingObligations;
import io.github.vanphong.report.ReportingPeriod;
import io.github.vanphong.report.ReportingRegime;
import io.github.vanphong.report.Submission;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReportArbitrariesTest {

  @Property(tries = 100)
  void periodsAreOfTheYears2010To2030(@ForAll ReportingPeriod period) {
    assertThat(period.last().getYear()).isBetween(2010, 2036);
    assertThat(period.first()).isBeforeOrEqualTo(period.last());
  }

  @Property(tries = 60)
  void regimesAreCompleteForEveryKindOfFixedDays(@ForAll ReportingRegime regime) {
    for (PeriodKind kind : regime.kinds()) {
      if (kind.hasFixedPeriod()) {
        assertThat(regime.cutOff(kind)).isPresent();
        assertThat(regime.due(kind)).isPresent();
      }
    }
  }

  @Property(tries = 60)
  void obligationsOweKindsOfTheirRegime(@ForAll ReportingObligation obligation) {
    assertThat(obligation.regime().kinds()).containsAll(obligation.kinds());
    assertThat(obligation.recipient().unitId()).isNotEqualTo(java.util.Optional.of(obligation.unit()));
  }

  @Property(tries = 30)
  void declarationsHoldUpToFourRules(@ForAll ReportingObligations obligations) {
    assertThat(obligations.rules()).hasSizeLessThanOrEqualTo(4);
  }

  @Property(tries = 60)
  void submissionsAreOfAPeriodTheObligationOwes(@ForAll Submission submission) {
    assertThat(submission.obligation().kinds()).contains(submission.period().kind());
  }

  @Property(tries = 60)
  void checksAreJudgedAroundTheirDueDay(@ForAll ReportCheck check) {
    assertThat(check.asOf()).isBetween(check.dueDate().minusDays(40), check.dueDate().plusDays(40));
    assertThat(check.dueDate())
        .isEqualTo(check.obligation().dueDate(check.period(), WorkingCalendar.vietnam()));
  }

  @Property(tries = 60)
  void compliancesCountAtMostFiveUnits(@ForAll ReportingCompliance compliance) {
    assertThat(compliance.units()).hasSizeLessThanOrEqualTo(5);
  }

  @Property(tries = 30)
  void rollUpsPlaceOrKeepApartEveryLine(@ForAll ReportingComplianceRollUp rollUp) {
    assertThat(rollUp.total().plus(rollUp.unplaced()).reports()).isEqualTo(rollUp.summary().reports());
  }

  @Test
  void theProviderProvidesTheReportTypesOnly() {
    assertThat(ReportArbitraries.forType(ReportCheck.class)).isPresent();
    assertThat(ReportArbitraries.forType(String.class)).isEmpty();
    assertThat(new ReportArbitraryProvider().canProvideFor(net.jqwik.api.providers.TypeUsage.of(Submission.class)))
        .isTrue();
  }

  // ---- the office's periodic report ---------------------------------------------------------------------------

  @Property(tries = 100)
  void reportsHoldTheirFiguresOnTheLastDayAndInTheMonthsOfTheirPeriod(@ForAll OfficeReport report) {
    if (report.isEmpty()) {
      assertThat(report).isSameAs(OfficeReport.empty());
      return;
    }
    ReportingPeriod period = report.period().orElseThrow();
    LocalDate last = period.last();
    for (Optional<LocalDate> asOf :
        List.of(
            report.petitions().asOf(),
            report.actionItems().asOf(),
            report.programme().asOf(),
            report.elections().asOf(),
            report.congresses().asOf(),
            report.assets().asOf())) {
      asOf.ifPresent(day -> assertThat(day).isEqualTo(last));
    }
    YearMonth first = YearMonth.from(period.first());
    for (YearMonth month : report.documents().months()) {
      assertThat(month).isBetween(first, period.lastMonth());
    }
    for (YearMonth month : report.dues().months()) {
      assertThat(month).isBetween(first, period.lastMonth());
    }
    for (YearMonth month : report.petitions().byMonth().keySet()) {
      assertThat(month).isBetween(first, period.lastMonth());
    }
    CutOff cutOff = period.cutOff().orElseGet(CutOff::monthEnd);
    report.receptions().cutOff().ifPresent(c -> assertThat(c).isEqualTo(cutOff));
    for (YearMonth month : report.receptions().sessionsByMonth().keySet()) {
      assertThat(month).isBetween(cutOff.reportMonthOf(period.first()), cutOff.reportMonthOf(last));
    }
    assertThat(report.figure(ReportFigure.PETITIONS)).isBetween(0L, 4L);
    assertThat(report.figure(ReportFigure.RECEPTION_SESSIONS)).isBetween(0L, 3L);
    assertThat(report.figure(ReportFigure.RECEPTION_MATTERS)).isBetween(0L, 9L);
    assertThat(report.figure(ReportFigure.ACTION_ITEMS)).isBetween(0L, 5L);
    assertThat(report.figure(ReportFigure.PROGRAMME_ITEMS)).isBetween(0L, 5L);
    assertThat(report.figure(ReportFigure.CONGRESSES)).isBetween(0L, 4L);
    assertThat(report.figure(ReportFigure.PETITION_DUTIES_OVERDUE))
        .isEqualTo(report.petitions().overdue().size());
  }

  @Test
  void reportsComeEmptyAndFullAndEachPartBoth() {
    List<OfficeReport> reports =
        ReportArbitraries.officeReports().sampleStream().limit(300).collect(Collectors.toList());
    assertThat(reports).contains(OfficeReport.empty());
    assertThat(reports).anyMatch(r -> !r.isEmpty() && r.period().orElseThrow().kind() == PeriodKind.TERM);
    for (ReportFigure figure :
        List.of(
            ReportFigure.STAFF,
            ReportFigure.PETITIONS,
            ReportFigure.PETITION_DUTIES_OVERDUE,
            ReportFigure.RECEPTION_SESSIONS,
            ReportFigure.RECEPTION_MATTERS,
            ReportFigure.DOCUMENTS_ISSUED,
            ReportFigure.ACTION_ITEMS,
            ReportFigure.ACTION_ITEMS_OVERDUE,
            ReportFigure.PROGRAMME_ITEMS,
            ReportFigure.PROGRAMME_LATE,
            ReportFigure.ELECTION_MILESTONES,
            ReportFigure.CONGRESSES,
            ReportFigure.DUES_COLLECTED,
            ReportFigure.ASSETS)) {
      assertThat(reports).as("%s given", figure).anyMatch(r -> r.figure(figure) > 0);
      assertThat(reports).as("%s left empty", figure).anyMatch(r -> !r.isEmpty() && r.figure(figure) == 0);
    }
    assertThat(reports).anyMatch(r -> !r.receptions().delegationsBySize().isEmpty());
    assertThat(reports).anyMatch(r -> !r.receptions().refusalsByGround().isEmpty());
  }

  @Test
  void theReportsOfAPeriodAddUpPartByPart() {
    ReportingPeriod period = ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2016, CutOff.onDay(14));
    List<OfficeReport> reports =
        ReportArbitraries.officeReportsOf(period).sampleStream().limit(40).collect(Collectors.toList());
    OfficeReport sum = reports.stream().collect(OfficeReport.collector());
    assertThat(sum.period()).contains(period);
    assertThat(sum.figure(ReportFigure.PETITIONS))
        .isEqualTo(reports.stream().mapToLong(r -> r.figure(ReportFigure.PETITIONS)).sum());
    assertThat(sum.figure(ReportFigure.RECEPTION_SESSIONS))
        .isEqualTo(reports.stream().mapToLong(r -> r.figure(ReportFigure.RECEPTION_SESSIONS)).sum());
  }

  @Property(tries = 40)
  void rollUpsAreOfOnePeriodAndKeepEveryReport(@ForAll OfficeReportRollUp rollUp) {
    assertThat(rollUp.reports()).hasSizeLessThanOrEqualTo(4);
    assertThat(rollUp.reports().values().stream().map(OfficeReport::period).distinct()).hasSizeLessThanOrEqualTo(1);
    assertThat(rollUp.grandTotal()).isEqualTo(rollUp.reports().values().stream().collect(OfficeReport.collector()));
  }

  @Test
  void rollUpsSometimesHoldReportsOfUnitsOffTheTree() {
    List<OfficeReportRollUp> rollUps =
        ReportArbitraries.officeReportRollUps().sampleStream().limit(120).collect(Collectors.toList());
    assertThat(rollUps).anyMatch(r -> !r.unplaced().isEmpty());
    assertThat(rollUps).anyMatch(r -> !r.total().isEmpty());
    assertThat(ReportArbitraries.forType(OfficeReport.class)).isPresent();
    assertThat(ReportArbitraries.forType(OfficeReportRollUp.class)).isPresent();
  }

  // ---- end of the office's periodic report -----------------------------------------------------------------------
}
