package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The cookbook's recipe "The budget calendar", run as written. */
class BudgetCalendarRecipeTest {

  @Test
  void theRecipeListsTheDeadlinesReplacesAStepAndFollowsTheYear() {
    BudgetCalendar calendar = BudgetCalendar.standard();
    assertThat(calendar.deadlines(2026))
        .extracting(BudgetDeadline::due)
        .containsExactly(
            LocalDate.of(2025, 5, 15),
            LocalDate.of(2025, 11, 15),
            LocalDate.of(2025, 12, 10),
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 31),
            LocalDate.of(2027, 2, 10),
            LocalDate.of(2027, 2, 14));
    assertThat(BudgetCalendar.governingLaw(BudgetPhase.ESTIMATE, 2026)).isEqualTo(Instruments.STATE_BUDGET_LAW_2015);

    BudgetCalendar province =
        calendar.with(
            BudgetStep.builder().from(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2025).due(MonthDay.of(11, 20)).build());

    BudgetFollowUp office =
        BudgetFollowUp.of(province, 2027).recordDone("ESTIMATES_SENT_2025", LocalDate.of(2026, 7, 6));
    var statuses = office.statusesOn(LocalDate.of(2026, 11, 25));
    assertThat(statuses.get(office.deadline("ESTIMATES_SENT_2025").orElseThrow()))
        .isEqualTo(BudgetDeadlineStatus.DONE_ON_TIME);
    assertThat(statuses.get(office.deadline("NATIONAL_ASSEMBLY_DECIDES_2025").orElseThrow()))
        .isEqualTo(BudgetDeadlineStatus.OVERDUE);
    assertThat(office.overdueOn(LocalDate.of(2026, 11, 25)))
        .extracting(BudgetDeadline::toString)
        .containsExactly("NATIONAL_ASSEMBLY_DECIDES_2025 2027 by 2026-11-20");
  }
}
