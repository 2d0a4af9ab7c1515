package io.github.vanphong.asset;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a {@link RoomSchedule} refuses a booking, a cancellation or a room: it names the {@link RoomRule} that
 * refused, then the facts. For example "NO_OVERLAP: booking B2 of room HT1 on 2016-03-01 09:00-10:00 overlaps
 * booking B1 07:30-11:30". The schedule the command was given to is unchanged.
 *
 * <p>A refused booking is data that does not fit the schedule, so this is an {@link IllegalArgumentException}; a
 * test asserts on {@link #rule()}, not on the text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoomBookingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final RoomRule rule;

  RoomBookingException(RoomRule rule, String facts) {
    super(requireNonNull(rule, "rule").name() + ": " + facts);
    this.rule = rule;
  }

  /**
   * The rule that refused.
   *
   * @return the rule, not null
   */
  public RoomRule rule() {
    return rule;
  }
}
