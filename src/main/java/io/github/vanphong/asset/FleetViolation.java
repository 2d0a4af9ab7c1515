package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * What a check of an office's cars found ({@link CarNormBook#check}): the rule, the cars at fault and the facts. For
 * example {@link VehicleRule#WITHIN_THE_PRICE_CAP} for {@code XE-01}, "XE-01 cost VND 1620000000, above the cap of VND
 * 1550000000 for PROVINCIAL_PARTY_SECRETARY".
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class FleetViolation implements Violation<VehicleRule> {

  FleetViolation() {}

  /**
   * The rule broken, or for {@link VehicleRule#MAY_BE_RETIRED} the rule met.
   *
   * @return the rule, not null
   */
  @Override
  public abstract VehicleRule rule();

  /**
   * The cars at fault, in the order of the fleet.
   *
   * @return the cars, at least one, not null
   */
  public abstract ImmutableList<VehicleId> vehicles();

  /**
   * The facts.
   *
   * @return the facts, 1 to 1,000 characters, not blank
   */
  public abstract String facts();

  /**
   * Returns a finding.
   *
   * @param rule the rule, not null
   * @param vehicles the cars at fault, at least one, each once
   * @param facts the facts, 1 to 1,000 characters
   * @return the finding, not null
   * @throws IllegalArgumentException if no car is named, one is named twice, or the facts are blank or too long
   */
  public static FleetViolation of(VehicleRule rule, Iterable<VehicleId> vehicles, String facts) {
    return ImmutableFleetViolation.builder()
        .rule(rule)
        .vehicles(Arguments.list(vehicles, "vehicles"))
        .facts(facts)
        .build();
  }

  /**
   * The values at fault: the cars.
   *
   * @return the cars, not null
   */
  @Override
  public ImmutableList<VehicleId> values() {
    return vehicles();
  }

  /**
   * The facts.
   *
   * @return the facts, not blank
   */
  @Override
  public String message() {
    return facts();
  }

  @Value.Check
  void check() {
    checkArgument(!vehicles().isEmpty(), "%s: a finding names at least one car", rule());
    checkArgument(
        vehicles().stream().distinct().count() == vehicles().size(),
        "%s: a finding names each car once: %s",
        rule(),
        vehicles());
    checkArgument(
        !Texts.isBlank(facts()) && facts().length() <= 1000,
        "%s: a finding states its facts in 1 to 1,000 characters: %s",
        rule(),
        Texts.quote(facts()));
  }

  /**
   * Returns the rule's name and citation, then the facts.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().name() + " (" + rule().basis().citation() + "): " + facts();
  }
}
