package io.github.vanphong.election;

import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A milestone of an election timeline: a rule and the date it gives for one election day. For example the voter lists
 * of the 2016 election, {@link ElectionRuleBook#VOTER_LISTS_POSTED_2015} on 2016-04-12, the latest day they are
 * posted. The date is the deadline of the step ("chậm nhất"), or for a step counted after election day the last day
 * of its time; an act done earlier keeps its own date, which the office records in an {@link ElectionFollowUp}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class Milestone {

  Milestone() {}

  /**
   * The rule that dates the milestone.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract ElectionRule rule();

  /**
   * The date the rule gives.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns a milestone.
   *
   * @param rule the rule, not null
   * @param date the date the rule gives, not null
   * @return the milestone, not null
   */
  public static Milestone of(ElectionRule rule, LocalDate date) {
    return ImmutableMilestone.of(rule, date);
  }

  /**
   * Returns the name of the milestone, that of its rule, for example "VOTER_LISTS_POSTED_2015".
   *
   * @return the name, not blank
   */
  public String name() {
    return rule().name();
  }

  /**
   * Returns the step the milestone dates.
   *
   * @return the step, not null
   */
  public ElectionStep step() {
    return rule().step();
  }

  /**
   * Returns the readable form, for example "VOTER_LISTS_POSTED_2015 2016-04-12".
   *
   * @return the name and the date, not null
   */
  @Override
  public String toString() {
    return name() + " " + date();
  }
}
