package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule a unit's {@link Budget} keeps: either a command it refuses (spending outside the budget year, an entry on an
 * item the budget does not have, an amount that is not positive, anything recorded after the settled accounts) or a
 * finding its check reports ({@link Budget#findings()}): spending beyond an item's estimate, beyond the allocations
 * received, or accounts settled at another figure than what was spent.
 *
 * <p>Over-spending is recorded and found, not refused: the State Budget Law forbids spending without an estimate, but
 * the office's books must show what was in fact paid, and the finding is what the committee acts on.
 *
 * <p>The budget year is the calendar year under Luật Ngân sách nhà nước 83/2015/QH13, Điều 14 (reported through
 * {@link BudgetCalendar#BUDGET_YEAR}). The articles cited for the findings (Điều 12 and Điều 65 of the same law)
 * were not read: their marks are unconfirmed, and so is the carrying over of these rules to Luật Ngân sách nhà nước
 * 89/2025/QH15, whose articles on spending and accounts were not read either. The rules without a citation are the
 * library's bookkeeping, not law. An application that reads the law otherwise drops the findings it does not hold.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BudgetRule implements Bilingual, Rule {
  /**
   * Spending and adjustments are dated within the budget year, 1 January to 31 December; allocations no later than
   * its last day. Luật Ngân sách nhà nước 83/2015/QH13, Điều 14, as reported.
   */
  WITHIN_BUDGET_YEAR("Chi trong năm ngân sách", "Within the budget year", BudgetCalendar.BUDGET_YEAR, false),
  /** An entry names an item of the budget: the items are the application's data. No legal basis. */
  KNOWN_ITEM("Mục chi có trong dự toán", "An item of the budget", null, false),
  /**
   * An allocation or a spending is 1 đồng or more, an adjustment changes the estimate, and no estimate falls below 0
   * đồng. No legal basis.
   */
  POSITIVE_AMOUNT("Số tiền dương", "A positive amount", null, false),
  /**
   * The accounts are settled once, not before the budget year's last day, and nothing is recorded after them. No
   * legal basis: the library's bookkeeping.
   */
  SETTLED_ONCE("Quyết toán một lần", "Settled once", null, false),
  /**
   * Spending on an item within its estimate as adjusted (chi vượt dự toán is a finding): Luật Ngân sách nhà nước
   * 83/2015/QH13, Điều 12 (spending only within an estimate given by the competent body), unconfirmed.
   */
  WITHIN_ESTIMATE("Chi trong dự toán được giao", "Spending within the estimate", basis("Điều 12"), true),
  /**
   * Spending on an item within the allocations received for it: Luật Ngân sách nhà nước 83/2015/QH13, Điều 12,
   * unconfirmed.
   */
  WITHIN_ALLOCATIONS("Chi trong kinh phí được cấp", "Spending within the allocations", basis("Điều 12"), true),
  /**
   * The settled accounts (quyết toán) are the spending recorded: Luật Ngân sách nhà nước 83/2015/QH13, Điều 65,
   * unconfirmed.
   */
  SETTLEMENT_EQUALS_SPENDING(
      "Số quyết toán bằng số thực chi", "The settlement equals the spending", basis("Điều 65"), true);

  private final String vietnameseName;
  private final String englishName;
  private final @Nullable LegalBasis basis;
  private final boolean finding;

  BudgetRule(String vietnameseName, String englishName, @Nullable LegalBasis basis, boolean finding) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
    this.finding = finding;
  }

  private static LegalBasis basis(String article) {
    return LegalBasis.builder()
        .instrument(Instruments.STATE_BUDGET_LAW_2015)
        .article(article)
        .confirmation(Confirmation.UNCONFIRMED)
        .build();
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the legal basis, if the rule has one.
   *
   * @return the basis, or empty for the library's bookkeeping, not null
   */
  public Optional<LegalBasis> basis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Tells whether the rule is one a check reports as a finding, rather than one a command refuses by.
   *
   * @return true for {@link #WITHIN_ESTIMATE}, {@link #WITHIN_ALLOCATIONS} and {@link #SETTLEMENT_EQUALS_SPENDING}
   */
  public boolean isFinding() {
    return finding;
  }

  @Override
  public Optional<String> citation() {
    return basis().map(LegalBasis::citation);
  }
}
