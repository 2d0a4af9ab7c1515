package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a milestone stands on a day for an office: done on a date, done late, due with days left, or overdue. For
 * example the voter lists of the 2016 election (by 2016-04-12) not yet posted on 2016-04-10 are {@link
 * MilestoneStatus#DUE} with 2 days left; posted on 2016-04-11, they are {@link MilestoneStatus#DONE} on any day from
 * then on.
 *
 * <p>A milestone done on the day of its date is done in time; not done on that day, it is still due, with 0 days left,
 * and overdue the day after. A record dated after the day asked about does not count on that day: the check keeps no
 * such record, so two checks that say the same are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class MilestoneCheck {

  @SuppressWarnings("Immutable") // an immutable value type
  private final Milestone milestone;
  private final LocalDate asOf;
  private final @Nullable LocalDate doneOn;

  private MilestoneCheck(Milestone milestone, LocalDate asOf, @Nullable LocalDate doneOn) {
    this.milestone = milestone;
    this.asOf = asOf;
    this.doneOn = doneOn;
  }

  /**
   * Returns how a milestone stands on a day, given the day it was recorded done if it was.
   *
   * @param milestone the milestone, not null
   * @param doneOn the day it was recorded done, or empty if it was not, not null
   * @param asOf the day asked about, not null
   * @return the check, not null; a record after {@code asOf} is not kept
   */
  public static MilestoneCheck of(Milestone milestone, Optional<LocalDate> doneOn, LocalDate asOf) {
    requireNonNull(milestone, "milestone");
    requireNonNull(doneOn, "doneOn");
    requireNonNull(asOf, "asOf");
    LocalDate done = doneOn.filter(d -> !d.isAfter(asOf)).orElse(null);
    return new MilestoneCheck(milestone, asOf, done);
  }

  /**
   * Returns the milestone.
   *
   * @return the milestone, not null
   */
  public Milestone milestone() {
    return milestone;
  }

  /**
   * Returns the day asked about.
   *
   * @return the day, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the day the milestone was recorded done, if that is on or before the day asked about.
   *
   * @return the day, or empty if it was not done by then
   */
  public Optional<LocalDate> doneOn() {
    return Optional.ofNullable(doneOn);
  }

  /**
   * Returns how the milestone stands.
   *
   * @return the status, not null
   */
  public MilestoneStatus status() {
    LocalDate date = milestone.date();
    if (doneOn != null) {
      return doneOn.isAfter(date) ? MilestoneStatus.DONE_LATE : MilestoneStatus.DONE;
    }
    return asOf.isAfter(date) ? MilestoneStatus.OVERDUE : MilestoneStatus.DUE;
  }

  /**
   * Returns the calendar days from the day asked about to the milestone's date: 2 on 2016-04-10 for a milestone of
   * 2016-04-12, 0 on its date, negative once it has passed.
   *
   * @return the days left, negative when the date has passed
   */
  public long daysLeft() {
    return ChronoUnit.DAYS.between(asOf, milestone.date());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MilestoneCheck other
        && milestone.equals(other.milestone)
        && asOf.equals(other.asOf)
        && Objects.equals(doneOn, other.doneOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(milestone, asOf, doneOn);
  }

  /**
   * Returns a readable form, for example "VOTER_LISTS_POSTED_2015 2016-04-12 as of 2016-04-10: DUE, 2 days left" or
   * "... as of 2016-04-13: DONE on 2016-04-11".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    MilestoneStatus status = status();
    return milestone
        + " as of "
        + asOf
        + ": "
        + status
        + (doneOn != null ? " on " + doneOn : ", " + daysLeft() + " days left");
  }
}
