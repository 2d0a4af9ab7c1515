package io.github.vanphong.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * One breach of an {@link OrganizationRule}: the rule, the values at fault and a message that states the facts. For
 * example the breach of {@link OrganizationRule#PARENT_ALIVE} "unit HG-VPTU is under HG-XX on 2016-03-01, when HG-XX
 * is not alive", whose values at fault are the units {@code HG-VPTU} and {@code HG-XX}.
 *
 * <p>The values at fault are the events ({@link Restructuring}), appointments ({@link Appointment}), units ({@link
 * UnitId}) and persons ({@link PersonId}) the message names, in its order; {@link #events()}, {@link
 * #appointments()}, {@link #units()} and {@link #persons()} give those of each kind. A violation is a finding, not
 * an exception: an {@link InvalidOrganizationException} carries every violation a change would cause.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class OrganizationViolation implements Violation<OrganizationRule> {

  OrganizationViolation() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Override
  public abstract OrganizationRule rule();

  /**
   * The facts of the breach: the units, people and days involved.
   *
   * @return the message, not null
   */
  @Override
  public abstract String message();

  /**
   * The values at fault, in the order the message names them: events, appointments, units and persons, for example
   * the unit {@code HG-VPTU} and its parent {@code HG-XX}.
   *
   * @return the values, each a {@link Restructuring}, an {@link Appointment}, a {@link UnitId} or a {@link
   *     PersonId}, possibly empty, not null
   */
  @Override
  public abstract ImmutableList<Object> values();

  /**
   * Returns the violation of the rule, with the facts and the values at fault.
   *
   * @param rule the rule broken, not null
   * @param message the facts, not null
   * @param values the values at fault in the order the message names them, each a {@link Restructuring}, an {@link
   *     Appointment}, a {@link UnitId} or a {@link PersonId}, none null
   * @return the violation, not null
   * @throws IllegalArgumentException if a value is of another kind
   */
  public static OrganizationViolation of(OrganizationRule rule, String message, Object... values) {
    return ImmutableOrganizationViolation.builder()
        .rule(rule)
        .message(message)
        .addAllValues(Arguments.list("values", values))
        .build();
  }

  /**
   * Returns the units at fault, in the order the message names them.
   *
   * @return the units, possibly empty, not null
   */
  public ImmutableList<UnitId> units() {
    return ofKind(UnitId.class);
  }

  /**
   * Returns the persons at fault, in the order the message names them.
   *
   * @return the persons, possibly empty, not null
   */
  public ImmutableList<PersonId> persons() {
    return ofKind(PersonId.class);
  }

  /**
   * Returns the restructuring events at fault, in the order the message names them.
   *
   * @return the events, possibly empty, not null
   */
  public ImmutableList<Restructuring> events() {
    return ofKind(Restructuring.class);
  }

  /**
   * Returns the appointments at fault, in the order the message names them.
   *
   * @return the appointments, possibly empty, not null
   */
  public ImmutableList<Appointment> appointments() {
    return ofKind(Appointment.class);
  }

  private <T> ImmutableList<T> ofKind(Class<T> kind) {
    return values().stream().filter(kind::isInstance).map(kind::cast).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    for (Object value : values()) {
      checkArgument(
          value instanceof Restructuring
              || value instanceof Appointment
              || value instanceof UnitId
              || value instanceof PersonId,
          "the values at fault of an organisation are events, appointments, units and persons; %s is a %s",
          value,
          value.getClass().getSimpleName());
    }
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
