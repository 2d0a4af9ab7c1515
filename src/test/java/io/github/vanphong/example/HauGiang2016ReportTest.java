package io.github.vanphong.example;

import static io.github.vanphong.example.HauGiang2016.CAN_THO_COMMITTEE;
import static io.github.vanphong.example.HauGiang2016.PROVINCIAL_COMMITTEE;
import static io.github.vanphong.example.HauGiang2016.PROVINCIAL_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.OfficeReportRollUp;
import io.github.vanphong.report.ReportFigure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scenario: the first-quarter report of 2016, rolled up in Hậu Giang and re-aggregated after the 2025 merger. */
class HauGiang2016ReportTest {

  @Test
  void theFirstQuarterReportOf2016RolledUpTheChartOfItsLastDay() {
    OfficeReportRollUp rollUp = HauGiang2016Report.rollUp();
    assertThat(rollUp.date()).isEqualTo(LocalDate.of(2016, 3, 31));
    OfficeReport province = rollUp.rolledUp(PROVINCIAL_COMMITTEE);
    assertThat(province.period()).contains(HauGiang2016Report.FIRST_QUARTER);
    // the staff of the eight district-level offices counted at the briefing, four below their norm
    assertThat(province.figure(ReportFigure.STAFFED_UNITS)).isEqualTo(8);
    assertThat(province.figure(ReportFigure.STAFF)).isEqualTo(79);
    assertThat(province.figure(ReportFigure.UNITS_BELOW_NORM)).isEqualTo(4);
    // the briefing's conclusion notice, issued by the provincial office on 2016-03-07
    assertThat(rollUp.own(PROVINCIAL_OFFICE).figure(ReportFigure.DOCUMENTS_ISSUED)).isEqualTo(1);
    // the action items of the briefing of 2016-03-01, of which conclusion 6 was reported done on 2016-03-25
    assertThat(province.figure(ReportFigure.ACTION_ITEMS)).isEqualTo(13);
    assertThat(province.figure(ReportFigure.ACTION_ITEMS_DONE)).isEqualTo(1);
    // the standing committee's programme: one concluded, one postponed, one planned for March
    assertThat(rollUp.own(PROVINCIAL_COMMITTEE).figure(ReportFigure.PROGRAMME_ITEMS)).isEqualTo(3);
    assertThat(rollUp.own(PROVINCIAL_COMMITTEE).figure(ReportFigure.PROGRAMME_CONCLUDED)).isEqualTo(1);
    assertThat(province.figure(ReportFigure.ELECTION_MILESTONES)).isPositive();
    // the cell is not on the chart: its dues are kept apart, not lost
    assertThat(rollUp.unplaced().figure(ReportFigure.DUES_COLLECTED)).isEqualTo(113_850);
    assertThat(rollUp.unplaced().figure(ReportFigure.DUES_KEPT) + rollUp.unplaced().figure(ReportFigure.DUES_SENT_UP))
        .isEqualTo(113_850);
    // every reception session of the quarter, and each matter a petition
    OfficeReport all = rollUp.grandTotal();
    assertThat(all.figure(ReportFigure.RECEPTION_SESSIONS)).isEqualTo(HauGiang2016Reception.sessions().size());
    assertThat(all.figure(ReportFigure.PETITIONS)).isEqualTo(all.figure(ReportFigure.RECEPTION_MATTERS)).isEqualTo(6);
    // none of the six was taken further in the example: on 2016-03-31 every one is open, its first duties overdue
    assertThat(all.figure(ReportFigure.PETITIONS_OPEN)).isEqualTo(6);
    assertThat(all.figure(ReportFigure.PETITION_DUTIES_OVERDUE)).isEqualTo(8);
  }

  @Test
  void theFirstQuarterReportOf2016ReaggregatedAfterThe2025Merger() {
    OfficeReportRollUp before = HauGiang2016Report.rollUp();
    OfficeReportRollUp after = HauGiang2016Report.afterTheMerger();
    OrgChart chart = HauGiang2016Report.chart();
    assertThat(after.date()).isEqualTo(HauGiang2016.TWO_TIER_DAY);
    assertThat(after.grandTotal()).isEqualTo(before.grandTotal());
    // Hậu Giang's committee has ended; Cần Thơ's carries its history and the figures of every unit under it
    assertThat(after.tree().contains(PROVINCIAL_COMMITTEE)).isFalse();
    OfficeReport canTho = after.rolledUp(CAN_THO_COMMITTEE);
    for (ReportFigure figure : ReportFigure.values()) {
      assertThat(canTho.figure(figure)).as(figure.englishName()).isEqualTo(before.rolledUp(PROVINCIAL_COMMITTEE).figure(figure));
    }
    // each unit's own report lies on the unit that carries its history on the day
    for (Map.Entry<UnitId, OfficeReport> own : before.reports().entrySet()) {
      UnitId carrier = chart.historyCarrier(own.getKey(), HauGiang2016.TWO_TIER_DAY).orElse(own.getKey());
      assertThat(after.reports()).containsKey(carrier);
    }
    assertThat(after.rolledUp(HauGiang2016Reception.CAN_THO_PEOPLES_COMMITTEE))
        .isEqualTo(before.rolledUp(HauGiang2016Reception.PEOPLES_COMMITTEE));
    assertThat(after.unplaced()).isEqualTo(before.unplaced());
  }

  @Test
  void theReportPrintsOneLanguagePerLine() {
    OfficeReport province = HauGiang2016Report.rollUp().rolledUp(PROVINCIAL_COMMITTEE);
    assertThat(province.lines(Locale.forLanguageTag("vi")))
        .startsWith("Báo cáo quý I từ ngày 01/01/2016 đến ngày 31/03/2016")
        .contains("Cán bộ, công chức trong biên chế: 79");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HauGiang2016Report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("  Cán bộ, công chức trong biên chế: 79")
        .contains("  Staff counted: 79")
        .contains("Totals before and after the merger are equal")
        .doesNotContain("DIFFERENT");
  }
}
