package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A period in which a body held no regular meeting: for example the cell HG-CB-01 held none in 2016-04, against
 * {@code REGULAR_MEETING_CELL} (Điều lệ Đảng 2011, Điều 24, khoản 2). An extraordinary meeting does not stand in for
 * a regular one.
 *
 * <p>A finding, not an exception: the meetings checked are left as they were.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class RhythmViolation implements Violation<RegularMeetingRule> {

  RhythmViolation() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Override
  public abstract RegularMeetingRule rule();

  /**
   * The unit whose body held no regular meeting.
   *
   * @return the unit, not null
   */
  public abstract UnitId unit();

  /**
   * The first day of the period with no regular meeting.
   *
   * @return the day, not null
   */
  public abstract LocalDate periodStart();

  /**
   * The last day of that period.
   *
   * @return the day, not before the first, not null
   */
  public abstract LocalDate periodEnd();

  /**
   * Returns the finding of a period with no regular meeting.
   *
   * @param rule the rule, not null
   * @param unit the unit, not null
   * @param periodStart the first day of the period, not null
   * @param periodEnd the last day of the period, not before the first, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if the period ends before it starts
   */
  public static RhythmViolation missing(
      RegularMeetingRule rule, UnitId unit, LocalDate periodStart, LocalDate periodEnd) {
    return ImmutableRhythmViolation.builder()
        .rule(rule)
        .unit(unit)
        .periodStart(periodStart)
        .periodEnd(periodEnd)
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(
        !periodEnd().isBefore(periodStart()),
        "a period ends on or after it starts: %s..%s",
        periodStart(),
        periodEnd());
  }

  /**
   * Returns the unit, the first and the last day of the period.
   *
   * @return the values at fault, not null
   */
  @Override
  public ImmutableList<?> values() {
    return ImmutableList.of(unit(), periodStart(), periodEnd());
  }

  /**
   * Returns the rule, then the facts: "REGULAR_MEETING_CELL (…): a CELL meets at least once every P1M; HG-CB-01
   * held no regular meeting from 2016-04-01 to 2016-04-30".
   *
   * @return the message, not blank
   */
  @Override
  public String message() {
    return rule().name()
        + " ("
        + rule().basis().citation()
        + "): a "
        + rule().body()
        + " meets at least once every "
        + rule().interval()
        + "; "
        + unit()
        + " held no regular meeting from "
        + periodStart()
        + " to "
        + periodEnd();
  }

  /**
   * Returns the message.
   *
   * @return the message, not null
   */
  @Override
  public String toString() {
    return message();
  }
}
