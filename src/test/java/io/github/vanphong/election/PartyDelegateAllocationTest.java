package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.UnitId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyDelegateAllocationTest {

  private static final UnitId NGA_BAY = UnitId.of("NB-TU");
  private static final UnitId VI_THANH = UnitId.of("VT-TU");
  private static final PartyDelegateAllocation ALLOCATION = PartyDelegateAllocation.of(Map.of(NGA_BAY, 12, VI_THANH, 15));

  @Test
  void DELEGATES_WITHIN_ALLOCATION() {
    var findings =
        ALLOCATION.findings(PartyCandidateListTest.DAY_2020, Map.of(NGA_BAY, 13, VI_THANH, 15, UnitId.of("X"), 1));
    assertThat(findings).extracting(PartyElectionViolation::rule).containsOnly(PartyElectionRule.DELEGATES_WITHIN_ALLOCATION);
    assertThat(findings.get(0).values()).containsExactly(NGA_BAY, 12, 13);
    assertThat(findings.get(1).values()).containsExactly(UnitId.of("X"), 0, 1);
    assertThat(findings.get(0).basis().orElseThrow().citation()).isEqualTo("Quy định 244-QĐ/TW, Điều 20, khoản 2");
    assertThat(ALLOCATION.findings(PartyCandidateListTest.DAY_2025, Map.of(NGA_BAY, 12))).isEmpty();
  }

  @Test
  void anAllocationHoldsEachUnitsNumberAndRefusesNegativeOnes() {
    assertThat(ALLOCATION.allocatedTo(NGA_BAY)).isEqualTo(12);
    assertThat(ALLOCATION.allocatedTo(UnitId.of("X"))).isZero();
    assertThat(ALLOCATION).hasToString("PartyDelegateAllocation{NB-TU=12, VT-TU=15}");
    assertThat(ALLOCATION).isEqualTo(PartyDelegateAllocation.of(Map.of(VI_THANH, 15, NGA_BAY, 12)));
    assertThatThrownBy(() -> PartyDelegateAllocation.of(Map.of(NGA_BAY, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an allocation is 0 or more; NB-TU was -1");
    assertThatThrownBy(() -> ALLOCATION.findings(PartyCandidateListTest.DAY_2025, Map.of(NGA_BAY, -2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
