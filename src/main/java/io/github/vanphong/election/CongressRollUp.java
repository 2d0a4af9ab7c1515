package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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

  private final LocalDate date;
  private final ImmutableSortedMap<UnitId, CongressSummary> own;
  private final ImmutableSortedMap<UnitId, CongressSummary> rolledUp;
  private final ImmutableSortedMap<UnitId, CongressSummary> unplaced;

  private CongressRollUp(
      LocalDate date,
      ImmutableSortedMap<UnitId, CongressSummary> own,
      ImmutableSortedMap<UnitId, CongressSummary> rolledUp,
      ImmutableSortedMap<UnitId, CongressSummary> unplaced) {
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
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static CongressRollUp of(CongressSummary summary, UnitTree tree) {
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
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static CongressRollUp of(CongressSummary summary, OrgChart chart, LocalDate date) {
    requireNonNull(chart, "chart");
    return place(summary, chart.asOf(date), Optional.of(chart));
  }

  /**
   * Places each unit's figures at its carrier, then adds them to that unit and to every unit above it: about the
   * units counted times the depth of the tree.
   */
  private static CongressRollUp place(CongressSummary summary, UnitTree tree, Optional<OrgChart> chart) {
    requireNonNull(summary, "summary");
    LocalDate date = tree.date();
    Optional<ImmutableMap<UnitId, UnitId>> carriers = chart.map(c -> c.historyCarriers(summary.units(), date));
    Map<UnitId, CongressSummary> own = new TreeMap<>();
    Map<UnitId, CongressSummary> unplaced = new TreeMap<>();
    for (UnitId unit : summary.units()) {
      CongressSummary figures = summary.forUnit(unit);
      Optional<UnitId> carrier =
          carriers.isPresent() ? Optional.ofNullable(carriers.get().get(unit)) : Optional.of(unit);
      if (carrier.isEmpty() || tree.find(carrier.get()).isEmpty()) {
        unplaced.put(unit, figures);
        continue;
      }
      own.merge(carrier.get(), figures.countedUnder(carrier.get()), CongressSummary::plus);
    }
    Map<UnitId, CongressSummary> rolledUp = new HashMap<>();
    own.forEach(
        (placed, figures) -> {
          for (Optional<Unit> at = tree.find(placed); at.isPresent(); at = at.get().parent().flatMap(tree::find)) {
            UnitId id = at.get().id();
            rolledUp.merge(id, figures.countedUnder(id), CongressSummary::plus);
          }
        });
    return new CongressRollUp(
        date,
        ImmutableSortedMap.copyOf(own),
        ImmutableSortedMap.copyOf(rolledUp),
        ImmutableSortedMap.copyOf(unplaced));
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
   * @return the figures, {@link CongressSummary#empty()} if neither the unit nor any under it has any
   */
  public CongressSummary summaryOf(UnitId unit) {
    return rolledUp.getOrDefault(requireNonNull(unit, "unit"), CongressSummary.empty());
  }

  /**
   * Returns the figures of a unit's own checks, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link CongressSummary#empty()} if it has none
   */
  public CongressSummary ownSummaryOf(UnitId unit) {
    return own.getOrDefault(requireNonNull(unit, "unit"), CongressSummary.empty());
  }

  /**
   * Returns the figures of every unit that has checks itself or under it.
   *
   * @return the rolled-up figures by unit, not null
   */
  public ImmutableSortedMap<UnitId, CongressSummary> rolledUp() {
    return rolledUp;
  }

  /**
   * Returns the figures of units not in the hierarchy on the day and with no unit carrying their history.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, CongressSummary> unplaced() {
    return unplaced;
  }

  /**
   * Returns the figures of every check, placed or not, each counted under the unit it is placed at.
   *
   * @return the figures, not null
   */
  public CongressSummary total() {
    CongressSummary total = CongressSummary.empty();
    for (CongressSummary s : own.values()) {
      total = total.plus(s);
    }
    for (CongressSummary s : unplaced.values()) {
      total = total.plus(s);
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CongressRollUp other
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
   * Returns a readable form: "CongressRollUp[2016-04-20, 74 units counted, 2 units, 0 unplaced]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "CongressRollUp["
        + date
        + ", "
        + total().total()
        + " units counted, "
        + rolledUp.size()
        + " units, "
        + unplaced.size()
        + " unplaced]";
  }
}
