package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingViolationTest {

  @Test
  void aViolationNamesTheRuleTheFactsAndTheCitation() {
    StaffingViolation v =
        StaffingViolation.of(
            StaffingRule.BELOW_NORM,
            UnitId.of("HG-CT-VP"),
            StaffingNorms.DISTRICT_OFFICE.basis(),
            "HG-CT-VP has 4 staff on 2016-03-01, 7 below the norm [11..13]");
    assertThat(v.rule()).isEqualTo(StaffingRule.BELOW_NORM);
    assertThat(v.unit()).isEqualTo(UnitId.of("HG-CT-VP"));
    assertThat(v.values()).containsExactly(UnitId.of("HG-CT-VP"));
    assertThat(v.rule().citation()).isEmpty();
    assertThat(StaffingRule.OVER_ALLOCATION.citation()).contains(StaffingRule.ALLOCATION_DECISION.citation());
    assertThat(v.toString())
        .startsWith(
            "Staff below the norm: HG-CT-VP has 4 staff on 2016-03-01, 7 below the norm [11..13] (Báo cáo tại")
        .endsWith("định mức biên chế văn phòng cấp ủy cấp huyện)");
  }

  @Test
  void violationsAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            StaffingViolation.of(StaffingRule.ABOVE_NORM, UnitId.of("A"), StaffingRule.ALLOCATION_DECISION, "m"),
            StaffingViolation.of(StaffingRule.ABOVE_NORM, UnitId.of("A"), StaffingRule.ALLOCATION_DECISION, "m"))
        .addEqualityGroup(
            StaffingViolation.of(StaffingRule.BELOW_NORM, UnitId.of("A"), StaffingRule.ALLOCATION_DECISION, "m"))
        .addEqualityGroup(
            StaffingViolation.of(
                StaffingRule.BELOW_NORM, UnitId.of("A"), StaffingRule.ALLOCATION_DECISION, "m", List.of(4)))
        .testEquals();
  }
}
