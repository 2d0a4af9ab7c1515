package io.github.vanphong.law;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The days on which something holds, both ends counted: a rule in force, a unit in existence, an appointment held.
 * For example the district level of party committees holds on {@code [1976-01-01..2025-06-30]}, and a rule in
 * force from 1 July 2026 with no known end holds on {@code [2026-07-01..)}.
 *
 * <p>A validity always has a first day; its last day is optional (open-ended). Dates, not instants: a day counts
 * whole. This is not a {@link java.time.Period} (an amount of time), nor a time limit counted under the Civil Code.
 *
 * <p>The canonical form returned by {@link #toString()} is {@code [first..last]} or {@code [first..)}, and {@link
 * #parse(CharSequence) parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Validity {

  private final LocalDate start;
  private final @Nullable LocalDate end;

  private Validity(LocalDate start, @Nullable LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Returns the open-ended validity that starts on the given day, for example a law in force from 2019-01-01.
   *
   * @param start the first day, not null
   * @return the validity {@code [start..)}, not null
   */
  public static Validity from(LocalDate start) {
    return new Validity(requireNonNull(start, "start"), null);
  }

  /**
   * Returns the validity from the first day to the last day, both counted.
   *
   * @param start the first day, not null
   * @param end the last day, not null, not before {@code start}
   * @return the validity {@code [start..end]}, not null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static Validity between(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "a validity cannot end (%s) before it starts (%s)", end, start);
    return new Validity(start, end);
  }

  /**
   * Reads a validity in its canonical form, {@code [2016-03-01..2025-06-30]} or {@code [2016-03-01..)}.
   *
   * @param text the text to read, not null
   * @return the validity, not null
   * @throws DateTimeParseException if the text is not in the canonical form or its dates do not exist; the
   *     error index points at the fault
   * @throws IllegalArgumentException if the last day is before the first
   */
  public static Validity parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (!s.startsWith("[")) {
      throw new DateTimeParseException("cannot parse validity " + Texts.quote(s) + " at index 0: expected '['", s, 0);
    }
    int dots = s.indexOf("..");
    if (dots < 0) {
      throw new DateTimeParseException(
          "cannot parse validity " + Texts.quote(s) + ": expected '..' between the days", s, s.length());
    }
    LocalDate start = parseDay(s, 1, dots);
    if (s.endsWith(")") && s.length() == dots + 3) {
      return from(start);
    }
    if (!s.endsWith("]")) {
      throw new DateTimeParseException(
          "cannot parse validity " + Texts.quote(s) + " at index " + (s.length() - 1) + ": expected ']' or ')'",
          s,
          Math.max(0, s.length() - 1));
    }
    return between(start, parseDay(s, dots + 2, s.length() - 1));
  }

  private static LocalDate parseDay(String s, int from, int to) {
    try {
      return LocalDate.parse(s.substring(from, to));
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "cannot parse validity " + Texts.quote(s) + " at index " + from + ": expected a day yyyy-mm-dd",
          s,
          from + e.getErrorIndex(),
          e);
    }
  }

  /**
   * Returns the first day.
   *
   * @return the first day, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day, if the validity has one.
   *
   * @return the last day, or empty if open-ended
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Tells whether the validity has no last day.
   *
   * @return true if open-ended
   */
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Tells whether the day lies within this validity, both ends counted.
   *
   * @param day the day, not null
   * @return true if {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !requireNonNull(day, "day").isBefore(start) && (end == null || !day.isAfter(end));
  }

  /**
   * Tells whether this validity and the other share at least one day.
   *
   * @param other the other validity, not null
   * @return true if some day lies in both
   */
  public boolean overlaps(Validity other) {
    requireNonNull(other, "other");
    return (end == null || !end.isBefore(other.start))
        && (other.end == null || !other.end.isBefore(start));
  }

  /**
   * Tells whether every day of the other validity lies in this one.
   *
   * @param other the other validity, not null
   * @return true if this validity encloses the other
   */
  public boolean encloses(Validity other) {
    requireNonNull(other, "other");
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }

  /**
   * Returns the days that lie in both validities, if any.
   *
   * @param other the other validity, not null
   * @return the common days, or empty if the two do not overlap
   */
  public Optional<Validity> intersection(Validity other) {
    requireNonNull(other, "other");
    if (!overlaps(other)) {
      return Optional.empty();
    }
    LocalDate first = start.isAfter(other.start) ? start : other.start;
    LocalDate last;
    if (end == null) {
      last = other.end;
    } else if (other.end == null) {
      last = end;
    } else {
      last = end.isBefore(other.end) ? end : other.end;
    }
    return Optional.of(new Validity(first, last));
  }

  /**
   * Returns this validity ended on the given day, for example a unit dissolved with effect from 2025-07-01 ends on
   * 2025-06-30.
   *
   * @param lastDay the new last day, not null, within this validity
   * @return the validity {@code [start..lastDay]}, not null
   * @throws IllegalArgumentException if {@code lastDay} does not lie within this validity: a validity can be
   *     shortened, never lengthened nor emptied
   */
  public Validity endingOn(LocalDate lastDay) {
    checkArgument(
        contains(lastDay), "a validity %s can only be ended on one of its own days, not on %s", this, lastDay);
    return new Validity(start, lastDay);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Validity validity
        && start.equals(validity.start)
        && Objects.equals(end, validity.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * Returns the canonical form, {@code [2016-03-01..2025-06-30]} or {@code [2016-03-01..)}.
   *
   * @return the canonical form, not null
   */
  @Override
  public String toString() {
    return "[" + start + ".." + (end == null ? ")" : end + "]");
  }
}
