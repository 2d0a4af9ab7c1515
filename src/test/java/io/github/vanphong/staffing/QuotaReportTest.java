package io.github.vanphong.staffing;

import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.officials;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.Level;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaReportTest {

  private static QuotaReport report() {
    List<StaffAssignment> all = new ArrayList<>(officials(4, CHAU_THANH_OFFICE, "CT"));
    all.addAll(officials(14, VI_THANH_OFFICE, "VT"));
    return QuotaCheck.of(
            StaffingNorms.standard(), Establishment.empty(), Headcount.of(all), CountingRule.officialsOnly())
        .check(StaffingFixtures.hauGiang2016());
  }

  @Test
  void violationsOfOneRuleCanBePicked() {
    QuotaReport report = report();
    assertThat(report.violationsOf(StaffingRule.BELOW_NORM))
        .extracting(StaffingViolation::unit)
        .containsExactly(CHAU_THANH_OFFICE);
    assertThat(report.violationsOf(StaffingRule.ABOVE_NORM))
        .extracting(StaffingViolation::unit)
        .containsExactly(VI_THANH_OFFICE);
    assertThat(report.violationsOf(StaffingRule.OVER_ALLOCATION)).isEmpty();
  }

  @Test
  void theSummaryAddsUpTheCompliances() {
    StaffingSummary summary = report().summary();
    assertThat(summary.units()).isEqualTo(2);
    assertThat(summary.staffAt(Level.DISTRICT)).isEqualTo(18);
    assertThat(summary.unitsBelowNorm()).containsExactly(CHAU_THANH_OFFICE);
  }

  @Test
  void toStringCountsUnitsAndViolations() {
    assertThat(report()).hasToString("QuotaReport[2016-03-01, 2 units, 2 violations]");
  }
}
