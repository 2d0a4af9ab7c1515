package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A payment of dues by a member to the cell, in cash or through the national public-service portal: for example
 * VND 46800 paid by {@code DV-07} on 2026-03-10. A payment is credited to the oldest month not yet paid.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DuesPayment {

  DuesPayment() {}

  /**
   * The member who paid.
   *
   * @return the member's identifier, not null
   */
  public abstract PersonId member();

  /**
   * The day paid.
   *
   * @return the day, not null
   */
  public abstract LocalDate paidOn();

  /**
   * The amount paid.
   *
   * @return the amount, 1 đồng or more, not null
   */
  public abstract Money amount();

  /**
   * Returns a payment.
   *
   * @param member the member, not null
   * @param paidOn the day paid, not null
   * @param amount the amount, 1 đồng or more, not null
   * @return the payment, not null
   * @throws IllegalArgumentException if the amount is not positive
   */
  public static DuesPayment of(PersonId member, LocalDate paidOn, Money amount) {
    return ImmutableDuesPayment.builder().member(member).paidOn(paidOn).amount(amount).build();
  }

  @Value.Check
  void check() {
    checkArgument(amount().isPositive(), "a payment of dues is 1 đồng or more; it was %s", amount());
  }

  /**
   * Returns a readable form, for example "DV-07 paid VND 46800 on 2026-03-10".
   *
   * @return the member, amount and day, not null
   */
  @Override
  public String toString() {
    return member() + " paid " + amount() + " on " + paidOn();
  }
}
