package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.COMMUNE_1;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static io.github.vanphong.report.ReportFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.reception.CutOff;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recipe "The office's report of a quarter, rolled up and re-aggregated after a merger" of docs/cookbook.md. */
class OfficeReportRecipeTest {

  @Test
  void theRecipeRuns() {
    OrgChart chart = OfficeReportRollUpTest.chart();
    UnitId province = PROVINCE;
    UnitId districtOffice = DISTRICT_1;
    UnitId commune = COMMUNE_1;
    OutgoingRegister register =
        OutgoingRegister.forPartyTerm(
                DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
                OutgoingRegister.termAfterCongress(LocalDate.of(2015, 10, 14)))
            .issue(DocumentCodeBook.REPORT, LocalDate.of(2016, 3, 20), "Báo cáo quý I")
            .register();
    List<ActionItem> items = List.of();
    Money collected = Money.ofDong(90_000);
    Money kept = Money.ofDong(27_000);

    ReportingPeriod quarter = ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2016, CutOff.monthEnd());
    Map<UnitId, OfficeReport> reports =
        Map.of(
            districtOffice,
            OfficeReport.builder(quarter)
                .staffing(OfficeReportTest.staffing(districtOffice, 11, false))
                .documents(register)
                .actionItems(items)
                .build(),
            commune,
            OfficeReport.builder(quarter)
                .dues(DuesSummary.of(commune, YearMonth.of(2016, 3), collected, Money.ZERO, kept))
                .build());

    OfficeReportRollUp rollUp = OfficeReportRollUp.of(reports, chart);
    assertThat(rollUp.date()).isEqualTo(LocalDate.of(2016, 3, 31));
    assertThat(rollUp.rolledUp(province).figure(ReportFigure.STAFF)).isEqualTo(11);
    assertThat(rollUp.rolledUp(province).figure(ReportFigure.DOCUMENTS_ISSUED)).isEqualTo(1);
    assertThat(rollUp.rolledUp(province).figure(ReportFigure.DUES_SENT_UP)).isEqualTo(63_000);
    assertThat(rollUp.rolledUp(province).lines(Locale.forLanguageTag("vi")))
        .contains("Cán bộ, công chức trong biên chế: 11");

    OfficeReportRollUp after = rollUp.reaggregated(chart, LocalDate.of(2025, 7, 1));
    assertThat(after.grandTotal()).isEqualTo(rollUp.grandTotal());
    assertThat(after.rolledUp(UnitId.of("CT-TU")).figure(ReportFigure.STAFF)).isEqualTo(11);
  }
}
