package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.COMMUNE_1;
import static io.github.vanphong.report.ReportFixtures.COMMUNE_2;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_2;
import static io.github.vanphong.report.ReportFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingComplianceRollUpTest {

  private static final LocalDate DAY = LocalDate.of(2023, 4, 30);
  private static final UnitId ELSEWHERE = UnitId.of("CT-TU");

  private static ReportingCompliance summary() {
    return ReportingCompliance.of(DAY, DISTRICT_1, 1, 0, 0, 0)
        .plus(ReportingCompliance.of(DAY, COMMUNE_1, 0, 1, 0, 0))
        .plus(ReportingCompliance.of(DAY, COMMUNE_2, 0, 0, 1, 0))
        .plus(ReportingCompliance.of(DAY, ELSEWHERE, 0, 0, 0, 5));
  }

  @Test
  void aUnitsFiguresHoldThoseOfEveryUnitUnderIt() {
    ReportingComplianceRollUp rollUp = ReportingComplianceRollUp.of(summary(), ReportFixtures.tree());
    assertThat(rollUp.rolledUp(DISTRICT_1).onTime()).isEqualTo(1);
    assertThat(rollUp.rolledUp(DISTRICT_1).late()).isEqualTo(1);
    assertThat(rollUp.rolledUp(DISTRICT_1).reports()).isEqualTo(2);
    assertThat(rollUp.rolledUp(DISTRICT_2).missing()).isEqualTo(1);
    assertThat(rollUp.rolledUp(PROVINCE).reports()).isEqualTo(3);
    assertThat(rollUp.own(PROVINCE).isEmpty()).isTrue();
    assertThat(rollUp.own(DISTRICT_1)).isEqualTo(ReportingCompliance.of(DAY, DISTRICT_1, 1, 0, 0, 0));
    assertThat(rollUp.own(ELSEWHERE).isEmpty()).isTrue();
    assertThat(rollUp.rolledUp(ELSEWHERE).isEmpty()).isTrue();
    assertThat(rollUp.total()).isEqualTo(rollUp.rolledUp(PROVINCE));
  }

  @Test
  void theLinesOfUnitsOutsideTheTreeAreKeptApart() {
    ReportingComplianceRollUp rollUp = ReportingComplianceRollUp.of(summary(), ReportFixtures.tree());
    assertThat(rollUp.unplaced()).isEqualTo(ReportingCompliance.of(DAY, ELSEWHERE, 0, 0, 0, 5));
    assertThat(rollUp.total().plus(rollUp.unplaced())).isEqualTo(summary());
    assertThat(rollUp.summary()).isEqualTo(summary());
    assertThat(rollUp.date()).isEqualTo(ReportFixtures.tree().date());
    assertThat(rollUp.tree()).isEqualTo(ReportFixtures.tree());
  }

  @Test
  void rollUpsAreEqualByTreeAndSummary() {
    ReportingComplianceRollUp rollUp = ReportingComplianceRollUp.of(summary(), ReportFixtures.tree());
    assertThat(rollUp).isEqualTo(ReportingComplianceRollUp.of(summary(), ReportFixtures.tree()));
    assertThat(rollUp).hasSameHashCodeAs(ReportingComplianceRollUp.of(summary(), ReportFixtures.tree()));
    assertThat(rollUp).isNotEqualTo(ReportingComplianceRollUp.of(ReportingCompliance.empty(), ReportFixtures.tree()));
    assertThat(rollUp).isNotEqualTo("rollUp");
    assertThat(rollUp.toString()).startsWith("ReportingComplianceRollUp[2023-03-01, ReportingCompliance[2023-04-30, 3 units");
    assertThat(ReportingComplianceRollUp.of(ReportingCompliance.empty(), ReportFixtures.tree()).total().isEmpty()).isTrue();
  }
}
