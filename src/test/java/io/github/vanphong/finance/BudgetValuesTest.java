package io.github.vanphong.finance;

import static io.github.vanphong.finance.BudgetTest.OFFICE;
import static io.github.vanphong.finance.BudgetTest.dong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small values of a budget: its items, entries, settlement and findings. */
class BudgetValuesTest {

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);

  @Test
  void anItemHasACodeOfOneToTwentyCharactersAndAName() {
    BudgetItem item = BudgetItem.of("6000", "Tiền lương");
    assertThat(item.code()).isEqualTo("6000");
    assertThat(item.name()).isEqualTo("Tiền lương");
    assertThat(item).hasToString("6000 Tiền lương");
    assertThat(BudgetItem.of(Strings.repeat("A", 20), "x").code()).hasSize(20);
    assertThat(BudgetItem.of("a.b-9", "x").code()).isEqualTo("a.b-9");
    for (String bad : new String[] {"", Strings.repeat("A", 21), "60 00", "mục"}) {
      assertThatThrownBy(() -> BudgetItem.of(bad, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("letters, digits, dots and hyphens");
    }
    assertThatThrownBy(() -> BudgetItem.of("6000", " \u200b")).hasMessageContaining("has a name");
  }

  @Test
  void anEntryOfEachKind() {
    BudgetEntry allocation = BudgetEntry.allocation("6000", dong(5), MARCH);
    assertThat(allocation.kind()).isEqualTo(BudgetEntryKind.ALLOCATION);
    assertThat(allocation.reason()).isEmpty();
    assertThat(allocation).hasToString("2026-03-10 Allocation received 6000 VND 5");
    BudgetEntry spending = BudgetEntry.spending("6000", dong(1), MARCH);
    assertThat(spending.kind()).isEqualTo(BudgetEntryKind.SPENDING);
    assertThat(spending.amount()).isEqualTo(dong(1));
    BudgetEntry adjustment = BudgetEntry.adjustment("6000", dong(-5), "giảm", MARCH);
    assertThat(adjustment.kind()).isEqualTo(BudgetEntryKind.ADJUSTMENT);
    assertThat(adjustment.reason()).contains("giảm");
    assertThat(adjustment.on()).isEqualTo(MARCH);
    assertThat(adjustment.itemCode()).isEqualTo("6000");
    assertThat(adjustment).hasToString("2026-03-10 Adjustment of the estimate 6000 VND -5 ('giảm')");
    assertThat(BudgetEntry.adjustment("6000", dong(1), "x", MARCH).amount()).isEqualTo(dong(1));
  }

  @Test
  void anEntryIsRefusedWhereItsAmountOrReasonDoesNotFitItsKind() {
    assertThatThrownBy(() -> BudgetEntry.spending("6000", Money.ZERO, MARCH)).hasMessageContaining("POSITIVE_AMOUNT");
    assertThatThrownBy(() -> BudgetEntry.allocation("6000", dong(-1), MARCH)).hasMessageContaining("POSITIVE_AMOUNT");
    assertThatThrownBy(() -> BudgetEntry.adjustment("6000", Money.ZERO, "x", MARCH)).hasMessageContaining("POSITIVE_AMOUNT");
    assertThatThrownBy(() -> BudgetEntry.adjustment("6000", dong(1), " ", MARCH)).hasMessageContaining("has a reason");
    assertThatThrownBy(() -> BudgetEntry.of(BudgetEntryKind.ADJUSTMENT, "6000", dong(1), Optional.empty(), MARCH))
        .hasMessageContaining("has a reason: none");
    assertThatThrownBy(() -> BudgetEntry.of(BudgetEntryKind.SPENDING, "6000", dong(1), Optional.of("x"), MARCH))
        .hasMessageContaining("only an adjustment has a reason");
    assertThatThrownBy(() -> BudgetEntry.spending("60 00", dong(1), MARCH)).hasMessageContaining("KNOWN_ITEM");
  }

  @Test
  void aSettlementIsZeroDongOrMore() {
    BudgetSettlement settlement = BudgetSettlement.of(Money.ZERO, MARCH);
    assertThat(settlement.amount()).isEqualTo(Money.ZERO);
    assertThat(settlement.on()).isEqualTo(MARCH);
    assertThat(settlement).hasToString("settled VND 0 on 2026-03-10");
    assertThatThrownBy(() -> BudgetSettlement.of(dong(-1), MARCH)).hasMessageContaining("POSITIVE_AMOUNT");
  }

  @Test
  void aFindingOnSpendingNamesItsItemAndIsAboveItsLimit() {
    BudgetViolation over =
        BudgetViolation.of(BudgetRule.WITHIN_ALLOCATIONS, OFFICE, 2026, Optional.of("6000"), dong(10), dong(11));
    assertThat(over.values()).containsExactly(OFFICE, 2026, "6000", dong(10), dong(11));
    assertThat(over.message()).isEqualTo("HG-VPTU spent VND 11 on item 6000 in 2026, beyond the allocations of VND 10 received");
    assertThat(over.toString()).startsWith("WITHIN_ALLOCATIONS (Luật Ngân sách nhà nước 83/2015/QH13, Điều 12").endsWith(over.message());
    assertThat(over.unit()).isEqualTo(OFFICE);
    assertThat(over.year()).isEqualTo(2026);
    assertThat(over.limit()).isEqualTo(dong(10));
    assertThat(over.amount()).isEqualTo(dong(11));
    assertThatThrownBy(
            () -> BudgetViolation.of(BudgetRule.WITHIN_ESTIMATE, OFFICE, 2026, Optional.of("6000"), dong(10), dong(10)))
        .hasMessageContaining("within the limit");
    assertThatThrownBy(() -> BudgetViolation.of(BudgetRule.WITHIN_ESTIMATE, OFFICE, 2026, Optional.empty(), dong(1), dong(2)))
        .hasMessageContaining("names an item code: none");
    assertThatThrownBy(() -> BudgetViolation.of(BudgetRule.WITHIN_ESTIMATE, OFFICE, 2026, Optional.of("6 0"), dong(1), dong(2)))
        .hasMessageContaining("names an item code: '6 0'");
    assertThatThrownBy(() -> BudgetViolation.of(BudgetRule.KNOWN_ITEM, OFFICE, 2026, Optional.of("6000"), dong(1), dong(2)))
        .hasMessageContaining("KNOWN_ITEM is not");
  }

  @Test
  void aFindingOnTheSettlementNamesNoItemAndDiffersFromTheSpending() {
    BudgetViolation settled =
        BudgetViolation.of(BudgetRule.SETTLEMENT_EQUALS_SPENDING, OFFICE, 2026, Optional.empty(), dong(10), dong(9));
    assertThat(settled.values()).containsExactly(OFFICE, 2026, dong(10), dong(9));
    assertThat(settled.message()).isEqualTo("HG-VPTU settled the accounts of 2026 at VND 9; it spent VND 10");
    assertThatThrownBy(
            () ->
                BudgetViolation.of(BudgetRule.SETTLEMENT_EQUALS_SPENDING, OFFICE, 2026, Optional.empty(), dong(10), dong(10)))
        .hasMessageContaining("equals the spending");
    assertThatThrownBy(
            () ->
                BudgetViolation.of(
                    BudgetRule.SETTLEMENT_EQUALS_SPENDING, OFFICE, 2026, Optional.of("6000"), dong(10), dong(9)))
        .hasMessageContaining("names no item");
  }
}
