package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * What a check of a cell's dues ledger found of payments in advance: a member who paid the dues of months before they
 * began, months outside any period in which the member is excused from cell activities, for example {@code DV-07},
 * not excused, who paid on 2026-03-10 the dues of March and April 2026: April was paid in advance ({@link
 * DuesFindingRule#ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD}, Quy định 01-QĐ/TW, Điều 5, as reported). The finding states
 * the months; what the cell does about it is its own decision.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DuesAdvanceViolation implements Violation<DuesFindingRule> {

  DuesAdvanceViolation() {}

  /**
   * The rule broken: {@link DuesFindingRule#ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD}.
   *
   * @return the rule, not null
   */
  @Override
  public DuesFindingRule rule() {
    return DuesFindingRule.ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD;
  }

  /**
   * The member.
   *
   * @return the member's identifier, not null
   */
  public abstract PersonId member();

  /**
   * The months whose dues were paid, wholly or in part, before they began, none of them excused.
   *
   * @return the months, one or more, in order, not null
   */
  public abstract ImmutableList<YearMonth> months();

  /**
   * Returns a finding.
   *
   * @param member the member, not null
   * @param months the months paid in advance, one or more, in order, each once, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if no month is given, or the months are out of order or repeated
   */
  public static DuesAdvanceViolation of(PersonId member, Iterable<YearMonth> months) {
    return ImmutableDuesAdvanceViolation.builder().member(member).months(Arguments.list(months, "months")).build();
  }

  /**
   * The values at fault: the member, then the months.
   *
   * @return the values, not null
   */
  @Override
  public ImmutableList<Object> values() {
    return ImmutableList.builder().add(member()).addAll(months()).build();
  }

  /**
   * The facts, for example "DV-07 paid the dues of [2026-04] before the month began, outside an excused period; only a
   * member excused from cell activities pays in advance, for at most the excused period".
   *
   * @return the message, not blank
   */
  @Override
  public String message() {
    return member()
        + " paid the dues of "
        + months()
        + " before the month began, outside an excused period; only a member excused from cell activities pays in"
        + " advance, for at most the excused period";
  }

  @Value.Check
  void check() {
    checkArgument(!months().isEmpty(), "%s: a finding names a month paid in advance or more; it named none", rule());
    for (int i = 1; i < months().size(); i++) {
      YearMonth before = months().get(i - 1);
      YearMonth month = months().get(i);
      checkArgument(
          month.isAfter(before), "%s: the months are in order, each once; %s follows %s", rule(), month, before);
    }
  }

  /**
   * Returns the rule's name and citation, then the facts.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().name() + rule().citation().map(c -> " (" + c + ")").orElse("") + ": " + message();
  }
}
