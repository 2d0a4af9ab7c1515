package io.github.vanphong.finance;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Budget figures rolled up a tree of units: each unit's figures are its own plus those of every unit under it, so
 * that a level's figures equal its own and its children's. For example the provincial committee's figures on
 * 2026-06-30 hold those of its office and of every organisation below it. Figures of units outside the tree are kept
 * apart as {@linkplain #unplaced() unplaced}, never dropped. An organisation chart is rolled up as of a day by
 * rolling up its tree of that day ({@code chart.asOf(day)}).
 *
 * <p>A roll-up is a view of one summary over a tree, not a summary.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetRollUp {

  private final LocalDate date;
  private final ImmutableSortedMap<UnitId, BudgetSummary> rolledUp;
  private final ImmutableSortedMap<UnitId, BudgetSummary> own;
  private final BudgetSummary unplaced;
  private final BudgetSummary total;

  private BudgetRollUp(
      LocalDate date,
      ImmutableSortedMap<UnitId, BudgetSummary> rolledUp,
      ImmutableSortedMap<UnitId, BudgetSummary> own,
      BudgetSummary unplaced,
      BudgetSummary total) {
    this.date = date;
    this.rolledUp = rolledUp;
    this.own = own;
    this.unplaced = unplaced;
    this.total = total;
  }

  /**
   * Rolls a summary up the units of a tree.
   *
   * @param summary the figures, not null
   * @param tree the units, not null
   * @return the roll-up, dated as the tree, not null
   */
  public static BudgetRollUp of(BudgetSummary summary, UnitTree tree) {
    requireNonNull(summary, "summary");
    requireNonNull(tree, "tree");
    ImmutableSortedMap.Builder<UnitId, BudgetSummary> rolledUp = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<UnitId, BudgetSummary> own = ImmutableSortedMap.naturalOrder();
    Set<UnitId> inTree = new HashSet<>();
    for (Unit unit : tree.units()) {
      Set<UnitId> under = new HashSet<>();
      under.add(unit.id());
      tree.descendants(unit.id()).forEach(d -> under.add(d.id()));
      rolledUp.put(unit.id(), summary.forUnits(under));
      own.put(unit.id(), summary.forUnit(unit.id()));
      inTree.add(unit.id());
    }
    Set<UnitId> outside = new HashSet<>(summary.units());
    outside.removeAll(inTree);
    return new BudgetRollUp(
        tree.date(),
        rolledUp.buildOrThrow(),
        own.buildOrThrow(),
        summary.forUnits(ImmutableSet.copyOf(outside)),
        summary.forUnits(inTree));
  }

  /**
   * The day of the tree.
   *
   * @return the day, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The figures of a unit and every unit under it.
   *
   * @param unit the unit, not null
   * @return the figures, empty if the unit is not in the tree or has none
   */
  public BudgetSummary summaryOf(UnitId unit) {
    requireNonNull(unit, "unit");
    return rolledUp.getOrDefault(unit, BudgetSummary.empty());
  }

  /**
   * The figures of a unit alone.
   *
   * @param unit the unit, not null
   * @return the figures, empty if the unit is not in the tree or has none
   */
  public BudgetSummary ownSummaryOf(UnitId unit) {
    requireNonNull(unit, "unit");
    return own.getOrDefault(unit, BudgetSummary.empty());
  }

  /**
   * The figures of every unit of the tree, each with those of the units under it.
   *
   * @return the figures by unit, not null
   */
  public ImmutableSortedMap<UnitId, BudgetSummary> rolledUp() {
    return rolledUp;
  }

  /**
   * The figures of units that are not in the tree.
   *
   * @return the figures, empty if every unit is placed, not null
   */
  public BudgetSummary unplaced() {
    return unplaced;
  }

  /**
   * The figures of every unit of the tree.
   *
   * @return the figures, not null
   */
  public BudgetSummary total() {
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BudgetRollUp other
        && date.equals(other.date)
        && rolledUp.equals(other.rolledUp)
        && unplaced.equals(other.unplaced);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, rolledUp, unplaced);
  }

  /**
   * Returns a readable form: "BudgetRollUp[2026-06-30, 5 units, ...]".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return "BudgetRollUp[" + date + ", " + rolledUp.size() + " units, " + total + ", unplaced " + unplaced + "]";
  }
}
