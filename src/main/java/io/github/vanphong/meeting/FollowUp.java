package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The action items an office follows up, by identifier: for example the thirteen items of the Hậu Giang briefing
 * of 2016-03-01. It answers which items are overdue on a day, how they stand by state and by unit, and how each
 * unit's figures look with its subordinates'.
 *
 * <p>Two registers are equal when they hold equal items in the same order. It is a register, not a workflow: each item keeps its own history; {@link #with(ActionItem) with} puts an item in,
 * or the newer version of one already there, and returns a new register.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class FollowUp {

  private static final FollowUp EMPTY = new FollowUp(ImmutableMap.of());

  @SuppressWarnings("Immutable") // ImmutableMap of immutable values
  private final ImmutableMap<ActionItemId, ActionItem> items;

  private FollowUp(ImmutableMap<ActionItemId, ActionItem> items) {
    this.items = items;
  }

  /**
   * Returns the register with no item.
   *
   * @return the empty register, not null
   */
  public static FollowUp empty() {
    return EMPTY;
  }

  /**
   * Returns the register of the given items, in the order given.
   *
   * @param items the items, with distinct identifiers, none null
   * @return the register, not null
   * @throws IllegalArgumentException if two items have the same identifier
   */
  public static FollowUp of(Iterable<ActionItem> items) {
    Map<ActionItemId, ActionItem> byId = new LinkedHashMap<>();
    for (ActionItem item : Arguments.list(items, "items")) {
      ActionItem before = byId.put(item.id(), item);
      checkArgument(before == null, "a follow-up register holds each action item once; %s is given twice", item.id());
    }
    return new FollowUp(ImmutableMap.copyOf(byId));
  }

  /**
   * Returns this register with the item put in: added at the end, or in place of the item with the same
   * identifier (its newer version, after a command).
   *
   * @param item the item, not null
   * @return the new register, not null
   */
  public FollowUp with(ActionItem item) {
    requireNonNull(item, "item");
    Map<ActionItemId, ActionItem> byId = new LinkedHashMap<>(items);
    byId.put(item.id(), item);
    return new FollowUp(ImmutableMap.copyOf(byId));
  }

  /**
   * Returns every item, in the order they were first put in.
   *
   * @return the items, not null
   */
  public ImmutableList<ActionItem> items() {
    return items.values().asList();
  }

  /**
   * Returns the item with the identifier.
   *
   * @param id the identifier, not null
   * @return the item, or empty if the register has none with that identifier
   */
  public Optional<ActionItem> item(ActionItemId id) {
    return Optional.ofNullable(items.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the items a unit is in charge of.
   *
   * @param owner the unit, not null
   * @return the items, in register order, possibly empty, not null
   */
  public ImmutableList<ActionItem> itemsOf(UnitId owner) {
    requireNonNull(owner, "owner");
    return items.values().stream().filter(i -> i.owner().equals(owner)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items that carry out one conclusion of a briefing.
   *
   * @param briefing the briefing, not null
   * @param conclusion the number of the conclusion, 1 or more
   * @return the items, in register order, possibly empty, not null
   */
  public ImmutableList<ActionItem> itemsFor(BriefingId briefing, int conclusion) {
    requireNonNull(briefing, "briefing");
    return items.values().stream()
        .filter(i -> i.briefing().equals(briefing) && i.conclusion().number() == conclusion)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items overdue at the end of a day: open, and past their deadline as extended by then.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the overdue items, in register order, possibly empty, not null
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public ImmutableList<ActionItem> overdueOn(LocalDate day) {
    requireNonNull(day, "day");
    return items.values().stream().filter(i -> i.isOverdueOn(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the items counted by state and by unit at the end of a day.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the summary, not null
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public ActionItemSummary summaryOn(LocalDate day) {
    return items.values().stream().collect(ActionItemSummary.collector(day));
  }

  /**
   * Returns the figures of the items rolled up the chart as of a day, each unit's including its subordinates'.
   *
   * @param chart the org chart, not null
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the roll-up, not null
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public ProgressRollUp rollUpOn(OrgChart chart, LocalDate day) {
    return ProgressRollUp.of(summaryOn(day), chart, day);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FollowUp other && items().equals(other.items());
  }

  @Override
  public int hashCode() {
    return items().hashCode();
  }

  /**
   * Returns the number of items: "FollowUp[13 items]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "FollowUp[" + items.size() + " items]";
  }
}
