package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingRegimesTest {

  @Test
  void theStateCountsFromTheFifteenthToTheFourteenthUnderDecree09Article12() {
    ReportingRegime state = ReportingRegimes.STATE_2019;
    assertThat(state.kinds())
        .containsExactly(
            PeriodKind.MONTH,
            PeriodKind.FIRST_QUARTER,
            PeriodKind.SECOND_QUARTER,
            PeriodKind.THIRD_QUARTER,
            PeriodKind.FOURTH_QUARTER,
            PeriodKind.FIRST_SIX_MONTHS,
            PeriodKind.LAST_SIX_MONTHS,
            PeriodKind.YEAR,
            PeriodKind.SPECIAL,
            PeriodKind.AD_HOC);
    assertThat(state.cutOff(PeriodKind.YEAR)).contains(CutOffConventions.STATE_2019);
    assertThat(state.cutOff(PeriodKind.SPECIAL)).isEmpty();
    assertThat(CutOffConventions.STATE_2019.basis().orElseThrow().citation())
        .isEqualTo("Nghị định 09/2019/NĐ-CP, Điều 12");
    assertThat(CutOffConventions.STATE_2019.dayOfMonth()).hasValue(14);
  }

  @Test
  void theStatesReportsAreDueByThe25thUnderDecree09Article13() {
    ReportingRegime state = ReportingRegimes.STATE_2019;
    DueRule due = state.due(PeriodKind.YEAR).orElseThrow();
    assertThat(due.dayOfMonth()).hasValue(25);
    assertThat(due.basis().citation()).isEqualTo("Nghị định 09/2019/NĐ-CP, Điều 13");
    assertThat(due.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    // 2026-12-25 is a Friday
    assertThat(state.dueDate(state.period(PeriodKind.YEAR, 2026), CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 25));
  }

  @Test
  void petitionWorkCountsFromTheFifteenthToTheFourteenthUnderCircular02Of2021Article7() {
    ReportingRegime regime = ReportingRegimes.PETITION_WORK_2021;
    assertThat(regime.kinds()).doesNotContain(PeriodKind.MONTH, PeriodKind.LAST_SIX_MONTHS).contains(PeriodKind.NINE_MONTHS);
    assertThat(regime.period(PeriodKind.NINE_MONTHS, 2022).first()).isEqualTo(LocalDate.of(2021, 12, 15));
    assertThat(regime.period(PeriodKind.NINE_MONTHS, 2022).last()).isEqualTo(LocalDate.of(2022, 9, 14));
    assertThat(CutOffConventions.PETITION_WORK_2021.basis().orElseThrow().citation())
        .isEqualTo("Thông tư 02/2021/TT-TTCP, Điều 7, khoản 1");
    assertThat(regime.due(PeriodKind.YEAR)).isEmpty();
    assertThat(ReportingRegimes.PETITION_WORK_2024.cutOff(PeriodKind.FIRST_QUARTER))
        .contains(CutOffConventions.PETITION_WORK_2024);
    assertThat(CutOffConventions.PETITION_WORK_2024.basis().orElseThrow().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void thePetitionWorkRegimeIsChosenByTheDay() {
    assertThat(ReportingRegimes.petitionWorkOn(LocalDate.of(2021, 5, 9))).isEmpty();
    assertThat(ReportingRegimes.petitionWorkOn(LocalDate.of(2021, 5, 10))).contains(ReportingRegimes.PETITION_WORK_2021);
    assertThat(ReportingRegimes.petitionWorkOn(LocalDate.of(2024, 1, 19))).contains(ReportingRegimes.PETITION_WORK_2021);
    assertThat(ReportingRegimes.petitionWorkOn(LocalDate.of(2024, 1, 20))).contains(ReportingRegimes.PETITION_WORK_2024);
    assertThat(ReportingRegimes.petitionWorkOn(LocalDate.of(2025, 9, 29))).contains(ReportingRegimes.PETITION_WORK_2024);
    assertThat(ReportingRegimes.petitionWorkOn(LocalDate.of(2025, 9, 30))).contains(ReportingRegimes.PETITION_WORK_2025);
  }

  @Test
  void theCircularOf2025ComesWithoutPeriods() {
    assertThat(ReportingRegimes.PETITION_WORK_2025.kinds()).isEmpty();
    assertThat(ReportingRegimes.PETITION_WORK_2025.basis().instrument()).isEqualTo(Instruments.CIRCULAR_06_2025_TTCP);
  }

  @Test
  void thePartysReceptionReportsHaveThePeriodsOfConclusion215AndNoCutOff() {
    ReportingRegime party = ReportingRegimes.PARTY_RECEPTION_2025;
    assertThat(party.kinds())
        .containsExactly(
            PeriodKind.MONTH,
            PeriodKind.FIRST_QUARTER,
            PeriodKind.FIRST_SIX_MONTHS,
            PeriodKind.NINE_MONTHS,
            PeriodKind.YEAR,
            PeriodKind.AD_HOC);
    assertThat(party.basis().citation()).isEqualTo("Quy định 11-QĐi/TW (sửa đổi bởi Kết luận 215-KL/TW), Điều 3, khoản 8");
    assertThat(party.isInForceOn(LocalDate.of(2025, 11, 22))).isFalse();
    assertThat(party.isInForceOn(LocalDate.of(2025, 11, 23))).isTrue();
    for (PeriodKind kind : party.kinds()) {
      assertThat(party.cutOff(kind)).isEmpty();
      assertThat(party.due(kind)).isEmpty();
    }
  }

  @Test
  void everyRegimeIsListedAndCitesADeclaredInstrument() {
    assertThat(ReportingRegimes.all()).hasSize(5);
    for (ReportingRegime regime : ReportingRegimes.all()) {
      assertThat(Instruments.all()).contains(regime.basis().instrument());
    }
    assertThat(ReportingRule.MINIMUM_GAP.citation()).contains("Nghị định 09/2019/NĐ-CP, Điều 8, khoản 5");
    assertThat(ReportingRule.KIND_OF_REGIME.citation()).isEmpty();
    assertThat(ReportingRule.MINIMUM_GAP.basis().orElseThrow().instrument()).isEqualTo(Instruments.DECREE_09_2019);
    assertThat(ReportingRule.CUT_OFF_GIVEN.basis()).isEmpty();
    assertThat(CutOffConventions.CALENDAR_MONTH.dayOfMonth()).isEmpty();
    assertThat(CutOffConventions.CALENDAR_MONTH.basis().orElseThrow().instrument()).isEqualTo(Instruments.DECREE_60_2018);
  }
}
