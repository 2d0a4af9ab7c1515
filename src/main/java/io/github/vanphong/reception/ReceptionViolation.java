package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.petition.Identity;
import org.immutables.value.Value;

/**
 * What a check of reception found wrong: the rule broken, the values at fault and the facts. For example {@link
 * ReceptionRuleBook#DELEGATION_OVER_10} for a delegation of 12 people with 6 representatives: "a delegation of more
 * than 10 people names at most 5 representatives; this one, of 12, names 6", whose values at fault are the headcount
 * 12 and the 6 representatives.
 *
 * <p>A delegation ({@link ReceptionRuleBook#findings(Delegation, java.time.LocalDate) ReceptionRuleBook.findings}), a schedule ({@link
 * ReceptionSchedule#findings}) and an absence ({@link ReceptionRuleBook#absenceFindings}) report every finding at
 * once. A finding is not an exception: the value checked is left as it was. Its values and message never hold a
 * citizen's identity, only counts, days, posts and units.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ReceptionViolation implements Violation<ReceptionRule> {

  ReceptionViolation() {}

  /**
   * The rule broken, with its basis.
   *
   * @return the rule, not null
   */
  @Override
  public abstract ReceptionRule rule();

  /**
   * The values at fault, in the order the message names them: counts, days, posts.
   *
   * @return the values, possibly empty, none an identity, not null
   */
  @Override
  public abstract ImmutableList<Object> values();

  /**
   * The facts: what the rule requires, then what was found.
   *
   * @return the message, not blank
   */
  @Override
  public abstract String message();

  /**
   * Returns a finding.
   *
   * @param rule the rule broken, not null
   * @param message the facts, not blank
   * @param values the values at fault, in the order the message names them, none an {@link Identity}
   * @return the finding, not null
   * @throws IllegalArgumentException if the message is blank or a value is an identity
   */
  public static ReceptionViolation of(ReceptionRule rule, String message, Object... values) {
    return ImmutableReceptionViolation.builder().rule(rule).message(message).addAllValues(Arguments.list("values", values)).build();
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(message()), "a finding of %s states its facts", rule().name());
    for (Object value : values()) {
      checkArgument(
          !(value instanceof Identity), "a finding of %s names counts, days and posts, never an identity", rule().name());
    }
  }

  /**
   * Returns the rule's name and citation, then the facts, for example "DELEGATION_OVER_10 (Luật Tiếp công dân
   * 42/2013/QH13, Điều 29): a delegation of more than 10 people names at most 5 representatives; …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().name() + rule().citation().map(c -> " (" + c + ")").orElse("") + ": " + message();
  }
}
