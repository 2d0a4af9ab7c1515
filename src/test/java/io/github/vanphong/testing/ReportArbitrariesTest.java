package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.report.PeriodKind;
import io.github.vanphong.report.ReportCheck;
import io.github.vanphong.report.ReportingCompliance;
import io.github.vanphong.report.ReportingComplianceRollUp;
import io.github.vanphong.report.ReportingObligation;
import io.github.vanphong.report.ReportingObligations;
import io.github.vanphong.report.ReportingPeriod;
import io.github.vanphong.report.ReportingRegime;
import io.github.vanphong.report.Submission;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReportArbitrariesTest {

  @Property(tries = 100)
  void periodsAreOfTheYears2010To2030(@ForAll ReportingPeriod period) {
    assertThat(period.last().getYear()).isBetween(2010, 2036);
    assertThat(period.first()).isBeforeOrEqualTo(period.last());
  }

  @Property(tries = 60)
  void regimesAreCompleteForEveryKindOfFixedDays(@ForAll ReportingRegime regime) {
    for (PeriodKind kind : regime.kinds()) {
      if (kind.hasFixedPeriod()) {
        assertThat(regime.cutOff(kind)).isPresent();
        assertThat(regime.due(kind)).isPresent();
      }
    }
  }

  @Property(tries = 60)
  void obligationsOweKindsOfTheirRegime(@ForAll ReportingObligation obligation) {
    assertThat(obligation.regime().kinds()).containsAll(obligation.kinds());
    assertThat(obligation.recipient().unitId()).isNotEqualTo(java.util.Optional.of(obligation.unit()));
  }

  @Property(tries = 30)
  void declarationsHoldUpToFourRules(@ForAll ReportingObligations obligations) {
    assertThat(obligations.rules()).hasSizeLessThanOrEqualTo(4);
  }

  @Property(tries = 60)
  void submissionsAreOfAPeriodTheObligationOwes(@ForAll Submission submission) {
    assertThat(submission.obligation().kinds()).contains(submission.period().kind());
  }

  @Property(tries = 60)
  void checksAreJudgedAroundTheirDueDay(@ForAll ReportCheck check) {
    assertThat(check.asOf()).isBetween(check.dueDate().minusDays(40), check.dueDate().plusDays(40));
    assertThat(check.dueDate())
        .isEqualTo(check.obligation().dueDate(check.period(), WorkingCalendar.vietnam()));
  }

  @Property(tries = 60)
  void compliancesCountAtMostFiveUnits(@ForAll ReportingCompliance compliance) {
    assertThat(compliance.units()).hasSizeLessThanOrEqualTo(5);
  }

  @Property(tries = 30)
  void rollUpsPlaceOrKeepApartEveryLine(@ForAll ReportingComplianceRollUp rollUp) {
    assertThat(rollUp.total().plus(rollUp.unplaced()).reports()).isEqualTo(rollUp.summary().reports());
  }

  @Test
  void theProviderProvidesTheReportTypesOnly() {
    assertThat(ReportArbitraries.forType(ReportCheck.class)).isPresent();
    assertThat(ReportArbitraries.forType(String.class)).isEmpty();
    assertThat(new ReportArbitraryProvider().canProvideFor(net.jqwik.api.providers.TypeUsage.of(Submission.class)))
        .isTrue();
  }
}
