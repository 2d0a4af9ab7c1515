package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * What a check of polling areas found wrong: the rule broken, the area and the bound, and the facts. For example
 * {@link PollingAreaRule#VOTERS_PER_AREA} for an area of residents of 240 voters: "a polling area outside mountain,
 * island and sparse places has at least 300 voters; 'Khu vực bỏ phiếu số 7' has 240", whose values at fault are the
 * area and the bound.
 *
 * <p>An area ({@link PollingArea#findings()}) and the areas of a commune ({@link PollingArea#findings(Iterable)})
 * report every finding at once. A finding is not an exception: the areas are left as they were.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class PollingAreaViolation implements Violation<PollingAreaRule> {

  PollingAreaViolation() {}

  /**
   * The rule broken, with its basis.
   *
   * @return the rule, not null
   */
  @Override
  public abstract PollingAreaRule rule();

  /**
   * The values at fault, in the order the message names them: areas ({@link PollingArea}) and bounds ({@link
   * Integer}).
   *
   * @return the values, possibly empty, not null
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
   * @param values the values at fault, in the order the message names them, each a {@link PollingArea} or an
   *     {@link Integer}
   * @return the finding, not null
   * @throws IllegalArgumentException if the message is blank or a value is of another kind
   */
  public static PollingAreaViolation of(PollingAreaRule rule, String message, Object... values) {
    return ImmutablePollingAreaViolation.builder()
        .rule(rule)
        .message(message)
        .addAllValues(Arguments.list("values", values))
        .build();
  }

  /**
   * Returns the areas at fault, in the order the message names them.
   *
   * @return the areas, possibly empty, not null
   */
  public ImmutableList<PollingArea> areas() {
    return values().stream()
        .filter(PollingArea.class::isInstance)
        .map(PollingArea.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(message()), "a finding of %s states its facts", rule().name());
    for (Object value : values()) {
      checkArgument(
          value instanceof PollingArea || value instanceof Integer,
          "the values at fault of %s are polling areas and counts; one is a %s",
          rule().name(),
          value.getClass().getSimpleName());
    }
  }

  /**
   * Returns the rule's name and citation, then the facts, for example "VOTERS_PER_AREA (Luật Bầu cử ..., Điều 11,
   * khoản 2): a polling area outside …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().name() + rule().citation().map(c -> " (" + c + ")").orElse("") + ": " + message();
  }
}
