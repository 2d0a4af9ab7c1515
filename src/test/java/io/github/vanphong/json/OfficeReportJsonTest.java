package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.document.DocumentSystem;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.programme.ProgrammeItemState;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.reception.SessionKind;
import io.github.vanphong.report.CutOffConventions;
import io.github.vanphong.report.OfficeReport;
import io.github.vanphong.report.PeriodKind;
import io.github.vanphong.report.ReportFigure;
import io.github.vanphong.report.ReportingPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edges of the office report's JSON form: the empty report, a report's parts, and what a reader refuses. */
class OfficeReportJsonTest {
  private static final ReportingPeriod FIRST_QUARTER_2016 =
      ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2016, CutOff.monthEnd());

  private static final String EMPTY_PARTS =
      "\"staffing\":" + JsonLaws.write(io.github.vanphong.staffing.StaffingSummary.empty())
          + ",\"petitions\":" + JsonLaws.write(io.github.vanphong.petition.PetitionTally.empty())
          + ",\"receptions\":" + JsonLaws.write(io.github.vanphong.reception.ReceptionTally.empty())
          + ",\"documents\":" + JsonLaws.write(DocumentTally.empty())
          + ",\"actionItems\":" + JsonLaws.write(io.github.vanphong.meeting.ActionItemSummary.empty())
          + ",\"programme\":" + JsonLaws.write(ProgrammeSummary.empty())
          + ",\"elections\":" + JsonLaws.write(io.github.vanphong.election.MilestoneSummary.empty())
          + ",\"congresses\":" + JsonLaws.write(io.github.vanphong.election.CongressSummary.empty())
          + ",\"dues\":" + JsonLaws.write(DuesSummary.empty())
          + ",\"assets\":" + JsonLaws.write(io.github.vanphong.asset.AssetSummary.empty());

  private static OfficeReport quarter() {
    return OfficeReport.builder(FIRST_QUARTER_2016)
        .documents(DocumentTally.of(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3), 12, 1))
        .programme(
            ProgrammeSummary.of(
                LocalDate.of(2016, 3, 31),
                Map.of(ProgrammeItemState.CONCLUDED, 4, ProgrammeItemState.PLANNED, 2),
                1))
        .dues(
            DuesSummary.of(
                UnitId.of("HG-VPTU"),
                YearMonth.of(2016, 2),
                Money.ofDong(2_400_000),
                Money.ofDong(0),
                Money.ofDong(720_000)))
        .build();
  }

  @Test
  void theEmptyReportHasNoPeriodAndEveryPartEmpty() {
    String json = JsonLaws.write(OfficeReport.empty());
    assertThat(json).isEqualTo("{" + EMPTY_PARTS + "}");
    assertThat(JsonLaws.read(json, OfficeReport.class)).isSameAs(OfficeReport.empty());
  }

  @Test
  void aReportOfAPeriodWithNoFiguresIsNotTheEmptyReport() {
    OfficeReport nothing = OfficeReport.builder(FIRST_QUARTER_2016).build();
    String json = JsonLaws.write(nothing);
    assertThat(json)
        .isEqualTo(
            "{\"period\":{\"kind\":\"first-quarter\",\"first\":\"2016-01-01\",\"last\":\"2016-03-31\",\"cutOff\":"
                + JsonLaws.write(CutOff.monthEnd())
                + "},"
                + EMPTY_PARTS
                + "}");
    OfficeReport back = JsonLaws.read(json, OfficeReport.class);
    assertThat(back).isEqualTo(nothing).isNotEqualTo(OfficeReport.empty());
    assertThat(back.period()).contains(FIRST_QUARTER_2016);
  }

  @Test
  void eachPartIsWrittenInItsOwnFormAndReadBack() {
    OfficeReport report = quarter();
    String json = JsonLaws.write(report);
    assertThat(json)
        .contains("\"documents\":" + JsonLaws.write(report.documents()))
        .contains("\"programme\":" + JsonLaws.write(report.programme()))
        .contains("\"dues\":" + JsonLaws.write(report.dues()));
    OfficeReport back = JsonLaws.assertRoundTrip(report, OfficeReport.class);
    assertThat(back.figure(ReportFigure.DOCUMENTS_ISSUED)).isEqualTo(12);
    assertThat(back.figure(ReportFigure.PROGRAMME_CONCLUDED)).isEqualTo(4);
    assertThat(back.figure(ReportFigure.DUES_COLLECTED)).isEqualTo(2_400_000);
    JsonLaws.assertLaws(report, OfficeReport.class);
  }

  @Test
  void aReportOfNoPeriodWithFiguresIsRefusedAtThePart() {
    String json = JsonLaws.write(quarter());
    String withoutPeriod = json.replaceFirst("\"period\":\\{[^}]*\\}\\},", "");
    assertThat(withoutPeriod).startsWith("{\"staffing\":");
    JsonLaws.assertRefusedAt(withoutPeriod, OfficeReport.class, "$.documents");
  }

  @Test
  void aPartOutsideThePeriodIsRefusedByTheBuilder() {
    String json = JsonLaws.write(quarter());
    String programmeOfAnotherDay = json.replace("\"2016-03-31\",\"byState\"", "\"2016-03-30\",\"byState\"");
    String documentsOfAnotherMonth = json.replace("\"month\":\"2016-03\"", "\"month\":\"2016-04\"");
    assertThat(programmeOfAnotherDay).isNotEqualTo(json);
    assertThat(documentsOfAnotherMonth).isNotEqualTo(json);
    JsonLaws.assertRefusedAt(programmeOfAnotherDay, OfficeReport.class, "$");
    JsonLaws.assertRefusedAt(documentsOfAnotherMonth, OfficeReport.class, "$");
  }

  @Test
  void everyPartIsRequired() {
    String json = JsonLaws.write(OfficeReport.empty());
    JsonLaws.assertRefusedAt(json.replaceFirst("\"staffing\":\\{[^}]*\\},", ""), OfficeReport.class, "$");
  }

  @Test
  void figuresAreWrittenByStableCodes() {
    assertThat(JsonLaws.write(ReportFigure.PETITIONS)).isEqualTo("\"petitions\"");
    assertThat(JsonLaws.write(ReportFigure.PETITION_DUTIES_OVERDUE)).isEqualTo("\"petition-duties-overdue\"");
    assertThat(JsonLaws.write(ReportFigure.ASSET_VALUE)).isEqualTo("\"asset-value\"");
    assertThat(JsonLaws.read("\"dues-sent-up\"", ReportFigure.class)).isEqualTo(ReportFigure.DUES_SENT_UP);
    JsonLaws.assertRefusedAt("\"DUES_SENT_UP\"", ReportFigure.class, "$");
  }

  @Test
  void theReceptionTallyIsCountedUnderThePeriodsOwnCutOff() {
    CutOff cutOff = CutOffConventions.STATE_2019;
    ReportingPeriod march = ReportingPeriod.month(YearMonth.of(2026, 3), cutOff);
    ReceptionTally oneSession =
        ReceptionTally.of(
            cutOff,
            Map.of(SessionKind.HEAD_PERIODIC, 1),
            Map.of(UnitId.of("HG-TU"), Map.of(YearMonth.of(2026, 3), 1)),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            0,
            Map.of(),
            Map.of(),
            0);
    OfficeReport report = OfficeReport.builder(march).receptions(oneSession).build();
    String json = JsonLaws.write(report);
    JsonLaws.assertRoundTrip(report, OfficeReport.class);
    String basis = ",\"basis\":" + JsonLaws.write(cutOff.basis().orElseThrow());
    assertThat(json).contains(basis);
    String periodWithoutBasis = json.replaceFirst(java.util.regex.Pattern.quote(basis), "");
    assertThat(periodWithoutBasis).isNotEqualTo(json).contains(basis);
    JsonLaws.assertRefusedAt(periodWithoutBasis, OfficeReport.class, "$");
  }
}
