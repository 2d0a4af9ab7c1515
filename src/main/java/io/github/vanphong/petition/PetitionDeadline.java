package io.github.vanphong.petition;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.DeadlineStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One time limit of a petition as it stands on a day: the stage, the rule applied, the {@link Deadline} with its
 * explanation, when the work was done if it was, and the status that day. For example the 7 working days to
 * process a denunciation received on Friday 2016-03-04, met on 2016-03-09.
 *
 * <p>Some limits bind the office ({@link #officeDuty()}): processing, forwarding, acceptance, notices, resolution.
 * Others only mark a day in the case: the window for a second complaint and the day a complaint decision becomes
 * final. Statistics of timeliness count the office's duties only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PetitionDeadline {

  PetitionDeadline() {}

  /**
   * The stage the limit governs.
   *
   * @return the stage, not null
   */
  public abstract PetitionStage stage();

  /**
   * The round of a complaint the limit belongs to; {@link ComplaintRound#FIRST} for other kinds.
   *
   * @return the round, not null
   */
  public abstract ComplaintRound round();

  /**
   * The rule of the rule book applied.
   *
   * @return the rule, not null
   */
  public abstract PetitionTimeLimit rule();

  /**
   * The deadline, with its extensions and suspensions.
   *
   * @return the deadline, not null
   */
  public abstract Deadline deadline();

  /**
   * The day the work was done or the stage ended, if on or before the day asked about.
   *
   * @return the day, or empty if still pending
   */
  public abstract Optional<LocalDate> completedOn();

  /**
   * Whether the limit binds the office.
   *
   * @return true for a duty of the office
   */
  public abstract boolean officeDuty();

  /**
   * The day the status is given for.
   *
   * @return the day, not null
   */
  public abstract LocalDate asOf();

  /**
   * The status on {@link #asOf()}.
   *
   * @return the status, not null
   */
  @Value.Derived
  public DeadlineStatus status() {
    return deadline().statusOn(asOf(), completedOn(), 3);
  }

  /**
   * Returns whether the limit is overdue on {@link #asOf()}: not done and past its due date.
   *
   * @return true if overdue
   */
  public boolean isOverdue() {
    return status() == DeadlineStatus.OVERDUE;
  }

  static ImmutablePetitionDeadline.Builder builder() {
    return ImmutablePetitionDeadline.builder();
  }

  /**
   * Returns the readable form, for example {@code "RESOLUTION (FIRST) due 2016-05-03: ON_TRACK on 2016-04-01"}.
   *
   * @return the stage, round, due date and status, not null
   */
  @Override
  public String toString() {
    return stage()
        + " ("
        + round()
        + ") due "
        + deadline().dueDate()
        + ": "
        + status()
        + " on "
        + asOf()
        + completedOn().map(d -> ", done " + d).orElse("");
  }
}
