package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import org.immutables.value.Value;

/**
 * One breach of a {@link StaffingRule} by a unit, with the basis it breaks, the values at fault and the facts, for
 * example "Staff below the norm: HG-CT-VP has 4 staff on 2016-03-01, 7 below the norm [11..13]", whose values at
 * fault are the unit {@code HG-CT-VP}, its 4 staff and the norm.
 *
 * <p>The values at fault start with the unit in breach, then come the figures the message names: for a norm rule
 * the staff counted and the {@link StaffingNorm}; for {@link StaffingRule#OVER_ALLOCATION} the staff counted and the
 * {@link Allocation}; for {@link StaffingRule#SUBUNIT_ALLOCATIONS_EXCEED_PARENT} the unit's allocation, then those of
 * its subunits.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class StaffingViolation implements Violation<StaffingRule> {

  StaffingViolation() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Override
  public abstract StaffingRule rule();

  /**
   * The unit in breach.
   *
   * @return the unit identifier, not null
   */
  public abstract UnitId unit();

  /**
   * The basis broken: the norm's for a norm rule, the allocation's (or {@link StaffingRule#ALLOCATION_DECISION})
   * for an allocation rule.
   *
   * @return the legal basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * The facts: the unit, the day, the counts and the limit.
   *
   * @return the message, not null
   */
  @Override
  public abstract String message();

  /**
   * The values at fault, in the order the message names them: the unit first, then the figures, for example {@code
   * [HG-CT-VP, 4, the norm [11..13]]}.
   *
   * @return the values, the unit first, not empty, not null
   */
  @Override
  public abstract ImmutableList<Object> values();

  /**
   * Returns the violation, with the unit as its only value at fault.
   *
   * @param rule the rule broken, not null
   * @param unit the unit in breach, not null
   * @param basis the basis broken, not null
   * @param message the facts, not null
   * @return the violation, not null
   */
  public static StaffingViolation of(StaffingRule rule, UnitId unit, LegalBasis basis, String message) {
    return of(rule, unit, basis, message, ImmutableList.of());
  }

  /**
   * Returns the violation, with the unit and the figures at fault.
   *
   * @param rule the rule broken, not null
   * @param unit the unit in breach, not null
   * @param basis the basis broken, not null
   * @param message the facts, not null
   * @param figures the figures at fault after the unit, in the order the message names them, for example the staff
   *     counted and the norm, none null
   * @return the violation, not null
   */
  public static StaffingViolation of(
      StaffingRule rule, UnitId unit, LegalBasis basis, String message, Iterable<?> figures) {
    return ImmutableStaffingViolation.builder()
        .rule(rule)
        .unit(unit)
        .basis(basis)
        .message(message)
        .addValue(unit)
        .addAllValues(Arguments.list(figures, "figures"))
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(
        !values().isEmpty() && values().get(0).equals(unit()),
        "the values at fault of a staffing violation start with the unit %s: %s",
        unit(),
        values());
  }

  /**
   * Returns the rule's English name, the facts and the citation: "Staff below the norm: HG-CT-VP has 4 staff on
   * 2016-03-01, 7 below the norm [11..13] (Báo cáo ..., định mức ...)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().englishName() + ": " + message() + " (" + basis().citation() + ")";
  }
}
