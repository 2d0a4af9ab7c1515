package io.github.vanphong.staffing;

import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.COMMUNE;
import static io.github.vanphong.staffing.StaffingFixtures.COMMUNE_BOARD;
import static io.github.vanphong.staffing.StaffingFixtures.COMMUNE_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.WARD;
import static io.github.vanphong.staffing.StaffingFixtures.WARD_CENTRE;
import static io.github.vanphong.staffing.StaffingFixtures.WARD_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.officials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.InvalidOrganizationException;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaCheckTest {

  private static final UnitTree HAU_GIANG = StaffingFixtures.hauGiang2016();
  private static final UnitTree CAN_THO = StaffingFixtures.canTho2025();
  private static final Year Y2016 = Year.of(2016);

  private static Headcount hauGiangStaff() {
    List<StaffAssignment> all = new ArrayList<>(officials(4, CHAU_THANH_OFFICE, "CT"));
    all.addAll(officials(14, VI_THANH_OFFICE, "VT"));
    all.addAll(officials(48, PROVINCIAL_OFFICE, "TU"));
    return Headcount.of(all);
  }

  private static Establishment hauGiangAllocations() {
    return Establishment.of(
        ImmutableList.of(
            Allocation.of(PROVINCE, Y2016, 70),
            Allocation.of(PROVINCIAL_OFFICE, Y2016, 50),
            Allocation.of(CHAU_THANH_OFFICE, Y2016, 12),
            Allocation.of(VI_THANH_OFFICE, Y2016, 13)));
  }

  private static QuotaCheck check(Establishment establishment, Headcount headcount) {
    return QuotaCheck.of(StaffingNorms.standard(), establishment, headcount, CountingRule.officialsOnly());
  }

  @Test
  void aCheckReportsEveryViolationNotOnlyTheFirst() {
    QuotaReport report = check(hauGiangAllocations(), hauGiangStaff()).check(HAU_GIANG);
    assertThat(report.violations())
        .extracting(StaffingViolation::rule, StaffingViolation::unit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StaffingRule.BELOW_NORM, CHAU_THANH_OFFICE),
            org.assertj.core.groups.Tuple.tuple(StaffingRule.ABOVE_NORM, VI_THANH_OFFICE),
            org.assertj.core.groups.Tuple.tuple(StaffingRule.OVER_ALLOCATION, VI_THANH_OFFICE),
            org.assertj.core.groups.Tuple.tuple(StaffingRule.SUBUNIT_ALLOCATIONS_EXCEED_PARENT, PROVINCE));
    assertThat(report.isCompliant()).isFalse();
    assertThat(report.date()).isEqualTo(StaffingFixtures.BRIEFING_2016);
  }

  @Test
  void everyUnitWithANormOrAnAllocationHasItsCompliance() {
    QuotaReport report = check(hauGiangAllocations(), hauGiangStaff()).check(HAU_GIANG);
    assertThat(report.compliances())
        .extracting(c -> c.unit().id())
        .containsExactly(PROVINCE, PROVINCIAL_OFFICE, CHAU_THANH_OFFICE, VI_THANH_OFFICE);
    QuotaCompliance province = report.compliance(PROVINCE).orElseThrow();
    assertThat(province.status()).isEqualTo(QuotaStatus.NO_NORM);
    assertThat(province.counted()).as("an allocation covers the units under it").isEqualTo(66);
    assertThat(province.vacancies()).hasValue(4);
    QuotaCompliance chauThanh = report.compliance(CHAU_THANH_OFFICE).orElseThrow();
    assertThat(chauThanh.counted()).isEqualTo(4);
    assertThat(chauThanh.shortfall()).isEqualTo(7);
    assertThat(chauThanh.vacancies()).hasValue(8);
    assertThat(chauThanh.countedWithUniversityDegree()).isEqualTo(4);
    assertThat(report.compliance(CHAU_THANH)).isEmpty();
  }

  @Test
  void aUnitWithoutNormOrAllocationIsLeftOutOfTheReport() {
    QuotaReport report = check(Establishment.empty(), hauGiangStaff()).check(HAU_GIANG);
    assertThat(report.compliances())
        .extracting(c -> c.unit().id())
        .containsExactly(CHAU_THANH_OFFICE, VI_THANH_OFFICE);
  }

  @Test
  void aCompliantTreeHasNoViolation() {
    Headcount staff = Headcount.of(officials(12, CHAU_THANH_OFFICE, "CT"));
    QuotaReport report =
        check(Establishment.of(ImmutableList.of(Allocation.of(CHAU_THANH_OFFICE, Y2016, 12))), staff)
            .check(
                UnitTree.of(
                    StaffingFixtures.BRIEFING_2016,
                    ImmutableList.of(HAU_GIANG.unit(PROVINCE), HAU_GIANG.unit(CHAU_THANH),
                        HAU_GIANG.unit(CHAU_THANH_OFFICE))));
    assertThat(report.isCompliant()).isTrue();
    assertThat(report.compliances()).hasSize(1);
  }

  @Test
  void aCommuneCommitteeCountsItsBodiesTogetherAndEachPersonOnce() {
    List<StaffAssignment> all = new ArrayList<>(officials(8, COMMUNE_OFFICE, "XO"));
    all.addAll(officials(5, COMMUNE_BOARD, "XB"));
    all.add(StaffAssignment.builder().from(officials(1, COMMUNE_BOARD, "XO").get(0)).concurrent(true).build());
    all.addAll(officials(10, WARD_OFFICE, "PO"));
    all.addAll(officials(6, WARD_CENTRE, "PC"));
    QuotaCheck check =
        QuotaCheck.of(
            StaffingNorms.standard(),
            Establishment.empty(),
            Headcount.of(all),
            CountingRule.builder().countsConcurrentPosts(true).build());
    QuotaReport report = check.check(CAN_THO);
    QuotaCompliance commune = report.compliance(COMMUNE).orElseThrow();
    assertThat(commune.norm()).contains(StaffingNorms.COMMUNE_COMMITTEE);
    assertThat(commune.counted()).isEqualTo(13);
    assertThat(commune.shortfall()).isEqualTo(2);
    QuotaCompliance ward = report.compliance(WARD).orElseThrow();
    assertThat(ward.norm()).contains(StaffingNorms.WARD_COMMITTEE_WITH_POLITICAL_CENTRE);
    assertThat(ward.counted()).isEqualTo(16);
    assertThat(ward.status()).isEqualTo(QuotaStatus.WITHIN);
    assertThat(report.violations()).extracting(StaffingViolation::unit).containsExactly(COMMUNE);
  }

  /**
   * Hướng dẫn 31-HD/BTCTW (as reported; Quy định 298-QĐ/TW, Điều 4): "Trước mắt có thể bố trí biên chế nhiều hơn …,
   * tối đa sau thời gian 05 năm phải thực hiện đúng". A commune above its norm within the 5 years is in transition,
   * not in breach; from 2030-07-01 it breaks {@link StaffingRule#ABOVE_NORM}.
   */
  @Test
  void aCommuneAboveItsNormIsInTransitionForFiveYearsThenInBreach() {
    List<StaffAssignment> all = new ArrayList<>(officials(12, COMMUNE_OFFICE, "XO"));
    all.addAll(officials(7, COMMUNE_BOARD, "XB"));
    QuotaCheck check =
        QuotaCheck.of(StaffingNorms.standard(), Establishment.empty(), Headcount.of(all), CountingRule.officialsOnly());
    QuotaReport within = check.check(UnitTree.of(LocalDate.of(2030, 6, 30), CAN_THO.units()));
    QuotaCompliance commune = within.compliance(COMMUNE).orElseThrow();
    assertThat(commune.counted()).isEqualTo(19);
    assertThat(commune.status()).isEqualTo(QuotaStatus.ABOVE_IN_TRANSITION);
    assertThat(commune.excess()).isEqualTo(2);
    assertThat(within.violationsOf(StaffingRule.ABOVE_NORM)).isEmpty();
    assertThat(within.summary().unitsAboveNormInTransition()).containsExactly(COMMUNE);
    assertThat(within.summary().unitsBelowNorm()).containsExactly(WARD);

    QuotaReport after = check.check(UnitTree.of(LocalDate.of(2030, 7, 1), CAN_THO.units()));
    assertThat(after.compliance(COMMUNE).orElseThrow().status()).isEqualTo(QuotaStatus.ABOVE);
    assertThat(after.violationsOf(StaffingRule.ABOVE_NORM))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.unit()).isEqualTo(COMMUNE);
              assertThat(v.basis()).isEqualTo(StaffingNorms.COMMUNE_COMMITTEE.basis());
              assertThat(v.message())
                  .isEqualTo(
                      "CT-X1 has 19 staff on 2030-07-01, 2 above the norm [15..17], whose transition ended on"
                          + " 2030-06-30");
            });
    assertThat(after.summary().unitsAboveNormInTransition()).isEmpty();

    QuotaCheck strict =
        QuotaCheck.of(
            StaffingNorms.standard().withoutTransition(),
            Establishment.empty(),
            Headcount.of(all),
            CountingRule.officialsOnly());
    assertThat(strict.check(UnitTree.of(LocalDate.of(2026, 1, 1), CAN_THO.units())).violationsOf(StaffingRule.ABOVE_NORM))
        .extracting(StaffingViolation::message)
        .containsExactly("CT-X1 has 19 staff on 2026-01-01, 2 above the norm [15..17]");
  }

  @Test
  void theCountingRuleDecidesWhetherContractStaffCount() {
    List<StaffAssignment> all = new ArrayList<>(officials(10, CHAU_THANH_OFFICE, "CT"));
    all.add(
        StaffAssignment.builder()
            .from(officials(1, CHAU_THANH_OFFICE, "HD").get(0))
            .employment(Employment.CONTRACT)
            .build());
    Headcount staff = Headcount.of(all);
    QuotaCheck officialsOnly = check(Establishment.empty(), staff);
    assertThat(officialsOnly.complianceOf(CHAU_THANH_OFFICE, HAU_GIANG).status()).isEqualTo(QuotaStatus.BELOW);
    QuotaCheck withContracts =
        QuotaCheck.of(
            StaffingNorms.standard(),
            Establishment.empty(),
            staff,
            CountingRule.builder().countsContractStaff(true).build());
    assertThat(withContracts.complianceOf(CHAU_THANH_OFFICE, HAU_GIANG).status()).isEqualTo(QuotaStatus.WITHIN);
  }

  @Test
  void complianceOfAUnitWithoutNormOrAllocationSaysSo() {
    QuotaCompliance c = check(Establishment.empty(), hauGiangStaff()).complianceOf(CHAU_THANH, HAU_GIANG);
    assertThat(c.status()).isEqualTo(QuotaStatus.NO_NORM);
    assertThat(c.allocation()).isEmpty();
    assertThat(c.counted()).isEqualTo(4);
    QuotaCompliance allocated =
        check(hauGiangAllocations(), hauGiangStaff()).complianceOf(CHAU_THANH_OFFICE, HAU_GIANG);
    assertThat(allocated.allocation()).contains(Allocation.of(CHAU_THANH_OFFICE, Y2016, 12));
    assertThat(allocated.norm()).contains(StaffingNorms.DISTRICT_OFFICE);
  }

  @Test
  void complianceOfAUnitNotInTheTreeIsRefused() {
    assertThatThrownBy(() -> check(Establishment.empty(), Headcount.empty()).complianceOf(COMMUNE, HAU_GIANG))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessageContaining("no unit CT-X1 exists on 2016-03-01");
  }

  @Test
  void aPostInAUnitNotInTheTreeIsRefused() {
    Headcount staff = Headcount.of(officials(2, UnitId.of("HG-PH-VP"), "PH"));
    assertThatThrownBy(() -> check(Establishment.empty(), staff).check(HAU_GIANG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a post held on the day checked must be in a unit alive that day: [PH-0 at HG-PH-VP [2015-01-01..),"
                + " Official, University, PH-1 at HG-PH-VP [2015-01-01..), Official, University] name units not"
                + " in the tree of 2016-03-01");
  }

  @Test
  void aPostOfAnotherDayInAUnitNotInTheTreeIsIgnored() {
    StaffAssignment past =
        StaffAssignment.builder()
            .from(officials(1, UnitId.of("HG-PH-VP"), "PH").get(0))
            .tenure(Validity.between(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31)))
            .build();
    assertThat(check(Establishment.empty(), Headcount.of(ImmutableList.of(past))).check(HAU_GIANG).compliances())
        .hasSize(2);
  }

  @Test
  void anAllocationForAUnitNotInTheTreeIsRefused() {
    Establishment e = Establishment.of(ImmutableList.of(Allocation.of(UnitId.of("HG-PH-VP"), Y2016, 12)));
    assertThatThrownBy(() -> check(e, Headcount.empty()).check(HAU_GIANG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("an allocation must be for a unit alive on the day checked: [HG-PH-VP 2016");
  }

  @Test
  void toStringNamesItsParts() {
    assertThat(check(Establishment.empty(), Headcount.empty()).toString())
        .startsWith("QuotaCheck[StaffingNorms[7 norms], Establishment[], Headcount[0 assignments], CountingRule[");
  }

  @Test
  void nullPartsAreRefused() {
    assertThatThrownBy(
            () -> QuotaCheck.of(null, Establishment.empty(), Headcount.empty(), CountingRule.officialsOnly()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("norms");
  }
}
