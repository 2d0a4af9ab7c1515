package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.CALENDAR;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static io.github.vanphong.report.ReportFixtures.PROVINCE;
import static io.github.vanphong.report.ReportFixtures.PROVINCE_RULES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Equal values have equal hash codes, and the values of this package do not all hash alike. */
class HashCodesTest {

  @Test
  void differentValuesHashDifferently() {
    ReportingRegime regime = ReportFixtures.petitionWork();
    ReportingObligation obligation =
        ReportingObligation.of(DISTRICT_1, Recipient.unit(PROVINCE), regime, Set.of(PeriodKind.YEAR));
    ReportingPeriod year = regime.period(PeriodKind.YEAR, 2023);
    Submission submission = Submission.of(obligation, year, LocalDate.of(2023, 12, 20));
    ReportCheck check = ReportCheck.of(obligation, year, LocalDate.of(2024, 1, 1), CALENDAR, List.of(submission));
    ReportingCompliance compliance = ReportingCompliance.of(check);
    ObligationRule rule = ObligationRule.toParent(UnitKind.DISTRICT_COMMITTEE, regime, Set.of(PeriodKind.YEAR));
    List<Object> values =
        List.of(
            DueRule.dayOfMonth(0, 25, PROVINCE_RULES),
            regime,
            year,
            Recipient.unit(PROVINCE),
            obligation,
            submission,
            check,
            compliance,
            rule,
            ReportingObligations.of(List.of(rule)),
            ReportingComplianceRollUp.of(compliance, ReportFixtures.tree()));
    for (Object value : values) {
      assertThat(value.hashCode()).as("%s", value).isNotZero();
    }
    assertThat(DueRule.dayOfMonth(0, 25, PROVINCE_RULES).hashCode())
        .isNotEqualTo(DueRule.dayOfMonth(0, 24, PROVINCE_RULES).hashCode());
  }
}
