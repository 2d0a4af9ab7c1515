package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.testing.OrganizationArbitraries;
import io.github.vanphong.testing.StaffingArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The check of a whole tree counts each unit's staff as {@link Headcount#count} and {@link
 * Headcount#countWithUniversityDegree} count them one query at a time (which read every assignment): the oracle of
 * the counts by unit that {@link QuotaCheck#check} reads once.
 */
class QuotaCheckProperties {

  /** A tree of a generated chart on a day, and posts in its units held on that day or not. */
  static final class Staffed {
    final UnitTree tree;
    final Headcount headcount;

    Staffed(UnitTree tree, Headcount headcount) {
      this.tree = tree;
      this.headcount = headcount;
    }

    @Override
    public String toString() {
      return tree + " " + headcount.assignments();
    }
  }

  @Provide
  Arbitrary<Staffed> staffedTrees() {
    return OrganizationArbitraries.orgCharts()
        .flatMap(chart -> OrganizationArbitraries.daysOf(chart).map(chart::asOf))
        .filter(tree -> tree.size() > 0)
        .flatMap(
            tree ->
                Combinators.combine(
                        Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, 9),
                        StaffingArbitraries.staffAssignments(),
                        Arbitraries.integers().between(-400, 400))
                    .as((unit, person, assignment, shift) -> {
                      List<Unit> units = tree.units();
                      LocalDate from = tree.date().plusDays(shift);
                      return StaffAssignment.builder()
                          .from(assignment)
                          .unit(units.get(unit % units.size()).id())
                          .person(PersonId.of("C-" + person))
                          .concurrent(true)
                          .tenure(Validity.from(from))
                          .build();
                    })
                    .list()
                    .ofMaxSize(40)
                    .map(assignments -> new Staffed(tree, Headcount.of(assignments))));
  }

  @Property(tries = 300)
  void theCheckOfATreeCountsEachUnitAsOneQueryAtATimeWould(
      @ForAll("staffedTrees") Staffed staffed, @ForAll boolean concurrentCount) {
    CountingRule rule =
        concurrentCount
            ? CountingRule.builder().from(CountingRule.officialsOnly()).countsConcurrentPosts(true).build()
            : CountingRule.officialsOnly();
    UnitTree tree = staffed.tree;
    LocalDate day = tree.date();
    QuotaCheck check = QuotaCheck.of(StaffingNorms.standard(), Establishment.empty(), staffed.headcount, rule);
    QuotaReport report = check.check(tree);
    for (QuotaCompliance compliance : report.compliances()) {
      UnitId id = compliance.unit().id();
      List<UnitId> scope = new ArrayList<>(List.of(id));
      if (compliance.norm().map(StaffingNorm::scope).orElse(NormScope.UNIT_AND_DESCENDANTS)
          == NormScope.UNIT_AND_DESCENDANTS) {
        tree.descendants(id).forEach(u -> scope.add(u.id()));
      }
      assertThat(compliance.counted()).isEqualTo(staffed.headcount.count(scope, day, rule));
      assertThat(compliance.countedWithUniversityDegree())
          .isEqualTo(staffed.headcount.countWithUniversityDegree(scope, day, rule));
      assertThat(check.complianceOf(id, tree)).isEqualTo(compliance);
    }
  }

  @Property(tries = 300)
  void aHeadcountOfManyPostsIsTheHeadcountBuiltOnePostAtATime(
      @ForAll("posts") List<StaffAssignment> assignments) {
    Headcount oneByOne = Headcount.empty();
    Throwable refused = null;
    for (StaffAssignment a : assignments) {
      try {
        oneByOne = oneByOne.with(a);
      } catch (IllegalArgumentException e) {
        refused = e;
        break;
      }
    }
    Throwable thrown = catchThrowable(() -> Headcount.of(assignments));
    if (refused == null) {
      assertThat(thrown).isNull();
      assertThat(Headcount.of(assignments)).isEqualTo(oneByOne);
    } else {
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessage(refused.getMessage());
    }
  }

  /** Posts of a few persons, so that some overlap. */
  @Provide
  Arbitrary<List<StaffAssignment>> posts() {
    return Combinators.combine(StaffingArbitraries.staffAssignments(), Arbitraries.integers().between(0, 5))
        .as((a, person) -> StaffAssignment.builder().from(a).person(PersonId.of("P-" + person)).build())
        .list()
        .ofMaxSize(12);
  }
}
