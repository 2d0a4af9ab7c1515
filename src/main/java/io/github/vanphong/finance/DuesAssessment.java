package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * What a cell recorded of a member for a month owed: the member's category and the base the dues are reckoned from,
 * for example {@code DV-07} in March 2026, a civil servant whose insured salary in February was VND 4680000. The dues
 * themselves are computed by the ledger's rule book ({@link DuesLedger#duesOf(PersonId, YearMonth)}), so that a
 * relief recorded later is taken into account.
 *
 * <p>The member is named by an identifier only; the base is the one figure the rule needs.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DuesAssessment {

  DuesAssessment() {}

  /**
   * The member.
   *
   * @return the member's identifier, not null
   */
  public abstract PersonId member();

  /**
   * The month owed.
   *
   * @return the month, not null
   */
  public abstract YearMonth month();

  /**
   * The member's category that month.
   *
   * @return the category, not null
   */
  public abstract MemberCategory category();

  /**
   * The base the dues are reckoned from (ignored by a fixed amount).
   *
   * @return the base, 0 đồng or more, not null
   */
  public abstract Money base();

  /**
   * Returns an assessment.
   *
   * @param member the member, not null
   * @param month the month owed, not null
   * @param category the member's category that month, not null
   * @param base the base, 0 đồng or more, not null
   * @return the assessment, not null
   * @throws IllegalArgumentException if the base is negative
   */
  public static DuesAssessment of(PersonId member, YearMonth month, MemberCategory category, Money base) {
    return ImmutableDuesAssessment.builder().member(member).month(month).category(category).base(base).build();
  }

  @Value.Check
  void check() {
    checkArgument(!base().isNegative(), "dues are reckoned from a base of 0 đồng or more; the base was %s", base());
  }

  /**
   * Returns a readable form, for example "DV-07 2026-03 CIVIL_SERVANT on VND 4680000".
   *
   * @return the member, month, category and base, not null
   */
  @Override
  public String toString() {
    return member() + " " + month() + " " + category() + " on " + base();
  }
}
