package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One month or week of a duty to receive, with the days the post's head received in it, as of a day: for example
 * February 2026 of the provincial secretary's duty of 1 day a month, held on 2026-02-23, {@link ComplianceStatus#MET}.
 *
 * <p>A period whose days required were not all held is {@link ComplianceStatus#SHORT} once it is over on the day asked
 * about, {@link ComplianceStatus#PENDING} before; its shortfall counts only once it is over.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DutyPeriod {

  DutyPeriod() {}

  /**
   * The duty in force on the period's first day.
   *
   * @return the duty, not null
   */
  public abstract ReceptionDuty duty();

  /**
   * The first day: the first of the month, or a Monday.
   *
   * @return the day, not null
   */
  public abstract LocalDate first();

  /**
   * The last day: the last of the month, or a Sunday.
   *
   * @return the day, not null
   */
  public abstract LocalDate last();

  /**
   * The distinct days the head received in the period, by the day asked about, in order.
   *
   * @return the days, possibly empty, not null
   */
  public abstract ImmutableList<LocalDate> held();

  /**
   * The day the period is judged on.
   *
   * @return the day, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the days required.
   *
   * @return the duty's days, 1 or more
   */
  public int required() {
    return duty().days();
  }

  /**
   * Returns where the period stands on the day asked about.
   *
   * @return {@link ComplianceStatus#MET}, {@link ComplianceStatus#SHORT} or {@link ComplianceStatus#PENDING}
   */
  public ComplianceStatus status() {
    if (held().size() >= required()) {
      return ComplianceStatus.MET;
    }
    return asOf().isBefore(last()) ? ComplianceStatus.PENDING : ComplianceStatus.SHORT;
  }

  /**
   * Returns the days missing once the period is over.
   *
   * @return the days required not held, if {@link ComplianceStatus#SHORT}; 0 otherwise
   */
  public int shortfall() {
    return status() == ComplianceStatus.SHORT ? required() - held().size() : 0;
  }

  /**
   * Returns the days still to hold before the period is over.
   *
   * @return the days required not yet held, if {@link ComplianceStatus#PENDING}; 0 otherwise
   */
  public int outstanding() {
    return status() == ComplianceStatus.PENDING ? required() - held().size() : 0;
  }

  /**
   * Returns a builder, to rebuild a period an application has stored; every attribute is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DutyPeriod}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDutyPeriod.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Cadence cadence = duty().cadence();
    checkArgument(
        cadence.firstDayOf(first()).equals(first()) && cadence.lastDayOf(first()).equals(last()),
        "a period of %s runs from a %s's first day to its last; %s to %s was given",
        duty().name(),
        cadence.englishName(),
        first(),
        last());
    @Nullable LocalDate previous = null;
    for (LocalDate day : held()) {
      checkArgument(
          !day.isBefore(first()) && !day.isAfter(last()) && !day.isAfter(asOf()),
          "a day held in the period %s to %s is within it and not after %s: %s",
          first(),
          last(),
          asOf(),
          day);
      checkArgument(previous == null || day.isAfter(previous), "the days held are distinct and in order: %s", held());
      previous = day;
    }
  }

  /**
   * Returns the period, the duty, the days held and the status, for example "2026-02-01..2026-02-28
   * PARTY_HEAD_PROVINCIAL: 1 required, held [2026-02-23], MET".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return first() + ".." + last() + " " + duty().name() + ": " + required() + " required, held " + held() + ", "
        + status();
  }
}
