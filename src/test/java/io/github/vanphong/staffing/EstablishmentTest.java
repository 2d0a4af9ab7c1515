package io.github.vanphong.staffing;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.VI_THANH;
import static io.github.vanphong.staffing.StaffingFixtures.VI_THANH_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class EstablishmentTest {

  private static final Year Y2016 = Year.of(2016);
  private static final UnitTree TREE = StaffingFixtures.hauGiang2016();

  private static Allocation alloc(UnitId unit, int positions) {
    return Allocation.of(unit, Y2016, positions);
  }

  @Test
  void anEstablishmentHoldsOneAllocationPerUnitAndYear() {
    Establishment e = Establishment.empty().with(alloc(PROVINCIAL_OFFICE, 50)).with(alloc(CHAU_THANH_OFFICE, 12));
    assertThat(e.allocation(PROVINCIAL_OFFICE, Y2016)).contains(alloc(PROVINCIAL_OFFICE, 50));
    assertThat(e.allocation(PROVINCIAL_OFFICE, Year.of(2017))).isEmpty();
    assertThat(e.allocation(VI_THANH_OFFICE, Y2016)).isEmpty();
    assertThat(e.positions(CHAU_THANH_OFFICE, Y2016)).isEqualTo(12);
    assertThat(e.allocations()).containsExactly(alloc(PROVINCIAL_OFFICE, 50), alloc(CHAU_THANH_OFFICE, 12));
  }

  @Test
  void aSecondAllocationForTheSameUnitAndYearIsRefusedNamingBoth() {
    Establishment e = Establishment.of(ImmutableList.of(alloc(PROVINCIAL_OFFICE, 50)));
    assertThatThrownBy(() -> e.with(alloc(PROVINCIAL_OFFICE, 48)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an establishment holds one allocation per unit and year: HG-VPTU 2016: 48 positions is refused,"
                + " HG-VPTU 2016: 50 positions is already there");
    assertThat(e.allocations()).as("left as it was").containsExactly(alloc(PROVINCIAL_OFFICE, 50));
    assertThatThrownBy(
            () -> Establishment.of(ImmutableList.of(alloc(PROVINCIAL_OFFICE, 50), alloc(PROVINCIAL_OFFICE, 50))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameUnitMayHaveAnAllocationEachYear() {
    Establishment e =
        Establishment.empty()
            .with(alloc(PROVINCIAL_OFFICE, 50))
            .with(Allocation.of(PROVINCIAL_OFFICE, Year.of(2017), 52));
    assertThat(e.allocationsIn(Y2016)).containsExactly(alloc(PROVINCIAL_OFFICE, 50));
    assertThat(e.allocationsIn(Year.of(2017))).containsExactly(Allocation.of(PROVINCIAL_OFFICE, Year.of(2017), 52));
    assertThat(e.allocationsIn(Year.of(2018))).isEmpty();
  }

  @Test
  void positionsOfAYearWithNoAllocationAreRefusedNamingTheYearsThereAre() {
    Establishment e =
        Establishment.empty()
            .with(alloc(PROVINCIAL_OFFICE, 50))
            .with(Allocation.of(PROVINCIAL_OFFICE, Year.of(2017), 52));
    assertThatThrownBy(() -> e.positions(PROVINCIAL_OFFICE, Year.of(2018)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "positions are known only for a unit and year with an allocation: HG-VPTU has none for 2018"
                + " (it has 2016, 2017)");
    assertThatThrownBy(() -> e.positions(CHAU_THANH_OFFICE, Y2016))
        .hasMessage(
            "positions are known only for a unit and year with an allocation: HG-CT-VP has none for 2016"
                + " (it has none in any year)");
  }

  @Test
  void subunitAllocationsMustFitInsideTheParents() {
    Establishment fits =
        Establishment.of(
            ImmutableList.of(alloc(PROVINCE, 40), alloc(CHAU_THANH_OFFICE, 12), alloc(VI_THANH_OFFICE, 13),
                alloc(PROVINCIAL_OFFICE, 15)));
    assertThat(fits.violationsIn(TREE)).as("12 + 13 + 15 = 40").isEmpty();

    Establishment exceeds =
        Establishment.of(
            ImmutableList.of(alloc(PROVINCE, 39), alloc(CHAU_THANH_OFFICE, 12), alloc(VI_THANH_OFFICE, 13),
                alloc(PROVINCIAL_OFFICE, 15)));
    ImmutableList<StaffingViolation> violations = exceeds.violationsIn(TREE);
    assertThat(violations).hasSize(1);
    StaffingViolation v = violations.get(0);
    assertThat(v.rule()).isEqualTo(StaffingRule.SUBUNIT_ALLOCATIONS_EXCEED_PARENT);
    assertThat(v.unit()).isEqualTo(PROVINCE);
    assertThat(v.basis()).isEqualTo(StaffingRule.ALLOCATION_DECISION);
    assertThat(v.message())
        .isEqualTo(
            "the allocations of the subunits of HG-TU in 2016 add up to 40 [HG-VPTU 2016: 15 positions,"
                + " HG-CT-VP 2016: 12 positions, HG-VT-VP 2016: 13 positions], more than its own 39");
    assertThat(v.values())
        .containsExactly(
            PROVINCE,
            alloc(PROVINCE, 39),
            alloc(PROVINCIAL_OFFICE, 15),
            alloc(CHAU_THANH_OFFICE, 12),
            alloc(VI_THANH_OFFICE, 13));
  }

  @Test
  void theNearestAllocatedSubunitStopsTheDescent() {
    Establishment e =
        Establishment.of(
            ImmutableList.of(alloc(PROVINCE, 20), alloc(CHAU_THANH, 20), alloc(CHAU_THANH_OFFICE, 25)));
    ImmutableList<StaffingViolation> violations = e.violationsIn(TREE);
    assertThat(violations).extracting(StaffingViolation::unit).containsExactly(CHAU_THANH);
  }

  @Test
  void theParentsOwnDecisionIsTheBasisWhenRecorded() {
    LegalBasis decision = LegalBasis.of(Instrument.of("Quyết định 12-QĐ/TU", LocalDate.of(2016, 1, 5)), "Điều 1");
    Establishment e =
        Establishment.of(
            ImmutableList.of(
                Allocation.builder().unit(CHAU_THANH).year(Y2016).positions(10).basis(decision).build(),
                alloc(CHAU_THANH_OFFICE, 11)));
    assertThat(e.violationsIn(TREE)).extracting(StaffingViolation::basis).containsExactly(decision);
  }

  @Test
  void exactlyEqualSubunitAllocationsFit() {
    Establishment e = Establishment.of(ImmutableList.of(alloc(VI_THANH, 13), alloc(VI_THANH_OFFICE, 13)));
    assertThat(e.violationsIn(TREE)).isEmpty();
  }

  @Test
  void allocationsOfOtherYearsAreNotChecked() {
    Establishment e =
        Establishment.of(
            ImmutableList.of(
                Allocation.of(VI_THANH, Year.of(2015), 1),
                Allocation.of(VI_THANH_OFFICE, Year.of(2015), 13),
                Allocation.of(UnitId.of("GONE"), Year.of(2015), 3)));
    assertThat(e.violationsIn(TREE)).isEmpty();
  }

  @Test
  void anAllocationForAUnitNotInTheTreeIsRefused() {
    Establishment e = Establishment.of(ImmutableList.of(alloc(UnitId.of("HG-PH-VP"), 12), alloc(VI_THANH, 13)));
    assertThatThrownBy(() -> e.violationsIn(TREE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an allocation must be for a unit alive on the day checked: [HG-PH-VP 2016: 12 positions] name units"
                + " not in the tree of 2016-03-01; use retainUnitsOf(tree) to leave them out");
    assertThat(e.retainUnitsOf(TREE).allocations()).containsExactly(alloc(VI_THANH, 13));
  }

  @Test
  void establishmentsAreEqualWhenTheirAllocationsAre() {
    new EqualsTester()
        .addEqualityGroup(Establishment.empty(), Establishment.of(ImmutableList.of()))
        .addEqualityGroup(
            Establishment.empty().with(alloc(PROVINCE, 1)), Establishment.of(ImmutableList.of(alloc(PROVINCE, 1))))
        .addEqualityGroup(Establishment.empty().with(alloc(PROVINCE, 2)))
        .testEquals();
  }

  @Test
  void toStringListsTheAllocations() {
    assertThat(Establishment.empty().with(alloc(PROVINCE, 1)).with(alloc(VI_THANH, 2)))
        .hasToString("Establishment[HG-TU 2016: 1 position, HG-VT 2016: 2 positions]");
  }

  @Test
  void distinctEstablishmentsSpreadOverHashCodes() {
    assertThat(Establishment.empty().with(alloc(PROVINCE, 1)).hashCode())
        .isNotEqualTo(Establishment.empty().with(alloc(PROVINCE, 2)).hashCode());
  }
}
