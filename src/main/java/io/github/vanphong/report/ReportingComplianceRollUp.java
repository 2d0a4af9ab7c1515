package io.github.vanphong.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ReportingCompliance} carried up a tree of units: each unit's figures are its own and those of every unit
 * under it. For example a province's figures hold its own reports and those of its district committees and their
 * communes. The lines of units the tree does not hold are kept apart ({@link #unplaced()}), never dropped.
 *
 * <p>At every unit, the rolled-up figures are its own plus the rolled-up figures of its children; over the tree they
 * are the summary's lines of its units. An organisation chart is rolled up as of a day by rolling up its tree of that
 * day ({@code chart.asOf(day)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingComplianceRollUp {

  private final UnitTree tree;
  private final ReportingCompliance summary;
  private final ImmutableMap<UnitId, ReportingCompliance> rolledUp;
  private final ReportingCompliance unplaced;

  private ReportingComplianceRollUp(
      UnitTree tree,
      ReportingCompliance summary,
      ImmutableMap<UnitId, ReportingCompliance> rolledUp,
      ReportingCompliance unplaced) {
    this.tree = tree;
    this.summary = summary;
    this.rolledUp = rolledUp;
    this.unplaced = unplaced;
  }

  /**
   * Rolls a summary up a tree.
   *
   * @param summary the summary, by unit that owes the reports, not null
   * @param tree the units, not null
   * @return the roll-up, not null
   */
  public static ReportingComplianceRollUp of(ReportingCompliance summary, UnitTree tree) {
    requireNonNull(summary, "summary");
    requireNonNull(tree, "tree");
    Map<UnitId, ReportingCompliance> rolledUp = new HashMap<>();
    for (Unit root : tree.roots()) {
      place(root.id(), summary, tree, rolledUp);
    }
    ReportingCompliance unplaced = ReportingCompliance.empty();
    for (UnitId unit : summary.units()) {
      if (!tree.contains(unit)) {
        unplaced = unplaced.plus(summary.forUnit(unit));
      }
    }
    return new ReportingComplianceRollUp(tree, summary, ImmutableMap.copyOf(rolledUp), unplaced);
  }

  private static ReportingCompliance place(
      UnitId id, ReportingCompliance summary, UnitTree tree, Map<UnitId, ReportingCompliance> rolledUp) {
    ReportingCompliance sum = summary.forUnit(id);
    for (Unit child : tree.children(id)) {
      sum = sum.plus(place(child.id(), summary, tree, rolledUp));
    }
    rolledUp.put(id, sum);
    return sum;
  }

  /**
   * Returns the tree the summary is rolled up.
   *
   * @return the tree, not null
   */
  public UnitTree tree() {
    return tree;
  }

  /**
   * Returns the day of the tree.
   *
   * @return the day, not null
   */
  public LocalDate date() {
    return tree.date();
  }

  /**
   * Returns the summary rolled up.
   *
   * @return the summary, not null
   */
  public ReportingCompliance summary() {
    return summary;
  }

  /**
   * Returns a unit's own line.
   *
   * @param unit the unit, not null
   * @return its line, empty if it has none or the tree does not hold it
   */
  public ReportingCompliance own(UnitId unit) {
    requireNonNull(unit, "unit");
    return tree.contains(unit) ? summary.forUnit(unit) : ReportingCompliance.empty();
  }

  /**
   * Returns a unit's figures with those of every unit under it.
   *
   * @param unit the unit, not null
   * @return the lines of the unit and of the units under it, empty if the tree does not hold it
   */
  public ReportingCompliance rolledUp(UnitId unit) {
    requireNonNull(unit, "unit");
    return rolledUp.getOrDefault(unit, ReportingCompliance.empty());
  }

  /**
   * Returns the figures of every unit of the tree: the sum of its top units' rolled-up figures.
   *
   * @return the summary, not null
   */
  public ReportingCompliance total() {
    ReportingCompliance total = ReportingCompliance.empty();
    for (Unit root : tree.roots()) {
      total = total.plus(rolledUp(root.id()));
    }
    return total;
  }

  /**
   * Returns the lines of units the tree does not hold.
   *
   * @return the summary, empty if every line was placed, not null
   */
  public ReportingCompliance unplaced() {
    return unplaced;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingComplianceRollUp other
        && tree.equals(other.tree)
        && summary.equals(other.summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tree, summary);
  }

  /**
   * Returns the day, the total and what is unplaced.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ReportingComplianceRollUp[" + date() + ", " + total() + ", unplaced " + unplaced + "]";
  }
}
