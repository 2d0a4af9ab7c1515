package io.github.vanphong.meeting;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * carries its history ({@link OrgChart#historyCarrier(UnitId, LocalDate) OrgChart.historyCarrier}): the items of a district office of 2016
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

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, Progress> topUnits;

  private ProgressRollUp(
      LocalDate date,
      ImmutableSortedMap<UnitId, Progress> own,
      ImmutableSortedMap<UnitId, Progress> rolledUp,
      ImmutableSortedMap<UnitId, Progress> unplaced,
      ImmutableSortedMap<UnitId, Progress> topUnits) {
    this.date = date;
    this.own = own;
    this.rolledUp = rolledUp;
    this.unplaced = unplaced;
    this.topUnits = topUnits;
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
    requireNonNull(summary, "summary");
    requireNonNull(tree, "tree");
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
    requireNonNull(summary, "summary");
    requireNonNull(chart, "chart");
    requireNonNull(date, "date");
    return place(summary.byUnit(), chart.asOf(date), Optional.of(chart));
  }

  /**
   * Places each unit's figures once at its carrier, then adds the sums up the tree level by level, each unit's sum
   * to its parent's once, the deepest units first. The carriers of all the units are asked of the chart at once
   * ({@link OrgChart#historyCarriers}), each unit is looked up in the tree once per call (its parent), the figures
   * are counted into running sums, and each unit's figures and the sorted maps are made once at the end, from
   * entries that come nearly sorted: about linear in the units plus the items, where
   * adding every item's figures to each unit of its whole path, with a look-up in the tree and a new map per step,
   * was {@code n log n} with a large constant. The sums are those of the item by item placement, since {@link
   * Progress#plus} is associative and commutative (a property checks it).
   */
  private static ProgressRollUp place(
      Map<UnitId, Progress> byUnit, UnitTree tree, Optional<OrgChart> chart) {
    LocalDate date = tree.date();
    Map<UnitId, Node> nodes = new HashMap<>(Math.max(16, byUnit.size() * 2));
    // in the order of the units, so that the carriers (mostly the units themselves) come nearly sorted
    List<Node> placed = new ArrayList<>(byUnit.size());
    List<Map.Entry<UnitId, Progress>> unplaced = new ArrayList<>();
    // the carriers of all the units asked of the chart at once
    Optional<ImmutableMap<UnitId, UnitId>> carriers = chart.map(c -> c.historyCarriers(byUnit.keySet(), date));
    byUnit.forEach(
        (unit, progress) -> {
          Optional<UnitId> carrier =
              carriers.isPresent() ? Optional.ofNullable(carriers.get().get(unit)) : Optional.of(unit);
          Node node = carrier.isEmpty() ? null : nodes.computeIfAbsent(carrier.get(), id -> Node.find(id, tree));
          if (node == null || node.unit.isEmpty()) {
            unplaced.add(Map.entry(unit, progress));
            return;
          }
          if (node.own == null) {
            node.own = new Progress.Sum();
            placed.add(node);
          }
          node.own.add(progress);
        });

    // every placed unit and the units above it, by depth in the tree
    List<List<Node>> atDepth = new ArrayList<>();
    List<Node> path = new ArrayList<>();
    for (Node start : placed) {
      path.clear();
      int above = -1;
      for (Node at = start; at != null; at = at.parent(nodes, tree)) {
        if (at.depth >= 0) {
          above = at.depth;
          break;
        }
        path.add(at);
      }
      for (int i = path.size() - 1, depth = above + 1; i >= 0; i--, depth++) {
        Node node = path.get(i);
        node.depth = depth;
        if (atDepth.size() == depth) {
          atDepth.add(new ArrayList<>());
        }
        atDepth.get(depth).add(node);
      }
    }
    for (int depth = atDepth.size() - 1; depth >= 0; depth--) {
      for (Node node : atDepth.get(depth)) {
        if (node.own != null) {
          node.sum.add(node.own);
        }
        node.rolledUp = node.sum.figures();
        Node parent = node.parent(nodes, tree);
        if (parent != null) {
          parent.sum.add(node.sum);
        }
      }
    }

    List<Map.Entry<UnitId, Progress>> own = new ArrayList<>(placed.size());
    List<Map.Entry<UnitId, Progress>> rolledUp = new ArrayList<>(nodes.size());
    for (Node node : placed) {
      own.add(Map.entry(node.id, requireNonNull(node.own).figures()));
      rolledUp.add(Map.entry(node.id, requireNonNull(node.rolledUp)));
    }
    for (List<Node> level : atDepth) {
      for (Node node : level) {
        if (node.own == null) {
          rolledUp.add(Map.entry(node.id, requireNonNull(node.rolledUp)));
        }
      }
    }
    List<Map.Entry<UnitId, Progress>> tops = new ArrayList<>();
    if (!atDepth.isEmpty()) {
      for (Node node : atDepth.get(0)) {
        tops.add(Map.entry(node.id, requireNonNull(node.rolledUp)));
      }
    }
    return new ProgressRollUp(
        date,
        ImmutableSortedMap.copyOf(own),
        ImmutableSortedMap.copyOf(rolledUp),
        ImmutableSortedMap.copyOf(unplaced),
        ImmutableSortedMap.copyOf(tops));
  }

  /** A unit met by a roll-up, looked up in the tree once, with its running sums. */
  private static final class Node {
    final UnitId id;
    final Optional<Unit> unit;
    private @Nullable Node parent;
    private boolean parentKnown;
    int depth = -1;
    Progress.@Nullable Sum own;
    final Progress.Sum sum = new Progress.Sum();
    @Nullable Progress rolledUp;

    private Node(UnitId id, Optional<Unit> unit) {
      this.id = id;
      this.unit = unit;
    }

    static Node find(UnitId id, UnitTree tree) {
      return new Node(id, tree.find(id));
    }

    /** The node of the parent of a unit of the tree, or null for a top unit. */
    @Nullable Node parent(Map<UnitId, Node> nodes, UnitTree tree) {
      if (!parentKnown) {
        Optional<UnitId> above = unit.orElseGet(() -> tree.unit(id)).parent();
        parent = above.isEmpty() ? null : nodes.computeIfAbsent(above.get(), up -> new Node(up, Optional.of(tree.unit(up))));
        parentKnown = true;
      }
      return parent;
    }
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
    requireNonNull(unit, "unit");
    return rolledUp.getOrDefault(unit, Progress.empty());
  }

  /**
   * Returns the figures of a unit's own items, with those of the units whose history it carries.
   *
   * @param unit the unit, not null
   * @return the figures, {@link Progress#empty()} if it has none
   */
  public Progress ownProgressOf(UnitId unit) {
    requireNonNull(unit, "unit");
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
   * Returns the figures of the units at the top of the hierarchy that have items under them, each with every item
   * below it: for Hậu Giang on 2016-06-30, Tỉnh ủy Hậu Giang with the 13 items of its offices and committees, and the
   * provincial People's Council with the 1 item of its office. These figures and the {@linkplain #unplaced()
   * unplaced} ones add up to the {@linkplain #total() total}, each item counted once.
   *
   * @return the rolled-up figures of the top units, sorted by identifier, not null
   */
  public ImmutableSortedMap<UnitId, Progress> topUnits() {
    return topUnits;
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
        && unplaced.equals(other.unplaced)
        && topUnits.equals(other.topUnits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, own, rolledUp, unplaced, topUnits);
  }

  /**
   * Returns the figures in a readable form: the total, then each {@linkplain #topUnits() top unit}'s, then the
   * {@linkplain #unplaced() unplaced} ones, which add up to the total: "ProgressRollUp[as of 2016-06-30: 14 items: 11
   * reported done, 3 open (1 overdue); under HG-HDND 1 item: 0 reported done, 1 open (0 overdue); under HG-TU 13
   * items: 11 reported done, 2 open (1 overdue); unplaced none]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ProgressRollUp[as of ").append(date).append(": ");
    text.append(total().figures());
    topUnits.forEach((unit, p) -> text.append("; under ").append(unit).append(' ').append(p.figures()));
    text.append("; unplaced");
    if (unplaced.isEmpty()) {
      text.append(" none");
    }
    unplaced.forEach((unit, p) -> text.append(' ').append(unit).append(' ').append(p.figures()));
    return text.append(']').toString();
  }
}
