package io.github.vanphong.staffing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staffing check of the units alive on a day: each unit's norm, allocation and staff counted, and every rule
 * broken. For example {@code QuotaCheck.of(StaffingNorms.standard(), establishment, headcount,
 * CountingRule.officialsOnly()).check(chart.asOf(LocalDate.of(2016, 3, 1)))}.
 *
 * <p>The rules checked are {@link StaffingRule#BELOW_NORM} and {@link StaffingRule#ABOVE_NORM} (the norm's basis),
 * {@link StaffingRule#OVER_ALLOCATION} and {@link StaffingRule#SUBUNIT_ALLOCATIONS_EXCEED_PARENT} (the
 * allocation's basis). The check reports every violation, not only the first.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class QuotaCheck {

  private final StaffingNorms norms;
  private final Establishment establishment;
  private final Headcount headcount;

  @SuppressWarnings("Immutable") // an Immutables value
  private final CountingRule countingRule;

  private QuotaCheck(
      StaffingNorms norms, Establishment establishment, Headcount headcount, CountingRule countingRule) {
    this.norms = requireNonNull(norms, "norms");
    this.establishment = requireNonNull(establishment, "establishment");
    this.headcount = requireNonNull(headcount, "headcount");
    this.countingRule = requireNonNull(countingRule, "countingRule");
  }

  /**
   * Returns the check with the given rule book, allocations, staff and counting rule.
   *
   * @param norms the norms, not null
   * @param establishment the allocations, not null
   * @param headcount the staff in post, not null
   * @param countingRule which posts count, not null
   * @return the check, not null
   */
  public static QuotaCheck of(
      StaffingNorms norms, Establishment establishment, Headcount headcount, CountingRule countingRule) {
    return new QuotaCheck(norms, establishment, headcount, countingRule);
  }

  /**
   * Checks every unit of the tree: the compliance of each unit that has a norm or an allocation for the tree's
   * year, and every violation.
   *
   * @param tree the units alive on the day, not null
   * @return the report, not null
   * @throws IllegalArgumentException if a post held on the day, or an allocation of the day's year, names a unit
   *     not in the tree; the message names each one
   */
  public QuotaReport check(UnitTree tree) {
    requireAssignmentsIn(tree);
    Map<UnitId, Map<PersonId, Boolean>> counted = headcount.countedByUnit(tree.date(), countingRule);
    ImmutableList.Builder<QuotaCompliance> compliances = ImmutableList.builder();
    ImmutableList.Builder<StaffingViolation> violations = ImmutableList.builder();
    for (Unit unit : tree.units()) {
      Optional<QuotaCompliance> compliance = compliance(unit, tree, counted);
      compliance.ifPresent(
          c -> {
            compliances.add(c);
            violations.addAll(c.violations());
          });
    }
    violations.addAll(establishment.violationsIn(tree));
    return QuotaReport.of(tree.date(), compliances.build(), violations.build());
  }

  /**
   * Returns the compliance of one unit of the tree, whether or not it has a norm or an allocation.
   *
   * @param unit the identifier of a unit of the tree, not null
   * @param tree the units alive on the day, not null
   * @return the compliance, not null; its status is {@link QuotaStatus#NO_NORM} if no norm applies
   * @throws io.github.vanphong.organization.InvalidOrganizationException if the unit is not in the tree
   */
  public QuotaCompliance complianceOf(UnitId unit, UnitTree tree) {
    Unit u = tree.unit(unit);
    return build(
        u,
        tree,
        norms.normFor(u, tree),
        establishment.allocation(unit, Year.from(tree.date())),
        headcount.countedByUnit(tree.date(), countingRule));
  }

  private Optional<QuotaCompliance> compliance(
      Unit unit, UnitTree tree, Map<UnitId, Map<PersonId, Boolean>> counted) {
    Optional<StaffingNorm> norm = norms.normFor(unit, tree);
    Optional<Allocation> allocation = establishment.allocation(unit.id(), Year.from(tree.date()));
    if (norm.isEmpty() && allocation.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(build(unit, tree, norm, allocation, counted));
  }

  /**
   * The compliance of a unit: the persons counted in it, and in the units under it if the norm's scope takes them,
   * each person once, read from the persons counted by unit rather than from every assignment.
   */
  private QuotaCompliance build(
      Unit unit,
      UnitTree tree,
      Optional<StaffingNorm> norm,
      Optional<Allocation> allocation,
      Map<UnitId, Map<PersonId, Boolean>> counted) {
    NormScope scope = norm.map(StaffingNorm::scope).orElse(NormScope.UNIT_AND_DESCENDANTS);
    Map<PersonId, Boolean> persons = new HashMap<>(counted.getOrDefault(unit.id(), Map.of()));
    if (scope == NormScope.UNIT_AND_DESCENDANTS) {
      for (Unit below : tree.descendants(unit.id())) {
        counted.getOrDefault(below.id(), Map.of()).forEach((p, degree) -> persons.merge(p, degree, Boolean::logicalOr));
      }
    }
    int withDegree = 0;
    for (boolean degree : persons.values()) {
      withDegree += degree ? 1 : 0;
    }
    return QuotaCompliance.builder()
        .unit(unit)
        .date(tree.date())
        .norm(norm)
        .allocation(allocation)
        .counted(persons.size())
        .countedWithUniversityDegree(withDegree)
        .build();
  }

  private void requireAssignmentsIn(UnitTree tree) {
    List<StaffAssignment> outside =
        headcount.onDate(tree.date()).assignments().stream()
            .filter(a -> !tree.contains(a.unit()))
            .collect(ImmutableList.toImmutableList());
    if (!outside.isEmpty()) {
      throw new IllegalArgumentException(
          "a post held on the day checked must be in a unit alive that day: "
              + outside
              + " name units not in the tree of "
              + tree.date());
    }
  }

  /**
   * Returns a readable form: "QuotaCheck[StaffingNorms[7 norms], Establishment[...], Headcount[12 assignments],
   * CountingRule[...]]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "QuotaCheck[" + norms + ", " + establishment + ", " + headcount + ", " + countingRule + "]";
  }
}
