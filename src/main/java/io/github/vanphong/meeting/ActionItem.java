package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.PersistentVector;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The work one unit owes on one conclusion of a briefing, followed up to its end: for example conclusion 4 of the
 * Hậu Giang briefing of 2016-03-01 (serving the 2016 elections), assigned to the provincial office with a deadline
 * counted on the working calendar.
 *
 * <p>An action item is its assignment plus an append-only history of {@link ActionItemEvent}s; its {@link
 * ActionItemState} and its current {@link Deadline} are derived from them. A command ({@link #start}, {@link
 * #extend}, {@link #reportDone}, {@link #cancel}, or {@link #apply(ActionItemEvent) apply}) returns a new item with one
 * more event, or throws: an {@link ActionItemWorkflowException} naming the item, its state, the command and the
 * commands allowed when the state does not accept the command, an {@link IllegalArgumentException} when the event is
 * dated before the last one. The item given the command is left as it was. Every command takes its data first, then
 * the day, then who gives it: {@code item.extend(extension, on, by)}. {@link #replay} rebuilds an item from its
 * history, so a stored history always gives back the same item.
 *
 * <p>Whether the work was on time is the {@link DeadlineStatus} of the deadline on a day, the report of completion
 * counting as the day the work was done. The workflow and the 3 working days of "due soon" are conventions of the
 * library; the deadline itself is whatever the conclusion notice sets.
 *
 * <p>A command costs about the same whatever the length of the history: an item shares its events with the item it
 * was made from instead of copying them; {@link #history()} makes its list once, on first use.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ActionItem {

  /** The working days before the due date in which an open item is {@link DeadlineStatus#DUE_SOON}. */
  public static final int DUE_SOON_WITHIN = 3;

  private final ActionItemId id;
  private final BriefingId briefing;
  @SuppressWarnings("Immutable") // an Immutables value
  private final Conclusion conclusion;
  private final UnitId owner;

  @SuppressWarnings("Immutable") // Deadline is immutable; it holds a WorkingCalendar, also immutable
  private final Deadline initialDeadline;

  /** The events, oldest first, shared with the items this one was made from. */
  @SuppressWarnings("Immutable") // PersistentVector of immutable Immutables values
  private final PersistentVector<ActionItemEvent> history;

  /** {@link #history} as a list, made on first use; racy single-check, as ImmutableList is safely published. */
  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields; see history()
  private @Nullable ImmutableList<ActionItemEvent> historyList;

  private final ActionItemState state;

  @SuppressWarnings("Immutable") // as initialDeadline
  private final Deadline deadline;

  private ActionItem(
      ActionItemId id,
      BriefingId briefing,
      Conclusion conclusion,
      UnitId owner,
      Deadline initialDeadline,
      PersistentVector<ActionItemEvent> history,
      Deadline deadline) {
    this.id = id;
    this.briefing = briefing;
    this.conclusion = conclusion;
    this.owner = owner;
    this.initialDeadline = initialDeadline;
    this.history = history;
    this.state = history.last().command().leadsTo();
    this.deadline = deadline;
  }

  /**
   * Assigns a conclusion to a unit with a deadline: the first event of a new item.
   *
   * @param id the item's identifier, not null
   * @param briefing the briefing whose conclusion it is, not null
   * @param conclusion the conclusion, not null
   * @param owner the unit in charge, not null
   * @param deadline the deadline set, counted from the conclusion notice or the briefing, not null
   * @param on the day of the assignment, on or after the day the deadline counts from, not null
   * @param by who assigned it, not null
   * @return the item, {@link ActionItemState#ASSIGNED}, not null
   * @throws IllegalArgumentException if the assignment is dated before the day the deadline counts from
   */
  public static ActionItem assign(
      ActionItemId id,
      BriefingId briefing,
      Conclusion conclusion,
      UnitId owner,
      Deadline deadline,
      LocalDate on,
      PersonId by) {
    return opened(id, briefing, conclusion, owner, deadline, ActionItemEvent.of(ActionItemCommand.ASSIGN, on, by));
  }

  /**
   * Rebuilds an item from its history, applying each event in turn as a command: the first event is the
   * assignment, and every later one must be accepted by the state the events before it lead to.
   *
   * @param id the item's identifier, not null
   * @param briefing the briefing whose conclusion it is, not null
   * @param conclusion the conclusion, not null
   * @param owner the unit in charge, not null
   * @param initialDeadline the deadline set at the assignment, not null
   * @param history the events, the first an {@link ActionItemCommand#ASSIGN}, in date order, not empty, not null,
   *     none null
   * @return the item, not null
   * @throws IllegalArgumentException if the history is empty, does not start with an assignment, is not in date
   *     order, or starts before the day the deadline counts from
   * @throws ActionItemWorkflowException if an event is a command its state does not accept
   */
  public static ActionItem replay(
      ActionItemId id,
      BriefingId briefing,
      Conclusion conclusion,
      UnitId owner,
      Deadline initialDeadline,
      Iterable<ActionItemEvent> history) {
    Iterator<ActionItemEvent> events = Arguments.list(history, "history").iterator();
    checkArgument(events.hasNext(), "the history of action item %s starts with its assignment; it is empty", id);
    ActionItem item = opened(id, briefing, conclusion, owner, initialDeadline, events.next());
    while (events.hasNext()) {
      item = item.apply(events.next());
    }
    return item;
  }

  private static ActionItem opened(
      ActionItemId id,
      BriefingId briefing,
      Conclusion conclusion,
      UnitId owner,
      Deadline deadline,
      ActionItemEvent assignment) {
    requireNonNull(id, "id");
    requireNonNull(briefing, "briefing");
    requireNonNull(conclusion, "conclusion");
    requireNonNull(owner, "owner");
    requireNonNull(deadline, "deadline");
    checkArgument(
        assignment.command() == ActionItemCommand.ASSIGN,
        "the history of an action item starts with its assignment; that of %s starts with %s",
        id,
        assignment);
    checkArgument(
        !assignment.date().isBefore(deadline.eventDay()),
        "an action item is assigned on or after the day its deadline counts from (%s, %s); %s is dated %s",
        deadline.eventDay(),
        deadline.startEvent(),
        id,
        assignment.date());
    return new ActionItem(id, briefing, conclusion, owner, deadline, PersistentVector.<ActionItemEvent>empty().plus(assignment), deadline);
  }

  /**
   * Applies a command recorded as an event: returns this item with the event appended, or throws and leaves this
   * item as it was.
   *
   * @param event the event, dated on or after the last event, not null
   * @return the new item, not null
   * @throws ActionItemWorkflowException if the item's state does not accept the event's command
   * @throws IllegalArgumentException if the event is dated before the last event
   * @throws java.time.DateTimeException if an extension carries the due date beyond the calendar's range
   */
  public ActionItem apply(ActionItemEvent event) {
    requireNonNull(event, "event");
    if (!state.allows(event.command())) {
      throw new ActionItemWorkflowException(id, state, event.command());
    }
    ActionItemEvent last = history.last();
    checkArgument(
        !event.date().isBefore(last.date()),
        "the events of an action item are in date order; the last event of %s is on %s, the %s is dated %s",
        id,
        last.date(),
        event.command(),
        event.date());
    Deadline next = event.extension().map(deadline::extendedBy).orElse(deadline);
    return new ActionItem(
        id,
        briefing,
        conclusion,
        owner,
        initialDeadline,
        history.plus(event),
        next);
  }

  /**
   * The unit in charge starts the work.
   *
   * @param on the day, on or after the last event, not null
   * @param by who reports the start, not null
   * @return the item, {@link ActionItemState#IN_PROGRESS}, not null
   * @throws ActionItemWorkflowException unless the item is {@link ActionItemState#ASSIGNED}
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ActionItem start(LocalDate on, PersonId by) {
    return apply(ActionItemEvent.of(ActionItemCommand.START, on, by));
  }

  /**
   * Gives the deadline more days, counted as its time limit counts them.
   *
   * @param extension the days and the basis, not null
   * @param on the day the extension is granted, on or after the last event, not null
   * @param by who granted it, not null
   * @return the item, {@link ActionItemState#EXTENDED}, with the later deadline, not null
   * @throws ActionItemWorkflowException unless the item is in progress or already extended
   * @throws IllegalArgumentException if the day is before the last event
   * @throws java.time.DateTimeException if the new due date falls outside the calendar's range
   */
  public ActionItem extend(Extension extension, LocalDate on, PersonId by) {
    return apply(ActionItemEvent.extension(extension, on, by));
  }

  /**
   * The unit in charge reports the work done; the day of the report counts as the day of completion.
   *
   * @param on the day of the report, on or after the last event, not null
   * @param by who reported, not null
   * @return the item, {@link ActionItemState#REPORTED_DONE}, not null
   * @throws ActionItemWorkflowException unless the item is in progress or extended
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ActionItem reportDone(LocalDate on, PersonId by) {
    return apply(ActionItemEvent.of(ActionItemCommand.REPORT_DONE, on, by));
  }

  /**
   * Withdraws the item, with a reason.
   *
   * @param reason why, not blank
   * @param on the day, on or after the last event, not null
   * @param by who cancelled it, not null
   * @return the item, {@link ActionItemState#CANCELLED}, not null
   * @throws ActionItemWorkflowException if the item is already reported done or cancelled
   * @throws IllegalArgumentException if the day is before the last event, or the reason is blank
   */
  public ActionItem cancel(String reason, LocalDate on, PersonId by) {
    return apply(ActionItemEvent.cancellation(reason, on, by));
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier, not null
   */
  public ActionItemId id() {
    return id;
  }

  /**
   * Returns the briefing whose conclusion this item carries out.
   *
   * @return the briefing's identifier, not null
   */
  public BriefingId briefing() {
    return briefing;
  }

  /**
   * Returns the conclusion this item carries out.
   *
   * @return the conclusion, not null
   */
  public Conclusion conclusion() {
    return conclusion;
  }

  /**
   * Returns the unit in charge.
   *
   * @return the unit's identifier, not null
   */
  public UnitId owner() {
    return owner;
  }

  /**
   * Returns the deadline set at the assignment, before any extension.
   *
   * @return the initial deadline, not null
   */
  public Deadline initialDeadline() {
    return initialDeadline;
  }

  /**
   * Returns the deadline now: the initial one with every extension granted.
   *
   * @return the deadline, not null
   */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * Returns every event, the assignment first, in the order they were recorded. The list is made on the first call,
   * in time linear in the length of the history, and kept.
   *
   * @return the history, not empty
   */
  public ImmutableList<ActionItemEvent> history() {
    ImmutableList<ActionItemEvent> list = historyList;
    if (list == null) {
      list = history.asList();
      historyList = list;
    }
    return list;
  }

  /**
   * Returns the state after the last event.
   *
   * @return the state, not null
   */
  public ActionItemState state() {
    return state;
  }

  /**
   * Returns the commands the item accepts now.
   *
   * @return the allowed commands, empty once the item is reported done or cancelled, not null
   */
  public ImmutableSet<ActionItemCommand> allowedCommands() {
    return state.allowedCommands();
  }

  /**
   * Returns the day of the assignment.
   *
   * @return the day, not null
   */
  public LocalDate assignedOn() {
    return history.get(0).date();
  }

  /**
   * Returns the day the work was reported done.
   *
   * @return the day, or empty if it was not
   */
  public Optional<LocalDate> reportedDoneOn() {
    return state == ActionItemState.REPORTED_DONE
        ? Optional.of(history.last().date())
        : Optional.empty();
  }

  /**
   * Returns the state at the end of a day: that of the last event dated on or before it.
   *
   * @param day the day, not null
   * @return the state, or empty if the item was not yet assigned on that day
   */
  public Optional<ActionItemState> stateOn(LocalDate day) {
    requireNonNull(day, "day");
    @Nullable ActionItemState result = null;
    for (ActionItemEvent event : history) {
      if (event.date().isAfter(day)) {
        break;
      }
      result = event.command().leadsTo();
    }
    return Optional.ofNullable(result);
  }

  /**
   * Returns the deadline as it stood at the end of a day: the initial one with the extensions granted by then.
   *
   * @param day the day, not null
   * @return the deadline, not null
   */
  public Deadline deadlineOn(LocalDate day) {
    requireNonNull(day, "day");
    Deadline result = initialDeadline;
    for (ActionItemEvent event : history) {
      if (event.date().isAfter(day)) {
        break;
      }
      if (event.extension().isPresent()) {
        result = result.extendedBy(event.extension().get());
      }
    }
    return result;
  }

  /**
   * Returns where the deadline stood at the end of a day: {@link DeadlineStatus#MET} or {@link
   * DeadlineStatus#MET_LATE} once the work was reported done by then; otherwise on track, due soon (within {@link
   * #DUE_SOON_WITHIN} working days), due today or overdue, against the deadline as extended by then.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the status, or empty if the item was not yet assigned or was already cancelled on that day
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public Optional<DeadlineStatus> deadlineStatusOn(LocalDate day) {
    Optional<ActionItemState> stateThen = stateOn(day);
    if (stateThen.isEmpty() || stateThen.get() == ActionItemState.CANCELLED) {
      return Optional.empty();
    }
    Optional<LocalDate> done =
        stateThen.get() == ActionItemState.REPORTED_DONE ? reportedDoneOn() : Optional.empty();
    return Optional.of(deadlineOn(day).statusOn(day, done, DUE_SOON_WITHIN));
  }

  /**
   * Tells whether the item was overdue at the end of a day: open, and its deadline as extended by then passed.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return true if the deadline status that day is {@link DeadlineStatus#OVERDUE}
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public boolean isOverdueOn(LocalDate day) {
    return deadlineStatusOn(day).filter(s -> s == DeadlineStatus.OVERDUE).isPresent();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ActionItem other
        && id.equals(other.id)
        && briefing.equals(other.briefing)
        && conclusion.equals(other.conclusion)
        && owner.equals(other.owner)
        && initialDeadline.equals(other.initialDeadline)
        && history().equals(other.history());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, briefing, conclusion, owner, initialDeadline, history());
  }

  /**
   * Returns the identifier, the conclusion's number, the unit, the state and the due date: "ActionItem[HG-4-VPTU,
   * conclusion 4 of HG-GB-2016-03-01, owner HG-VPTU, IN_PROGRESS, due 2016-04-29]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ActionItem["
        + id
        + ", conclusion "
        + conclusion.number()
        + " of "
        + briefing
        + ", owner "
        + owner
        + ", "
        + state
        + ", due "
        + deadline.dueDate()
        + "]";
  }
}
