package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What an org chart contradicts in the record of a briefing: the check failed, the briefing and its day, the values
 * at fault and the facts. For example {@link BriefingRule#CHAIR_HOLDS_POST} for the briefing {@code
 * HG-GB-2016-03-01}: "the chair HG-HTTAO does not hold the post Secretary of HG-TU on 2016-03-01; posts held:
 * [Standing Deputy Secretary of HG-TU]", whose values at fault are the person {@code HG-HTTAO} and the post.
 *
 * <p>The values at fault are those the record names: the chair ({@link PersonId}) and the post ({@link Post}) for
 * the chair's checks, the unit ({@link UnitId}) for a unit's, the person for an invited person's. {@link
 * Briefing#inconsistenciesWith} returns every inconsistency at once. An inconsistency is a finding, not an
 * exception: the briefing is left as it was, and the application decides what to correct, the record or the chart.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class BriefingInconsistency implements Violation<BriefingRule> {

  BriefingInconsistency() {}

  /**
   * The check that failed.
   *
   * @return the rule, not null
   */
  @Override
  public abstract BriefingRule rule();

  /**
   * The briefing whose record the chart contradicts.
   *
   * @return the briefing's identifier, not null
   */
  public abstract BriefingId briefing();

  /**
   * The day of the briefing, on which the chart was read.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * The values at fault, in the order the message names them: a person and a post, a unit, or a person.
   *
   * @return the values, each a {@link PersonId}, a {@link Post} or a {@link UnitId}, not empty, not null
   */
  @Override
  public abstract ImmutableList<Object> values();

  /**
   * The facts: what the record says and what the chart holds on the day.
   *
   * @return the message, not blank
   */
  @Override
  public abstract String message();

  /**
   * Returns an inconsistency.
   *
   * @param rule the check that failed, not null
   * @param briefing the briefing, not null
   * @param date the day of the briefing, not null
   * @param message the facts, not blank
   * @param values the values at fault in the order the message names them, each a {@link PersonId}, a {@link Post}
   *     or a {@link UnitId}, at least one, not null, none null
   * @return the inconsistency, not null
   * @throws IllegalArgumentException if the message is blank, no value is given or a value is of another kind
   */
  public static BriefingInconsistency of(
      BriefingRule rule, BriefingId briefing, LocalDate date, String message, Object... values) {
    return ImmutableBriefingInconsistency.builder()
        .rule(rule)
        .briefing(briefing)
        .date(date)
        .message(message)
        .addAllValues(Arguments.list("values", values))
        .build();
  }

  /**
   * Returns the units at fault: the convening unit, or an invited unit.
   *
   * @return the units, possibly empty, not null
   */
  public ImmutableList<UnitId> units() {
    return ofKind(UnitId.class);
  }

  /**
   * Returns the persons at fault: the chair, or an invited person.
   *
   * @return the persons, possibly empty, not null
   */
  public ImmutableList<PersonId> persons() {
    return ofKind(PersonId.class);
  }

  private <T> ImmutableList<T> ofKind(Class<T> kind) {
    return values().stream().filter(kind::isInstance).map(kind::cast).collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(message()), "an inconsistency of briefing %s states its facts: %s", briefing(), rule());
    checkArgument(
        !values().isEmpty(), "an inconsistency of briefing %s names the values at fault: %s", briefing(), rule());
    for (Object value : values()) {
      checkArgument(
          value instanceof PersonId || value instanceof Post || value instanceof UnitId,
          "the values at fault of a briefing's record are persons, posts and units; %s is a %s",
          value,
          value.getClass().getSimpleName());
    }
  }

  /**
   * Returns the rule's English name, the briefing and the facts: "The chair holds the post named on the day
   * (HG-GB-2016-03-01): the chair HG-HTTAO does not hold …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().englishName() + " (" + briefing() + "): " + message();
  }
}
