package io.github.vanphong.meeting;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The figures of action items rolled up the hierarchy as of a day: each unit's figures include those of every unit
 * under it. For example, as of 2016-06-30, Tỉnh ủy Hậu Giang's figures hold the items of its office and of the
 * eight district-level committees and their offices.
 *
 * <p>Built from an {@link OrgChart}, the items of a unit that no longer exists on the day count with the unit that
 * carries its history ({@link OrgChart#historyCarrier(UnitId, LocalDate)}): the items of a district office of 2016
 * count, in 2026, with the office its committee was merged into. Items whose unit is not in the tree and has no
 * carrier are kept apart as {@linkplain #unplaced() unplaced}, never dropped.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ProgressRollUp {

  private final LocalDate date;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, Progress> own;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, Progress> rolledUp;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, Progress> unplaced;

  private ProgressRollUp(
      LocalDate date,
      ImmutableSortedMap<UnitId, Progress> own,
      ImmutableSortedMap<UnitId, Progress> rolledUp,
      ImmutableSortedMap<UnitId, Progress> unplaced) {
    this.date = date;
    this.own = own;
    this.rolledUp = rolledUp;
    this.unplaced = unplaced;
  }

  /**
   * Rolls a summary up the units of a tree: a unit's figures are its own plus those of every unit under it. The
   * figures of units not in the tree are {@linkplain #unplaced() unplaced}.
   *
   * @param summary the summary, by unit in charge, not null
   * @param tree the units on the day, not null
   * @return the roll-up, dated as the tree, not null
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static ProgressRollUp of(ActionItemSummary summary, UnitTree tree) {
    return place(summary.byUnit(), tree, Optional.empty());
  }

  /**
   * Rolls a summary up the units of a chart as of a day: the figures of a unit not alive on the day count with the
   * unit that carries its history then, and a unit's figures are its own plus those of every unit under it.
   *
   * @param summary the summary, by unit in charge, not null
   * @param chart the org chart, not null
   * @param date the day, not null
   * @return the roll-up, not null
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  public static ProgressRollUp of(ActionItemSummary summary, OrgChart chart, LocalDate date) {
    requireNonNull(chart, "chart");
    return place(summary.byUnit(), chart.asOf(date), Optional.of(chart));
  }

  /**
   * Places each unit's figures once at its carrier, then adds each placed unit's figures to it and its ancestors.
   * Every unit is looked up in the chart and the tree once per call (its carrier, its parent), the figures are summed
   * in hash maps, and the sorted maps are made once at the end: about linear in the units plus the items, where
   * asking the tree for the whole path of every item was {@code n log n} with many more look-ups. The sums are those
   * of the item by item placement, since {@link Progress#plus} is associative and commutative.
   */
  private static ProgressRollUp place(
      Map<UnitId, Progress> byUnit, UnitTree tree, Optional<OrgChart> chart) {
    LocalDate date = tree.date();
    Map<UnitId, Optional<Unit>> found = new HashMap<>();
    // in the order of the units, so that the carriers (mostly the units themselves) come nearly sorted
    Map<UnitId, Progress> own = new LinkedHashMap<>();
    Map<UnitId, Progress> unplaced = new TreeMap<>();
    byUnit.forEach(
        (unit, progress) -> {
          Optional<UnitId> carrier = chart.isPresent() ? chart.get().historyCarrier(unit, date) : Optional.of(unit);
          if (carrier.isEmpty() || found.computeIfAbsent(carrier.get(), tree::find).isEmpty()) {
            unplaced.put(unit, progress);
            return;
          }
          own.merge(carrier.get(), progress, Progress::plus);
        });
    Map<UnitId, Progress> rolledUp = new HashMap<>();
    own.forEach(
        (placed, progress) -> {
          rolledUp.merge(placed, progress, Progress::plus);
          Optional<UnitId> parent = requireNonNull(found.get(placed)).orElseThrow().parent();
          while (parent.isPresent()) {
            UnitId above = parent.get();
            rolledUp.merge(above, progress, Progress::plus);
            parent = found.computeIfAbsent(above, tree::find).orElseGet(() -> tree.unit(above)).parent();
          }
        });
    return new ProgressRollUp(
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
   * @return the figures, {@link Progress#empty()} if neither the unit nor any unit under it has items
   */
  public Progress progressOf(UnitId unit) {
    return rolledUp.getOrDefault(unit, Progress.empty());
  }

  /**
   * Returns the figures of a unit's own items, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link Progress#empty()} if it has none
   */
  public Progress ownProgressOf(UnitId unit) {
    return own.getOrDefault(unit, Progress.empty());
  }

  /**
   * Returns the figures of every unit that has items itself or under it, subordinates included.
   *
   * @return the rolled-up figures by unit, sorted by identifier, not null
   */
  public ImmutableSortedMap<UnitId, Progress> rolledUp() {
    return rolledUp;
  }

  /**
   * Returns the figures of items whose unit is not in the hierarchy on the day and has no unit carrying its
   * history, by that unit.
   *
   * @return the unplaced figures, usually empty, not null
   */
  public ImmutableSortedMap<UnitId, Progress> unplaced() {
    return unplaced;
  }

  /**
   * Returns the figures of every item, placed or not.
   *
   * @return the figures, not null
   */
  public Progress total() {
    Progress total = Progress.empty();
    for (Progress p : own.values()) {
      total = total.plus(p);
    }
    for (Progress p : unplaced.values()) {
      total = total.plus(p);
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgressRollUp other
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
   * Returns a readable form: "ProgressRollUp[2016-06-30, 13 items, 10 units, 0 unplaced]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ProgressRollUp["
        + date
        + ", "
        + total().total()
        + " items, "
        + rolledUp.size()
        + " units, "
        + unplaced.size()
        + " unplaced]";
  }
}
