package io.github.vanphong.staffing;

import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.COMMUNE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.WARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.logging.CapturedLog;
import io.github.vanphong.organization.InvalidOrganizationException;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaffingNormsTest {

  private static final LegalBasis QUY_CHE = LegalBasis.of(Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2010, 1, 1)), "Điều 7");

  private static final StaffingNorm PROVINCE_OWN_DISTRICT_NORM =
      StaffingNorm.of(
          UnitKind.OFFICE, Level.DISTRICT, Range.closed(9, 12), QUY_CHE, Validity.from(LocalDate.of(2010, 1, 1)));

  @Test
  void theStandardNormsAreTheDistrictOfficeAndTheCommuneNormsOf2025() {
    assertThat(StaffingNorms.standard().norms())
        .containsExactly(
            StaffingNorms.DISTRICT_OFFICE,
            StaffingNorms.COMMUNE_COMMITTEE,
            StaffingNorms.WARD_COMMITTEE,
            StaffingNorms.SPECIAL_ZONE_COMMITTEE,
            StaffingNorms.COMMUNE_COMMITTEE_WITH_POLITICAL_CENTRE,
            StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE,
            StaffingNorms.SPECIAL_ZONE_COMMITTEE_WITH_POLITICAL_CENTRE);
  }

  @Test
  void everyCommuneNormOf2025HasTheFiveYearTransitionAndTheDistrictNormNone() {
    for (StaffingNorm norm : StaffingNorms.standard().norms()) {
      assertThat(norm.transition())
          .isEqualTo(
              norm.level() == Level.COMMUNE
                  ? java.util.Optional.of(StaffingNorms.COMMUNE_TRANSITION)
                  : java.util.Optional.empty());
    }
  }

  @Test
  void anApplicationReplacesOrRemovesTheTransitionOfEveryNormThatHasOne() {
    StaffingTransition three = StaffingTransition.of(java.time.Period.ofYears(3), QUY_CHE);
    StaffingNorms shorter = StaffingNorms.standard().with(PROVINCE_OWN_DISTRICT_NORM).withTransition(three);
    assertThat(shorter.norms()).hasSize(8);
    assertThat(shorter.norms().get(0)).isEqualTo(StaffingNorms.DISTRICT_OFFICE);
    assertThat(shorter.norms().get(7)).isEqualTo(PROVINCE_OWN_DISTRICT_NORM);
    assertThat(shorter.norms().subList(1, 7)).allSatisfy(n -> assertThat(n.transition()).contains(three));
    assertThat(shorter.norms().get(1).withTransition(StaffingNorms.COMMUNE_TRANSITION))
        .isEqualTo(StaffingNorms.COMMUNE_COMMITTEE);
    StaffingNorms none = StaffingNorms.standard().withoutTransition();
    assertThat(none.norms()).allSatisfy(n -> assertThat(n.transition()).isEmpty());
    assertThat(none.norms()).hasSize(7);
    assertThat(StaffingNorms.standard().norms().get(1).transition()).contains(StaffingNorms.COMMUNE_TRANSITION);
  }

  @Test
  void theCommuneNormsAreFifteenToSeventeenOrTwentyWithAPoliticalCentre() {
    for (StaffingNorm norm :
        ImmutableList.of(
            StaffingNorms.COMMUNE_COMMITTEE, StaffingNorms.WARD_COMMITTEE, StaffingNorms.SPECIAL_ZONE_COMMITTEE)) {
      assertThat(norm.staff()).isEqualTo(Range.closed(15, 17));
      assertThat(norm.requiresSubunitOfKind()).isEmpty();
      assertThat(norm.level()).isEqualTo(Level.COMMUNE);
      assertThat(norm.scope()).isEqualTo(NormScope.UNIT_AND_DESCENDANTS);
      assertThat(norm.inForce()).isEqualTo(Validity.from(LocalDate.of(2025, 7, 1)));
      assertThat(norm.basis().instrument().name()).isEqualTo("Hướng dẫn 31-HD/BTCTW");
      assertThat(norm.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    }
    assertThat(StaffingNorms.COMMUNE_COMMITTEE.unitKind()).isEqualTo(UnitKind.COMMUNE_COMMITTEE);
    assertThat(StaffingNorms.WARD_COMMITTEE.unitKind()).isEqualTo(UnitKind.WARD_COMMITTEE);
    assertThat(StaffingNorms.SPECIAL_ZONE_COMMITTEE.unitKind()).isEqualTo(UnitKind.SPECIAL_ZONE_COMMITTEE);
    for (StaffingNorm norm :
        ImmutableList.of(
            StaffingNorms.COMMUNE_COMMITTEE_WITH_POLITICAL_CENTRE,
            StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE,
            StaffingNorms.SPECIAL_ZONE_COMMITTEE_WITH_POLITICAL_CENTRE)) {
      assertThat(norm.staff()).isEqualTo(Range.closed(15, 20));
      assertThat(norm.requiresSubunitOfKind()).contains(UnitKind.POLITICAL_CENTRE);
      assertThat(norm.scope()).isEqualTo(NormScope.UNIT_AND_DESCENDANTS);
    }
  }

  @Test
  void aDistrictOfficeIn2016HasTheElevenToThirteenNorm() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    assertThat(StaffingNorms.standard().normFor(tree.unit(CHAU_THANH_OFFICE), tree))
        .contains(StaffingNorms.DISTRICT_OFFICE);
  }

  @Test
  void aUnitOfAKindWithoutANormHasNone() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    assertThat(StaffingNorms.standard().normFor(tree.unit(PROVINCIAL_OFFICE), tree)).isEmpty();
    assertThat(StaffingNorms.standard().normFor(tree.unit(CHAU_THANH), tree)).isEmpty();
    assertThat(StaffingNorms.of().normFor(tree.unit(CHAU_THANH_OFFICE), tree)).isEmpty();
  }

  @Test
  void aNormWithItsConditionMetIsPreferredOverTheUnconditionalOne() {
    UnitTree tree = StaffingFixtures.canTho2025();
    assertThat(StaffingNorms.standard().normFor(tree.unit(WARD), tree))
        .contains(StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE);
    assertThat(StaffingNorms.standard().normFor(tree.unit(COMMUNE), tree))
        .contains(StaffingNorms.COMMUNE_COMMITTEE);
  }

  @Test
  void aConditionalNormIsPreferredEvenWhenTheUnconditionalOneComesLater() {
    UnitTree tree = StaffingFixtures.canTho2025();
    StaffingNorms reversed =
        StaffingNorms.of(StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE, StaffingNorms.WARD_COMMITTEE);
    assertThat(reversed.normFor(tree.unit(WARD), tree)).contains(StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE);
  }

  @Test
  void anApplicationNormOverridesTheBuiltInOne() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    StaffingNorms norms = StaffingNorms.standard().with(PROVINCE_OWN_DISTRICT_NORM);
    assertThat(norms.normFor(tree.unit(CHAU_THANH_OFFICE), tree)).contains(PROVINCE_OWN_DISTRICT_NORM);
    assertThat(norms.norms()).hasSize(8).endsWith(PROVINCE_OWN_DISTRICT_NORM);
    assertThat(StaffingNorms.standard().norms()).as("the standard rule book is left as it was").hasSize(7);
  }

  @Test
  void theOverrideIsLoggedAtDebugWithoutPersonalData() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    StaffingNorms norms = StaffingNorms.standard().with(PROVINCE_OWN_DISTRICT_NORM);
    String log = CapturedLog.during(() -> norms.normFor(tree.unit(CHAU_THANH_OFFICE), tree));
    assertThat(log)
        .contains("DEBUG")
        .contains(
            "staffing norm [9..12] (Quy chế 01-QC/TU, Điều 7) overrides [11..13] (Báo cáo tại Hội nghị giao ban")
        .contains("for unit HG-CT-VP on 2016-03-01");
    assertThat(CapturedLog.during(() -> StaffingNorms.standard().normFor(tree.unit(CHAU_THANH_OFFICE), tree)))
        .as("no override, nothing logged")
        .isEmpty();
    StaffingNorms unrelated = StaffingNorms.standard().with(StaffingNorms.WARD_COMMITTEE);
    assertThat(CapturedLog.during(() -> unrelated.normFor(tree.unit(CHAU_THANH_OFFICE), tree))).isEmpty();
    StaffingNorms later = StaffingNorms.of(PROVINCE_OWN_DISTRICT_NORM, StaffingNorms.DISTRICT_OFFICE);
    assertThat(CapturedLog.during(() -> later.normFor(tree.unit(CHAU_THANH_OFFICE), tree)))
        .contains("staffing norm [11..13]")
        .contains("overrides [9..12]");
  }



  @Test
  void anApplicationNormAppliesOnlyOnTheDaysItIsInForce() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    StaffingNorm from2020 =
        StaffingNorm.of(
            UnitKind.OFFICE, Level.DISTRICT, Range.closed(9, 12), QUY_CHE, Validity.from(LocalDate.of(2020, 1, 1)));
    StaffingNorms norms = StaffingNorms.standard().with(from2020);
    assertThat(norms.normFor(tree.unit(CHAU_THANH_OFFICE), tree)).contains(StaffingNorms.DISTRICT_OFFICE);
  }

  @Test
  void anApplicationNormWithoutTheConditionDoesNotOverrideTheConditionalOne() {
    UnitTree tree = StaffingFixtures.canTho2025();
    StaffingNorm own =
        StaffingNorm.builder()
            .from(StaffingNorms.WARD_COMMITTEE)
            .staff(Range.closed(14, 16))
            .basis(QUY_CHE)
            .build();
    StaffingNorms norms = StaffingNorms.standard().with(own);
    assertThat(norms.normFor(tree.unit(WARD), tree)).contains(StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE);
    StaffingNorm ownWithCentre =
        StaffingNorm.builder().from(own).requiresSubunitOfKind(UnitKind.POLITICAL_CENTRE).build();
    assertThat(norms.with(ownWithCentre).normFor(tree.unit(WARD), tree)).contains(ownWithCentre);
  }

  @Test
  void inForceOnListsTheNormsOfTheDay() {
    assertThat(StaffingNorms.standard().inForceOn(LocalDate.of(2016, 3, 1)))
        .containsExactly(StaffingNorms.DISTRICT_OFFICE);
    assertThat(StaffingNorms.standard().inForceOn(LocalDate.of(2025, 7, 1))).hasSize(6)
        .doesNotContain(StaffingNorms.DISTRICT_OFFICE);
  }

  @Test
  void aUnitOutsideTheTreeIsRefused() {
    UnitTree tree = StaffingFixtures.hauGiang2016();
    Unit commune = StaffingFixtures.canTho2025().unit(COMMUNE);
    assertThatThrownBy(() -> StaffingNorms.standard().normFor(commune, tree))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessageContaining("CT-X1");
    assertThatThrownBy(() -> StaffingNorms.of().normFor(commune, tree))
        .isInstanceOf(InvalidOrganizationException.class);
  }

  @Test
  void aNullNormIsRefused() {
    assertThatThrownBy(() -> StaffingNorms.standard().with(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void rulebooksAreEqualWhenTheirNormsAreInTheSameOrder() {
    new EqualsTester()
        .addEqualityGroup(StaffingNorms.standard(), StaffingNorms.of(StaffingNorms.standard().norms()))
        .addEqualityGroup(StaffingNorms.of(), StaffingNorms.of(ImmutableList.of()))
        .addEqualityGroup(
            StaffingNorms.of(StaffingNorms.WARD_COMMITTEE, StaffingNorms.COMMUNE_COMMITTEE),
            StaffingNorms.of(StaffingNorms.WARD_COMMITTEE).with(StaffingNorms.COMMUNE_COMMITTEE))
        .addEqualityGroup(StaffingNorms.of(StaffingNorms.COMMUNE_COMMITTEE, StaffingNorms.WARD_COMMITTEE))
        .testEquals();
  }

  @Test
  void toStringCountsTheNorms() {
    assertThat(StaffingNorms.standard()).hasToString("StaffingNorms[7 norms]");
  }

  @Test
  void distinctRulebooksSpreadOverHashCodes() {
    assertThat(StaffingNorms.of(StaffingNorms.WARD_COMMITTEE).hashCode())
        .isNotEqualTo(StaffingNorms.of(StaffingNorms.COMMUNE_COMMITTEE).hashCode());
  }
}
