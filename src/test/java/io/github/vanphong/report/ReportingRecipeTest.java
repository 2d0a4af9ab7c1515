package io.github.vanphong.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The recipe "Periodic reports: periods, due days, who owes what, and who sent on time" of docs/cookbook.md. */
class ReportingRecipeTest {

  @Test
  void theRecipeRuns() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();

    ReportingRegime state = ReportingRegimes.STATE_2019;
    ReportingPeriod january = state.month(YearMonth.of(2026, 1));
    assertThat(january.first()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(january.last()).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(state.dueDate(january, calendar)).isEqualTo(LocalDate.of(2026, 1, 26));

    LegalBasis province =
        LegalBasis.of(Instrument.of("Quyết định 01/2023/QĐ-UBND", LocalDate.of(2023, 1, 1)), "Điều 5");
    ReportingRegime petitionWork =
        ReportingRegimes.petitionWorkOn(LocalDate.of(2023, 3, 1))
            .orElseThrow()
            .withDue(PeriodKind.FIRST_QUARTER, DueRule.workingDaysAfterCutOff(2, province));
    ReportingObligations obligations =
        ReportingObligations.of(
            List.of(
                ObligationRule.toParent(UnitKind.DISTRICT_COMMITTEE, petitionWork, Set.of(PeriodKind.FIRST_QUARTER))));

    UnitTree tree = ReportFixtures.tree();
    List<ReportingObligation> owed = obligations.owedIn(tree);
    assertThat(owed).hasSize(2);
    ReportingPeriod firstQuarter = petitionWork.period(PeriodKind.FIRST_QUARTER, 2023);
    assertThat(firstQuarter.first()).isEqualTo(LocalDate.of(2022, 12, 15));
    assertThat(owed.get(0).dueDate(firstQuarter, calendar)).isEqualTo(LocalDate.of(2023, 3, 16));

    List<Submission> sent = List.of(Submission.of(owed.get(0), firstQuarter, LocalDate.of(2023, 3, 16)));
    ReportingCompliance compliance =
        owed.stream()
            .map(o -> ReportingCompliance.of(ReportCheck.of(o, firstQuarter, LocalDate.of(2023, 3, 31), calendar, sent)))
            .collect(ReportingCompliance.collector());
    ReportingComplianceRollUp rollUp = ReportingComplianceRollUp.of(compliance, tree);
    assertThat(rollUp.rolledUp(ReportFixtures.PROVINCE).onTime()).isEqualTo(1);
    assertThat(rollUp.rolledUp(ReportFixtures.PROVINCE).missing()).isEqualTo(1);
  }
}
