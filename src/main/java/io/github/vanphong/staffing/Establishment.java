package io.github.vanphong.staffing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableTable;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The establishment (biên chế được giao): the positions allocated to units, one {@link Allocation} per unit and
 * year. For example the office of the Hậu Giang Provincial Party Committee with 50 positions in 2016 and each
 * district office with its own.
 *
 * <p>A second allocation for the same unit and year is refused. An allocation covers the unit and the units under
 * it, so the allocations of a unit's subunits must fit inside its own ({@link
 * StaffingRule#SUBUNIT_ALLOCATIONS_EXCEED_PARENT}), which {@link #violationsIn(UnitTree) violationsIn} checks over a tree.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Establishment {

  private static final Establishment EMPTY = new Establishment(ImmutableTable.of());

  @SuppressWarnings("Immutable") // ImmutableTable of immutable values
  private final ImmutableTable<UnitId, Year, Allocation> allocations;

  private Establishment(ImmutableTable<UnitId, Year, Allocation> allocations) {
    this.allocations = allocations;
  }

  /**
   * Returns the establishment with no allocation.
   *
   * @return the empty establishment, not null
   */
  public static Establishment empty() {
    return EMPTY;
  }

  /**
   * Returns the establishment of the given allocations.
   *
   * @param allocations the allocations, at most one per unit and year, none null
   * @return the establishment, not null
   * @throws IllegalArgumentException if two allocations are for the same unit and year; the message names both
   */
  public static Establishment of(Iterable<Allocation> allocations) {
    requireNonNull(allocations, "allocations");
    Establishment result = EMPTY;
    for (Allocation allocation : allocations) {
      result = result.with(allocation);
    }
    return result;
  }

  /**
   * Returns this establishment with one more allocation.
   *
   * @param allocation the allocation, for a unit and year that have none yet, not null
   * @return a new establishment, not null; this one is left as it was
   * @throws IllegalArgumentException if the unit already has an allocation for the year; the message names both
   */
  public Establishment with(Allocation allocation) {
    requireNonNull(allocation, "allocation");
    Allocation existing = allocations.get(allocation.unit(), allocation.year());
    if (existing != null) {
      throw new IllegalArgumentException(
          "an establishment holds one allocation per unit and year: "
              + allocation
              + " is refused, "
              + existing
              + " is already there");
    }
    return new Establishment(
        ImmutableTable.<UnitId, Year, Allocation>builder()
            .putAll(allocations)
            .put(allocation.unit(), allocation.year(), allocation)
            .build());
  }

  /**
   * Returns every allocation, in the order added.
   *
   * @return the allocations, not null
   */
  public ImmutableList<Allocation> allocations() {
    return allocations.values().asList();
  }

  /**
   * Returns the allocations of a year, in the order added.
   *
   * @param year the year, not null
   * @return the allocations of the year, possibly empty
   */
  public ImmutableList<Allocation> allocationsIn(Year year) {
    return ImmutableList.copyOf(allocations.column(year).values());
  }

  /**
   * Returns the allocation of a unit for a year, if it has one.
   *
   * @param unit the unit, not null
   * @param year the year, not null
   * @return the allocation, or empty
   */
  public Optional<Allocation> allocation(UnitId unit, Year year) {
    return Optional.ofNullable(allocations.get(unit, year));
  }

  /**
   * Returns the positions allocated to a unit for a year, which must have been allocated.
   *
   * @param unit the unit, not null
   * @param year the year, not null
   * @return the positions, zero or more
   * @throws IllegalArgumentException if the unit has no allocation for the year
   */
  public int positions(UnitId unit, Year year) {
    Allocation allocation = allocations.get(unit, year);
    if (allocation == null) {
      throw new IllegalArgumentException(
          "positions are known only for a unit and year with an allocation: "
              + unit
              + " has none for "
              + year
              + allocations.row(unit).keySet().stream()
                  .map(Year::toString)
                  .reduce((a, b) -> a + ", " + b)
                  .map(years -> " (it has " + years + ")")
                  .orElse(" (it has none in any year)"));
    }
    return allocation.positions();
  }

  /**
   * Returns this establishment with only the allocations of units in the tree: an explicit choice, for example to
   * check a tree of 2025-07-01 against the allocations of 2025, some of which were for district-level units that
   * ended on 2025-06-30.
   *
   * @param tree the tree whose units to keep, not null
   * @return a new establishment, not null
   */
  public Establishment retainUnitsOf(UnitTree tree) {
    return of(
        allocations.values().stream()
            .filter(a -> tree.contains(a.unit()))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Checks that the allocations of the tree's year fit inside each other: for each unit with an allocation, the
   * allocations of its nearest allocated subunits add up to no more than its own ({@link
   * StaffingRule#SUBUNIT_ALLOCATIONS_EXCEED_PARENT}). A subunit without an allocation is passed through to its own
   * subunits.
   *
   * @param tree the units alive on the day, not null
   * @return every violation, in the order of the tree; empty if all fit
   * @throws IllegalArgumentException if an allocation of the tree's year is for a unit not in the tree
   */
  public ImmutableList<StaffingViolation> violationsIn(UnitTree tree) {
    Year year = Year.from(tree.date());
    requireUnitsIn(tree);
    ImmutableList.Builder<StaffingViolation> violations = ImmutableList.builder();
    for (Unit unit : tree.units()) {
      Allocation parent = allocations.get(unit.id(), year);
      if (parent == null) {
        continue;
      }
      Map<UnitId, Allocation> subunits = new LinkedHashMap<>();
      collectNearestAllocated(tree, unit.id(), year, subunits);
      int sum = subunits.values().stream().mapToInt(Allocation::positions).sum();
      if (sum > parent.positions()) {
        violations.add(
            StaffingViolation.of(
                StaffingRule.SUBUNIT_ALLOCATIONS_EXCEED_PARENT,
                unit.id(),
                parent.basis().orElse(StaffingRule.ALLOCATION_DECISION),
                "the allocations of the subunits of "
                    + unit.id()
                    + " in "
                    + year
                    + " add up to "
                    + sum
                    + " "
                    + subunits.values()
                    + ", more than its own "
                    + parent.positions(),
                ImmutableList.builder().add(parent).addAll(subunits.values()).build()));
      }
    }
    return violations.build();
  }

  private void collectNearestAllocated(UnitTree tree, UnitId id, Year year, Map<UnitId, Allocation> into) {
    for (Unit child : tree.children(id)) {
      @Nullable Allocation allocation = allocations.get(child.id(), year);
      if (allocation == null) {
        collectNearestAllocated(tree, child.id(), year, into);
      } else {
        into.put(child.id(), allocation);
      }
    }
  }

  void requireUnitsIn(UnitTree tree) {
    Year year = Year.from(tree.date());
    List<Allocation> outside =
        allocations.column(year).values().stream()
            .filter(a -> !tree.contains(a.unit()))
            .collect(ImmutableList.toImmutableList());
    if (!outside.isEmpty()) {
      throw new IllegalArgumentException(
          "an allocation must be for a unit alive on the day checked: "
              + outside
              + " name units not in the tree of "
              + tree.date()
              + "; use retainUnitsOf(tree) to leave them out");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Establishment other && allocations.equals(other.allocations);
  }

  @Override
  public int hashCode() {
    return allocations.hashCode();
  }

  /**
   * Returns the allocations: "Establishment[HG-VPTU 2016: 50 positions, HG-CT-VP 2016: 12 positions]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "Establishment" + allocations.values();
  }
}
