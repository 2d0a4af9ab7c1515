package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Unit;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where one unit stands on a day against its staffing norm and its allocation: the staff counted, the status
 * (below, within, above, above within the norm's transition, no norm), the shortfall or excess, and the vacancies.
 * For example the office of one district committee on 2016-03-01 with 4 staff against the norm 11–13 is {@link
 * QuotaStatus#BELOW}, 7 short; a commune committee with 19 staff against 15–17 on 2026-01-01 is {@link
 * QuotaStatus#ABOVE_IN_TRANSITION}, 2 above, and breaks no rule until its transition ends on 2030-06-30.
 *
 * <p>The staff are counted in the norm's {@link NormScope}; without a norm, over the unit and every unit under it,
 * as an allocation covers its subunits. {@link QuotaCheck} builds these for every unit of a tree.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class QuotaCompliance {

  QuotaCompliance() {}

  /**
   * The unit, as it stands on the day.
   *
   * @return the unit, not null
   */
  public abstract Unit unit();

  /**
   * The day.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * The norm that applies to the unit on the day, if any.
   *
   * @return the norm, or empty if none applies
   */
  public abstract Optional<StaffingNorm> norm();

  /**
   * The unit's allocation for the year of the day, if any.
   *
   * @return the allocation, or empty if none
   */
  public abstract Optional<Allocation> allocation();

  /**
   * The staff counted, each person once, in the {@linkplain #scope() scope}.
   *
   * @return the count, zero or more
   */
  public abstract int counted();

  /**
   * Of the staff counted, those with a university degree or higher.
   *
   * @return the count, from zero to {@link #counted()}
   */
  @Value.Default
  public int countedWithUniversityDegree() {
    return 0;
  }

  /**
   * Returns a builder. The unit, day and count are required; the norm, the allocation and the number with a
   * university degree are optional.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link QuotaCompliance}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableQuotaCompliance.Builder {
    Builder() {}
  }

  /**
   * Returns which staff were counted: the norm's scope, or the unit and its subunits when there is no norm.
   *
   * @return the scope, not null
   */
  public NormScope scope() {
    return norm().map(StaffingNorm::scope).orElse(NormScope.UNIT_AND_DESCENDANTS);
  }

  /**
   * Returns where the count stands against the norm on the day: above the norm within its transition is {@link
   * QuotaStatus#ABOVE_IN_TRANSITION}, not {@link QuotaStatus#ABOVE} ({@link StaffingNorm#statusOn}).
   *
   * @return below, within, above, or above within the transition; {@link QuotaStatus#NO_NORM} without a norm
   */
  public QuotaStatus status() {
    return norm().map(n -> n.statusOn(counted(), date())).orElse(QuotaStatus.NO_NORM);
  }

  /**
   * Returns how many staff the unit lacks to reach the lower end of its norm: 7 for 4 against {@code [11..13]}.
   *
   * @return the shortfall, zero or more; zero without a norm
   */
  public int shortfall() {
    return norm().map(n -> n.shortfall(counted())).orElse(0);
  }

  /**
   * Returns how many staff the unit has beyond the upper end of its norm: 2 for 15 against {@code [11..13]}, within
   * the norm's transition or not.
   *
   * @return the excess, zero or more; zero without a norm
   */
  public int excess() {
    return norm().map(n -> n.excess(counted())).orElse(0);
  }

  /**
   * Returns the positions allocated but not filled: 8 for 4 staff against 12 positions.
   *
   * @return the vacancies, zero or more; empty without an allocation
   */
  public OptionalInt vacancies() {
    return allocation().map(a -> OptionalInt.of(Math.max(0, a.positions() - counted()))).orElse(OptionalInt.empty());
  }

  /**
   * Returns how many staff are counted beyond the positions allocated: 2 for 14 staff against 12 positions.
   *
   * @return the staff beyond the allocation, zero or more; zero without an allocation
   */
  public int overAllocation() {
    return allocation().map(a -> Math.max(0, counted() - a.positions())).orElse(0);
  }

  /**
   * Returns the rules this unit breaks: {@link StaffingRule#BELOW_NORM}, {@link StaffingRule#ABOVE_NORM}, {@link
   * StaffingRule#OVER_ALLOCATION}, each with its basis and facts. Above the norm within its transition ({@link
   * QuotaStatus#ABOVE_IN_TRANSITION}) is no breach; after it, the message says when the transition ended.
   *
   * @return every violation, possibly empty
   */
  public ImmutableList<StaffingViolation> violations() {
    ImmutableList.Builder<StaffingViolation> violations = ImmutableList.builder();
    String facts = unit().id() + " has " + counted() + " staff on " + date();
    norm().ifPresent(
            norm -> {
              if (shortfall() > 0) {
                violations.add(
                    StaffingViolation.of(
                        StaffingRule.BELOW_NORM,
                        unit().id(),
                        norm.basis(),
                        facts + ", " + shortfall() + " below the norm " + norm.staff(),
                        ImmutableList.of(counted(), norm)));
              }
              if (excess() > 0 && !norm.isInTransitionOn(date())) {
                violations.add(
                    StaffingViolation.of(
                        StaffingRule.ABOVE_NORM,
                        unit().id(),
                        norm.basis(),
                        facts
                            + ", "
                            + excess()
                            + " above the norm "
                            + norm.staff()
                            + norm.transitionDays()
                                .flatMap(Validity::end)
                                .map(end -> ", whose transition ended on " + end)
                                .orElse(""),
                        ImmutableList.of(counted(), norm)));
              }
            });
    allocation().ifPresent(
            allocation -> {
              if (overAllocation() > 0) {
                violations.add(
                    StaffingViolation.of(
                        StaffingRule.OVER_ALLOCATION,
                        unit().id(),
                        allocation.basis().orElse(StaffingRule.ALLOCATION_DECISION),
                        facts
                            + ", "
                            + overAllocation()
                            + " beyond the "
                            + allocation.positions()
                            + " positions allocated for "
                            + allocation.year(),
                        ImmutableList.of(counted(), allocation)));
              }
            });
    return violations.build();
  }

  @Value.Check
  void check() {
    checkArgument(
        counted() >= 0, "staff counted cannot be negative: %s for %s on %s", counted(), unit().id(), date());
    checkArgument(
        countedWithUniversityDegree() >= 0 && countedWithUniversityDegree() <= counted(),
        "staff with a university degree are some of the staff counted: %s of %s for %s on %s",
        countedWithUniversityDegree(),
        counted(),
        unit().id(),
        date());
    norm().ifPresent(
            norm ->
                checkArgument(
                    norm.unitKind() == unit().kind()
                        && norm.level() == unit().level()
                        && norm.isInForceOn(date()),
                    "a unit's norm is one for its kind and level, in force on the day: %s on %s is not under %s",
                    unit(),
                    date(),
                    norm));
    allocation().ifPresent(
            allocation ->
                checkArgument(
                    allocation.unit().equals(unit().id()) && allocation.year().equals(Year.from(date())),
                    "a unit's allocation is its own, for the year of the day: %s on %s cannot use %s",
                    unit().id(),
                    date(),
                    allocation));
  }

  /**
   * Returns a readable form: "HG-CT-VP on 2016-03-01: 4 staff, Below the norm [11..13] by 7; 12 positions, 8
   * vacant".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(unit().id()).append(" on ").append(date()).append(": ").append(counted()).append(" staff, ");
    s.append(status().englishName());
    norm().ifPresent(n -> s.append(' ').append(n.staff()));
    if (shortfall() > 0) {
      s.append(" by ").append(shortfall());
    } else if (excess() > 0) {
      s.append(" by ").append(excess());
    }
    allocation()
        .ifPresent(
            a -> s.append("; ").append(a.positions()).append(" positions, ").append(vacancies().orElse(0)).append(" vacant"));
    return s.toString();
  }
}
