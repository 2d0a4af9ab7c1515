package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.COMMUNE_1;
import static io.github.vanphong.report.ReportFixtures.COMMUNE_2;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_2;
import static io.github.vanphong.report.ReportFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingComplianceTest {

  private static final LocalDate DAY = LocalDate.of(2023, 4, 30);

  private static ReportingCompliance line(UnitId unit, int onTime, int late, int missing, int notYetDue) {
    return ReportingCompliance.of(DAY, unit, onTime, late, missing, notYetDue);
  }

  @Test
  void aJudgementCountsOnceUnderItsUnit() {
    ReportingObligation obligation =
        ReportingObligation.of(
            DISTRICT_1, Recipient.unit(PROVINCE), ReportFixtures.petitionWork(), java.util.Set.of(PeriodKind.YEAR));
    ReportingPeriod year = obligation.regime().period(PeriodKind.YEAR, 2023);
    for (LocalDate asOf : List.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 1))) {
      ReportCheck check = ReportCheck.of(obligation, year, asOf, ReportFixtures.CALENDAR, List.of());
      ReportingCompliance summary = ReportingCompliance.of(check);
      assertThat(summary.units()).containsExactly(DISTRICT_1);
      assertThat(summary.asOf()).contains(asOf);
      assertThat(summary.reports()).isEqualTo(1);
      assertThat(summary.missing()).isEqualTo(check.status() == ReportStatus.MISSING ? 1 : 0);
      assertThat(summary.notYetDue()).isEqualTo(check.status() == ReportStatus.NOT_YET_DUE ? 1 : 0);
    }
    Submission early = Submission.of(obligation, year, LocalDate.of(2023, 12, 15));
    Submission late = Submission.of(obligation, year, LocalDate.of(2023, 12, 28));
    ReportingCompliance onTime =
        ReportingCompliance.of(ReportCheck.of(obligation, year, DAY.plusYears(1), ReportFixtures.CALENDAR, List.of(early)));
    assertThat(List.of(onTime.onTime(), onTime.late(), onTime.missing(), onTime.notYetDue())).containsExactly(1, 0, 0, 0);
    ReportingCompliance sentLate =
        ReportingCompliance.of(ReportCheck.of(obligation, year, DAY.plusYears(1), ReportFixtures.CALENDAR, List.of(late)));
    assertThat(List.of(sentLate.onTime(), sentLate.late(), sentLate.missing(), sentLate.notYetDue()))
        .containsExactly(0, 1, 0, 0);
  }

  @Test
  void figuresAddUpByUnit() {
    ReportingCompliance sum = line(DISTRICT_1, 1, 2, 3, 4).plus(line(DISTRICT_1, 1, 0, 0, 0)).plus(line(DISTRICT_2, 0, 0, 1, 0));
    assertThat(sum.onTime()).isEqualTo(2);
    assertThat(sum.late()).isEqualTo(2);
    assertThat(sum.missing()).isEqualTo(4);
    assertThat(sum.notYetDue()).isEqualTo(4);
    assertThat(sum.reports()).isEqualTo(12);
    assertThat(sum.forUnit(DISTRICT_1)).isEqualTo(line(DISTRICT_1, 2, 2, 3, 4));
    assertThat(sum.forUnit(PROVINCE)).isEqualTo(ReportingCompliance.empty());
    assertThat(sum.units()).containsExactly(DISTRICT_1, DISTRICT_2);
    assertThat(sum.isEmpty()).isFalse();
    assertThat(ReportingCompliance.empty().isEmpty()).isTrue();
    assertThat(ReportingCompliance.empty().reports()).isZero();
    assertThat(sum.toString()).isEqualTo("ReportingCompliance[2023-04-30, 2 units, 2 on time, 2 late, 4 missing, 4 not yet due]");
    assertThat(ReportingCompliance.empty()).hasToString("ReportingCompliance[nothing]");
  }

  @Test
  void summariesObeyTheMergeLaws() {
    SummaryLaws.mergeLaws(
        ReportingCompliance.empty(), line(DISTRICT_1, 1, 0, 0, 0), line(DISTRICT_1, 0, 1, 0, 0), line(COMMUNE_1, 0, 0, 0, 1));
    SummaryLaws.collectorLaws(
        List.of(line(DISTRICT_1, 1, 0, 0, 0), line(COMMUNE_2, 0, 2, 0, 0), line(DISTRICT_1, 0, 0, 3, 0)),
        1,
        ReportingCompliance.collector(),
        s -> s,
        ReportingCompliance.empty());
    SummaryLaws.anotherDayIsRefused(
        line(DISTRICT_1, 1, 0, 0, 0),
        ReportingCompliance.of(DAY.plusDays(1), DISTRICT_1, 1, 0, 0, 0),
        ReportingCompliance.empty(),
        ReportingCompliance::asOf);
  }

  @Test
  void aLineCountsAtLeastOneReportAndNoNegativeCount() {
    assertThatThrownBy(() -> line(DISTRICT_1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HG-HU1");
    assertThatThrownBy(() -> line(DISTRICT_1, -1, 2, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line(DISTRICT_1, 2, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line(DISTRICT_1, 2, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> line(DISTRICT_1, 2, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 or more");
    assertThat(line(DISTRICT_1, 0, 0, 0, 1).notYetDue()).isEqualTo(1);
    assertThatThrownBy(() -> line(DISTRICT_1, Integer.MAX_VALUE, 1, 0, 0)).isInstanceOf(ArithmeticException.class);
    ReportingCompliance big = line(DISTRICT_1, Integer.MAX_VALUE, 0, 0, 0);
    assertThatThrownBy(() -> big.plus(big)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void summariesAreEqualByDayAndLines() {
    assertThat(line(DISTRICT_1, 1, 0, 0, 0)).isEqualTo(line(DISTRICT_1, 1, 0, 0, 0));
    assertThat(line(DISTRICT_1, 1, 0, 0, 0)).isNotEqualTo(line(DISTRICT_2, 1, 0, 0, 0));
    assertThat(line(DISTRICT_1, 1, 0, 0, 0)).isNotEqualTo(ReportingCompliance.of(DAY.plusDays(1), DISTRICT_1, 1, 0, 0, 0));
    assertThat(line(DISTRICT_1, 1, 0, 0, 0)).isNotEqualTo("1");
  }
}
