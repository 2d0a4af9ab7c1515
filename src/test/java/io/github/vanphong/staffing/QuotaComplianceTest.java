package io.github.vanphong.staffing;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.staffing.StaffingFixtures.BRIEFING_2016;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.VI_THANH_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuotaComplianceTest {

  private static final Unit OFFICE = StaffingFixtures.hauGiang2016().unit(CHAU_THANH_OFFICE);
  private static final Allocation TWELVE = Allocation.of(CHAU_THANH_OFFICE, Year.of(2016), 12);

  private static QuotaCompliance.Builder office(int counted) {
    return QuotaCompliance.builder()
        .unit(OFFICE)
        .date(BRIEFING_2016)
        .counted(counted)
        .norm(StaffingNorms.DISTRICT_OFFICE);
  }

  @Test
  void anOfficeWithFourStaffIsSevenBelowTheDistrictNorm() {
    QuotaCompliance c = office(4).build();
    assertThat(c.status()).isEqualTo(QuotaStatus.BELOW);
    assertThat(c.shortfall()).isEqualTo(7);
    assertThat(c.excess()).isZero();
    assertThat(c.scope()).isEqualTo(NormScope.UNIT_ITSELF);
    assertThat(c.countedWithUniversityDegree()).isZero();
    assertThat(c.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(StaffingRule.BELOW_NORM);
              assertThat(v.unit()).isEqualTo(CHAU_THANH_OFFICE);
              assertThat(v.basis()).isEqualTo(StaffingNorms.DISTRICT_OFFICE.basis());
              assertThat(v.message()).isEqualTo("HG-CT-VP has 4 staff on 2016-03-01, 7 below the norm [11..13]");
              assertThat(v.values()).containsExactly(CHAU_THANH_OFFICE, 4, StaffingNorms.DISTRICT_OFFICE);
            });
  }

  @Test
  void elevenAndThirteenAreWithinTheNormTenAndFourteenAreNot() {
    assertThat(office(10).build().status()).isEqualTo(QuotaStatus.BELOW);
    assertThat(office(10).build().shortfall()).isEqualTo(1);
    assertThat(office(11).build().status()).isEqualTo(QuotaStatus.WITHIN);
    assertThat(office(11).build().violations()).isEmpty();
    assertThat(office(13).build().status()).isEqualTo(QuotaStatus.WITHIN);
    assertThat(office(13).build().violations()).isEmpty();
    assertThat(office(14).build().status()).isEqualTo(QuotaStatus.ABOVE);
    assertThat(office(14).build().excess()).isEqualTo(1);
    assertThat(office(14).build().shortfall()).isZero();
    assertThat(office(14).build().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo(StaffingRule.ABOVE_NORM);
              assertThat(v.message()).isEqualTo("HG-CT-VP has 14 staff on 2016-03-01, 1 above the norm [11..13]");
            });
  }

  @Test
  void withoutANormThereIsNoStatusNorShortfall() {
    QuotaCompliance c = QuotaCompliance.builder().unit(OFFICE).date(BRIEFING_2016).counted(4).build();
    assertThat(c.norm()).isEmpty();
    assertThat(c.status()).isEqualTo(QuotaStatus.NO_NORM);
    assertThat(c.shortfall()).isZero();
    assertThat(c.excess()).isZero();
    assertThat(c.scope()).isEqualTo(NormScope.UNIT_AND_DESCENDANTS);
    assertThat(c.vacancies()).isEmpty();
    assertThat(c.overAllocation()).isZero();
    assertThat(c.violations()).isEmpty();
    assertThat(c).hasToString("HG-CT-VP on 2016-03-01: 4 staff, No norm");
  }

  @Test
  void vacanciesAreThePositionsNotFilled() {
    assertThat(office(4).allocation(TWELVE).build().vacancies()).isEqualTo(OptionalInt.of(8));
    assertThat(office(12).allocation(TWELVE).build().vacancies()).isEqualTo(OptionalInt.of(0));
    assertThat(office(12).allocation(TWELVE).build().overAllocation()).isZero();
    assertThat(office(12).allocation(TWELVE).build().violations()).isEmpty();
    assertThat(office(13).allocation(TWELVE).build().vacancies()).isEqualTo(OptionalInt.of(0));
  }

  @Test
  void staffBeyondTheAllocationBreakTheAllocationRule() {
    QuotaCompliance c = office(14).allocation(TWELVE).build();
    assertThat(c.overAllocation()).isEqualTo(2);
    assertThat(c.violations())
        .extracting(StaffingViolation::rule)
        .containsExactly(StaffingRule.ABOVE_NORM, StaffingRule.OVER_ALLOCATION);
    StaffingViolation over = c.violations().get(1);
    assertThat(over.basis()).isEqualTo(StaffingRule.ALLOCATION_DECISION);
    assertThat(over.message())
        .isEqualTo("HG-CT-VP has 14 staff on 2016-03-01, 2 beyond the 12 positions allocated for 2016");
    assertThat(over.values()).containsExactly(CHAU_THANH_OFFICE, 14, TWELVE);
  }

  @Test
  void theAllocationsOwnDecisionIsTheBasisWhenRecorded() {
    LegalBasis decision = LegalBasis.of(Instrument.of("Quyết định 12-QĐ/TU", LocalDate.of(2016, 1, 5)), "Điều 1");
    Allocation recorded = Allocation.builder().from(TWELVE).basis(decision).build();
    QuotaCompliance c = office(13).allocation(recorded).build();
    assertThat(c.violations()).extracting(StaffingViolation::basis).containsExactly(decision);
  }

  @Test
  void staffCountedCannotBeNegative() {
    assertThatThrownBy(() -> office(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staff counted cannot be negative: -1 for HG-CT-VP on 2016-03-01");
  }

  @Test
  void staffWithADegreeAreSomeOfTheStaffCounted() {
    assertThat(office(4).countedWithUniversityDegree(4).build().countedWithUniversityDegree()).isEqualTo(4);
    assertThat(office(4).countedWithUniversityDegree(0).build().countedWithUniversityDegree()).isZero();
    assertThatThrownBy(() -> office(4).countedWithUniversityDegree(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "staff with a university degree are some of the staff counted: 5 of 4 for HG-CT-VP on 2016-03-01");
    assertThatThrownBy(() -> office(4).countedWithUniversityDegree(-1).build())
        .hasMessage(
            "staff with a university degree are some of the staff counted: -1 of 4 for HG-CT-VP on 2016-03-01");
  }

  @Test
  void theNormMustBeForTheUnitsKindAndLevelInForceOnTheDay() {
    StaffingNorm provincial =
        StaffingNorm.builder().from(StaffingNorms.DISTRICT_OFFICE).level(Level.PROVINCIAL).build();
    assertThatThrownBy(() -> office(4).norm(provincial).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "a unit's norm is one for its kind and level, in force on the day: HG-CT-VP Văn phòng Huyện ủy Châu"
                + " Thành (Office, District) on 2016-03-01 is not under Office, Provincial: [11..13]");
    StaffingNorm section =
        StaffingNorm.builder().from(StaffingNorms.DISTRICT_OFFICE).unitKind(UnitKind.SECTION).build();
    assertThatThrownBy(() -> office(4).norm(section).build()).isInstanceOf(IllegalArgumentException.class);
    StaffingNorm later =
        StaffingNorm.builder()
            .from(StaffingNorms.DISTRICT_OFFICE)
            .inForce(Validity.from(LocalDate.of(2016, 3, 2)))
            .build();
    assertThatThrownBy(() -> office(4).norm(later).build()).isInstanceOf(IllegalArgumentException.class);
    StaffingNorm ended =
        StaffingNorm.builder()
            .from(StaffingNorms.DISTRICT_OFFICE)
            .inForce(Validity.between(LocalDate.of(2010, 1, 1), LocalDate.of(2016, 2, 29)))
            .build();
    assertThatThrownBy(() -> office(4).norm(ended).build()).isInstanceOf(IllegalArgumentException.class);
    StaffingNorm lastDay =
        StaffingNorm.builder()
            .from(StaffingNorms.DISTRICT_OFFICE)
            .inForce(Validity.between(BRIEFING_2016, BRIEFING_2016))
            .staff(Range.closed(1, 2))
            .build();
    assertThat(office(4).norm(lastDay).build().status()).isEqualTo(QuotaStatus.ABOVE);
  }

  @Test
  void theAllocationMustBeTheUnitsOwnForTheYearOfTheDay() {
    assertThatThrownBy(() -> office(4).allocation(Allocation.of(VI_THANH_OFFICE, Year.of(2016), 12)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a unit's allocation is its own, for the year of the day: HG-CT-VP on 2016-03-01 cannot use"
                + " HG-VT-VP 2016: 12 positions");
    assertThatThrownBy(() -> office(4).allocation(Allocation.of(CHAU_THANH_OFFICE, Year.of(2015), 12)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                QuotaCompliance.builder()
                    .unit(OFFICE)
                    .date(BRIEFING_2016)
                    .counted(1)
                    .allocation(Allocation.of(PROVINCIAL_OFFICE, Year.of(2016), 12))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringShowsTheCountStatusAndVacancies() {
    assertThat(office(4).allocation(TWELVE).build())
        .hasToString("HG-CT-VP on 2016-03-01: 4 staff, Below the norm [11..13] by 7; 12 positions, 8 vacant");
    assertThat(office(12).build()).hasToString("HG-CT-VP on 2016-03-01: 12 staff, Within the norm [11..13]");
    assertThat(office(15).allocation(TWELVE).build())
        .hasToString("HG-CT-VP on 2016-03-01: 15 staff, Above the norm [11..13] by 2; 12 positions, 0 vacant");
  }
}
