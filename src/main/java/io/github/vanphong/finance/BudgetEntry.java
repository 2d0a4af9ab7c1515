package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated record of a {@link Budget}, on one item: an allocation received, a spending, or an adjustment of the
 * estimate with its reason. For example VND 12,000,000 spent on item {@code 6000} on 2026-03-10, or the estimate of
 * {@code 6000} raised by VND 5,000,000 on 2026-07-01 "bổ sung hoạt động đại hội".
 *
 * <p>An allocation and a spending are 1 đồng or more and have no reason; an adjustment is a change of the estimate
 * other than 0, up (positive) or down (negative), and has a reason that is not blank ({@link
 * BudgetRule#POSITIVE_AMOUNT}). Whether its day and item fit a budget is the budget's to check.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class BudgetEntry {

  BudgetEntry() {}

  /**
   * What the entry records.
   *
   * @return the kind, not null
   */
  public abstract BudgetEntryKind kind();

  /**
   * The day of the entry.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * The code of the item.
   *
   * @return the code, 1 to 20 letters, digits, dots and hyphens, not null
   */
  public abstract String itemCode();

  /**
   * The amount: received or spent, 1 đồng or more; for an adjustment the change of the estimate, not 0.
   *
   * @return the amount, not null
   */
  public abstract Money amount();

  /**
   * Why the estimate was adjusted; empty for the other kinds.
   *
   * @return the reason, not blank, not null
   */
  public abstract Optional<String> reason();

  /**
   * Returns an allocation received.
   *
   * @param itemCode the item's code, not null
   * @param amount the amount, 1 đồng or more, not null
   * @param on the day received, not null
   * @return the entry, not null
   * @throws IllegalArgumentException if the code is not a valid item code or the amount is not positive
   */
  public static BudgetEntry allocation(String itemCode, Money amount, LocalDate on) {
    return of(BudgetEntryKind.ALLOCATION, itemCode, amount, Optional.empty(), on);
  }

  /**
   * Returns a spending.
   *
   * @param itemCode the item's code, not null
   * @param amount the amount, 1 đồng or more, not null
   * @param on the day spent, not null
   * @return the entry, not null
   * @throws IllegalArgumentException if the code is not a valid item code or the amount is not positive
   */
  public static BudgetEntry spending(String itemCode, Money amount, LocalDate on) {
    return of(BudgetEntryKind.SPENDING, itemCode, amount, Optional.empty(), on);
  }

  /**
   * Returns an adjustment of an item's estimate.
   *
   * @param itemCode the item's code, not null
   * @param change the change, up if positive, down if negative, not 0, not null
   * @param reason why, not blank, not null
   * @param on the day of the decision, not null
   * @return the entry, not null
   * @throws IllegalArgumentException if the code is not a valid item code, the change is 0 or the reason is blank
   */
  public static BudgetEntry adjustment(String itemCode, Money change, String reason, LocalDate on) {
    requireNonNull(reason, "reason");
    return of(BudgetEntryKind.ADJUSTMENT, itemCode, change, Optional.of(reason), on);
  }

  /**
   * Returns an entry of any kind, as read back from its written form.
   *
   * @param kind the kind, not null
   * @param itemCode the item's code, not null
   * @param amount the amount, not null
   * @param reason the reason, present only for an adjustment, not null
   * @param on the day, not null
   * @return the entry, not null
   * @throws IllegalArgumentException if the code is not a valid item code, the amount does not fit the kind, or a
   *     reason is missing, blank or given for another kind than an adjustment
   */
  public static BudgetEntry of(
      BudgetEntryKind kind, String itemCode, Money amount, Optional<String> reason, LocalDate on) {
    return ImmutableBudgetEntry.builder()
        .kind(kind)
        .itemCode(itemCode)
        .amount(amount)
        .reason(requireNonNull(reason, "reason"))
        .on(on)
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(
        BudgetItem.isCode(itemCode()),
        "%s: an entry names an item code of 1 to 20 letters, digits, dots and hyphens: %s",
        BudgetRule.KNOWN_ITEM,
        Texts.quote(itemCode()));
    if (kind() == BudgetEntryKind.ADJUSTMENT) {
      checkArgument(
          !amount().isZero(), "%s: an adjustment changes the estimate of %s; it was 0", BudgetRule.POSITIVE_AMOUNT, itemCode());
      checkArgument(
          reason().map(r -> !Texts.isBlank(r)).orElse(false),
          "an adjustment of the estimate of %s has a reason: %s",
          itemCode(),
          reason().map(Texts::quote).orElse("none"));
    } else {
      checkArgument(
          amount().isPositive(),
          "%s: %s on %s is 1 đồng or more; it was %s",
          BudgetRule.POSITIVE_AMOUNT,
          kind().englishName(),
          itemCode(),
          amount());
      checkArgument(
          reason().isEmpty(), "only an adjustment has a reason; %s on %s was given one", kind().englishName(), itemCode());
    }
  }

  /**
   * Returns a readable form, for example "2026-03-10 Spending 6000 12000000 đồng".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return on() + " " + kind().englishName() + " " + itemCode() + " " + amount() + reason().map(r -> " (" + Texts.quote(r) + ")").orElse("");
  }
}
