package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.CALENDAR;
import static io.github.vanphong.report.ReportFixtures.PROVINCE_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.reception.CutOff;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportingRegimeTest {

  private static final ReportingRegime STATE = ReportingRegimes.STATE_2019;

  @Test
  void aMonthlyReportDueOnADayOffIsDueOnTheNextWorkingDay() {
    // the State's report of January 2026 is due on Sunday 2026-01-25
    ReportingPeriod january = STATE.month(YearMonth.of(2026, 1));
    assertThat(STATE.due(PeriodKind.MONTH).orElseThrow().nominalDay(january, CALENDAR))
        .isEqualTo(LocalDate.of(2026, 1, 25));
    assertThat(STATE.dueDate(january, CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 26));
    ReportingRegime earlier = STATE.withDayOffPolicy(DayOffPolicy.PREVIOUS_WORKING_DAY);
    assertThat(earlier.dueDate(january, CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 23));
    assertThat(earlier.dayOffPolicy()).isEqualTo(DayOffPolicy.PREVIOUS_WORKING_DAY);
    assertThat(STATE.dayOffPolicy()).isEqualTo(DayOffPolicy.NEXT_WORKING_DAY);
  }

  @Test
  void aRegimeRefusesADueDayThatLeavesNoWorkingDayAfterTheCutOff() {
    DueRule onTheFourteenth = DueRule.dayOfMonth(0, 14, PROVINCE_RULES);
    assertThatThrownBy(() -> STATE.withDue(PeriodKind.MONTH, onTheFourteenth))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MINIMUM_GAP")
        .hasMessageContaining("Nghị định 09/2019/NĐ-CP, Điều 8, khoản 5");
    assertThat(STATE.due(PeriodKind.MONTH)).contains(DueRule.dayOfMonth(0, 25, STATE.due(PeriodKind.MONTH)
        .orElseThrow().basis()));
    // a cut-off at the month's end with a due day in the same month
    assertThatThrownBy(() -> STATE.withCutOff(PeriodKind.MONTH, CutOff.monthEnd()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MINIMUM_GAP");
    assertThat(STATE.cutOff(PeriodKind.MONTH)).contains(CutOffConventions.STATE_2019);
    ReportingRegime calendarMonths =
        STATE.withDue(PeriodKind.MONTH, DueRule.dayOfMonth(1, 3, PROVINCE_RULES))
            .withCutOff(PeriodKind.MONTH, CutOffConventions.CALENDAR_MONTH);
    assertThat(calendarMonths.dueDate(calendarMonths.month(YearMonth.of(2026, 3)), CALENDAR))
        .isEqualTo(LocalDate.of(2026, 4, 3));
  }

  @Test
  void aRegimeGivesCutOffsAndDueRulesOnlyForItsKinds() {
    assertThatThrownBy(() -> STATE.withCutOff(PeriodKind.NINE_MONTHS, CutOff.onDay(14)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME")
        .hasMessageContaining("NINE_MONTHS");
    assertThatThrownBy(() -> STATE.withCutOff(PeriodKind.SPECIAL, CutOff.onDay(14)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME");
    assertThatThrownBy(() -> STATE.withDue(PeriodKind.AD_HOC, DueRule.workingDaysAfterCutOff(1, PROVINCE_RULES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME");
    assertThatThrownBy(() -> STATE.period(PeriodKind.NINE_MONTHS, 2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME");
    ReportingRegime withTerm = STATE.withKind(PeriodKind.TERM);
    assertThat(withTerm.kinds()).contains(PeriodKind.TERM, PeriodKind.MONTH);
    ReportingRegime termDue = withTerm.withDue(PeriodKind.TERM, DueRule.workingDaysAfterCutOff(5, PROVINCE_RULES));
    ReportingPeriod term = ReportingPeriod.term(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30));
    assertThat(termDue.dueDate(term, CALENDAR)).isEqualTo(CALENDAR.plusWorkingDays(LocalDate.of(2025, 9, 30), 5));
  }

  @Test
  void aPeriodOrDueDayOfAKindWithoutItsDataIsRefusedUntilTheApplicationGivesIt() {
    ReportingRegime party = ReportingRegimes.PARTY_RECEPTION_2025;
    assertThatThrownBy(() -> party.month(YearMonth.of(2026, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CUT_OFF_GIVEN");
    ReportingRegime withCutOff = party.withCutOff(PeriodKind.MONTH, CutOff.onDay(20).withBasis(PROVINCE_RULES));
    ReportingPeriod january = withCutOff.month(YearMonth.of(2026, 1));
    assertThat(january.first()).isEqualTo(LocalDate.of(2025, 12, 21));
    assertThatThrownBy(() -> withCutOff.dueDate(january, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUE_RULE_GIVEN");
    ReportingRegime complete = withCutOff.withDue(PeriodKind.MONTH, DueRule.dayOfMonth(0, 25, PROVINCE_RULES));
    assertThat(complete.dueDate(january, CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 26));
    assertThat(party.cutOff(PeriodKind.MONTH)).isEmpty();
    assertThat(party.due(PeriodKind.MONTH)).isEmpty();
  }

  @Test
  void aDueDayIsReckonedForAPeriodCountedWithTheRegimesCutOff() {
    ReportingPeriod calendarMarch = ReportingPeriod.month(YearMonth.of(2026, 3), CutOff.monthEnd());
    assertThatThrownBy(() -> STATE.dueDate(calendarMarch, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME")
        .hasMessageContaining("month end");
    ReportingPeriod term = ReportingPeriod.term(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30));
    assertThatThrownBy(() -> STATE.dueDate(term, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME")
        .hasMessageContaining("TERM");
    assertThatThrownBy(() -> STATE.withDue(PeriodKind.NINE_MONTHS, DueRule.dayOfMonth(1, 5, PROVINCE_RULES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME");
    assertThat(STATE.due(PeriodKind.NINE_MONTHS)).isEmpty();
  }

  @Test
  void theRegimeFindsThePeriodOfAKindThatHoldsADay() {
    assertThat(STATE.periodContaining(PeriodKind.FIRST_QUARTER, LocalDate.of(2026, 3, 14)))
        .contains(STATE.period(PeriodKind.FIRST_QUARTER, 2026));
    assertThat(STATE.periodContaining(PeriodKind.FIRST_QUARTER, LocalDate.of(2026, 3, 15))).isEmpty();
    assertThat(STATE.period(PeriodKind.YEAR, 2026).first()).isEqualTo(LocalDate.of(2025, 12, 15));
  }

  @Test
  void aRegimeNeedsAName() {
    assertThatThrownBy(() -> ReportingRegime.of(" \u200b", PROVINCE_RULES, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    ReportingRegime regime = ReportingRegime.of("Cho\u0302\u0301 độ", PROVINCE_RULES, EnumSet.of(PeriodKind.YEAR));
    assertThat(regime.name()).isEqualTo("Chố độ");
    assertThat(regime.kinds()).containsExactly(PeriodKind.YEAR);
    assertThat(regime.basis()).isEqualTo(PROVINCE_RULES);
    assertThat(regime.isInForceOn(LocalDate.of(2023, 1, 1))).isTrue();
    assertThat(regime.isInForceOn(LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(regime).hasToString("Chố độ (Quyết định 01/2023/QĐ-UBND, Điều 5) [YEAR]");
  }

  @Test
  void regimesAreEqualByEveryPart() {
    ReportingRegime regime = ReportingRegime.of("R", PROVINCE_RULES, EnumSet.of(PeriodKind.YEAR));
    assertThat(regime).isEqualTo(ReportingRegime.of("R", PROVINCE_RULES, EnumSet.of(PeriodKind.YEAR)))
        .hasSameHashCodeAs(ReportingRegime.of("R", PROVINCE_RULES, EnumSet.of(PeriodKind.YEAR)));
    assertThat(regime).isNotEqualTo(ReportingRegime.of("S", PROVINCE_RULES, EnumSet.of(PeriodKind.YEAR)));
    assertThat(regime).isNotEqualTo(regime.withKind(PeriodKind.MONTH));
    assertThat(regime).isNotEqualTo(regime.withCutOff(PeriodKind.YEAR, CutOff.onDay(14)));
    assertThat(regime).isNotEqualTo(regime.withDue(PeriodKind.YEAR, DueRule.dayOfMonth(1, 5, PROVINCE_RULES)));
    assertThat(regime).isNotEqualTo(regime.withDayOffPolicy(DayOffPolicy.PREVIOUS_WORKING_DAY));
    assertThat(regime)
        .isNotEqualTo(ReportingRegime.of("R", CutOffConventions.STATE_2019.basis().orElseThrow(), EnumSet.of(PeriodKind.YEAR)));
    assertThat(regime).isNotEqualTo("R");
  }
}
