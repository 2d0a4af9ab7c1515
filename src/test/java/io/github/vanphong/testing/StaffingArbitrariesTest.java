package io.github.vanphong.testing;

import io.github.vanphong.organization.PersonId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.staffing.Allocation;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorm;
import io.github.vanphong.staffing.QuotaStatus;
import io.github.vanphong.staffing.StaffingRule;
import io.github.vanphong.staffing.StaffingTransition;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class StaffingArbitrariesTest {

  @Property(tries = 50)
  void normsAreSmallClosedRanges(@ForAll("norms") StaffingNorm norm) {
    assertThat(norm.staff().lowerEndpoint()).isBetween(0, 30);
    assertThat(norm.staff().upperEndpoint() - norm.staff().lowerEndpoint()).isBetween(0, 10);
  }

  @Property(tries = 50)
  void transitionsLastOneMonthToTenYearsAndCiteTheirBasis(@ForAll("transitions") StaffingTransition transition) {
    LocalDate start = LocalDate.of(2025, 7, 1);
    assertThat(transition.daysFrom(start).end().orElseThrow())
        .isBetween(start.plusDays(28), start.plusYears(10).minusDays(1));
    assertThat(transition.bases()).hasSizeBetween(1, 2);
  }

  @Property(tries = 100)
  void someCompliancesAreAboveTheirNormWithinItsTransition(@ForAll("compliances") QuotaCompliance c) {
    if (c.status() == QuotaStatus.ABOVE_IN_TRANSITION) {
      assertThat(c.norm().orElseThrow().isInTransitionOn(c.date())).isTrue();
      assertThat(c.violations()).noneMatch(v -> v.rule() == StaffingRule.ABOVE_NORM);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<StaffingTransition> transitions() {
    return StaffingArbitraries.staffingTransitions();
  }

  @Property(tries = 50)
  void headcountsRebuildWithoutRefusal(@ForAll("headcounts") Headcount headcount) {
    assertThat(Headcount.of(headcount.assignments())).isEqualTo(headcount);
  }

  @Property(tries = 50)
  void compliancesHaveANormOfTheirUnitsKindAndLevel(@ForAll("compliances") QuotaCompliance c) {
    c.norm().ifPresent(n -> assertThat(n.unitKind()).isEqualTo(c.unit().kind()));
    assertThat(c.countedWithUniversityDegree()).isBetween(0, c.counted());
  }

  @Property(tries = 50)
  void theSmallArbitrariesStayInTheirPools(
      @ForAll("allocations") Allocation allocation,
      @ForAll("assignments") StaffAssignment assignment,
      @ForAll("units") Unit unit,
      @ForAll("persons") PersonId person,
      @ForAll("validities") Validity validity,
      @ForAll("days") LocalDate day) {
    assertThat(allocation.year().getValue()).isBetween(2010, 2030);
    assertThat(assignment.person().value()).startsWith("P-");
    assertThat(unit.isAliveOn(LocalDate.of(2016, 3, 1))).isTrue();
    assertThat(person.value()).matches("P-\\d+");
    assertThat(validity.start()).isBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31));
    assertThat(day).isBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<StaffingNorm> norms() {
    return StaffingArbitraries.staffingNorms();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Headcount> headcounts() {
    return StaffingArbitraries.headcounts();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<QuotaCompliance> compliances() {
    return StaffingArbitraries.quotaCompliances();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Allocation> allocations() {
    return StaffingArbitraries.allocations();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<StaffAssignment> assignments() {
    return StaffingArbitraries.staffAssignments();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Unit> units() {
    return StaffingArbitraries.units();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<PersonId> persons() {
    return StaffingArbitraries.personIds();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Validity> validities() {
    return StaffingArbitraries.validities();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<LocalDate> days() {
    return StaffingArbitraries.days();
  }
}
