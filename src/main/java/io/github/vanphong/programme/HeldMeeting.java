package io.github.vanphong.programme;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;

/**
 * A meeting a body held: its day and whether it was regular or extraordinary. For example the regular meeting of a
 * Party cell on 2016-03-05.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class HeldMeeting implements Comparable<HeldMeeting> {

  HeldMeeting() {}

  /**
   * The day of the meeting.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * Whether it was a regular or an extraordinary meeting.
   *
   * @return the regime, not null
   */
  public abstract MeetingRegime regime();

  /**
   * Returns a meeting.
   *
   * @param date the day, not null
   * @param regime regular or extraordinary, not null
   * @return the meeting, not null
   */
  public static HeldMeeting of(LocalDate date, MeetingRegime regime) {
    return ImmutableHeldMeeting.builder().date(date).regime(regime).build();
  }

  /**
   * Returns a regular meeting.
   *
   * @param date the day, not null
   * @return the meeting, not null
   */
  public static HeldMeeting regular(LocalDate date) {
    return of(date, MeetingRegime.REGULAR);
  }

  /**
   * Returns an extraordinary meeting.
   *
   * @param date the day, not null
   * @return the meeting, not null
   */
  public static HeldMeeting extraordinary(LocalDate date) {
    return of(date, MeetingRegime.EXTRAORDINARY);
  }

  /**
   * Orders meetings by day, then regular before extraordinary.
   *
   * @param other the other meeting, not null
   * @return negative, zero or positive as this meeting comes before, with or after the other
   */
  @Override
  public int compareTo(HeldMeeting other) {
    requireNonNull(other, "other");
    int byDate = date().compareTo(other.date());
    return byDate != 0 ? byDate : regime().compareTo(other.regime());
  }

  /**
   * Returns the day and the regime: "2016-03-05 REGULAR".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return date() + " " + regime();
  }
}
