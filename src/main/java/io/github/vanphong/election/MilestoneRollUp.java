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
 * The statuses of milestones rolled up the hierarchy as of a day: each unit's figures include those of every unit
 * under it. For example Tỉnh ủy Hậu Giang's figures for 2016-04-20 hold those of its own office and of the offices of
 * the district committees under it.
 *
 * <p>Built from an {@link OrgChart}, the figures of a unit that no longer exists on the day count with the unit that
 * carries its history ({@link OrgChart#historyCarrier(UnitId, LocalDate) OrgChart.historyCarrier}). Figures whose
 * unit is not in the tree and has no carrier are kept apart as {@linkplain #unplaced() unplaced}, never dropped. A
 * roll-up is a view of one summary over a tree, not a summary.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MilestoneRollUp {

  private static final UnitRollUp.Figures<MilestoneSummary> MILESTONES =
      new UnitRollUp.Figures<>(
          MilestoneSummary::units,
          MilestoneSummary::forUnit,
          MilestoneSummary::countedUnder,
          MilestoneSummary::plus,
          MilestoneSummary.empty());

  private final UnitRollUp<MilestoneSummary> placed;

  private MilestoneRollUp(UnitRollUp<MilestoneSummary> placed) {
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
  public static MilestoneRollUp of(MilestoneSummary summary, UnitTree tree) {
    requireNonNull(tree, "tree");
    return new MilestoneRollUp(UnitRollUp.place(MILESTONES, summary, tree, Optional.empty()));
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
  public static MilestoneRollUp of(MilestoneSummary summary, OrgChart chart, LocalDate date) {
    requireNonNull(chart, "chart");
    return new MilestoneRollUp(UnitRollUp.place(MILESTONES, summary, chart.asOf(date), Optional.of(chart)));
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
   * @return the figures, {@link MilestoneSummary#empty()} if neither the unit nor any under it has any
   */
  public MilestoneSummary summaryOf(UnitId unit) {
    return placed.summaryOf(unit);
  }

  /**
   * Returns the figures of a unit's own follow-ups, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link MilestoneSummary#empty()} if it has none
   */
  public MilestoneSummary ownSummaryOf(UnitId unit) {
    return placed.ownSummaryOf(unit);
  }

  /**
   * Returns the figures of every unit that has follow-ups itself or under it.
   *
   * @return the rolled-up figures by unit, not null
   */
  public ImmutableSortedMap<UnitId, MilestoneSummary> rolledUp() {
    return placed.rolledUp();
  }

  /**
   * Returns the figures of units not in the hierarchy on the day and with no unit carrying their history.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, MilestoneSummary> unplaced() {
    return placed.unplaced();
  }

  /**
   * Returns the figures of every follow-up, placed or not, each counted under the unit it is placed at.
   *
   * @return the figures, not null
   */
  public MilestoneSummary total() {
    return placed.total();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MilestoneRollUp other && placed.equals(other.placed);
  }

  @Override
  public int hashCode() {
    return placed.hashCode();
  }

  /**
   * Returns a readable form: "MilestoneRollUp[2016-04-20, 74 milestones, 2 units, 0 unplaced]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return placed.toString("MilestoneRollUp", total().total() + " milestones");
  }
}
