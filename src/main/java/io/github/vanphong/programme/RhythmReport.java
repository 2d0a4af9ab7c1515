package io.github.vanphong.programme;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a check of a body's meetings over some days found: every period with no regular meeting, the extraordinary
 * meetings held, and how many regular ones. For example a cell's meetings of 2016: eleven regular meetings, none in
 * April, one extraordinary meeting in June. Made by {@link MeetingRhythmBook#check}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RhythmReport {

  private final UnitId unit;
  @SuppressWarnings("Immutable") // an Immutables value
  private final RegularMeetingRule rule;
  private final LocalDate from;
  private final LocalDate to;

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<RhythmViolation> missing;

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<HeldMeeting> extraordinary;

  private final int regularHeld;

  RhythmReport(
      UnitId unit,
      RegularMeetingRule rule,
      LocalDate from,
      LocalDate to,
      ImmutableList<RhythmViolation> missing,
      ImmutableList<HeldMeeting> extraordinary,
      int regularHeld) {
    this.unit = unit;
    this.rule = rule;
    this.from = from;
    this.to = to;
    this.missing = missing;
    this.extraordinary = extraordinary;
    this.regularHeld = regularHeld;
  }

  /**
   * Returns the unit whose meetings were checked.
   *
   * @return the unit, not null
   */
  public UnitId unit() {
    return unit;
  }

  /**
   * Returns the rule the meetings were checked against.
   *
   * @return the rule, not null
   */
  public RegularMeetingRule rule() {
    return rule;
  }

  /**
   * Returns the first day checked.
   *
   * @return the day, not null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the last day checked.
   *
   * @return the day, not null
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns every period with no regular meeting, oldest first.
   *
   * @return the findings, empty if the body kept its rhythm, not null
   */
  public ImmutableList<RhythmViolation> missing() {
    return missing;
  }

  /**
   * Returns the extraordinary meetings held from the first day to the last, in date order.
   *
   * @return the meetings, possibly empty, not null
   */
  public ImmutableList<HeldMeeting> extraordinary() {
    return extraordinary;
  }

  /**
   * Returns how many regular meetings were held from the first day to the last.
   *
   * @return the count, 0 or more
   */
  public int regularHeld() {
    return regularHeld;
  }

  /**
   * Tells whether the body held a regular meeting in every period checked.
   *
   * @return true if {@link #missing()} is empty
   */
  public boolean keptRhythm() {
    return missing.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RhythmReport other
        && unit.equals(other.unit)
        && rule.equals(other.rule)
        && from.equals(other.from)
        && to.equals(other.to)
        && missing.equals(other.missing)
        && extraordinary.equals(other.extraordinary)
        && regularHeld == other.regularHeld;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, rule, from, to, missing, extraordinary, regularHeld);
  }

  /**
   * Returns the unit, the days and the counts: "RhythmReport[HG-CB-01 REGULAR_MEETING_CELL 2016-01-01..2016-12-31:
   * 11 regular, 1 extraordinary, 1 period missing]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "RhythmReport["
        + unit
        + " "
        + rule.name()
        + " "
        + from
        + ".."
        + to
        + ": "
        + regularHeld
        + " regular, "
        + extraordinary.size()
        + " extraordinary, "
        + missing.size()
        + (missing.size() == 1 ? " period missing]" : " periods missing]");
  }
}
