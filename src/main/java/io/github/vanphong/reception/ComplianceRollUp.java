package io.github.vanphong.reception;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The compliance of posts rolled up the hierarchy as of a day: each unit's figures include those of every unit under
 * it. For example Tỉnh ủy Hậu Giang's figures for the first quarter of 2016 hold those of its own secretary and of
 * every unit under it in the chart.
 *
 * <p>Built from an {@link OrgChart}, the figures of a unit that no longer exists on the day count with the unit that
 * carries its history ({@link OrgChart#historyCarrier(UnitId, LocalDate) OrgChart.historyCarrier}): after the mergers of 2025-07-01 Hậu
 * Giang's figures count with Cần Thơ's. Figures whose unit is not in the tree and has no carrier are kept apart as
 * {@linkplain #unplaced() unplaced}, never dropped. A roll-up is a view of one summary over a tree, not a summary.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplianceRollUp {

  private final LocalDate date;
  private final ImmutableSortedMap<UnitId, ComplianceSummary> own;
  private final ImmutableSortedMap<UnitId, ComplianceSummary> rolledUp;
  private final ImmutableSortedMap<UnitId, ComplianceSummary> unplaced;

  private ComplianceRollUp(
      LocalDate date,
      ImmutableSortedMap<UnitId, ComplianceSummary> own,
      ImmutableSortedMap<UnitId, ComplianceSummary> rolledUp,
      ImmutableSortedMap<UnitId, ComplianceSummary> unplaced) {
    this.date = date;
    this.own = own;
    this.rolledUp = rolledUp;
    this.unplaced = unplaced;
  }

  /**
   * Rolls a summary up the units of a tree: a unit's figures are its own plus those of every unit under it.
   *
   * @param summary the summary, not null
   * @param tree the units on the day, not null
   * @return the roll-up, dated as the tree, not null
   */
  public static ComplianceRollUp of(ComplianceSummary summary, UnitTree tree) {
    requireNonNull(summary, "summary");
    requireNonNull(tree, "tree");
    return place(summary, tree, Optional.empty());
  }

  /**
   * Rolls a summary up the units of a chart as of a day, a unit not alive that day counting with the unit that
   * carries its history.
   *
   * @param summary the summary, not null
   * @param chart the org chart, not null
   * @param date the day of the organisation, not null
   * @return the roll-up, not null
   */
  public static ComplianceRollUp of(ComplianceSummary summary, OrgChart chart, LocalDate date) {
    requireNonNull(chart, "chart");
    return place(summary, chart.asOf(date), Optional.of(chart));
  }

  /**
   * Places each unit's figures once at its carrier, then gives each unit the figures placed at it and under it. The
   * carriers of all the units are asked of the chart at once ({@link OrgChart#historyCarriers}), every unit is looked
   * up in the tree once per call (its parent), and each unit's rolled-up
   * summary is made once from the disjoint figures of the units under it, given in order: about linear in the units
   * plus the units' figures times the depth of the tree, where adding each unit's figures to every unit above it,
   * one summary at a time, copied the growing figures of the top units at every step.
   */
  private static ComplianceRollUp place(ComplianceSummary summary, UnitTree tree, Optional<OrgChart> chart) {
    requireNonNull(summary, "summary");
    LocalDate date = tree.date();
    Map<UnitId, Optional<Unit>> found = new HashMap<>();
    Map<UnitId, ComplianceSummary> own = new HashMap<>();
    Map<UnitId, ComplianceSummary> unplaced = new TreeMap<>();
    // the carriers of all the units asked of the chart at once
    Optional<ImmutableMap<UnitId, UnitId>> carriers = chart.map(c -> c.historyCarriers(summary.units(), date));
    for (UnitId unit : summary.units()) {
      ComplianceSummary figures = summary.forUnit(unit);
      Optional<UnitId> carrier =
          carriers.isPresent() ? Optional.ofNullable(carriers.get().get(unit)) : Optional.of(unit);
      if (carrier.isEmpty() || found.computeIfAbsent(carrier.get(), tree::find).isEmpty()) {
        unplaced.put(unit, figures);
        continue;
      }
      UnitId placed = carrier.get();
      own.merge(placed, figures.countedUnder(placed), ComplianceSummary::plus);
    }
    ImmutableSortedMap<UnitId, ComplianceSummary> ownSorted = ImmutableSortedMap.copyOf(own);
    // each unit's parts in the order of the placed units, so that its summary is made without sorting
    Map<UnitId, List<ComplianceSummary>> parts = new HashMap<>();
    ownSorted.forEach(
        (placed, figures) -> {
          for (Optional<UnitId> at = Optional.of(placed); at.isPresent(); ) {
            UnitId id = at.get();
            parts.computeIfAbsent(id, k -> new ArrayList<>()).add(figures);
            at = found.computeIfAbsent(id, tree::find).orElseGet(() -> tree.unit(id)).parent();
          }
        });
    Map<UnitId, ComplianceSummary> rolledUp = new HashMap<>();
    parts.forEach((unit, list) -> rolledUp.put(unit, ComplianceSummary.ofDisjoint(list)));
    return new ComplianceRollUp(
        date, ownSorted, ImmutableSortedMap.copyOf(rolledUp), ImmutableSortedMap.copyOf(unplaced));
  }

  /**
   * Returns the day of the hierarchy.
   *
   * @return the day, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns a unit's figures with those of every unit under it.
   *
   * @param unit the unit, not null
   * @return the figures, {@link ComplianceSummary#empty()} if neither the unit nor any under it has any
   */
  public ComplianceSummary summaryOf(UnitId unit) {
    return rolledUp.getOrDefault(requireNonNull(unit, "unit"), ComplianceSummary.empty());
  }

  /**
   * Returns the figures of a unit's own posts, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link ComplianceSummary#empty()} if it has none
   */
  public ComplianceSummary ownSummaryOf(UnitId unit) {
    return own.getOrDefault(requireNonNull(unit, "unit"), ComplianceSummary.empty());
  }

  /**
   * Returns the figures of every unit that has posts itself or under it, subordinates included.
   *
   * @return the rolled-up figures by unit, not null
   */
  public ImmutableSortedMap<UnitId, ComplianceSummary> rolledUp() {
    return rolledUp;
  }

  /**
   * Returns the figures of units not in the hierarchy on the day and with no unit carrying their history.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, ComplianceSummary> unplaced() {
    return unplaced;
  }

  /**
   * Returns the figures of every post, placed or not.
   *
   * @return the figures, not null
   */
  public ComplianceSummary total() {
    ComplianceSummary total = ComplianceSummary.empty();
    for (ComplianceSummary s : own.values()) {
      total = total.plus(s);
    }
    for (ComplianceSummary s : unplaced.values()) {
      total = total.plus(s);
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ComplianceRollUp other
        && date.equals(other.date)
        && own.equals(other.own)
        && rolledUp.equals(other.rolledUp)
        && unplaced.equals(other.unplaced);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, own, rolledUp, unplaced);
  }

  /**
   * Returns a readable form: "ComplianceRollUp[2016-03-31, 3 posts, 2 units, 0 unplaced]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ComplianceRollUp["
        + date
        + ", "
        + total().posts()
        + " posts, "
        + rolledUp.size()
        + " units, "
        + unplaced.size()
        + " unplaced]";
  }
}
