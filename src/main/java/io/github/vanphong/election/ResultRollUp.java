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
 * The results of an election rolled up the hierarchy, to the province and the nation: each unit's figures include
 * those of every unit under it. For example the figures of Tỉnh ủy Hậu Giang hold those counted under it and under the
 * district and commune committees below it, and those of the Central Committee the nation's.
 *
 * <p>Built from an {@link OrgChart}, the figures of a unit that no longer exists on the day of the organisation count with the unit that
 * carries its history ({@link OrgChart#historyCarrier(UnitId, LocalDate) OrgChart.historyCarrier}). Figures whose
 * unit is not in the tree and has no carrier are kept apart as {@linkplain #unplaced() unplaced}, never dropped. A
 * roll-up is a view of one summary over a tree, not a summary.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResultRollUp {

  private static final UnitRollUp.Figures<ResultSummary> RESULTS =
      new UnitRollUp.Figures<>(
          ResultSummary::units,
          ResultSummary::forUnit,
          ResultSummary::countedUnder,
          ResultSummary::plus,
          ResultSummary.empty());

  private final UnitRollUp<ResultSummary> placed;

  private ResultRollUp(UnitRollUp<ResultSummary> placed) {
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
  public static ResultRollUp of(ResultSummary summary, UnitTree tree) {
    requireNonNull(tree, "tree");
    return new ResultRollUp(UnitRollUp.place(RESULTS, summary, tree, Optional.empty()));
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
  public static ResultRollUp of(ResultSummary summary, OrgChart chart, LocalDate date) {
    requireNonNull(chart, "chart");
    return new ResultRollUp(UnitRollUp.place(RESULTS, summary, chart.asOf(date), Optional.of(chart)));
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
   * @return the figures, {@link ResultSummary#empty()} if neither the unit nor any under it has any
   */
  public ResultSummary summaryOf(UnitId unit) {
    return placed.summaryOf(unit);
  }

  /**
   * Returns the figures counted under a unit itself, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link ResultSummary#empty()} if it has none
   */
  public ResultSummary ownSummaryOf(UnitId unit) {
    return placed.ownSummaryOf(unit);
  }

  /**
   * Returns the figures of every unit that has results counted under it or below it.
   *
   * @return the rolled-up figures by unit, not null
   */
  public ImmutableSortedMap<UnitId, ResultSummary> rolledUp() {
    return placed.rolledUp();
  }

  /**
   * Returns the figures of units not in the hierarchy on the day and with no unit carrying their history.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, ResultSummary> unplaced() {
    return placed.unplaced();
  }

  /**
   * Returns the figures of every result, placed or not, each counted under the unit it is placed at.
   *
   * @return the figures, not null
   */
  public ResultSummary total() {
    return placed.total();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResultRollUp other && placed.equals(other.placed);
  }

  @Override
  public int hashCode() {
    return placed.hashCode();
  }

  /**
   * Returns a readable form: "ResultRollUp[2016-06-30, 12 constituencies, 3 units, 0 unplaced]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return placed.toString("ResultRollUp", total().count(ResultFigure.CONSTITUENCIES) + " constituencies");
  }
}
