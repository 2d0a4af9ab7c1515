package io.github.vanphong.organization;

import org.immutables.value.Value;

/**
 * One breach of an {@link OrganizationRule}: the rule, and a message that states the facts, for example "unit
 * HG-VPTU cannot be under HG-XX on 2016-03-01: HG-XX does not exist then".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganizationViolation {

  OrganizationViolation() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract OrganizationRule rule();

  /**
   * The facts of the breach: the units, people and days involved.
   *
   * @return the message, not null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the violation of the rule, with the facts.
   *
   * @param rule the rule broken, not null
   * @param message the facts, not null
   * @return the violation, not null
   */
  public static OrganizationViolation of(OrganizationRule rule, String message) {
    return ImmutableOrganizationViolation.of(rule, message);
  }

  /**
   * Returns the rule's English name and the facts: "A unit's parent exists on every day the unit is under it:
   * unit HG-VPTU ...".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().englishName() + ": " + message();
  }
}
