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
 * What a check of a cell's dues ledger found: a member who has not paid the dues of 3 months or more of a year,
 * outside any excused period, for example {@code DV-07} with March, April and May 2026 unpaid, whom the cell proposes
 * for removal from the list of members ({@link DuesFindingRule#UNPAID_THREE_MONTHS}). Whether the reason is good is
 * the cell's judgement: the finding states the months.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DuesViolation implements Violation<DuesFindingRule> {

  DuesViolation() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Override
  public abstract DuesFindingRule rule();

  /**
   * The member.
   *
   * @return the member's identifier, not null
   */
  public abstract PersonId member();

  /**
   * The months unpaid, in order, all of one year.
   *
   * @return the months, 3 or more, not null
   */
  public abstract ImmutableList<YearMonth> unpaidMonths();

  /**
   * Returns a finding.
   *
   * @param rule the rule, {@link DuesFindingRule#UNPAID_THREE_MONTHS}, not null
   * @param member the member, not null
   * @param unpaidMonths the months unpaid, 3 or more, of one year, in order, not null
   * @return the finding, not null
   * @throws IllegalArgumentException if the rule is not {@link DuesFindingRule#UNPAID_THREE_MONTHS}, fewer than 3
   *     months are given, or months of several years or out of order
   */
  public static DuesViolation of(DuesFindingRule rule, PersonId member, Iterable<YearMonth> unpaidMonths) {
    return ImmutableDuesViolation.builder()
        .rule(rule)
        .member(member)
        .unpaidMonths(Arguments.list(unpaidMonths, "unpaidMonths"))
        .build();
  }

  /**
   * The values at fault: the member, then the months.
   *
   * @return the values, not null
   */
  @Override
  public ImmutableList<Object> values() {
    return ImmutableList.builder().add(member()).addAll(unpaidMonths()).build();
  }

  /**
   * The facts, for example "DV-07 has not paid the dues of 3 months of 2026 (2026-03, 2026-04, 2026-05); 3 without a
   * good reason is ground for the cell to propose removal from the list".
   *
   * @return the message, not blank
   */
  @Override
  public String message() {
    return member()
        + " has not paid the dues of "
        + unpaidMonths().size()
        + " months of "
        + unpaidMonths().get(0).getYear()
        + " "
        + unpaidMonths()
        + "; "
        + DuesFindingRule.UNPAID_MONTHS
        + " without a good reason is ground for the cell to propose removal from the list";
  }

  @Value.Check
  void check() {
    checkArgument(
        rule() == DuesFindingRule.UNPAID_THREE_MONTHS,
        "a finding of unpaid months is of UNPAID_THREE_MONTHS; it was of %s (see DuesAdvanceViolation)",
        rule());
    checkArgument(
        unpaidMonths().size() >= DuesFindingRule.UNPAID_MONTHS,
        "%s: a finding names %s unpaid months or more; it named %s",
        rule(),
        DuesFindingRule.UNPAID_MONTHS,
        unpaidMonths().size());
    for (int i = 1; i < unpaidMonths().size(); i++) {
      YearMonth before = unpaidMonths().get(i - 1);
      YearMonth month = unpaidMonths().get(i);
      checkArgument(
          month.isAfter(before) && month.getYear() == before.getYear(),
          "%s: the unpaid months are of one year, in order; %s follows %s",
          rule(),
          month,
          before);
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
