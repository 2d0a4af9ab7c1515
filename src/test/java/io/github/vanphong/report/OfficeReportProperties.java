package io.github.vanphong.report;

import static io.github.vanphong.report.OfficeReportTest.QUARTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.testing.OrganizationArbitraries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of the office's report: its figures at every level of a tree are the sum of its units' figures, a
 * re-aggregation onto successors keeps the totals, and reports of a period merge.
 */
class OfficeReportProperties {

  private static final UnitId OFF_THE_TREE = UnitId.of("ZZ-OFF-THE-TREE");

  /** A chart, a day of it, a later day, and figures for each unit of its tree on the first day. */
  record Case(OrgChart chart, LocalDate day, LocalDate later, List<Integer> figures) {

    UnitTree tree() {
      return chart.asOf(day);
    }

    Map<UnitId, OfficeReport> reports() {
      Map<UnitId, OfficeReport> reports = new HashMap<>();
      List<Unit> units = tree().units();
      for (int i = 0; i < units.size(); i++) {
        int figure = figures.get(i % figures.size());
        if (figure % 5 != 0) {
          reports.put(units.get(i).id(), report(units.get(i).id(), figure));
        }
      }
      reports.put(OFF_THE_TREE, report(OFF_THE_TREE, figures.get(0) + 1));
      return reports;
    }
  }

  /** A unit's report of the quarter: some staff and some dues. */
  static OfficeReport report(UnitId unit, int figure) {
    return OfficeReport.builder(QUARTER)
        .staffing(OfficeReportTest.staffing(unit, figure, figure % 3 == 0))
        .dues(OfficeReportTest.dues(unit, YearMonth.of(2016, 1 + figure % 3), 1_000L * figure, 300L * figure))
        .build();
  }

  @Provide
  Arbitrary<Case> cases() {
    return OrganizationArbitraries.orgCharts()
        .flatMap(
            chart ->
                Combinators.combine(
                        OrganizationArbitraries.daysOf(chart),
                        Arbitraries.integers().between(0, 3_000),
                        Arbitraries.integers().between(1, 500).list().ofMinSize(1).ofMaxSize(30))
                    .as((day, gap, figures) -> new Case(chart, day, day.plusDays(gap), figures)));
  }

  @Property(tries = 200)
  void reportFiguresEqualTheSumOfTheirUnitsFiguresAtEveryLevel(@ForAll("cases") Case c) {
    Map<UnitId, OfficeReport> reports = c.reports();
    OfficeReportRollUp rollUp = OfficeReportRollUp.of(reports, c.tree());
    for (Unit unit : c.tree().units()) {
      OfficeReport sumOfChildren =
          c.tree().children(unit.id()).stream().map(child -> rollUp.rolledUp(child.id())).collect(OfficeReport.collector());
      assertThat(rollUp.rolledUp(unit.id())).isEqualTo(rollUp.own(unit.id()).plus(sumOfChildren));
      OfficeReport sumOfUnits =
          c.tree().descendants(unit.id()).stream()
              .map(Unit::id)
              .map(id -> reports.getOrDefault(id, OfficeReport.empty()))
              .reduce(reports.getOrDefault(unit.id(), OfficeReport.empty()), OfficeReport::plus);
      assertThat(rollUp.rolledUp(unit.id())).isEqualTo(sumOfUnits);
      for (ReportFigure figure : List.of(ReportFigure.STAFF, ReportFigure.DUES_COLLECTED, ReportFigure.DUES_SENT_UP)) {
        long expected =
            c.tree().descendants(unit.id()).stream()
                    .mapToLong(u -> reports.getOrDefault(u.id(), OfficeReport.empty()).figure(figure))
                    .sum()
                + reports.getOrDefault(unit.id(), OfficeReport.empty()).figure(figure);
        assertThat(rollUp.rolledUp(unit.id()).figure(figure)).isEqualTo(expected);
      }
    }
    assertThat(rollUp.unplaced()).isEqualTo(reports.get(OFF_THE_TREE));
    assertThat(rollUp.grandTotal()).isEqualTo(reports.values().stream().collect(OfficeReport.collector()));
  }

  @Property(tries = 200)
  void reaggregationOntoTheUnitsThatCarryTheHistoryPreservesTotals(@ForAll("cases") Case c) {
    OfficeReportRollUp rollUp = OfficeReportRollUp.of(c.reports(), c.tree());
    OfficeReportRollUp after = rollUp.reaggregated(c.chart(), c.later());
    assertThat(after.date()).isEqualTo(c.later());
    assertThat(after.grandTotal()).isEqualTo(rollUp.grandTotal());
    for (ReportFigure figure : ReportFigure.values()) {
      assertThat(after.grandTotal().figure(figure)).isEqualTo(rollUp.grandTotal().figure(figure));
    }
    // a re-aggregation onto the same day moves nothing
    assertThat(rollUp.reaggregated(c.chart(), c.day()).reports()).isEqualTo(rollUp.reports());
  }

  @Provide
  Arbitrary<OfficeReport> reportsOfTheQuarter() {
    return Combinators.combine(
            Arbitraries.of("HG-TU", "HG-HU1", "HG-HU2", "HG-HU1-X1").map(UnitId::of),
            Arbitraries.integers().between(1, 400))
        .as(OfficeReportProperties::report);
  }

  @Property(tries = 200)
  void reportsMerge(
      @ForAll("reportsOfTheQuarter") OfficeReport a,
      @ForAll("reportsOfTheQuarter") OfficeReport b,
      @ForAll("reportsOfTheQuarter") OfficeReport c) {
    SummaryLaws.mergeLaws(OfficeReport.empty(), a, b, c);
    SummaryLaws.collectorLaws(List.of(a, b, c), a.hashCode(), OfficeReport.collector(), r -> r, OfficeReport.empty());
    OfficeReport april =
        OfficeReport.builder(ReportingPeriod.month(YearMonth.of(2016, 4), CutOff.monthEnd())).build();
    SummaryLaws.anotherDayIsRefused(a, april, OfficeReport.empty(), r -> r.period().map(ReportingPeriod::last));
    assertThat(a.figure(ReportFigure.DUES_COLLECTED) + b.figure(ReportFigure.DUES_COLLECTED))
        .isEqualTo(a.plus(b).figure(ReportFigure.DUES_COLLECTED));
  }
}
