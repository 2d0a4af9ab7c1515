package io.github.vanphong.staffing;

import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import org.immutables.value.Value;

/**
 * One breach of a {@link StaffingRule} by a unit, with the basis it breaks and the facts, for example "Staff below
 * the norm: HG-CT-VP has 4 staff on 2016-03-01, 7 below the norm [11..13]".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffingViolation {

  StaffingViolation() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract StaffingRule rule();

  /**
   * The unit in breach.
   *
   * @return the unit identifier, not null
   */
  @Value.Parameter
  public abstract UnitId unit();

  /**
   * The basis broken: the norm's for a norm rule, the allocation's (or {@link StaffingRule#ALLOCATION_DECISION})
   * for an allocation rule.
   *
   * @return the legal basis, not null
   */
  @Value.Parameter
  public abstract LegalBasis basis();

  /**
   * The facts: the unit, the day, the counts and the limit.
   *
   * @return the message, not null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the violation.
   *
   * @param rule the rule broken, not null
   * @param unit the unit in breach, not null
   * @param basis the basis broken, not null
   * @param message the facts, not null
   * @return the violation, not null
   */
  public static StaffingViolation of(StaffingRule rule, UnitId unit, LegalBasis basis, String message) {
    return ImmutableStaffingViolation.of(rule, unit, basis, message);
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
