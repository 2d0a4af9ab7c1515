package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PollingAreaTest {

  @Nested
  class VotersPerArea {

    @Test
    void anAreaOfResidentsHasFrom300To4000Voters() {
      assertThat(PollingArea.of("Khu vực 1", PollingAreaKind.ORDINARY, 300).findings()).isEmpty();
      assertThat(PollingArea.of("Khu vực 2", PollingAreaKind.ORDINARY, 4_000).findings()).isEmpty();
      PollingAreaViolation tooFew = PollingArea.of("Khu vực 3", PollingAreaKind.ORDINARY, 299).findings().get(0);
      assertThat(tooFew.rule()).isEqualTo(PollingAreaRule.VOTERS_PER_AREA);
      assertThat(tooFew.message()).contains("at least 300").contains("'Khu vực 3' has 299");
      assertThat(tooFew.values()).containsExactly(PollingArea.of("Khu vực 3", PollingAreaKind.ORDINARY, 299), 300);
      PollingAreaViolation tooMany = PollingArea.of("Khu vực 4", PollingAreaKind.ORDINARY, 4_001).findings().get(0);
      assertThat(tooMany.rule()).isEqualTo(PollingAreaRule.VOTERS_PER_AREA);
      assertThat(tooMany.message()).contains("at most 4,000").contains("has 4,001");
    }

    @Test
    void aSparseAreaMayHaveFewerThan300ButNotMoreThan4000() {
      assertThat(PollingArea.of("Bản Phìn", PollingAreaKind.SPARSE, 40).findings()).isEmpty();
      assertThat(PollingArea.of("Đảo", PollingAreaKind.SPARSE, 4_001).findings())
          .singleElement()
          .extracting(PollingAreaViolation::rule)
          .isEqualTo(PollingAreaRule.VOTERS_PER_AREA);
    }

    @Test
    void armedUnitsAndClosedFacilitiesHaveNoLowerBound() {
      assertThat(PollingArea.of("Đơn vị C1", PollingAreaKind.ARMED_UNIT, 12).findings()).isEmpty();
      assertThat(PollingArea.of("Trại tạm giam", PollingAreaKind.CLOSED_FACILITY, 1).findings()).isEmpty();
      assertThat(PollingArea.of("Đơn vị C2", PollingAreaKind.ARMED_UNIT, 4_500).findings()).hasSize(1);
    }
  }

  @Nested
  class CareFacilityArea {

    @Test
    void aHospitalHasASeparateAreaWithAtLeast50Voters() {
      assertThat(PollingArea.of("Bệnh viện tỉnh", PollingAreaKind.CARE_FACILITY, 50).findings()).isEmpty();
      PollingAreaViolation finding =
          PollingArea.of("Nhà an dưỡng", PollingAreaKind.CARE_FACILITY, 49).findings().get(0);
      assertThat(finding.rule()).isEqualTo(PollingAreaRule.CARE_FACILITY_AREA);
      assertThat(finding.message()).contains("at least 50").contains("has 49");
      assertThat(finding.areas()).extracting(PollingArea::name).containsExactly("Nhà an dưỡng");
    }
  }

  @Test
  void everyAreaIsCheckedAtOnce() {
    List<PollingArea> areas =
        List.of(
            PollingArea.of("Khu vực 1", PollingAreaKind.ORDINARY, 120),
            PollingArea.of("Khu vực 2", PollingAreaKind.ORDINARY, 1_000),
            PollingArea.of("Bệnh viện", PollingAreaKind.CARE_FACILITY, 30),
            PollingArea.of("Khu vực 4", PollingAreaKind.SPARSE, 5_000));
    assertThat(PollingArea.findings(areas))
        .extracting(PollingAreaViolation::rule)
        .containsExactly(
            PollingAreaRule.VOTERS_PER_AREA, PollingAreaRule.CARE_FACILITY_AREA, PollingAreaRule.VOTERS_PER_AREA);
  }

  @Test
  void whatNoCountCanBeIsRefusedNamingIt() {
    assertThatThrownBy(() -> PollingArea.of("Khu vực 1", PollingAreaKind.ORDINARY, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a polling area has voters; 'Khu vực 1' has 0");
    assertThatThrownBy(() -> PollingArea.of("\u200b ", PollingAreaKind.ORDINARY, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a name");
    assertThatThrownBy(() -> PollingArea.of(null, PollingAreaKind.ORDINARY, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> PollingArea.of("Khu vực 1", null, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
    assertThatThrownBy(() -> PollingArea.findings(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void readsAsNameKindAndVoters() {
    assertThat(PollingArea.of("Khu vực bỏ phiếu số 3", PollingAreaKind.ORDINARY, 1_250))
        .hasToString("Khu vực bỏ phiếu số 3 (ORDINARY, 1,250 voters)");
  }

  @Test
  void theKindsSayWhichAreSeparate() {
    assertThat(PollingAreaKind.ORDINARY.isSeparate()).isFalse();
    assertThat(PollingAreaKind.SPARSE.isSeparate()).isFalse();
    assertThat(PollingAreaKind.ARMED_UNIT.isSeparate()).isTrue();
    assertThat(PollingAreaKind.CARE_FACILITY.isSeparate()).isTrue();
    assertThat(PollingAreaKind.CLOSED_FACILITY.isSeparate()).isTrue();
    for (PollingAreaKind kind : PollingAreaKind.values()) {
      assertThat(kind.vietnameseName()).startsWith("khu vực bỏ phiếu");
      assertThat(kind.englishName()).contains("polling area");
    }
  }

  @Test
  void everyRuleCitesArticle11OfTheElectionLawVerified() {
    assertThat(PollingAreaRule.VOTERS_PER_AREA.citation()).hasValueSatisfying(c -> assertThat(c).endsWith("Điều 11, khoản 2"));
    assertThat(PollingAreaRule.CARE_FACILITY_AREA.citation())
        .hasValueSatisfying(c -> assertThat(c).contains("85/2015/QH13").endsWith("Điều 11, khoản 3"));
    for (PollingAreaRule rule : PollingAreaRule.values()) {
      assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
      assertThat(rule.vietnameseName()).isNotBlank();
      assertThat(rule.englishName()).isNotBlank();
    }
  }

  @Test
  void aFindingStatesItsFactsAndHoldsAreasAndCounts() {
    PollingArea area = PollingArea.of("Khu vực 1", PollingAreaKind.ORDINARY, 100);
    PollingAreaViolation finding = PollingAreaViolation.of(PollingAreaRule.VOTERS_PER_AREA, "too few", area, 300);
    assertThat(finding.areas()).containsExactly(area);
    assertThat(finding.toString()).startsWith("VOTERS_PER_AREA (").endsWith("Điều 11, khoản 2): too few");
    assertThatThrownBy(() -> PollingAreaViolation.of(PollingAreaRule.VOTERS_PER_AREA, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a finding of VOTERS_PER_AREA states its facts");
    assertThatThrownBy(() -> PollingAreaViolation.of(PollingAreaRule.VOTERS_PER_AREA, "x", 2L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one is a Long");
  }

  @Test
  void theRecipeRuns() {
    List<PollingArea> areas =
        List.of(
            PollingArea.of("Khu vực bỏ phiếu số 1", PollingAreaKind.ORDINARY, 1_250),
            PollingArea.of("Khu vực bỏ phiếu số 2", PollingAreaKind.ORDINARY, 240),
            PollingArea.of("Bản Nậm Pồ", PollingAreaKind.SPARSE, 180),
            PollingArea.of("Bệnh viện đa khoa", PollingAreaKind.CARE_FACILITY, 42));
    assertThat(PollingArea.findings(areas))
        .extracting(PollingAreaViolation::message)
        .containsExactly(
            "a polling area outside mountain, island and sparse places has at least 300 voters;"
                + " 'Khu vực bỏ phiếu số 2' has 240",
            "a hospital or care home has a separate polling area with at least 50 voters; 'Bệnh viện đa khoa' has 42");
  }
}
