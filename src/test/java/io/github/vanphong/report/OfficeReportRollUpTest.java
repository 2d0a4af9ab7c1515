package io.github.vanphong.report;

import static io.github.vanphong.report.OfficeReportTest.MARCH;
import static io.github.vanphong.report.OfficeReportTest.QUARTER;
import static io.github.vanphong.report.OfficeReportTest.dues;
import static io.github.vanphong.report.OfficeReportTest.staffing;
import static io.github.vanphong.report.ReportFixtures.COMMUNE_1;
import static io.github.vanphong.report.ReportFixtures.COMMUNE_2;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_2;
import static io.github.vanphong.report.ReportFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.reception.CutOff;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficeReportRollUpTest {

  private static final UnitId ELSEWHERE = UnitId.of("CT-TU");
  private static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
  private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

  private static OfficeReport staffOf(UnitId unit, int staff) {
    return OfficeReport.builder(QUARTER).staffing(staffing(unit, staff, false)).build();
  }

  private static Map<UnitId, OfficeReport> reports() {
    return Map.of(
        PROVINCE, staffOf(PROVINCE, 20),
        DISTRICT_1, staffOf(DISTRICT_1, 11),
        COMMUNE_1, staffOf(COMMUNE_1, 3),
        COMMUNE_2, OfficeReport.builder(QUARTER).dues(dues(COMMUNE_2, MARCH, 90_000, 27_000)).build(),
        ELSEWHERE, staffOf(ELSEWHERE, 100));
  }

  @Test
  void aUnitsReportHoldsThoseOfEveryUnitUnderIt() {
    OfficeReportRollUp rollUp = OfficeReportRollUp.of(reports(), ReportFixtures.tree());
    assertThat(rollUp.rolledUp(DISTRICT_1).figure(ReportFigure.STAFF)).isEqualTo(14);
    assertThat(rollUp.rolledUp(DISTRICT_2).figure(ReportFigure.STAFF)).isZero();
    assertThat(rollUp.rolledUp(DISTRICT_2).figure(ReportFigure.DUES_COLLECTED)).isEqualTo(90_000);
    assertThat(rollUp.rolledUp(DISTRICT_2).period()).contains(QUARTER);
    assertThat(rollUp.rolledUp(PROVINCE).figure(ReportFigure.STAFF)).isEqualTo(34);
    assertThat(rollUp.rolledUp(PROVINCE).figure(ReportFigure.STAFFED_UNITS)).isEqualTo(3);
    assertThat(rollUp.rolledUp(PROVINCE).figure(ReportFigure.DUES_KEPT)).isEqualTo(27_000);
    assertThat(rollUp.own(PROVINCE)).isEqualTo(staffOf(PROVINCE, 20));
    assertThat(rollUp.own(DISTRICT_2).isEmpty()).isTrue();
    assertThat(rollUp.own(ELSEWHERE).isEmpty()).isTrue();
    assertThat(rollUp.rolledUp(ELSEWHERE).isEmpty()).isTrue();
    assertThat(rollUp.total()).isEqualTo(rollUp.rolledUp(PROVINCE));
    assertThat(rollUp.reports()).isEqualTo(reports());
    assertThat(rollUp.tree()).isEqualTo(ReportFixtures.tree());
    assertThat(rollUp.date()).isEqualTo(ReportFixtures.tree().date());
  }

  @Test
  void theReportsOfUnitsOutsideTheTreeAreKeptApart() {
    OfficeReportRollUp rollUp = OfficeReportRollUp.of(reports(), ReportFixtures.tree());
    assertThat(rollUp.unplaced()).isEqualTo(staffOf(ELSEWHERE, 100));
    assertThat(rollUp.grandTotal()).isEqualTo(reports().values().stream().collect(OfficeReport.collector()));
    assertThat(rollUp.grandTotal().figure(ReportFigure.STAFF)).isEqualTo(134);
    assertThat(OfficeReportRollUp.of(Map.of(), ReportFixtures.tree()).total()).isEqualTo(OfficeReport.empty());
  }

  @Test
  void figuresOfThePeriod_reportsOfDifferentPeriodsAreNotRolledUpTogether() {
    Map<UnitId, OfficeReport> mixed =
        Map.of(
            DISTRICT_1, staffOf(DISTRICT_1, 11),
            DISTRICT_2,
            OfficeReport.builder(ReportingPeriod.month(YearMonth.of(2016, 4), CutOff.monthEnd())).build());
    assertThatThrownBy(() -> OfficeReportRollUp.of(mixed, ReportFixtures.tree()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name())
        .hasMessageContaining("2016-04-30");
    // a unit off the tree is never added to another, yet its report must be of the same period
    Map<UnitId, OfficeReport> apart =
        Map.of(
            DISTRICT_1, staffOf(DISTRICT_1, 11),
            ELSEWHERE, OfficeReport.builder(ReportingPeriod.month(YearMonth.of(2016, 4), CutOff.monthEnd())).build());
    assertThatThrownBy(() -> OfficeReportRollUp.of(apart, ReportFixtures.tree()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name())
        .hasMessageContaining("the reports rolled up are of one period");
    assertThatThrownBy(() -> OfficeReportRollUp.of(mixed, chart()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name());
    assertThatThrownBy(() -> OfficeReportRollUp.of(Map.of(DISTRICT_1, OfficeReport.empty()), chart()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name())
        .hasMessageContaining("no report has a period");
  }

  /**
   * A province with two districts, a commune under each, and another province; on 2025-07-01 the districts end,
   * each commune moved under the province and each district's history carried by its commune, and the province
   * merges into the other.
   */
  static OrgChart chart() {
    return OrgChart.of(
        List.of(
            Restructuring.create(FOUNDED, PROVINCE, "Tỉnh ủy", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
            Restructuring.create(FOUNDED, ELSEWHERE, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
            Restructuring.create(FOUNDED, DISTRICT_1, "Huyện ủy 1", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
            Restructuring.create(FOUNDED, DISTRICT_2, "Huyện ủy 2", UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(PROVINCE)),
            Restructuring.create(FOUNDED, COMMUNE_1, "Đảng ủy xã 1", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.of(DISTRICT_1)),
            Restructuring.create(FOUNDED, COMMUNE_2, "Đảng ủy xã 2", UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, Optional.of(DISTRICT_2)),
            Restructuring.reattach(MERGER, COMMUNE_1, ELSEWHERE),
            Restructuring.reattach(MERGER, COMMUNE_2, ELSEWHERE),
            Restructuring.dissolve(MERGER, DISTRICT_1, COMMUNE_1),
            Restructuring.dissolve(MERGER, DISTRICT_2, COMMUNE_2),
            Restructuring.merge(MERGER, List.of(PROVINCE), ELSEWHERE)));
  }

  @Test
  void afterTheMergerTheReportsLandOnTheUnitsThatCarryTheirHistory() {
    OfficeReportRollUp before = OfficeReportRollUp.of(reports(), chart());
    assertThat(before.date()).isEqualTo(QUARTER.last());
    assertThat(before.rolledUp(PROVINCE).figure(ReportFigure.STAFF)).isEqualTo(34);
    assertThat(before.rolledUp(ELSEWHERE).figure(ReportFigure.STAFF)).isEqualTo(100);
    assertThat(before.unplaced()).isEqualTo(OfficeReport.empty());
    OfficeReportRollUp after = before.reaggregated(chart(), MERGER);
    assertThat(after.date()).isEqualTo(MERGER);
    assertThat(after.own(ELSEWHERE).figure(ReportFigure.STAFF)).isEqualTo(120);
    assertThat(after.own(COMMUNE_1).figure(ReportFigure.STAFF)).isEqualTo(14);
    assertThat(after.own(COMMUNE_2).figure(ReportFigure.DUES_COLLECTED)).isEqualTo(90_000);
    assertThat(after.rolledUp(ELSEWHERE).figure(ReportFigure.STAFF)).isEqualTo(134);
    assertThat(after.rolledUp(PROVINCE).isEmpty()).isTrue();
    assertThat(after.grandTotal()).isEqualTo(before.grandTotal());
    assertThat(after.total()).isEqualTo(before.total());
    // the day before the merger nothing moves
    OfficeReportRollUp eve = before.reaggregated(chart(), MERGER.minusDays(1));
    assertThat(eve.reports()).isEqualTo(before.reports());
  }

  @Test
  void aUnitWithNoCarrierKeepsItsReportApart() {
    UnitId unknown = UnitId.of("XX-1");
    Map<UnitId, OfficeReport> reports = Map.of(unknown, staffOf(unknown, 5), DISTRICT_1, staffOf(DISTRICT_1, 11));
    OfficeReportRollUp after = OfficeReportRollUp.of(reports, chart()).reaggregated(chart(), MERGER);
    assertThat(after.unplaced()).isEqualTo(staffOf(unknown, 5));
    assertThat(after.rolledUp(ELSEWHERE).figure(ReportFigure.STAFF)).isEqualTo(11);
  }

  @Test
  void rollUpsAreEqualByTreeAndReports() {
    OfficeReportRollUp rollUp = OfficeReportRollUp.of(reports(), ReportFixtures.tree());
    assertThat(rollUp).isEqualTo(OfficeReportRollUp.of(reports(), ReportFixtures.tree()));
    assertThat(rollUp).hasSameHashCodeAs(OfficeReportRollUp.of(reports(), ReportFixtures.tree()));
    assertThat(rollUp).isNotEqualTo(OfficeReportRollUp.of(Map.of(), ReportFixtures.tree()));
    assertThat(rollUp).isNotEqualTo(OfficeReportRollUp.of(reports(), chart().asOf(MERGER)));
    assertThat(rollUp).isNotEqualTo("rollUp");
    assertThat(rollUp.hashCode()).isNotEqualTo(OfficeReportRollUp.of(Map.of(), ReportFixtures.tree()).hashCode());
    assertThat(rollUp.toString())
        .startsWith("OfficeReportRollUp[2023-03-01, OfficeReport[" + QUARTER)
        .contains("unplaced OfficeReport[" + QUARTER + ", Units whose staff are counted 1, Staff counted 100");
  }

  @Test
  void nullsAreRefusedWhereTheyEnter() {
    OfficeReportRollUp rollUp = OfficeReportRollUp.of(reports(), ReportFixtures.tree());
    assertThatThrownBy(() -> rollUp.own(null)).hasMessage("unit");
    assertThatThrownBy(() -> rollUp.rolledUp(null)).hasMessage("unit");
    assertThatThrownBy(() -> rollUp.reaggregated(null, MERGER)).hasMessage("chart");
    assertThatThrownBy(() -> rollUp.reaggregated(chart(), null)).hasMessage("day");
    assertThatThrownBy(() -> OfficeReportRollUp.of(reports(), (OrgChart) null)).hasMessage("chart");
  }
}
