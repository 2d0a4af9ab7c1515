package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A staffing norm (định mức biên chế): the range of staff a unit of a kind and level should have, with its legal
 * basis and the days it applies. For example the office of a district-level party committee should have 11 to 13
 * staff ({@link StaffingNorms#DISTRICT_OFFICE}).
 *
 * <p>A norm is not an allocation: the positions actually assigned to one unit for a year are an {@link
 * Allocation}. A norm may apply only where the unit has a subunit of a given kind (a commune party committee with a
 * political centre may have up to 20 staff), and counts either the unit's own staff or those of the unit and every
 * unit under it ({@link NormScope}). Which norm applies to a unit on a day is decided by {@link StaffingNorms}.
 *
 * <p>A norm may allow more staff for a time after it comes into force ({@link #transition()}): a commune committee
 * above its 15–17 norm within 5 years of 2025-07-01 is {@link QuotaStatus#ABOVE_IN_TRANSITION}, not in breach
 * ({@link StaffingNorms#COMMUNE_TRANSITION}).
 *
 * <p>The range is closed at both ends, with a lower end of zero or more: {@code [11..13]}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class StaffingNorm {

  StaffingNorm() {}

  /**
   * The kind of unit the norm applies to, for example {@link UnitKind#OFFICE}.
   *
   * @return the unit kind, not null
   */
  public abstract UnitKind unitKind();

  /**
   * The level of unit the norm applies to, for example {@link Level#DISTRICT}.
   *
   * @return the level, not null
   */
  public abstract Level level();

  /**
   * The range of staff, closed at both ends, for example {@code [11..13]}.
   *
   * @return the range, with a lower end of zero or more, not null
   */
  public abstract Range<Integer> staff();

  /**
   * The instrument and article the norm rests on.
   *
   * @return the legal basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * The days on which the norm applies, for example {@code [2025-07-01..)} for the commune norms.
   *
   * @return the days in force, not null
   */
  public abstract Validity inForce();

  /**
   * The kind of subunit the unit must have for the norm to apply, for example {@link UnitKind#POLITICAL_CENTRE}
   * for the 15–20 norm of a commune committee with a political centre. A subunit is any unit under the unit on the
   * day.
   *
   * @return the required kind of subunit, or empty if the norm applies unconditionally
   */
  public abstract Optional<UnitKind> requiresSubunitOfKind();

  /**
   * Which staff the norm counts; {@link NormScope#UNIT_ITSELF} unless set otherwise.
   *
   * @return the scope, not null
   */
  @Value.Default
  public NormScope scope() {
    return NormScope.UNIT_ITSELF;
  }

  /**
   * The time after the norm's first day during which a unit may have more staff than its upper end, if any: 5 years
   * for the commune norms of 2025 ({@link StaffingNorms#COMMUNE_TRANSITION}).
   *
   * @return the transition, or empty if the norm binds from its first day
   */
  public abstract Optional<StaffingTransition> transition();

  /**
   * Returns an unconditional norm counting the unit's own staff.
   *
   * @param unitKind the kind of unit, not null
   * @param level the level of unit, not null
   * @param staff the closed range of staff, lower end zero or more, for example {@code Range.closed(11, 13)}
   * @param basis the legal basis, not null
   * @param inForce the days the norm applies, not null
   * @return the norm, not null
   * @throws IllegalArgumentException if the range is not closed at both ends or its lower end is negative
   */
  public static StaffingNorm of(
      UnitKind unitKind, Level level, Range<Integer> staff, LegalBasis basis, Validity inForce) {
    return builder().unitKind(unitKind).level(level).staff(staff).basis(basis).inForce(inForce).build();
  }

  /**
   * Returns a builder, for a norm with a condition or a scope. The kind, level, range, basis and days in force are
   * required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StaffingNorm}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableStaffingNorm.Builder {
    Builder() {}
  }

  /**
   * Tells whether the norm is in force on the day.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #inForce()}
   */
  public boolean isInForceOn(LocalDate day) {
    return inForce().contains(day);
  }

  /**
   * Tells whether the norm applies to the unit in the tree: the unit has the norm's kind and level, the norm is in
   * force on the tree's day, and the unit has a subunit of the required kind, if one is required.
   *
   * @param unit a unit of the tree, not null
   * @param tree the units alive on the day, not null
   * @return true if the norm applies to the unit on the tree's day
   * @throws io.github.vanphong.organization.InvalidOrganizationException if the unit is not in the tree
   */
  public boolean appliesTo(Unit unit, UnitTree tree) {
    requireNonNull(unit, "unit");
    requireNonNull(tree, "tree");
    tree.unit(unit.id());
    return unit.kind() == unitKind()
        && unit.level() == level()
        && isInForceOn(tree.date())
        && isConditionMet(unit, tree);
  }

  private boolean isConditionMet(Unit unit, UnitTree tree) {
    Optional<UnitKind> required = requiresSubunitOfKind();
    return required.isEmpty()
        || tree.descendants(unit.id()).stream().anyMatch(u -> u.kind() == required.get());
  }

  /**
   * Returns this norm with the given transition in place of its own, if any: for a province that reads the guidance
   * otherwise. This norm is left as it was.
   *
   * @param transition the transition, not null
   * @return the norm with that transition, not null
   */
  public StaffingNorm withTransition(StaffingTransition transition) {
    return builder().from(this).transition(transition).build();
  }

  /**
   * Returns this norm without a transition: it binds from its first day. This norm is left as it was.
   *
   * @return the norm without a transition, not null
   */
  public StaffingNorm withoutTransition() {
    return builder().from(this).transition(Optional.empty()).build();
  }

  /**
   * Returns the days of the transition: from the norm's first day until its period has run, {@code
   * [2025-07-01..2030-06-30]} for the commune norms.
   *
   * @return the days, or empty if the norm has no transition
   */
  public Optional<Validity> transitionDays() {
    return transition().map(t -> t.daysFrom(inForce().start()));
  }

  /**
   * Tells whether a day falls within the norm's transition, the norm being in force on it: on 2030-06-30 a commune
   * norm of 2025 is, on 2030-07-01 it is not.
   *
   * @param day the day, not null
   * @return true if the norm is in force on the day and has a transition that covers it
   */
  public boolean isInTransitionOn(LocalDate day) {
    requireNonNull(day, "day");
    return isInForceOn(day) && transitionDays().filter(days -> days.contains(day)).isPresent();
  }

  /**
   * Returns where a count stands against this norm on a day: as {@link #statusOf(int) statusOf}, except that a count above
   * the norm within its transition is {@link QuotaStatus#ABOVE_IN_TRANSITION}. For example 19 against a commune's
   * {@code [15..17]} on 2026-01-01.
   *
   * @param counted the staff counted, zero or more
   * @param day the day, not null
   * @return below, within, above, or above within the transition
   * @throws IllegalArgumentException if the count is negative
   */
  public QuotaStatus statusOn(int counted, LocalDate day) {
    requireNonNull(day, "day");
    QuotaStatus status = statusOf(counted);
    return status == QuotaStatus.ABOVE && isInTransitionOn(day) ? QuotaStatus.ABOVE_IN_TRANSITION : status;
  }

  /**
   * Returns where a count stands against this norm, for example {@link QuotaStatus#BELOW} for 4 against {@code
   * [11..13]}, whatever the day: above is {@link QuotaStatus#ABOVE} even within a transition ({@link #statusOn}).
   *
   * @param counted the staff counted, zero or more
   * @return below, within or above
   * @throws IllegalArgumentException if the count is negative
   */
  public QuotaStatus statusOf(int counted) {
    return QuotaStatus.of(staff(), counted);
  }

  /**
   * Returns how many staff a count lacks to reach the lower end of the norm: 7 for 4 against {@code [11..13]}.
   *
   * @param counted the staff counted, zero or more
   * @return the shortfall, zero if the count reaches the lower end
   * @throws IllegalArgumentException if the count is negative
   */
  public int shortfall(int counted) {
    checkArgument(counted >= 0, "staff counted cannot be negative: %s", counted);
    return Math.max(0, staff().lowerEndpoint() - counted);
  }

  /**
   * Returns how many staff a count has beyond the upper end of the norm: 2 for 15 against {@code [11..13]}.
   *
   * @param counted the staff counted, zero or more
   * @return the excess, zero if the count does not pass the upper end
   * @throws IllegalArgumentException if the count is negative
   */
  public int excess(int counted) {
    checkArgument(counted >= 0, "staff counted cannot be negative: %s", counted);
    return Math.max(0, counted - staff().upperEndpoint());
  }

  /**
   * Tells whether the other norm is for the same units: same kind, level, scope and condition. A later norm of
   * {@link StaffingNorms} takes precedence over an earlier one for the same units on the days both are in force.
   *
   * @param other the other norm, not null
   * @return true if both norms are for the same units
   */
  public boolean isForSameUnitsAs(StaffingNorm other) {
    requireNonNull(other, "other");
    return unitKind() == other.unitKind()
        && level() == other.level()
        && scope() == other.scope()
        && requiresSubunitOfKind().equals(other.requiresSubunitOfKind());
  }

  @Value.Check
  void check() {
    Range<Integer> staff = staff();
    checkArgument(
        staff.hasLowerBound()
            && staff.hasUpperBound()
            && staff.lowerBoundType() == BoundType.CLOSED
            && staff.upperBoundType() == BoundType.CLOSED,
        "a staffing norm needs a range closed at both ends: %s",
        staff);
    checkArgument(
        staff.lowerEndpoint() >= 0, "a staffing norm needs a non-negative lower bound: %s", staff);
  }

  /**
   * Returns a readable form: "Office, District: [11..13] staff of the unit itself, in force
   * [1930-02-03..2025-06-30], basis ...". A condition is shown as "with a Political Centre", a transition last, as
   * ", transition P5Y (...)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return unitKind().englishName()
        + ", "
        + level().englishName()
        + requiresSubunitOfKind().map(k -> ", with a " + k.englishName()).orElse("")
        + ": "
        + staff()
        + " staff of "
        + scope().englishName().toLowerCase(java.util.Locale.ROOT)
        + ", in force "
        + inForce()
        + ", basis "
        + basis()
        + transition().map(t -> ", transition " + t).orElse("");
  }
}
