package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The congress calendar rolled up the hierarchy as of a day: each unit's figures include those of every unit
 * under it. For example Tỉnh ủy Hậu Giang's figures for 2025-09-30 hold its own congress and those of every Party
 * organisation under it.
 *
 * <p>Built from an {@link OrgChart}, the figures of a unit that no longer exists on the day count with the unit that
 * carries its history ({@link OrgChart#historyCarrier(UnitId, LocalDate) OrgChart.historyCarrier}). Figures whose
 * unit is not in the tree and has no carrier are kept apart as {@linkplain #unplaced() unplaced}, never dropped. A
 * roll-up is a view of one summary over a tree, not a summary.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CongressRollUp {

  private static final UnitRollUp.Figures<CongressSummary> CONGRESSES =
      new UnitRollUp.Figures<>(
          CongressSummary::units,
          CongressSummary::forUnit,
          CongressSummary::countedUnder,
          CongressSummary::plus,
          CongressSummary.empty());

  private final UnitRollUp<CongressSummary> placed;

  private CongressRollUp(UnitRollUp<CongressSummary> placed) {
    this.placed = placed;
  }

  /**
   * Rolls a summary up the units of a tree: a unit's figures are its own plus those of every unit under it.
   *
   * @param summary the summary, not null
   * @param tree the units on the day, not null
   * @return the roll-up, dated as the tree, not null
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static CongressRollUp of(CongressSummary summary, UnitTree tree) {
    requireNonNull(tree, "tree");
    return new CongressRollUp(UnitRollUp.place(CONGRESSES, summary, tree, Optional.empty()));
  }

  /**
   * Rolls a summary up the units of a chart as of a day, a unit not alive that day counting with the unit that
   * carries its history.
   *
   * @param summary the summary, not null
   * @param chart the org chart, not null
   * @param date the day of the organisation, not null
   * @return the roll-up, not null
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static CongressRollUp of(CongressSummary summary, OrgChart chart, LocalDate date) {
    requireNonNull(chart, "chart");
    return new CongressRollUp(UnitRollUp.place(CONGRESSES, summary, chart.asOf(date), Optional.of(chart)));
  }

  /**
   * Returns the day of the hierarchy.
   *
   * @return the day, not null
   */
  public LocalDate date() {
    return placed.date();
  }

  /**
   * Returns a unit's figures with those of every unit under it.
   *
   * @param unit the unit, not null
   * @return the figures, {@link CongressSummary#empty()} if neither the unit nor any under it has any
   */
  public CongressSummary summaryOf(UnitId unit) {
    return placed.summaryOf(unit);
  }

  /**
   * Returns the figures of a unit's own checks, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link CongressSummary#empty()} if it has none
   */
  public CongressSummary ownSummaryOf(UnitId unit) {
    return placed.ownSummaryOf(unit);
  }

  /**
   * Returns the figures of every unit that has checks itself or under it.
   *
   * @return the rolled-up figures by unit, not null
   */
  public ImmutableSortedMap<UnitId, CongressSummary> rolledUp() {
    return placed.rolledUp();
  }

  /**
   * Returns the figures of units not in the hierarchy on the day and with no unit carrying their history.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, CongressSummary> unplaced() {
    return placed.unplaced();
  }

  /**
   * Returns the figures of every check, placed or not, each counted under the unit it is placed at.
   *
   * @return the figures, not null
   */
  public CongressSummary total() {
    return placed.total();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CongressRollUp other && placed.equals(other.placed);
  }

  @Override
  public int hashCode() {
    return placed.hashCode();
  }

  /**
   * Returns a readable form: "CongressRollUp[2016-04-20, 74 units counted, 2 units, 0 unplaced]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return placed.toString("CongressRollUp", total().total() + " units counted");
  }
}
