package io.github.vanphong.petition;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.concurrent.LazyInit;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.Suspension;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One time limit of a petition as it stands on a day: the stage, the rule applied, the {@link Deadline} with its
 * explanation, when the work was done if it was, and the status that day. For example the 7 working days to
 * process a denunciation received on Friday 2016-03-04, met on 2016-03-09.
 *
 * <p>Some limits bind the office ({@link #officeDuty()}): processing, forwarding, acceptance, notices, resolution.
 * Others only mark a day in the case: the window for a second complaint and the day a complaint decision becomes
 * final. Statistics of timeliness count the office's duties only.
 *
 * <p>Dates first, explanations when asked: the due date and the status are worked out when the deadline is made,
 * while the explaining {@link Deadline} is built on the first call of {@link #deadline()}, from the rule, the
 * start day, the extensions and the suspensions the deadline holds, so that a tally of a whole register builds
 * none. The two agree: the due date is the {@code Deadline}'s and the status is its {@link Deadline#statusOn}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PetitionDeadline {

  private final PetitionStage stage;
  private final ComplaintRound round;
  private final PetitionTimeLimit rule;
  private final LocalDate eventDay;
  private final ImmutableList<Integer> extensionDays;
  private final ImmutableList<Suspension> suspensions;
  private final WorkingCalendar calendar;
  private final LocalDate dueDate;
  private final @Nullable LocalDate completedOn;
  private final boolean officeDuty;
  private final LocalDate asOf;
  private final DeadlineStatus status;

  /** The explaining deadline, built on first use; racy like {@link String#hashCode()}, every build is equal. */
  @LazyInit private @Nullable Deadline deadline;

  /**
   * Makes the deadline of a stage from its due date and status, worked out by {@link PetitionDeadlines} as the
   * explaining {@link Deadline} would give them.
   */
  PetitionDeadline(
      PetitionStage stage,
      ComplaintRound round,
      PetitionTimeLimit rule,
      LocalDate eventDay,
      ImmutableList<Integer> extensionDays,
      ImmutableList<Suspension> suspensions,
      WorkingCalendar calendar,
      LocalDate dueDate,
      @Nullable LocalDate completedOn,
      boolean officeDuty,
      LocalDate asOf,
      DeadlineStatus status) {
    this.stage = stage;
    this.round = round;
    this.rule = rule;
    this.eventDay = eventDay;
    this.extensionDays = extensionDays;
    this.suspensions = suspensions;
    this.calendar = calendar;
    this.dueDate = dueDate;
    this.completedOn = completedOn;
    this.officeDuty = officeDuty;
    this.asOf = asOf;
    this.status = status;
  }

  /**
   * The stage the limit governs.
   *
   * @return the stage, not null
   */
  public PetitionStage stage() {
    return stage;
  }

  /**
   * The round of a complaint the limit belongs to; {@link ComplaintRound#FIRST} for other kinds.
   *
   * @return the round, not null
   */
  public ComplaintRound round() {
    return round;
  }

  /**
   * The rule of the rule book applied.
   *
   * @return the rule, not null
   */
  public PetitionTimeLimit rule() {
    return rule;
  }

  /**
   * The deadline, with its extensions and suspensions. It is built on the first call, and explains itself ({@link
   * Deadline#explain()}).
   *
   * @return the deadline, not null
   */
  public Deadline deadline() {
    Deadline built = deadline;
    if (built == null) {
      built = explaining(rule, eventDay, extensionDays, suspensions, calendar);
      deadline = built;
    }
    return built;
  }

  /** The explaining deadline of a rule for an event: its limit, then each extension, then each suspension. */
  static Deadline explaining(
      PetitionTimeLimit rule,
      LocalDate eventDay,
      List<Integer> extensionDays,
      List<Suspension> suspensions,
      WorkingCalendar calendar) {
    Deadline built = rule.deadline(eventDay, calendar);
    for (int days : extensionDays) {
      built = built.extendedBy(Extension.of(days, rule.basis()));
    }
    for (Suspension suspension : suspensions) {
      built = built.suspendedFor(suspension);
    }
    return built;
  }

  /**
   * The due date, as {@link #deadline()} gives it, without building the deadline.
   *
   * @return the due date, a working day, not null
   */
  LocalDate dueDate() {
    return dueDate;
  }

  /**
   * The day the work was done or the stage ended, if on or before the day asked about.
   *
   * @return the day, or empty if still pending
   */
  public Optional<LocalDate> completedOn() {
    return Optional.ofNullable(completedOn);
  }

  /**
   * Whether the limit binds the office.
   *
   * @return true for a duty of the office
   */
  public boolean officeDuty() {
    return officeDuty;
  }

  /**
   * The day the status is given for.
   *
   * @return the day, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The status on {@link #asOf()}: that of {@link #deadline()} on that day ({@link Deadline#statusOn(LocalDate,
   * Optional, int) Deadline.statusOn}), with the completion and a warning of 3 working days.
   *
   * @return the status, not null
   */
  public DeadlineStatus status() {
    return status;
  }

  /**
   * Returns whether the limit is overdue on {@link #asOf()}: not done and past its due date.
   *
   * @return true if overdue
   */
  public boolean isOverdue() {
    return status == DeadlineStatus.OVERDUE;
  }

  /**
   * Returns whether the other object is the deadline of the same stage, round and rule, with an equal {@link
   * #deadline()} (the same start day, extensions, suspensions and calendar), the same completion and duty, on the
   * same day.
   *
   * @param o the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PetitionDeadline other
        && stage == other.stage
        && round == other.round
        && officeDuty == other.officeDuty
        && rule.equals(other.rule)
        && eventDay.equals(other.eventDay)
        && extensionDays.equals(other.extensionDays)
        && suspensions.equals(other.suspensions)
        && calendar.equals(other.calendar)
        && Objects.equals(completedOn, other.completedOn)
        && asOf.equals(other.asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        stage, round, rule, eventDay, extensionDays, suspensions, calendar, completedOn, officeDuty, asOf);
  }

  /**
   * Returns the readable form, for example {@code "RESOLUTION (FIRST) due 2016-05-03: ON_TRACK on 2016-04-01"}.
   *
   * @return the stage, round, due date and status, not null
   */
  @Override
  public String toString() {
    return stage
        + " ("
        + round
        + ") due "
        + dueDate
        + ": "
        + status
        + " on "
        + asOf
        + (completedOn == null ? "" : ", done " + completedOn);
  }
}
