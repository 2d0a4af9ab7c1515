package io.github.vanphong.staffing;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.staffing.StaffingFixtures.BRIEFING_2016;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.COMMUNE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.WARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.InvalidOrganizationException;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffingNormTest {

  private static final StaffingNorm DISTRICT = StaffingNorms.DISTRICT_OFFICE;
  private static final LegalBasis QUY_CHE = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 7");

  private static StaffingNorm.Builder officeNorm() {
    return StaffingNorm.builder()
        .unitKind(UnitKind.OFFICE)
        .level(Level.DISTRICT)
        .staff(Range.closed(11, 13))
        .basis(QUY_CHE)
        .inForce(Validity.from(LocalDate.of(2020, 1, 1)));
  }

  @Test
  void theDistrictOfficeNormIsElevenToThirteenOnAnUnconfirmedReport() {
    assertThat(DISTRICT.unitKind()).isEqualTo(UnitKind.OFFICE);
    assertThat(DISTRICT.level()).isEqualTo(Level.DISTRICT);
    assertThat(DISTRICT.staff()).isEqualTo(Range.closed(11, 13));
    assertThat(DISTRICT.scope()).isEqualTo(NormScope.UNIT_ITSELF);
    assertThat(DISTRICT.requiresSubunitOfKind()).isEmpty();
    assertThat(DISTRICT.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(DISTRICT.basis().instrument().name())
        .contains("Báo cáo tại Hội nghị giao ban công tác văn phòng cấp ủy tỉnh Hậu Giang, 01/3/2016")
        .contains("tinhuyhaugiang.org.vn");
    assertThat(DISTRICT.basis().article()).isEqualTo("định mức biên chế văn phòng cấp ủy cấp huyện");
    assertThat(DISTRICT.inForce()).isEqualTo(Level.DISTRICT.validity());
    assertThat(DISTRICT.isInForceOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(DISTRICT.isInForceOn(LocalDate.of(2025, 7, 1))).isFalse();
  }

  @Test
  void anOfficeWithFourStaffIsSevenBelowTheDistrictNorm() {
    assertThat(DISTRICT.statusOf(4)).isEqualTo(QuotaStatus.BELOW);
    assertThat(DISTRICT.shortfall(4)).isEqualTo(7);
    assertThat(DISTRICT.excess(4)).isZero();
  }

  @ParameterizedTest
  @CsvSource({"0, BELOW, 11, 0", "10, BELOW, 1, 0", "11, WITHIN, 0, 0", "12, WITHIN, 0, 0", "13, WITHIN, 0, 0",
      "14, ABOVE, 0, 1", "20, ABOVE, 0, 7"})
  void bothEndsOfTheNormAreWithinIt(int counted, QuotaStatus status, int shortfall, int excess) {
    assertThat(DISTRICT.statusOf(counted)).isEqualTo(status);
    assertThat(DISTRICT.shortfall(counted)).isEqualTo(shortfall);
    assertThat(DISTRICT.excess(counted)).isEqualTo(excess);
  }

  @Test
  void aNormNeedsANonNegativeLowerBound() {
    assertThatThrownBy(() -> officeNorm().staff(Range.closed(-1, 3)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a staffing norm needs a non-negative lower bound: [-1..3]");
  }

  @Test
  void aNormMayBeZeroToZero() {
    assertThat(officeNorm().staff(Range.closed(0, 0)).build().statusOf(0)).isEqualTo(QuotaStatus.WITHIN);
  }

  @Test
  void aNormNeedsARangeClosedAtBothEnds() {
    assertThatThrownBy(() -> officeNorm().staff(Range.atLeast(11)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a staffing norm needs a range closed at both ends: [11..+∞)");
    assertThatThrownBy(() -> officeNorm().staff(Range.atMost(13)).build())
        .hasMessage("a staffing norm needs a range closed at both ends: (-∞..13]");
    assertThatThrownBy(() -> officeNorm().staff(Range.closedOpen(11, 13)).build())
        .hasMessage("a staffing norm needs a range closed at both ends: [11..13)");
    assertThatThrownBy(() -> officeNorm().staff(Range.openClosed(11, 13)).build())
        .hasMessage("a staffing norm needs a range closed at both ends: (11..13]");
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> DISTRICT.statusOf(-1)).hasMessage("staff counted cannot be negative: -1");
    assertThatThrownBy(() -> DISTRICT.shortfall(-1)).hasMessage("staff counted cannot be negative: -1");
    assertThatThrownBy(() -> DISTRICT.excess(-1)).hasMessage("staff counted cannot be negative: -1");
  }

  @Test
  void ofBuildsAnUnconditionalNormOfTheUnitItself() {
    StaffingNorm norm =
        StaffingNorm.of(UnitKind.OFFICE, Level.DISTRICT, Range.closed(11, 13), QUY_CHE, Validity.from(BRIEFING_2016));
    assertThat(norm.scope()).isEqualTo(NormScope.UNIT_ITSELF);
    assertThat(norm.requiresSubunitOfKind()).isEmpty();
    assertThat(norm).isEqualTo(officeNorm().inForce(Validity.from(BRIEFING_2016)).build());
  }

  @Test
  void aNormAppliesToUnitsOfItsKindAndLevelOnDaysInForce() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    assertThat(DISTRICT.appliesTo(tree.unit(CHAU_THANH_OFFICE), tree)).isTrue();
    assertThat(DISTRICT.appliesTo(tree.unit(CHAU_THANH), tree)).as("wrong kind").isFalse();
    assertThat(DISTRICT.appliesTo(tree.unit(PROVINCIAL_OFFICE), tree)).as("wrong level").isFalse();
    StaffingNorm later = officeNorm().build();
    assertThat(later.appliesTo(tree.unit(CHAU_THANH_OFFICE), tree)).as("not yet in force").isFalse();
  }

  @Test
  void aConditionalNormAppliesOnlyWhereTheSubunitExists() {
    UnitTree tree = StaffingFixtures.canTho2025();
    StaffingNorm withCentre = StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE;
    assertThat(withCentre.appliesTo(tree.unit(WARD), tree)).isTrue();
    StaffingNorm communeWithCentre = StaffingNorms.COMMUNE_COMMITTEE_WITH_POLITICAL_CENTRE;
    assertThat(communeWithCentre.appliesTo(tree.unit(COMMUNE), tree)).isFalse();
    assertThat(StaffingNorms.COMMUNE_COMMITTEE.appliesTo(tree.unit(COMMUNE), tree)).isTrue();
  }

  @Test
  void aUnitOutsideTheTreeIsRefused() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    UnitTree other = StaffingFixtures.canTho2025();
    assertThatThrownBy(() -> DISTRICT.appliesTo(other.unit(COMMUNE), tree))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessageContaining("no unit CT-X1 exists on 2016-03-01");
  }

  @Test
  void normsAreForTheSameUnitsWhenKindLevelScopeAndConditionAgree() {
    StaffingNorm a = officeNorm().build();
    assertThat(a.isForSameUnitsAs(officeNorm().staff(Range.closed(5, 9)).build())).isTrue();
    assertThat(a.isForSameUnitsAs(officeNorm().unitKind(UnitKind.SECTION).build())).isFalse();
    assertThat(a.isForSameUnitsAs(officeNorm().level(Level.PROVINCIAL).build())).isFalse();
    assertThat(a.isForSameUnitsAs(officeNorm().scope(NormScope.UNIT_AND_DESCENDANTS).build())).isFalse();
    assertThat(a.isForSameUnitsAs(officeNorm().requiresSubunitOfKind(UnitKind.SECTION).build())).isFalse();
  }

  /** Hướng dẫn 31-HD/BTCTW (as reported): more staff for a time, "tối đa sau thời gian 05 năm phải thực hiện đúng". */
  @Test
  void aCommuneNormAllowsMoreStaffWithinFiveYearsOfItsFirstDay() {
    StaffingNorm commune = StaffingNorms.COMMUNE_COMMITTEE;
    assertThat(commune.transition()).contains(StaffingNorms.COMMUNE_TRANSITION);
    assertThat(commune.transitionDays())
        .contains(Validity.between(LocalDate.of(2025, 7, 1), LocalDate.of(2030, 6, 30)));
    assertThat(commune.isInTransitionOn(LocalDate.of(2025, 7, 1))).isTrue();
    assertThat(commune.isInTransitionOn(LocalDate.of(2030, 6, 30))).isTrue();
    assertThat(commune.isInTransitionOn(LocalDate.of(2030, 7, 1))).isFalse();
    assertThat(commune.isInTransitionOn(LocalDate.of(2025, 6, 30))).isFalse();
    assertThat(commune.statusOn(19, LocalDate.of(2030, 6, 30))).isEqualTo(QuotaStatus.ABOVE_IN_TRANSITION);
    assertThat(commune.statusOn(19, LocalDate.of(2030, 7, 1))).isEqualTo(QuotaStatus.ABOVE);
    assertThat(commune.statusOn(14, LocalDate.of(2026, 1, 1))).isEqualTo(QuotaStatus.BELOW);
    assertThat(commune.statusOn(17, LocalDate.of(2026, 1, 1))).isEqualTo(QuotaStatus.WITHIN);
    assertThat(commune.statusOf(19)).isEqualTo(QuotaStatus.ABOVE);
    assertThat(DISTRICT.transition()).isEmpty();
    assertThat(DISTRICT.transitionDays()).isEmpty();
    assertThat(DISTRICT.isInTransitionOn(LocalDate.of(2016, 3, 1))).isFalse();
    assertThat(DISTRICT.statusOn(14, LocalDate.of(2016, 3, 1))).isEqualTo(QuotaStatus.ABOVE);
  }

  @Test
  void aNormsTransitionIsDataAnApplicationReplacesOrRemoves() {
    StaffingTransition three = StaffingTransition.of(java.time.Period.ofYears(3), QUY_CHE);
    StaffingNorm shorter = StaffingNorms.COMMUNE_COMMITTEE.withTransition(three);
    assertThat(shorter.transition()).contains(three);
    assertThat(shorter.isInTransitionOn(LocalDate.of(2028, 7, 1))).isFalse();
    assertThat(shorter.isInTransitionOn(LocalDate.of(2028, 6, 30))).isTrue();
    assertThat(StaffingNorms.COMMUNE_COMMITTEE.transition()).contains(StaffingNorms.COMMUNE_TRANSITION);
    StaffingNorm none = StaffingNorms.COMMUNE_COMMITTEE.withoutTransition();
    assertThat(none.transition()).isEmpty();
    assertThat(none.statusOn(19, LocalDate.of(2026, 1, 1))).isEqualTo(QuotaStatus.ABOVE);
    assertThat(none.isForSameUnitsAs(StaffingNorms.COMMUNE_COMMITTEE)).isTrue();
    assertThat(shorter.toString()).endsWith(", transition P3Y (Quy chế 01-QC/TU, Điều 7)");
  }

  @Test
  void toStringShowsKindLevelRangeScopeDaysAndBasis() {
    assertThat(officeNorm().build())
        .hasToString(
            "Office, District: [11..13] staff of the unit itself, in force [2020-01-01..), basis Quy chế"
                + " 01-QC/TU, Điều 7 [2020-01-01..)");
    assertThat(StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE.toString())
        .startsWith(
            "Ward Party Committee, Commune, with a Political Centre: [15..20] staff of the unit and every unit"
                + " under it, in force [2025-07-01..), basis Hướng dẫn 31-HD/BTCTW")
        .contains("(reported by a secondary source), transition P5Y (Hướng dẫn 31-HD/BTCTW");
  }
}
