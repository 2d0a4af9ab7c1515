package io.github.vanphong.asset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The asset figures rolled up the hierarchy as of a day, as the asset report goes up its chain (Nghị định
 * 165/2017/NĐ-CP, Điều 32: the district committee's office until 2025, then the provincial office, then the central
 * office and the provincial finance department): each unit's figures include those of every unit under it. For
 * example the provincial committee's figures for 2025-12-31 hold the assets of its office, its boards and every
 * organisation under it.
 *
 * <p>Built from an {@link OrgChart}, the figures of a unit that no longer exists on the day count with the unit that
 * carries its history ({@link OrgChart#historyCarrier(UnitId, LocalDate) OrgChart.historyCarrier}). Figures whose
 * unit is not in the tree and has no carrier are kept apart as {@linkplain #unplaced() unplaced}, never dropped. A
 * roll-up is a view of one summary over a tree, not a summary.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssetRollUp {

  private static final AssetPlacement.Figures<AssetSummary> ASSETS =
      new AssetPlacement.Figures<>(
          AssetSummary::units,
          AssetSummary::forUnit,
          AssetSummary::countedUnder,
          AssetSummary::plus,
          AssetSummary.empty());

  private final AssetPlacement<AssetSummary> placed;

  private AssetRollUp(AssetPlacement<AssetSummary> placed) {
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
  public static AssetRollUp of(AssetSummary summary, UnitTree tree) {
    requireNonNull(tree, "tree");
    return new AssetRollUp(AssetPlacement.place(ASSETS, summary, tree, Optional.empty()));
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
  public static AssetRollUp of(AssetSummary summary, OrgChart chart, LocalDate date) {
    requireNonNull(chart, "chart");
    return new AssetRollUp(AssetPlacement.place(ASSETS, summary, chart.asOf(date), Optional.of(chart)));
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
   * @return the figures, {@link AssetSummary#empty()} if neither the unit nor any under it has any
   */
  public AssetSummary summaryOf(UnitId unit) {
    return placed.summaryOf(unit);
  }

  /**
   * Returns the figures of a unit's own assets, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link AssetSummary#empty()} if it has none
   */
  public AssetSummary ownSummaryOf(UnitId unit) {
    return placed.ownSummaryOf(unit);
  }

  /**
   * Returns the figures of every unit that has assets itself or under it.
   *
   * @return the rolled-up figures by unit, not null
   */
  public ImmutableSortedMap<UnitId, AssetSummary> rolledUp() {
    return placed.rolledUp();
  }

  /**
   * Returns the figures of units not in the hierarchy on the day and with no unit carrying their history.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, AssetSummary> unplaced() {
    return placed.unplaced();
  }

  /**
   * Returns the figures of every asset, placed or not, each counted under the unit it is placed at.
   *
   * @return the figures, not null
   */
  public AssetSummary total() {
    return placed.total();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssetRollUp other && placed.equals(other.placed);
  }

  @Override
  public int hashCode() {
    return placed.hashCode();
  }

  /**
   * Returns a readable form: "AssetRollUp[2025-12-31, 21 assets counted, 2 units, 0 unplaced]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return placed.toString("AssetRollUp", total().count() + " assets counted");
  }
}
