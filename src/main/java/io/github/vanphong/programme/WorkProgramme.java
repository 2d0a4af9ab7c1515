package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The work programme of one body of a party committee for one period: for example the programme of the standing
 * committee of Tỉnh ủy Hậu Giang for 2016-Q3, with the matters it will discuss, who prepares each and the month each
 * is due.
 *
 * <p>Which body draws up a programme of which span follows Hướng dẫn 03-HD/VPTW (1998), Mục I ({@link
 * ProgrammeBody#PROGRAMMES_BASIS}, verified): the executive committee for its term and its year, the standing
 * committee for the year, the quarter and the month, the standing members for the week. Each item is due in a month
 * that has a day in the period, and no two items share an identifier. The deadlines for issuing each programme were
 * not read, and are not checked.
 *
 * <p>The matters postponed in a period are carried over into the next period's programme ({@link #carriedOver},
 * {@link #nextProgramme}), each keeping its identifier and its history.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class WorkProgramme {

  private final UnitId committee;
  private final ProgrammeBody body;
  private final ProgrammePeriod period;

  @SuppressWarnings("Immutable") // ImmutableList of immutable items
  private final ImmutableList<ProgrammeItem> items;

  private WorkProgramme(
      UnitId committee, ProgrammeBody body, ProgrammePeriod period, ImmutableList<ProgrammeItem> items) {
    this.committee = committee;
    this.body = body;
    this.period = period;
    this.items = items;
  }

  /**
   * Returns the programme of a body for a period, with its items.
   *
   * @param committee the party committee whose body it is, not null
   * @param body the body, which draws up programmes of the period's span, not null
   * @param period the period, not null
   * @param items the items, each due in a month with a day in the period, with distinct identifiers, none null
   * @return the programme, not null
   * @throws IllegalArgumentException if the body draws up no programme of the period's span (Hướng dẫn
   *     03-HD/VPTW, Mục I), an item is due outside the period, or two items share an identifier
   */
  public static WorkProgramme of(
      UnitId committee, ProgrammeBody body, ProgrammePeriod period, Iterable<ProgrammeItem> items) {
    requireNonNull(committee, "committee");
    requireNonNull(body, "body");
    requireNonNull(period, "period");
    ImmutableList<ProgrammeItem> list = Arguments.list(items, "items");
    checkArgument(
        body.drawsUp(period.scope()),
        "a %s draws up programmes for %s (%s); %s is a %s",
        body,
        body.scopes(),
        ProgrammeBody.PROGRAMMES_BASIS.citation(),
        period,
        period.scope());
    Set<ProgrammeItemId> seen = new HashSet<>();
    for (ProgrammeItem item : list) {
      checkArgument(seen.add(item.id()), "the items of a programme have distinct identifiers: %s twice", item.id());
      checkArgument(
          period.overlaps(item.due()),
          "an item of a programme is due within its period %s: %s is due %s",
          period,
          item.id(),
          item.due());
    }
    return new WorkProgramme(committee, body, period, list);
  }

  /**
   * Returns this programme with an item added, or put in place of the item with its identifier.
   *
   * @param item the item, due within the period, not null
   * @return the programme, not null
   * @throws IllegalArgumentException if the item is due outside the period
   */
  public WorkProgramme withItem(ProgrammeItem item) {
    requireNonNull(item, "item");
    List<ProgrammeItem> next = new ArrayList<>(items.size() + 1);
    boolean replaced = false;
    for (ProgrammeItem existing : items) {
      if (existing.id().equals(item.id())) {
        next.add(item);
        replaced = true;
      } else {
        next.add(existing);
      }
    }
    if (!replaced) {
      next.add(item);
    }
    return of(committee, body, period, next);
  }

  /**
   * Returns the items postponed in this programme, each carried over into the next period's programme: due in the
   * month it was, or in the first month of the next period if that is later; planned again, with its history.
   *
   * @param on the day of the carry-over, on or after each postponed item's last event, not null
   * @param by who carried them over, not null
   * @return the carried items, in the order of this programme, not null
   * @throws IllegalArgumentException if the day is before a postponed item's last event, or the next period ends
   *     after 2199-12-31
   */
  public ImmutableList<ProgrammeItem> carriedOver(LocalDate on, PersonId by) {
    requireNonNull(on, "on");
    requireNonNull(by, "by");
    ImmutableList<ProgrammeItem> postponed =
        items.stream()
            .filter(i -> i.state() == ProgrammeItemState.POSTPONED)
            .collect(ImmutableList.toImmutableList());
    if (postponed.isEmpty()) {
      return postponed;
    }
    YearMonth first = YearMonth.from(period.next().start());
    ImmutableList.Builder<ProgrammeItem> carried = ImmutableList.builder();
    for (ProgrammeItem item : postponed) {
      YearMonth due = item.due().isAfter(first) ? item.due() : first;
      carried.add(item.carryOver(due, on, by));
    }
    return carried.build();
  }

  /**
   * Returns the next period's programme of the same body, holding the items carried over from this one ({@link
   * #carriedOver}); the application adds the new matters with {@link #withItem}.
   *
   * @param on the day of the carry-over, not null
   * @param by who carried the items over, not null
   * @return the next programme, not null
   * @throws IllegalArgumentException if the day is before a postponed item's last event, a carried item is due
   *     after the next period, or the next period ends after 2199-12-31
   */
  public WorkProgramme nextProgramme(LocalDate on, PersonId by) {
    return of(committee, body, period.next(), carriedOver(on, by));
  }

  /**
   * Returns the figures of the items as of a day.
   *
   * @param asOf the day, not null
   * @return the figures, not null
   */
  public ProgrammeSummary summary(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return items.stream().collect(ProgrammeSummary.collector(asOf));
  }

  /**
   * Returns the committee whose body draws up this programme.
   *
   * @return the committee's unit, not null
   */
  public UnitId committee() {
    return committee;
  }

  /**
   * Returns the body.
   *
   * @return the body, not null
   */
  public ProgrammeBody body() {
    return body;
  }

  /**
   * Returns the period.
   *
   * @return the period, not null
   */
  public ProgrammePeriod period() {
    return period;
  }

  /**
   * Returns the items, in the order they were given.
   *
   * @return the items, possibly empty, not null
   */
  public ImmutableList<ProgrammeItem> items() {
    return items;
  }

  /**
   * Returns the item with an identifier.
   *
   * @param id the identifier, not null
   * @return the item, or empty if the programme has none with it
   */
  public Optional<ProgrammeItem> item(ProgrammeItemId id) {
    requireNonNull(id, "id");
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WorkProgramme other
        && committee.equals(other.committee)
        && body == other.body
        && period.equals(other.period)
        && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(committee, body, period, items);
  }

  /**
   * Returns the committee, the body, the period and the number of items: "WorkProgramme[HG-TU STANDING_COMMITTEE
   * 2016-Q3, 12 items]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "WorkProgramme["
        + committee
        + " "
        + body
        + " "
        + period
        + ", "
        + items.size()
        + (items.size() == 1 ? " item]" : " items]");
  }
}
