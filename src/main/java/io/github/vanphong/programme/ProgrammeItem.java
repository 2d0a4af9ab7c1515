package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A matter on a work programme, followed from the day it is planned to its conclusion: for example "review of the
 * first half of 2016", prepared by the provincial office, due at the standing committee's session of July 2016.
 *
 * <p>An item is its matter and the body preparing it, plus an append-only history of {@link ProgrammeItemEvent}s;
 * its {@link ProgrammeItemState} and the month it is due are derived from them. A command ({@link #prepare}, {@link
 * #submit}, {@link #conclude}, {@link #postpone}, {@link #carryOver}, {@link #drop}, or {@link
 * #apply(ProgrammeItemEvent) apply}) returns a new item with one more event, or throws: a {@link
 * ProgrammeWorkflowException} when the state does not accept the command, an {@link IllegalArgumentException} when
 * the event is dated before the last one or a carry-over moves the month due back. The item given the command is left
 * as it was. Every command takes its data first, then the day, then who gives it: {@code item.postpone(reason, on,
 * by)}. {@link #replay} rebuilds an item from its history.
 *
 * <p>A postponed item carried over into the next period's programme keeps its identifier and its whole history:
 * an item postponed twice has two postponements and two carry-overs in it. The workflow is a convention of the
 * library; Hướng dẫn 03-HD/VPTW (1998) lists the programmes, not the steps of an item.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ProgrammeItem {

  private final ProgrammeItemId id;
  private final String matter;
  private final UnitId preparedBy;

  @SuppressWarnings("Immutable") // ImmutableList of immutable Immutables values
  private final ImmutableList<ProgrammeItemEvent> history;

  private final ProgrammeItemState state;
  private final YearMonth due;

  private ProgrammeItem(
      ProgrammeItemId id, String matter, UnitId preparedBy, ImmutableList<ProgrammeItemEvent> history, YearMonth due) {
    this.id = id;
    this.matter = matter;
    this.preparedBy = preparedBy;
    this.history = history;
    this.state = history.get(history.size() - 1).command().leadsTo();
    this.due = due;
  }

  /**
   * Puts a matter on a programme: the first event of a new item.
   *
   * @param id the item's identifier, not null
   * @param matter the matter, not blank, not null; kept in NFC
   * @param preparedBy the body that prepares it, not null
   * @param due the month it is due, from 1930-02 to 2199-12, not null
   * @param on the day it is planned, not null
   * @param by who planned it, not null
   * @return the item, {@link ProgrammeItemState#PLANNED}, not null
   * @throws IllegalArgumentException if the matter is blank or the month out of range
   */
  public static ProgrammeItem plan(
      ProgrammeItemId id, String matter, UnitId preparedBy, YearMonth due, LocalDate on, PersonId by) {
    return opened(id, matter, preparedBy, ProgrammeItemEvent.scheduling(ProgrammeItemCommand.PLAN, due, on, by));
  }

  /**
   * Rebuilds an item from its history, applying each event in turn as a command.
   *
   * @param id the item's identifier, not null
   * @param matter the matter, not blank, not null
   * @param preparedBy the body that prepares it, not null
   * @param history the events, the first a {@link ProgrammeItemCommand#PLAN}, in date order, not empty, none null
   * @return the item, not null
   * @throws IllegalArgumentException if the history is empty, does not start with a plan, is not in date order or
   *     moves the month due back, or the matter is blank
   * @throws ProgrammeWorkflowException if an event is a command its state does not accept
   */
  public static ProgrammeItem replay(
      ProgrammeItemId id, String matter, UnitId preparedBy, Iterable<ProgrammeItemEvent> history) {
    Iterator<ProgrammeItemEvent> events = Arguments.list(history, "history").iterator();
    checkArgument(events.hasNext(), "the history of programme item %s starts with its plan; it is empty", id);
    ProgrammeItem item = opened(id, matter, preparedBy, events.next());
    while (events.hasNext()) {
      item = item.apply(events.next());
    }
    return item;
  }

  private static ProgrammeItem opened(
      ProgrammeItemId id, String matter, UnitId preparedBy, ProgrammeItemEvent plan) {
    requireNonNull(id, "id");
    requireNonNull(matter, "matter");
    requireNonNull(preparedBy, "preparedBy");
    checkArgument(!Texts.isBlank(matter), "a programme item names its matter: %s is blank", Texts.quote(matter));
    checkArgument(
        plan.command() == ProgrammeItemCommand.PLAN,
        "the history of a programme item starts with its plan; that of %s starts with %s",
        id,
        plan.command());
    return new ProgrammeItem(
        id,
        Normalizer.normalize(matter, Normalizer.Form.NFC),
        preparedBy,
        ImmutableList.of(plan),
        plan.due().orElseThrow());
  }

  /**
   * Applies a command recorded as an event: returns this item with the event appended, or throws and leaves this
   * item as it was.
   *
   * @param event the event, dated on or after the last event, not null
   * @return the new item, not null
   * @throws ProgrammeWorkflowException if the item's state does not accept the event's command
   * @throws IllegalArgumentException if the event is dated before the last event, or a carry-over's month due is
   *     before the month the item was due
   */
  public ProgrammeItem apply(ProgrammeItemEvent event) {
    requireNonNull(event, "event");
    if (!state.allows(event.command())) {
      throw new ProgrammeWorkflowException(id, state, event.command());
    }
    ProgrammeItemEvent last = history.get(history.size() - 1);
    checkArgument(
        !event.date().isBefore(last.date()),
        "the events of a programme item are in date order; the last event of %s is on %s, the %s is dated %s",
        id,
        last.date(),
        event.command(),
        event.date());
    YearMonth nextDue = event.due().orElse(due);
    checkArgument(
        event.command() != ProgrammeItemCommand.CARRY_OVER || !nextDue.isBefore(due),
        "an item carried over is not due earlier than it was: %s was due %s, the carry-over sets %s",
        id,
        due,
        nextDue);
    return new ProgrammeItem(
        id,
        matter,
        preparedBy,
        ImmutableList.<ProgrammeItemEvent>builderWithExpectedSize(history.size() + 1)
            .addAll(history)
            .add(event)
            .build(),
        nextDue);
  }

  /**
   * The body preparing the matter has its draft ready.
   *
   * @param on the day, on or after the last event, not null
   * @param by who reports it, not null
   * @return the item, {@link ProgrammeItemState#PREPARED}, not null
   * @throws ProgrammeWorkflowException unless the item is {@link ProgrammeItemState#PLANNED}
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ProgrammeItem prepare(LocalDate on, PersonId by) {
    return apply(ProgrammeItemEvent.of(ProgrammeItemCommand.PREPARE, on, by));
  }

  /**
   * The matter is submitted to the session.
   *
   * @param on the day, on or after the last event, not null
   * @param by who submits it, not null
   * @return the item, {@link ProgrammeItemState#SUBMITTED}, not null
   * @throws ProgrammeWorkflowException unless the item is {@link ProgrammeItemState#PREPARED}
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ProgrammeItem submit(LocalDate on, PersonId by) {
    return apply(ProgrammeItemEvent.of(ProgrammeItemCommand.SUBMIT, on, by));
  }

  /**
   * The body discussed the matter and concluded on it.
   *
   * @param gist the gist of the conclusion, or empty, not null
   * @param on the day of the session, on or after the last event, not null
   * @param by who records it, not null
   * @return the item, {@link ProgrammeItemState#CONCLUDED}, not null
   * @throws ProgrammeWorkflowException unless the item is {@link ProgrammeItemState#SUBMITTED}
   * @throws IllegalArgumentException if the day is before the last event, or the gist is blank
   */
  public ProgrammeItem conclude(Optional<String> gist, LocalDate on, PersonId by) {
    requireNonNull(gist, "gist");
    return apply(
        ProgrammeItemEvent.builder()
            .command(ProgrammeItemCommand.CONCLUDE)
            .note(gist)
            .date(on)
            .actor(by)
            .build());
  }

  /**
   * Moves the matter to a later period, with a reason; {@link #carryOver} then takes it into that period's
   * programme.
   *
   * @param reason why, not blank
   * @param on the day, on or after the last event, not null
   * @param by who decided it, not null
   * @return the item, {@link ProgrammeItemState#POSTPONED}, not null
   * @throws ProgrammeWorkflowException unless the item is planned, prepared or submitted
   * @throws IllegalArgumentException if the day is before the last event, or the reason is blank
   */
  public ProgrammeItem postpone(String reason, LocalDate on, PersonId by) {
    return apply(ProgrammeItemEvent.noted(ProgrammeItemCommand.POSTPONE, reason, on, by));
  }

  /**
   * Takes a postponed matter into the next period's programme, due in a later month; the item keeps its
   * identifier and its history, and is planned again.
   *
   * @param due the new month due, not before the month it was due, up to 2199-12, not null
   * @param on the day, on or after the last event, not null
   * @param by who carried it over, not null
   * @return the item, {@link ProgrammeItemState#PLANNED}, not null
   * @throws ProgrammeWorkflowException unless the item is {@link ProgrammeItemState#POSTPONED}
   * @throws IllegalArgumentException if the day is before the last event, or the month is earlier
   */
  public ProgrammeItem carryOver(YearMonth due, LocalDate on, PersonId by) {
    return apply(ProgrammeItemEvent.scheduling(ProgrammeItemCommand.CARRY_OVER, due, on, by));
  }

  /**
   * Takes the matter off the programme, with a reason.
   *
   * @param reason why, not blank
   * @param on the day, on or after the last event, not null
   * @param by who decided it, not null
   * @return the item, {@link ProgrammeItemState#DROPPED}, not null
   * @throws ProgrammeWorkflowException if the item is concluded or dropped
   * @throws IllegalArgumentException if the day is before the last event, or the reason is blank
   */
  public ProgrammeItem drop(String reason, LocalDate on, PersonId by) {
    return apply(ProgrammeItemEvent.noted(ProgrammeItemCommand.DROP, reason, on, by));
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier, not null
   */
  public ProgrammeItemId id() {
    return id;
  }

  /**
   * Returns the matter.
   *
   * @return the matter, not blank, in NFC
   */
  public String matter() {
    return matter;
  }

  /**
   * Returns the body that prepares the matter.
   *
   * @return the unit, not null
   */
  public UnitId preparedBy() {
    return preparedBy;
  }

  /**
   * Returns every event, the plan first, in the order they were recorded.
   *
   * @return the history, not empty
   */
  public ImmutableList<ProgrammeItemEvent> history() {
    return history;
  }

  /**
   * Returns the state after the last event.
   *
   * @return the state, not null
   */
  public ProgrammeItemState state() {
    return state;
  }

  /**
   * Returns the commands the item accepts now.
   *
   * @return the allowed commands, empty once it is concluded or dropped, not null
   */
  public ImmutableSet<ProgrammeItemCommand> allowedCommands() {
    return state.allowedCommands();
  }

  /**
   * Returns the month the matter is due: that of the plan, or of the last carry-over.
   *
   * @return the month, not null
   */
  public YearMonth due() {
    return due;
  }

  /**
   * Returns the day it was first planned.
   *
   * @return the day, not null
   */
  public LocalDate plannedOn() {
    return history.get(0).date();
  }

  /**
   * Returns how many times the matter was carried over into a next period's programme.
   *
   * @return the count, 0 or more
   */
  public int timesCarriedOver() {
    return (int) history.stream().filter(e -> e.command() == ProgrammeItemCommand.CARRY_OVER).count();
  }

  /**
   * Returns the day the matter was concluded.
   *
   * @return the day, or empty if it was not
   */
  public Optional<LocalDate> concludedOn() {
    return state == ProgrammeItemState.CONCLUDED
        ? Optional.of(history.get(history.size() - 1).date())
        : Optional.empty();
  }

  /**
   * Returns the state at the end of a day: that of the last event dated on or before it.
   *
   * @param day the day, not null
   * @return the state, or empty if the item was not yet planned on that day
   */
  public Optional<ProgrammeItemState> stateOn(LocalDate day) {
    requireNonNull(day, "day");
    @Nullable ProgrammeItemState result = null;
    for (ProgrammeItemEvent event : history) {
      if (event.date().isAfter(day)) {
        break;
      }
      result = event.command().leadsTo();
    }
    return Optional.ofNullable(result);
  }

  /**
   * Tells whether the matter was late at the end of a day: still open, and the month it was due then over.
   *
   * @param day the day, not null
   * @return true if the item was planned, prepared or submitted that day and due in an earlier month
   */
  public boolean isLateOn(LocalDate day) {
    requireNonNull(day, "day");
    Optional<ProgrammeItemState> then = stateOn(day);
    if (then.isEmpty() || !then.get().isOpen()) {
      return false;
    }
    YearMonth dueThen = history.get(0).due().orElseThrow();
    for (ProgrammeItemEvent event : history) {
      if (event.date().isAfter(day)) {
        break;
      }
      dueThen = event.due().orElse(dueThen);
    }
    return YearMonth.from(day).isAfter(dueThen);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgrammeItem other
        && id.equals(other.id)
        && matter.equals(other.matter)
        && preparedBy.equals(other.preparedBy)
        && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, matter, preparedBy, history);
  }

  /**
   * Returns the identifier, the matter, the body preparing it, the state and the month due: "ProgrammeItem[HG-BTV-7,
   * 'review of the first half', prepared by HG-VPTU, PLANNED, due 2016-07]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ProgrammeItem["
        + id
        + ", "
        + Texts.quote(matter)
        + ", prepared by "
        + preparedBy
        + ", "
        + state
        + ", due "
        + due
        + "]";
  }
}
