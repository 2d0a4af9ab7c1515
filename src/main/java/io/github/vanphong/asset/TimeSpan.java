package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A span of time within one day, from a start inclusive to an end exclusive, to the minute: for example {@code
 * 07:30-11:30}, a morning's briefing. Two spans overlap when one starts before the other ends; a span ending at
 * 09:00 and one starting at 09:00 do not.
 *
 * <p>{@link #toString()} is the canonical form {@code HH:mm-HH:mm}, which {@link #parse} reads back. A span ends on
 * the day it starts: the last end is 23:59.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class TimeSpan implements Comparable<TimeSpan> {

  private final LocalTime start;
  private final LocalTime end;

  private TimeSpan(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the span from a start to an end, to the minute.
   *
   * @param start the first minute, not null, whole minutes
   * @param end the minute the span ends, exclusive, not null, whole minutes, after the start
   * @return the span, not null
   * @throws IllegalArgumentException if a time has seconds, or the end is not after the start
   */
  public static TimeSpan of(LocalTime start, LocalTime end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(
        start.getSecond() == 0 && start.getNano() == 0 && end.getSecond() == 0 && end.getNano() == 0,
        "a time span is counted in whole minutes: %s to %s",
        start,
        end);
    checkArgument(end.isAfter(start), "a time span ends after it starts: %s to %s", start, end);
    return new TimeSpan(start, end);
  }

  /**
   * Reads the canonical form {@code HH:mm-HH:mm}, for example "07:30-11:30".
   *
   * @param text the text, not null
   * @return the span, not null
   * @throws IllegalArgumentException if the text is not of that form or the end is not after the start
   */
  public static TimeSpan parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    checkArgument(
        s.length() == 11 && s.charAt(5) == '-',
        "cannot parse time span %s: expected HH:mm-HH:mm",
        Texts.quote(s));
    try {
      return of(parseTime(s.substring(0, 5)), parseTime(s.substring(6)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "cannot parse time span " + Texts.quote(s) + ": expected HH:mm-HH:mm", e);
    }
  }

  private static LocalTime parseTime(String text) {
    checkArgument(
        text.chars().allMatch(c -> c == ':' || (c >= '0' && c <= '9')) && text.charAt(2) == ':',
        "cannot parse time %s: expected HH:mm",
        Texts.quote(text));
    return LocalTime.parse(text);
  }

  /**
   * The first minute of the span.
   *
   * @return the start, not null
   */
  public LocalTime start() {
    return start;
  }

  /**
   * The minute the span ends, exclusive.
   *
   * @return the end, after the start, not null
   */
  public LocalTime end() {
    return end;
  }

  /**
   * Tells whether this span and another share a minute.
   *
   * @param other the other span, not null
   * @return true if each starts before the other ends
   */
  public boolean overlaps(TimeSpan other) {
    requireNonNull(other, "other");
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Orders spans by their start, then their end.
   *
   * @param other the other span, not null
   * @return negative, zero or positive as this span comes before, with or after the other
   */
  @Override
  public int compareTo(TimeSpan other) {
    requireNonNull(other, "other");
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TimeSpan other && start.equals(other.start) && end.equals(other.end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  /**
   * Returns the canonical form, for example "07:30-11:30".
   *
   * @return {@code HH:mm-HH:mm}, not null
   */
  @Override
  public String toString() {
    return start + "-" + end;
  }
}
