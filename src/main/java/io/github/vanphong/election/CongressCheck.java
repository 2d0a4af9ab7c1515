package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a Party organisation's congress stands on a day: its tier, its last congress, the term chosen for it, the day
 * the next is due, the earliest and latest days it may be held, and the {@link CongressStatus}. For example a cell
 * whose congress was on 2020-06-15, under {@link CongressRuleBook#CELL_TERM_2011}, is due on 2022-12-15, may be held
 * from 2022-06-15 to 2023-06-15 and is {@link CongressStatus#OVERDUE} on 2023-06-16.
 *
 * <p>The next congress is due after the last one: the day due is the last plus the term's months, the earliest the
 * day due less the most it may move, the latest the day due plus it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class CongressCheck {

  private final UnitId unit;
  private final CongressTier tier;
  private final LocalDate asOf;
  private final @Nullable LocalDate lastHeldOn;

  @SuppressWarnings("Immutable") // an immutable value type
  private final @Nullable CongressTerm term;

  private CongressCheck(
      UnitId unit, CongressTier tier, LocalDate asOf, @Nullable LocalDate lastHeldOn, @Nullable CongressTerm term) {
    this.unit = unit;
    this.tier = tier;
    this.asOf = asOf;
    this.lastHeldOn = lastHeldOn;
    this.term = term;
  }

  /**
   * Returns how a unit's congress stands on a day.
   *
   * @param unit the Party organisation, not null
   * @param tier its tier, not null
   * @param lastHeldOn the day of its last congress on or before {@code asOf}, or empty if none is recorded, not null
   * @param term the term chosen for that congress, or empty if the book has none; empty if no congress, not null
   * @param asOf the day asked about, not null
   * @return the check, not null
   * @throws IllegalArgumentException if the last congress is after the day asked about, or the term is of another
   *     tier, not chosen for the day of the last congress, or given with no congress
   */
  public static CongressCheck of(
      UnitId unit,
      CongressTier tier,
      Optional<LocalDate> lastHeldOn,
      Optional<CongressTerm> term,
      LocalDate asOf) {
    requireNonNull(unit, "unit");
    requireNonNull(tier, "tier");
    requireNonNull(lastHeldOn, "lastHeldOn");
    requireNonNull(term, "term");
    requireNonNull(asOf, "asOf");
    lastHeldOn.ifPresent(
        day ->
            checkArgument(
                !day.isAfter(asOf), "the last congress of %s (%s) is after the day asked about (%s)", unit, day, asOf));
    if (term.isPresent()) {
      CongressTerm t = term.get();
      LocalDate last = lastHeldOn.orElse(null);
      checkArgument(last != null, "%s: a term runs from a congress; %s has none recorded", t.name(), unit);
      checkArgument(t.tier() == tier, "%s dates congresses of %s, not of %s", t.name(), t.tier(), tier);
      checkArgument(t.isChosenFor(last), "%s is not chosen for a congress held on %s", t.name(), last);
    }
    return new CongressCheck(unit, tier, asOf, lastHeldOn.orElse(null), term.orElse(null));
  }

  /**
   * Returns the Party organisation.
   *
   * @return the unit, not null
   */
  public UnitId unit() {
    return unit;
  }

  /**
   * Returns its tier.
   *
   * @return the tier, not null
   */
  public CongressTier tier() {
    return tier;
  }

  /**
   * Returns the day asked about.
   *
   * @return the day, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the day of the last congress recorded on or before the day asked about.
   *
   * @return the day, or empty if none is recorded
   */
  public Optional<LocalDate> lastHeldOn() {
    return Optional.ofNullable(lastHeldOn);
  }

  /**
   * Returns the term chosen for the last congress.
   *
   * @return the term, or empty if there is no congress or no term for it
   */
  public Optional<CongressTerm> term() {
    return Optional.ofNullable(term);
  }

  /**
   * Returns the day the next congress is due: the last plus the term's months.
   *
   * @return the day, after the last congress, or empty if there is no congress or term
   */
  public Optional<LocalDate> dueOn() {
    return term == null || lastHeldOn == null ? Optional.empty() : Optional.of(term.dueAfter(lastHeldOn));
  }

  /**
   * Returns the earliest day the next congress may be held: the day due less the most it may move.
   *
   * @return the day, after the last congress, or empty if there is no congress or term
   */
  public Optional<LocalDate> earliestOn() {
    return dueOn().map(d -> d.minusMonths(requireNonNull(term).maximumShiftMonths()));
  }

  /**
   * Returns the latest day the next congress may be held: the day due plus the most it may move.
   *
   * @return the day, or empty if there is no congress or term
   */
  public Optional<LocalDate> latestOn() {
    return dueOn().map(d -> d.plusMonths(requireNonNull(term).maximumShiftMonths()));
  }

  /**
   * Returns how the congress stands on the day asked about.
   *
   * @return the status, not null
   */
  public CongressStatus status() {
    if (lastHeldOn == null) {
      return CongressStatus.NOT_RECORDED;
    }
    if (term == null) {
      return CongressStatus.NO_TERM;
    }
    LocalDate due = term.dueAfter(lastHeldOn);
    if (asOf.isBefore(due.minusMonths(term.maximumShiftMonths()))) {
      return CongressStatus.IN_TERM;
    }
    if (!asOf.isAfter(due)) {
      return CongressStatus.DUE;
    }
    return asOf.isAfter(due.plusMonths(term.maximumShiftMonths())) ? CongressStatus.OVERDUE : CongressStatus.LATE;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CongressCheck other
        && unit.equals(other.unit)
        && tier == other.tier
        && asOf.equals(other.asOf)
        && Objects.equals(lastHeldOn, other.lastHeldOn)
        && Objects.equals(term, other.term);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, tier, asOf, lastHeldOn, term);
  }

  /**
   * Returns a readable form: "CongressCheck[HG-CB1 CELL on 2023-06-16: OVERDUE, last 2020-06-15, due 2022-12-15]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "CongressCheck["
        + unit
        + " "
        + tier
        + " on "
        + asOf
        + ": "
        + status()
        + (lastHeldOn == null ? "" : ", last " + lastHeldOn)
        + dueOn().map(d -> ", due " + d).orElse("")
        + "]";
  }
}
