package io.github.vanphong.staffing;

import static io.github.vanphong.staffing.StaffingFixtures.BRIEFING_2016;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.VI_THANH_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StaffingSummaryTest {

  private static final UnitTree TREE = StaffingFixtures.hauGiang2016();

  private static QuotaCompliance compliance(UnitId id, int counted, int university) {
    QuotaCompliance.Builder builder =
        QuotaCompliance.builder()
            .unit(TREE.unit(id))
            .date(BRIEFING_2016)
            .counted(counted)
            .countedWithUniversityDegree(university);
    if (TREE.unit(id).kind() == UnitKind.OFFICE && TREE.unit(id).level() == Level.DISTRICT) {
      builder.norm(StaffingNorms.DISTRICT_OFFICE);
    }
    return builder.build();
  }

  @Test
  void theSummaryOfOneOfficeBelowItsNorm() {
    StaffingSummary s = StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 3));
    assertThat(s.units()).isEqualTo(1);
    assertThat(s.totalStaff()).isEqualTo(4);
    assertThat(s.staffAt(Level.DISTRICT)).isEqualTo(4);
    assertThat(s.staffAt(Level.PROVINCIAL)).isZero();
    assertThat(s.staffOf(UnitKind.OFFICE)).isEqualTo(4);
    assertThat(s.staffOf(UnitKind.DISTRICT_COMMITTEE)).isZero();
    assertThat(s.staffByLevel()).isEqualTo(ImmutableMap.of(Level.DISTRICT, 4));
    assertThat(s.staffByKind()).isEqualTo(ImmutableMap.of(UnitKind.OFFICE, 4));
    assertThat(s.unitsBelowNorm()).containsExactly(CHAU_THANH_OFFICE);
    assertThat(s.staffWithUniversityDegree()).isEqualTo(3);
    assertThat(s.universityShare()).isEqualTo(0.75);
  }

  /** Hướng dẫn 31-HD/BTCTW (as reported): a commune above its norm within 5 years is counted apart, not as a breach. */
  @Test
  void aCommuneAboveItsNormWithinTheTransitionIsCounted() {
    UnitTree canTho = StaffingFixtures.canTho2025();
    QuotaCompliance commune =
        QuotaCompliance.builder()
            .unit(canTho.unit(StaffingFixtures.COMMUNE))
            .date(StaffingFixtures.TWO_TIER_START)
            .counted(19)
            .norm(StaffingNorms.COMMUNE_COMMITTEE)
            .build();
    StaffingSummary s = StaffingSummary.of(commune);
    assertThat(s.unitsAboveNormInTransition()).containsExactly(StaffingFixtures.COMMUNE);
    assertThat(s.unitsBelowNorm()).isEmpty();
    assertThat(s).hasToString(
        "StaffingSummary[1 units, 19 staff {COMMUNE=19}, 0 with a university degree, below norm [], above norm in"
            + " transition [CT-X1]]");
    StaffingSummary both = s.plus(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 0)));
    assertThat(both.unitsAboveNormInTransition()).containsExactly(StaffingFixtures.COMMUNE);
    assertThat(both.unitsBelowNorm()).containsExactly(CHAU_THANH_OFFICE);
    assertThat(both).isEqualTo(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 0)).plus(s));
    assertThat(both).isNotEqualTo(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 0)).plus(StaffingSummary.of(
        QuotaCompliance.builder().from(commune).counted(17).build())));
    assertThat(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 14, 0)).unitsAboveNormInTransition()).isEmpty();
  }

  @Test
  void aUnitWithinOrWithoutItsNormIsNotBelowIt() {
    assertThat(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 11, 0)).unitsBelowNorm()).isEmpty();
    assertThat(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 14, 0)).unitsBelowNorm()).isEmpty();
    assertThat(StaffingSummary.of(compliance(PROVINCIAL_OFFICE, 0, 0)).unitsBelowNorm()).isEmpty();
  }

  @Test
  void aUnitWithNoStaffAddsNoLevelNorKind() {
    StaffingSummary s = StaffingSummary.of(compliance(CHAU_THANH, 0, 0));
    assertThat(s.units()).isEqualTo(1);
    assertThat(s.staffByLevel()).isEmpty();
    assertThat(s.staffByKind()).isEmpty();
    assertThat(s.universityShare()).isZero();
  }

  @Test
  void theEmptySummaryHasNothing() {
    StaffingSummary empty = StaffingSummary.empty();
    assertThat(empty.units()).isZero();
    assertThat(empty.totalStaff()).isZero();
    assertThat(empty.unitsBelowNorm()).isEmpty();
    assertThat(empty.universityShare()).isZero();
    assertThat(empty.universityPercent(2, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("0.00"));
    assertThat(empty).hasToString("StaffingSummary[0 units, 0 staff {}, 0 with a university degree, below norm []]");
  }

  @Test
  void summariesAddUp() {
    StaffingSummary s =
        StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 3))
            .plus(StaffingSummary.of(compliance(VI_THANH_OFFICE, 12, 9)))
            .plus(StaffingSummary.of(compliance(PROVINCIAL_OFFICE, 48, 45)));
    assertThat(s.units()).isEqualTo(3);
    assertThat(s.totalStaff()).isEqualTo(64);
    assertThat(s.staffAt(Level.DISTRICT)).isEqualTo(16);
    assertThat(s.staffAt(Level.PROVINCIAL)).isEqualTo(48);
    assertThat(s.staffOf(UnitKind.OFFICE)).isEqualTo(64);
    assertThat(s.staffWithUniversityDegree()).isEqualTo(57);
    assertThat(s.unitsBelowNorm()).containsExactly(CHAU_THANH_OFFICE);
    assertThat(s.universityPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("89.06"));
    assertThat(s.universityPercent(0, RoundingMode.DOWN)).isEqualTo(new BigDecimal("89"));
    assertThat(s)
        .hasToString(
            "StaffingSummary[3 units, 64 staff {PROVINCIAL=48, DISTRICT=16}, 57 with a university degree, below"
                + " norm [HG-CT-VP]]");
  }

  @Test
  void unitsBelowNormAreSortedByIdentifier() {
    StaffingSummary s =
        StaffingSummary.of(compliance(VI_THANH_OFFICE, 1, 0))
            .plus(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 1, 0)));
    assertThat(s.unitsBelowNorm()).containsExactly(CHAU_THANH_OFFICE, VI_THANH_OFFICE);
  }

  @Test
  void anExactPercentageRefusesToRoundWhenAsked() {
    StaffingSummary oneOfThree = StaffingSummary.of(compliance(PROVINCIAL_OFFICE, 3, 1));
    assertThat(oneOfThree.universityPercent(2, RoundingMode.HALF_EVEN)).isEqualTo(new BigDecimal("33.33"));
    assertThatThrownBy(() -> oneOfThree.universityPercent(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(oneOfThree.universityShare()).isEqualTo(1.0 / 3);
  }

  @Test
  void theCollectorGivesThePlusOfTheSummaries() {
    StaffingSummary collected =
        Stream.of(compliance(CHAU_THANH_OFFICE, 4, 3), compliance(VI_THANH_OFFICE, 12, 9))
            .collect(StaffingSummary.collector());
    assertThat(collected)
        .isEqualTo(
            StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 3))
                .plus(StaffingSummary.of(compliance(VI_THANH_OFFICE, 12, 9))));
    assertThat(Stream.<QuotaCompliance>empty().collect(StaffingSummary.collector()))
        .isEqualTo(StaffingSummary.empty());
  }

  @Test
  void totalsThatPassTheLargestIntAreRefused() {
    StaffingSummary huge = StaffingSummary.of(compliance(PROVINCIAL_OFFICE, Integer.MAX_VALUE, 0));
    assertThatThrownBy(() -> huge.plus(huge)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void summariesAreEqualWhenEveryTotalIs() {
    new EqualsTester()
        .addEqualityGroup(StaffingSummary.empty(), StaffingSummary.empty().plus(StaffingSummary.empty()))
        .addEqualityGroup(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 3)))
        .addEqualityGroup(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 2)))
        .addEqualityGroup(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 12, 3)))
        .addEqualityGroup(StaffingSummary.of(compliance(PROVINCIAL_OFFICE, 4, 3)))
        .addEqualityGroup(StaffingSummary.of(compliance(CHAU_THANH, 4, 3)))
        .addEqualityGroup(StaffingSummary.of(compliance(CHAU_THANH, 0, 0)))
        .addEqualityGroup(
            StaffingSummary.of(compliance(CHAU_THANH, 0, 0)).plus(StaffingSummary.of(compliance(CHAU_THANH, 0, 0))))
        .testEquals();
  }

  @Test
  void distinctSummariesSpreadOverHashCodes() {
    assertThat(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 4, 3)).hashCode())
        .isNotEqualTo(StaffingSummary.of(compliance(CHAU_THANH_OFFICE, 5, 3)).hashCode());
  }

  @Test
  void aSummaryMadeFromItsFiguresEqualsTheCollectedOne() {
    StaffingSummary collected =
        Stream.of(compliance(CHAU_THANH_OFFICE, 4, 3), compliance(VI_THANH_OFFICE, 6, 5), compliance(CHAU_THANH, 2, 1))
            .collect(StaffingSummary.collector());
    StaffingSummary made =
        StaffingSummary.of(
            3,
            collected.staffByLevel(),
            collected.staffByKind(),
            collected.unitsBelowNorm(),
            collected.unitsAboveNormInTransition(),
            collected.staffWithUniversityDegree());
    assertThat(made).isEqualTo(collected).hasSameHashCodeAs(collected);
    assertThat(StaffingSummary.of(0, Map.of(), Map.of(), Set.of(), Set.of(), 0)).isSameAs(StaffingSummary.empty());
  }

  @Test
  void aSummaryOfFiguresThatNoSumOfCompliancesHasIsRefusedNamingTheFigure() {
    Map<Level, Integer> byLevel = Map.of(Level.DISTRICT, 4);
    Map<UnitKind, Integer> byKind = Map.of(UnitKind.OFFICE, 4);
    Set<UnitId> none = Set.of();
    assertThatThrownBy(() -> StaffingSummary.of(-1, byLevel, byKind, none, none, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("units must not be negative: -1");
    assertThatThrownBy(() -> StaffingSummary.of(1, Map.of(Level.DISTRICT, 0), Map.of(), none, none, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staffByLevel leaves out what counts none, so each count is positive: DISTRICT=0");
    assertThatThrownBy(() -> StaffingSummary.of(1, byLevel, Map.of(UnitKind.OFFICE, -4), none, none, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staffByKind leaves out what counts none, so each count is positive: OFFICE=-4");
    assertThatThrownBy(() -> StaffingSummary.of(1, byLevel, Map.of(UnitKind.OFFICE, 5), none, none, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "staffByLevel and staffByKind count the same staff, so their totals agree: 4 by level, 5 by kind");
    assertThatThrownBy(() -> StaffingSummary.of(1, byLevel, byKind, none, none, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staffWithUniversityDegree are some of the staff counted: 5 of 4");
    assertThatThrownBy(() -> StaffingSummary.of(1, byLevel, byKind, none, none, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staffWithUniversityDegree are some of the staff counted: -1 of 4");
    assertThatThrownBy(
            () -> StaffingSummary.of(1, byLevel, byKind, Set.of(CHAU_THANH_OFFICE), Set.of(VI_THANH_OFFICE), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "each unit below or above its norm is one of the units summed: 1 below and 1 above in transition, of 1"
                + " units");
    assertThatThrownBy(() -> StaffingSummary.of(0, byLevel, byKind, none, none, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a summary of no unit counts no staff: 4 staff of 0 units");
  }
}
