package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a check of a unit's {@link Budget} found: spending on an item beyond its estimate as adjusted ({@link
 * BudgetRule#WITHIN_ESTIMATE}, chi vượt dự toán) or beyond the allocations received ({@link
 * BudgetRule#WITHIN_ALLOCATIONS}), for example VND 250,000,000 spent on item {@code 6000} of the provincial office's
 * budget for 2026 against an estimate of VND 240,000,000; or settled accounts that differ from the spending recorded
 * ({@link BudgetRule#SETTLEMENT_EQUALS_SPENDING}).
 *
 * <p>A finding states the limit and the amount at fault: for the spending rules the estimate or the allocations and
 * the spending above them, by item; for the settlement the spending recorded and the amount settled, with no item.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class BudgetViolation implements Violation<BudgetRule> {

  BudgetViolation() {}

  /**
   * The rule broken, one of the findings.
   *
   * @return the rule, not null
   */
  @Override
  public abstract BudgetRule rule();

  /**
   * The unit whose budget it is.
   *
   * @return the unit, not null
   */
  public abstract UnitId unit();

  /**
   * The budget year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The code of the item over-spent; empty for the settlement.
   *
   * @return the item's code, not null
   */
  public abstract Optional<String> itemCode();

  /**
   * The limit: the estimate as adjusted, the allocations received, or, for the settlement, the spending recorded.
   *
   * @return the limit, not null
   */
  public abstract Money limit();

  /**
   * The amount at fault: the spending, or, for the settlement, the amount settled.
   *
   * @return the amount, not null
   */
  public abstract Money amount();

  /**
   * Returns a finding.
   *
   * @param rule a finding rule, not null
   * @param unit the unit, not null
   * @param year the budget year
   * @param itemCode the item's code for the spending rules, empty for the settlement, not null
   * @param limit the limit, not null
   * @param amount the amount at fault: above the limit for the spending rules, other than it for the settlement, not
   *     null
   * @return the finding, not null
   * @throws IllegalArgumentException if the rule is not a finding, the item is given for the settlement or missing for
   *     the spending rules, or the amount is within the limit
   */
  public static BudgetViolation of(
      BudgetRule rule, UnitId unit, int year, Optional<String> itemCode, Money limit, Money amount) {
    return ImmutableBudgetViolation.builder()
        .rule(rule)
        .unit(unit)
        .year(year)
        .itemCode(requireNonNull(itemCode, "itemCode"))
        .limit(limit)
        .amount(amount)
        .build();
  }

  /**
   * The values at fault: the unit, the year, the item where there is one, the limit and the amount.
   *
   * @return the values, not null
   */
  @Override
  public ImmutableList<Object> values() {
    ImmutableList.Builder<Object> values = ImmutableList.builder().add(unit(), year());
    itemCode().ifPresent(values::add);
    return values.add(limit(), amount()).build();
  }

  /**
   * The facts, for example "HG-VPTU spent VND 250000000 on item 6000 in 2026, beyond its estimate of VND 240000000".
   *
   * @return the message, not blank
   */
  @Override
  public String message() {
    return switch (rule()) {
      case WITHIN_ESTIMATE -> spentOnItem() + ", beyond its estimate of " + limit();
      case WITHIN_ALLOCATIONS -> spentOnItem() + ", beyond the allocations of " + limit() + " received";
      default -> unit() + " settled the accounts of " + year() + " at " + amount() + "; it spent " + limit();
    };
  }

  private String spentOnItem() {
    return unit() + " spent " + amount() + " on item " + itemCode().orElse("") + " in " + year();
  }

  @Value.Check
  void check() {
    checkArgument(rule().isFinding(), "a budget finding is of a finding rule: %s is not", rule());
    if (rule() == BudgetRule.SETTLEMENT_EQUALS_SPENDING) {
      checkArgument(itemCode().isEmpty(), "%s: a finding on the settlement names no item: %s", rule(), itemCode());
      checkArgument(
          !amount().equals(limit()), "%s: the settlement %s equals the spending %s", rule(), amount(), limit());
    } else {
      checkArgument(
          itemCode().map(BudgetItem::isCode).orElse(false),
          "%s: a finding on spending names an item code: %s",
          rule(),
          itemCode().map(Texts::quote).orElse("none"));
      checkArgument(
          amount().isGreaterThan(limit()), "%s: the spending %s is within the limit %s", rule(), amount(), limit());
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
