package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Action items on a day, counted by state and by the unit in charge: for example, on 2016-06-30, the items of the
 * Hậu Giang briefing of 2016-03-01 by state, and each office's own. Each unit's figures are a {@link Progress}; a
 * unit's figures here are its own items only, and {@link ProgressRollUp} adds those of its subordinates.
 *
 * <p>Summaries merge: {@link #plus(ActionItemSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector(LocalDate) collector} collects sequentially or in parallel alike, so a province can add up
 * the summaries its offices send. A summary holds on a day, {@link #asOf()}: summaries of different days do not
 * merge, and {@link #plus} refuses them. The empty summary has no day and merges with any. An item not yet assigned
 * on the day counts nowhere.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ActionItemSummary implements Summary<ActionItemSummary> {

  private static final ActionItemSummary EMPTY = new ActionItemSummary(ImmutableSortedMap.of());

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, Progress> byUnit;

  private final Progress total;

  private ActionItemSummary(ImmutableSortedMap<UnitId, Progress> byUnit) {
    this.byUnit = byUnit;
    this.total = byUnit.values().stream().reduce(Progress.empty(), Progress::plus);
  }

  /**
   * Returns the summary of no item, on no day.
   *
   * @return the empty summary, the identity of {@link #plus(ActionItemSummary) plus}, not null
   */
  public static ActionItemSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the summary of one item at the end of a day.
   *
   * @param item the item, not null
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the summary as of the day, {@link #empty()} if the item was not yet assigned on that day
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public static ActionItemSummary of(ActionItem item, LocalDate day) {
    requireNonNull(item, "item");
    requireNonNull(day, "day");
    Progress progress = Progress.of(item, day);
    return progress.isEmpty() ? EMPTY : new ActionItemSummary(ImmutableSortedMap.of(item.owner(), progress));
  }

  /**
   * Returns the summary of each unit's figures, for a summary exchanged between offices and read back: {@code
   * ActionItemSummary.of(Map.of(UnitId.of("HG-VPTU"), progress))}. A unit whose figures count no item counts
   * nowhere, as in a summary of items, and is left out.
   *
   * @param byUnit the figures of each unit's own items, all of one day, not null
   * @return the summary, {@link #empty()} if no unit's figures count an item, not null
   * @throws IllegalArgumentException naming the unit, if the figures of two units are of different days
   * @throws ArithmeticException if a total passes {@link Integer#MAX_VALUE}
   */
  public static ActionItemSummary of(Map<UnitId, Progress> byUnit) {
    requireNonNull(byUnit, "byUnit");
    Map<UnitId, Progress> counted = new TreeMap<>();
    LocalDate day = null;
    UnitId first = null;
    for (Map.Entry<UnitId, Progress> unit : byUnit.entrySet()) {
      requireNonNull(unit.getKey(), "a key of byUnit");
      Progress progress = requireNonNull(unit.getValue(), "progress");
      LocalDate asOf = progress.asOf().orElse(null);
      if (asOf == null) {
        continue;
      }
      if (day == null) {
        day = asOf;
        first = unit.getKey();
      }
      checkArgument(
          day.equals(asOf),
          "the figures of a summary of action items are all of one day: byUnit has %s as of %s and %s as of %s",
          first,
          day,
          unit.getKey(),
          asOf);
      counted.put(requireNonNull(unit.getKey(), "unit"), progress);
    }
    return counted.isEmpty() ? EMPTY : new ActionItemSummary(ImmutableSortedMap.copyOf(counted));
  }

  /**
   * Returns a collector of items into their summary at the end of a day, for sequential and parallel streams alike:
   * {@code items.stream().collect(ActionItemSummary.collector(LocalDate.of(2016, 6, 30)))}. The order of the items
   * does not matter; collecting no item, or only items not yet assigned on the day, gives {@link #empty()}.
   *
   * <p>The collector adds each item's figures to its unit's in a map of its own and makes the summary once, at the
   * end: collecting {@code n} items of {@code u} units costs about {@code n + u log u}, where adding summaries one by
   * one would copy the units' figures for each item.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the collector, not null; it throws {@link IllegalArgumentException} if the day is outside the calendar's
   *     range
   */
  public static Collector<ActionItem, ?, ActionItemSummary> collector(LocalDate day) {
    requireNonNull(day, "day");
    return Collector.<ActionItem, Map<UnitId, Progress>, ActionItemSummary>of(
        HashMap::new,
        (byUnit, item) -> {
          Progress progress = Progress.of(item, day);
          if (!progress.isEmpty()) {
            byUnit.merge(item.owner(), progress, Progress::plus);
          }
        },
        (a, b) -> {
          b.forEach((unit, progress) -> a.merge(unit, progress, Progress::plus));
          return a;
        },
        byUnit -> byUnit.isEmpty() ? EMPTY : new ActionItemSummary(ImmutableSortedMap.copyOf(byUnit)),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the sum of this summary and another of the same day: each unit's figures added.
   *
   * @param other the other summary, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count items and are as of different days, since the state of an item
   *     and whether it is overdue depend on the day; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public ActionItemSummary plus(ActionItemSummary other) {
    requireNonNull(other, "other");
    if (other.byUnit.isEmpty()) {
      return this;
    }
    if (byUnit.isEmpty()) {
      return other;
    }
    checkArgument(
        total.asOf().equals(other.total.asOf()),
        "summaries of action items merge only as of the same day, since the state of an item and whether it is"
            + " overdue depend on the day; this one is as of %s, the other as of %s",
        total.asOf().orElseThrow(),
        other.total.asOf().orElseThrow());
    Map<UnitId, Progress> sum = new TreeMap<>(byUnit);
    other.byUnit.forEach((unit, progress) -> sum.merge(unit, progress, Progress::plus));
    return new ActionItemSummary(ImmutableSortedMap.copyOf(sum));
  }

  /**
   * Returns the day the summary holds on.
   *
   * @return the day, or empty for {@link #empty()}
   */
  public Optional<LocalDate> asOf() {
    return total.asOf();
  }

  /**
   * Returns the figures of every item counted.
   *
   * @return the figures, not null
   */
  public Progress total() {
    return total;
  }

  /**
   * Returns the items counted in each state, states with none left out.
   *
   * @return the counts by state, not null
   */
  public ImmutableSortedMap<ActionItemState, Integer> byState() {
    return total.byState();
  }

  /**
   * Returns the figures of each unit's own items, units with none left out.
   *
   * @return the figures by unit in charge, sorted by identifier, not null
   */
  public ImmutableSortedMap<UnitId, Progress> byUnit() {
    return byUnit;
  }

  /**
   * Returns each unit's own items counted by state, in one call: the table of a follow-up report with a row per
   * office. For example, on 2016-06-30, {@code summary.byUnitAndState().get(UnitId.of("HG-PHUNGHIEP-VP"))} is {@code
   * {IN_PROGRESS=1}}. The counts of a unit add up to its {@link Progress#total()}, and those of a state over the
   * units to {@link #byState()}'s.
   *
   * @return the counts, sorted by unit, then by state, units and states with none left out, not null
   */
  public ImmutableSortedMap<UnitId, ImmutableSortedMap<ActionItemState, Integer>> byUnitAndState() {
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<ActionItemState, Integer>> table =
        ImmutableSortedMap.naturalOrder();
    byUnit.forEach((unit, progress) -> table.put(unit, progress.byState()));
    return table.build();
  }

  /**
   * Returns the number of a unit's own items in a state.
   *
   * @param unit the unit in charge, not null
   * @param state the state, not null
   * @return the number, zero or more
   */
  public int count(UnitId unit, ActionItemState state) {
    requireNonNull(state, "state");
    return progressOf(requireNonNull(unit, "unit")).count(state);
  }

  /**
   * Returns the figures of a unit's own items.
   *
   * @param unit the unit, not null
   * @return the figures, {@link Progress#empty()} if the unit has none
   */
  public Progress progressOf(UnitId unit) {
    requireNonNull(unit, "unit");
    return byUnit.getOrDefault(unit, Progress.empty());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ActionItemSummary other && byUnit.equals(other.byUnit);
  }

  @Override
  public int hashCode() {
    return byUnit.hashCode();
  }

  /**
   * Returns a readable form: "ActionItemSummary[as of 2016-06-30, 13 items {IN_PROGRESS=5, …}, 1 overdue, 9
   * units]", or "ActionItemSummary[no item]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    if (byUnit.isEmpty()) {
      return "ActionItemSummary[no item]";
    }
    return "ActionItemSummary[as of "
        + total.asOf().orElseThrow()
        + ", "
        + total.total()
        + " items "
        + total.byState()
        + ", "
        + total.overdue()
        + " overdue, "
        + byUnit.size()
        + " units]";
  }
}
