package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The time a unit is allowed to stay above its staffing norm after the norm comes into force (thời gian chuyển
 * tiếp): for example {@link StaffingNorms#COMMUNE_TRANSITION}, 5 years from 2025-07-01 for the new commune, ward and
 * special-zone party committees, during which "trước mắt có thể bố trí biên chế nhiều hơn …, tối đa sau thời gian 05
 * năm phải thực hiện đúng" (Hướng dẫn 31-HD/BTCTW, as reported; Quy định 298-QĐ/TW, Điều 4).
 *
 * <p>A transition counts from the first day of its norm: a norm in force from 2025-07-01 with a transition of 5
 * years allows more staff up to 2030-06-30 ({@link #daysFrom(LocalDate) daysFrom}). Within it a unit above its norm is {@link
 * QuotaStatus#ABOVE_IN_TRANSITION}, not in breach; from the day after, {@link StaffingRule#ABOVE_NORM} applies. A
 * transition never excuses a unit below its norm.
 *
 * <p>The period is data: where the guidance is read otherwise (5 years from the end of the work on job positions,
 * say), an application gives its own with {@link StaffingNorm#withTransition(StaffingTransition) StaffingNorm.withTransition} or {@link
 * StaffingNorms#withTransition(StaffingTransition) StaffingNorms.withTransition}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class StaffingTransition {

  StaffingTransition() {}

  /**
   * How long the transition lasts from the norm's first day, for example 5 years.
   *
   * @return the period, positive, not null
   */
  public abstract Period period();

  /**
   * The instruments and articles the transition rests on, the one that gives the period first, for example Hướng
   * dẫn 31-HD/BTCTW, then Quy định 298-QĐ/TW, Điều 4.
   *
   * @return the bases, not empty, not null
   */
  public abstract ImmutableList<LegalBasis> bases();

  /**
   * Returns a transition of the given period.
   *
   * @param period how long the transition lasts, positive, not null
   * @param bases the bases, the one that gives the period first, at least one, none null
   * @return the transition, not null
   * @throws IllegalArgumentException if the period is zero or has a negative part, or no basis is given
   */
  public static StaffingTransition of(Period period, LegalBasis... bases) {
    return of(period, Arguments.list("bases", bases));
  }

  /**
   * Returns a transition of the given period.
   *
   * @param period how long the transition lasts, positive, not null
   * @param bases the bases, the one that gives the period first, at least one, none null
   * @return the transition, not null
   * @throws IllegalArgumentException if the period is zero or has a negative part, or no basis is given
   */
  public static StaffingTransition of(Period period, Iterable<? extends LegalBasis> bases) {
    return ImmutableStaffingTransition.builder().period(period).bases(Arguments.list(bases, "bases")).build();
  }

  /**
   * Returns the days of the transition for a norm in force from a day: from that day to the day before the period
   * has run, {@code [2025-07-01..2030-06-30]} for 5 years from 2025-07-01.
   *
   * @param normStart the first day of the norm, not null
   * @return the days of the transition, not null
   */
  public Validity daysFrom(LocalDate normStart) {
    requireNonNull(normStart, "normStart");
    return Validity.between(normStart, normStart.plus(period()).minusDays(1));
  }

  @Value.Check
  void check() {
    Period period = period();
    checkArgument(
        !period.isZero() && !period.isNegative(),
        "a staffing transition lasts a positive period: %s",
        period);
    checkArgument(!bases().isEmpty(), "a staffing transition cites its basis: none given for %s", period);
  }

  /**
   * Returns the period and the citations: "P5Y (Hướng dẫn 31-HD/BTCTW, …; Quy định 298-QĐ/TW, Điều 4)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return period() + bases().stream().map(LegalBasis::citation).collect(Collectors.joining("; ", " (", ")"));
  }
}
