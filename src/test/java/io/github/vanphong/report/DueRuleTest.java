package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.CALENDAR;
import static io.github.vanphong.report.ReportFixtures.PROVINCE_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.reception.CutOff;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DueRuleTest {

  private static final ReportingPeriod MARCH_2026 =
      ReportingPeriod.month(YearMonth.of(2026, 3), CutOffConventions.STATE_2019);

  @Test
  void aStateReportIsDueByThe25thOfTheLastMonthOfThePeriod() {
    DueRule rule = DueRule.dayOfMonth(0, 25, PROVINCE_RULES);
    // 2026-03-25 is a Wednesday
    assertThat(rule.nominalDay(MARCH_2026, CALENDAR)).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(rule.dueDate(MARCH_2026, CALENDAR, DayOffPolicy.NEXT_WORKING_DAY)).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(rule.monthsAfter()).hasValue(0);
    assertThat(rule.dayOfMonth()).hasValue(25);
    assertThat(rule.workingDays()).isEmpty();
    assertThat(rule.basis()).isEqualTo(PROVINCE_RULES);
    assertThat(rule.toString()).startsWith("day 25 of the period's last month (Quyết định 01/2023/QĐ-UBND, Điều 5)");
  }

  @Test
  void aDueDayMayFallInAMonthAfterThePeriod() {
    DueRule rule = DueRule.dayOfMonth(1, 5, PROVINCE_RULES);
    assertThat(rule.nominalDay(MARCH_2026, CALENDAR)).isEqualTo(LocalDate.of(2026, 4, 5));
    // Sunday 2026-04-05 moves to Monday 2026-04-06
    assertThat(rule.dueDate(MARCH_2026, CALENDAR, DayOffPolicy.NEXT_WORKING_DAY)).isEqualTo(LocalDate.of(2026, 4, 6));
    assertThat(rule.toString()).startsWith("day 5 of the period's last month + 1 (");
  }

  @Test
  void aReportDueInWorkingDaysCountsThemAfterTheCutOff() {
    DueRule rule = DueRule.workingDaysAfterCutOff(2, PROVINCE_RULES);
    // cut-off Saturday 2026-03-14: Monday 16 and Tuesday 17
    assertThat(rule.dueDate(MARCH_2026, CALENDAR, DayOffPolicy.PREVIOUS_WORKING_DAY))
        .isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(rule.workingDays()).hasValue(2);
    assertThat(rule.dayOfMonth()).isEmpty();
    assertThat(rule.monthsAfter()).isEmpty();
    assertThat(rule.toString()).startsWith("2 working days after the cut-off");
  }

  @Test
  void aDueDayIsNeverLessThanOneWorkingDayAfterTheCutOff() {
    // due on the 15th, moved back from Sunday 2026-03-15 to Friday the 13th, before the cut-off: the floor holds
    DueRule rule = DueRule.dayOfMonth(0, 15, PROVINCE_RULES);
    assertThat(rule.dueDate(MARCH_2026, CALENDAR, DayOffPolicy.PREVIOUS_WORKING_DAY))
        .isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(rule.dueDate(MARCH_2026, CALENDAR, DayOffPolicy.NEXT_WORKING_DAY)).isEqualTo(LocalDate.of(2026, 3, 16));
    // Monday 2026-06-15: the first working day after the cut-off of Sunday the 14th is the due day itself
    ReportingPeriod june = ReportingPeriod.month(YearMonth.of(2026, 6), CutOffConventions.STATE_2019);
    assertThat(rule.dueDate(june, CALENDAR, DayOffPolicy.PREVIOUS_WORKING_DAY)).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  void aRuleOfWorkingDaysCountsAtLeastOne() {
    assertThat(DueRule.workingDaysAfterCutOff(1, PROVINCE_RULES).workingDays()).hasValue(1);
    assertThat(DueRule.workingDaysAfterCutOff(60, PROVINCE_RULES).workingDays()).hasValue(60);
    assertThatThrownBy(() -> DueRule.workingDaysAfterCutOff(0, PROVINCE_RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MINIMUM_GAP")
        .hasMessageContaining("Điều 8, khoản 5");
    assertThatThrownBy(() -> DueRule.workingDaysAfterCutOff(61, PROVINCE_RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("61");
  }

  @Test
  void aFixedDueDayIsOneEveryMonthHas() {
    assertThat(DueRule.dayOfMonth(12, 28, PROVINCE_RULES).monthsAfter()).hasValue(12);
    assertThat(DueRule.dayOfMonth(0, 1, PROVINCE_RULES).dayOfMonth()).hasValue(1);
    assertThatThrownBy(() -> DueRule.dayOfMonth(0, 29, PROVINCE_RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("29");
    assertThatThrownBy(() -> DueRule.dayOfMonth(0, 0, PROVINCE_RULES)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DueRule.dayOfMonth(13, 5, PROVINCE_RULES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("13");
    assertThatThrownBy(() -> DueRule.dayOfMonth(-1, 5, PROVINCE_RULES)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFixedDayLeavesAGapOnlyAfterTheCutOffDay() {
    CutOff fourteenth = CutOff.onDay(14);
    assertThat(DueRule.dayOfMonth(0, 15, PROVINCE_RULES).leavesAGapAfter(fourteenth)).isTrue();
    assertThat(DueRule.dayOfMonth(0, 14, PROVINCE_RULES).leavesAGapAfter(fourteenth)).isFalse();
    assertThat(DueRule.dayOfMonth(0, 28, PROVINCE_RULES).leavesAGapAfter(CutOff.monthEnd())).isFalse();
    assertThat(DueRule.dayOfMonth(1, 1, PROVINCE_RULES).leavesAGapAfter(CutOff.monthEnd())).isTrue();
    assertThat(DueRule.dayOfMonth(1, 1, PROVINCE_RULES).leavesAGapAfter(fourteenth)).isTrue();
    assertThat(DueRule.workingDaysAfterCutOff(1, PROVINCE_RULES).leavesAGapAfter(CutOff.monthEnd())).isTrue();
  }

  @Test
  void rulesAreEqualByTheirFigures() {
    DueRule rule = DueRule.dayOfMonth(0, 25, PROVINCE_RULES);
    assertThat(rule).isEqualTo(DueRule.dayOfMonth(0, 25, PROVINCE_RULES)).hasSameHashCodeAs(
        DueRule.dayOfMonth(0, 25, PROVINCE_RULES));
    assertThat(rule).isNotEqualTo(DueRule.dayOfMonth(1, 25, PROVINCE_RULES));
    assertThat(rule).isNotEqualTo(DueRule.dayOfMonth(0, 24, PROVINCE_RULES));
    assertThat(rule).isNotEqualTo(DueRule.dayOfMonth(0, 25, CutOffConventions.STATE_2019.basis().orElseThrow()));
    assertThat(DueRule.workingDaysAfterCutOff(1, PROVINCE_RULES))
        .isNotEqualTo(DueRule.workingDaysAfterCutOff(2, PROVINCE_RULES));
    assertThat(rule).isNotEqualTo("25");
  }
}
