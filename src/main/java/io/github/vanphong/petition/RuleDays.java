package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The days of a petition that choose its rules ({@link RuleDay}): the day it was received, the day it was accepted if
 * it was, and the day of the act in question. For example a complaint received on 2026-06-15, accepted on
 * 2026-06-20 and suspended on 2026-07-10 has {@code RuleDays.received(2026-06-15).accepted(2026-06-20)
 * .act(2026-07-10)}: its time limits are those of 2026-06-15, its suspension is governed by the rule of 2026-07-10.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RuleDays {

  private final LocalDate received;
  private final @Nullable LocalDate accepted;
  private final LocalDate act;

  private RuleDays(LocalDate received, @Nullable LocalDate accepted, LocalDate act) {
    this.received = received;
    this.accepted = accepted;
    this.act = act;
  }

  /**
   * Returns the days of a petition received on a day, not yet accepted, whose act in question is on that day.
   *
   * @param received the day received, not null
   * @return the days, not null
   */
  public static RuleDays received(LocalDate received) {
    requireNonNull(received, "received");
    return new RuleDays(received, null, received);
  }

  /** Returns the days as they are, for a message about days already checked where they were made. */
  static RuleDays of(LocalDate received, @Nullable LocalDate accepted, LocalDate act) {
    return new RuleDays(received, accepted, act);
  }

  /**
   * Returns these days with the day of acceptance.
   *
   * @param day the day accepted, not before the day received, not null
   * @return the days, not null
   * @throws IllegalArgumentException if the day is before the day received
   */
  public RuleDays accepted(LocalDate day) {
    requireNonNull(day, "day");
    checkArgument(!day.isBefore(received), "a petition received on %s is not accepted on %s", received, day);
    return new RuleDays(received, day, act.isBefore(day) ? day : act);
  }

  /**
   * Returns these days with the day of the act in question.
   *
   * @param day the day of the act, not before the day received nor the day accepted, not null
   * @return the days, not null
   * @throws IllegalArgumentException if the day is before the day received or accepted
   */
  public RuleDays act(LocalDate day) {
    requireNonNull(day, "day");
    LocalDate floor = accepted == null ? received : accepted;
    checkArgument(!day.isBefore(floor), "an act on %s cannot precede the petition's day %s", day, floor);
    return new RuleDays(received, accepted, day);
  }

  /**
   * Returns the day received.
   *
   * @return the day, not null
   */
  public LocalDate received() {
    return received;
  }

  /**
   * Returns the day accepted, if the petition was.
   *
   * @return the day, or empty
   */
  public Optional<LocalDate> accepted() {
    return Optional.ofNullable(accepted);
  }

  /**
   * Returns the day of the act in question.
   *
   * @return the day, not null
   */
  public LocalDate act() {
    return act;
  }

  /**
   * Returns the day that chooses a rule: the day received, the day accepted (the day of the act before acceptance),
   * or the day of the act.
   *
   * @param day which day, not null
   * @return the day, not null
   */
  public LocalDate on(RuleDay day) {
    requireNonNull(day, "day");
    return switch (day) {
      case RECEIVED -> received;
      case ACCEPTED -> accepted == null ? act : accepted;
      case ACT -> act;
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RuleDays other
        && received.equals(other.received)
        && Objects.equals(accepted, other.accepted)
        && act.equals(other.act);
  }

  @Override
  public int hashCode() {
    return Objects.hash(received, accepted, act);
  }

  /**
   * Returns the days, for example "received 2026-06-15, accepted 2026-06-20, act 2026-07-10".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "received " + received + (accepted == null ? "" : ", accepted " + accepted) + ", act " + act;
  }
}
