package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A day a reception schedule gives: the day it names and the working day the reception is held. For example the 15th
 * of February 2026 named by "the 15th of each month; on a day off, the next working day" is held on Monday
 * 2026-02-23, after the Tết holiday.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ScheduledDate {

  ScheduledDate() {}

  /**
   * The day the schedule names.
   *
   * @return the day, not null
   */
  public abstract LocalDate named();

  /**
   * The working day the reception is held.
   *
   * @return the day, not null
   */
  public abstract LocalDate held();

  /**
   * Returns the day named and the day held.
   *
   * @param named the day the schedule names, not null
   * @param held the working day the reception is held, not null
   * @return the scheduled date, not null
   */
  public static ScheduledDate of(LocalDate named, LocalDate held) {
    return ImmutableScheduledDate.builder().named(named).held(held).build();
  }

  /**
   * Tells whether the reception moved off the day named.
   *
   * @return true if the day held is not the day named
   */
  public boolean moved() {
    return !named().equals(held());
  }

  @Value.Check
  void check() {
    checkArgument(
        Math.abs(named().toEpochDay() - held().toEpochDay()) <= 366,
        "a scheduled reception moves to a working day near the day named; %s is held on %s",
        named(),
        held());
  }

  /**
   * Returns the day held, and the day named if it moved: "2026-02-23 (for 2026-02-15)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return moved() ? held() + " (for " + named() + ")" : held().toString();
  }
}
