package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The settled accounts (quyết toán) of a budget year: the total spending the accounts approve and the day they were
 * recorded, for example VND 1,240,000,000 on 2027-02-20. A {@link Budget} records them once, after which it records
 * nothing more; its check finds accounts that differ from the spending recorded ({@link
 * BudgetRule#SETTLEMENT_EQUALS_SPENDING}).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class BudgetSettlement {

  BudgetSettlement() {}

  /**
   * The day the accounts were recorded.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * The spending the accounts approve.
   *
   * @return the amount, 0 đồng or more, not null
   */
  public abstract Money amount();

  /**
   * Returns settled accounts.
   *
   * @param amount the spending approved, 0 đồng or more, not null
   * @param on the day recorded, not null
   * @return the settlement, not null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static BudgetSettlement of(Money amount, LocalDate on) {
    return ImmutableBudgetSettlement.builder().amount(amount).on(on).build();
  }

  @Value.Check
  void check() {
    checkArgument(
        !amount().isNegative(), "%s: settled accounts are 0 đồng or more; they were %s", BudgetRule.POSITIVE_AMOUNT, amount());
  }

  /**
   * Returns a readable form, for example "settled 1240000000 đồng on 2027-02-20".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return "settled " + amount() + " on " + on();
  }
}
