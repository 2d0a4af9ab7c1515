package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetTest {

  static final UnitId OFFICE = UnitId.of("HG-VPTU");
  static final BudgetItem SALARIES = BudgetItem.of("6000", "Tiền lương");
  static final BudgetItem PARTY_WORK = BudgetItem.of("HD-DANG", "Chi hoạt động công tác đảng");

  /** The office's budget of 2026: 1,000,000 for salaries and 500,000 for Party work. */
  static Budget office2026() {
    Map<BudgetItem, Money> estimates = new LinkedHashMap<>();
    estimates.put(SALARIES, dong(1_000_000));
    estimates.put(PARTY_WORK, dong(500_000));
    return Budget.of(OFFICE, 2026, estimates);
  }

  static Money dong(long amount) {
    return Money.ofDong(amount);
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static void assertRefusedAndUnchanged(Budget budget, Runnable command, Class<?> kind, BudgetRule rule) {
    String before = budget.toString();
    Budget copy = budget;
    assertThatThrownBy(command::run).isInstanceOf(kind).hasMessageContaining(rule.name());
    assertThat(budget).isEqualTo(copy).hasToString(before);
  }

  @Test
  void aBudgetStartsWithItsEstimatesAndNothingRecorded() {
    Budget budget = office2026();
    assertThat(budget.unit()).isEqualTo(OFFICE);
    assertThat(budget.year()).isEqualTo(2026);
    assertThat(budget.items()).containsExactly(SALARIES, PARTY_WORK);
    assertThat(budget.item("6000")).contains(SALARIES);
    assertThat(budget.item("7000")).isEmpty();
    assertThat(budget.estimates()).containsExactly(Map.entry(SALARIES, dong(1_000_000)), Map.entry(PARTY_WORK, dong(500_000)));
    assertThat(budget.estimate("6000")).isEqualTo(dong(1_000_000));
    assertThat(budget.allocated("6000")).isEqualTo(Money.ZERO);
    assertThat(budget.spent("6000")).isEqualTo(Money.ZERO);
    assertThat(budget.spent()).isEqualTo(Money.ZERO);
    assertThat(budget.entries()).isEmpty();
    assertThat(budget.settlement()).isEmpty();
    assertThat(budget.isSettled()).isFalse();
    assertThat(budget.findings()).isEmpty();
    assertThat(budget).hasToString("Budget[HG-VPTU 2026, 2 items, 0 entries, open]");
  }

  @Test
  void entriesAreRecordedInOrderAndAddUpByItem() {
    Budget budget =
        office2026()
            .receive("6000", dong(600_000), day(2025, 12, 30))
            .spend("6000", dong(200_000), day(2026, 1, 25))
            .spend("6000", dong(150_000), day(2026, 2, 25))
            .adjust("6000", dong(-100_000), "giảm biên chế", day(2026, 6, 1))
            .spend("HD-DANG", dong(50_000), day(2026, 3, 3));
    assertThat(budget.entries()).hasSize(5);
    assertThat(budget.entries().get(0)).isEqualTo(BudgetEntry.allocation("6000", dong(600_000), day(2025, 12, 30)));
    assertThat(budget.allocated("6000")).isEqualTo(dong(600_000));
    assertThat(budget.spent("6000")).isEqualTo(dong(350_000));
    assertThat(budget.estimate("6000")).isEqualTo(dong(900_000));
    assertThat(budget.estimates().get(SALARIES)).isEqualTo(dong(1_000_000));
    assertThat(budget.spent()).isEqualTo(dong(400_000));
    assertThat(budget.findings()).extracting(BudgetViolation::rule).containsExactly(BudgetRule.WITHIN_ALLOCATIONS);
  }

  @Test
  void withinBudgetYearSpendingIsDatedInTheCalendarYear() {
    Budget budget = office2026();
    assertThat(budget.spend("6000", dong(1), day(2026, 1, 1)).spent("6000")).isEqualTo(dong(1));
    assertThat(budget.spend("6000", dong(1), day(2026, 12, 31)).spent("6000")).isEqualTo(dong(1));
    assertRefusedAndUnchanged(
        budget,
        () -> budget.spend("6000", dong(1), day(2025, 12, 31)),
        IllegalArgumentException.class,
        BudgetRule.WITHIN_BUDGET_YEAR);
    assertRefusedAndUnchanged(
        budget,
        () -> budget.spend("6000", dong(1), day(2027, 1, 1)),
        IllegalArgumentException.class,
        BudgetRule.WITHIN_BUDGET_YEAR);
    assertRefusedAndUnchanged(
        budget,
        () -> budget.adjust("6000", dong(1), "bổ sung", day(2025, 12, 31)),
        IllegalArgumentException.class,
        BudgetRule.WITHIN_BUDGET_YEAR);
    assertRefusedAndUnchanged(
        budget,
        () -> budget.adjust("6000", dong(1), "bổ sung", day(2027, 1, 1)),
        IllegalArgumentException.class,
        BudgetRule.WITHIN_BUDGET_YEAR);
  }

  @Test
  void withinBudgetYearAllocationsAreReceivedFromTheYearBeforeToTheYearsEnd() {
    Budget budget = office2026();
    assertThat(budget.receive("6000", dong(1), day(2025, 1, 1)).allocated("6000")).isEqualTo(dong(1));
    assertThat(budget.receive("6000", dong(1), day(2026, 12, 31)).allocated("6000")).isEqualTo(dong(1));
    assertRefusedAndUnchanged(
        budget,
        () -> budget.receive("6000", dong(1), day(2024, 12, 31)),
        IllegalArgumentException.class,
        BudgetRule.WITHIN_BUDGET_YEAR);
    assertRefusedAndUnchanged(
        budget,
        () -> budget.receive("6000", dong(1), day(2027, 1, 1)),
        IllegalArgumentException.class,
        BudgetRule.WITHIN_BUDGET_YEAR);
  }

  @Test
  void knownItemAnEntryOnAnItemTheBudgetHasNotIsRefused() {
    Budget budget = office2026();
    assertRefusedAndUnchanged(
        budget, () -> budget.spend("7000", dong(1), day(2026, 3, 1)), IllegalArgumentException.class, BudgetRule.KNOWN_ITEM);
    assertRefusedAndUnchanged(
        budget, () -> budget.receive("7000", dong(1), day(2026, 3, 1)), IllegalArgumentException.class, BudgetRule.KNOWN_ITEM);
    assertThatThrownBy(() -> budget.estimate("7000")).hasMessageContaining("KNOWN_ITEM").hasMessageContaining("'7000'");
    assertThatThrownBy(() -> budget.spent("7000")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> budget.allocated("7000")).isInstanceOf(IllegalArgumentException.class);
    Map<BudgetItem, Money> twice =
        ImmutableMap.of(SALARIES, dong(1), BudgetItem.of("6000", "Lương"), dong(2));
    assertThatThrownBy(() -> Budget.of(OFFICE, 2026, twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KNOWN_ITEM")
        .hasMessageContaining("listed as 6000 Tiền lương and as 6000 Lương");
  }

  @Test
  void positiveAmountEntriesAreOneDongOrMore() {
    Budget budget = office2026();
    for (long amount : new long[] {0, -1}) {
      assertRefusedAndUnchanged(
          budget,
          () -> budget.spend("6000", dong(amount), day(2026, 3, 1)),
          IllegalArgumentException.class,
          BudgetRule.POSITIVE_AMOUNT);
      assertRefusedAndUnchanged(
          budget,
          () -> budget.receive("6000", dong(amount), day(2026, 3, 1)),
          IllegalArgumentException.class,
          BudgetRule.POSITIVE_AMOUNT);
    }
    assertRefusedAndUnchanged(
        budget,
        () -> budget.adjust("6000", Money.ZERO, "không đổi", day(2026, 3, 1)),
        IllegalArgumentException.class,
        BudgetRule.POSITIVE_AMOUNT);
    assertThatThrownBy(() -> Budget.of(OFFICE, 2026, Map.of(SALARIES, dong(-1))))
        .hasMessageContaining("POSITIVE_AMOUNT")
        .hasMessageContaining("6000 was VND -1");
    assertThat(Budget.of(OFFICE, 2026, Map.of(SALARIES, Money.ZERO)).estimate("6000")).isEqualTo(Money.ZERO);
  }

  @Test
  void positiveAmountAnAdjustmentKeepsTheEstimateAtZeroOrMoreOnEveryDay() {
    Budget budget = office2026();
    assertThat(budget.adjust("6000", dong(-1_000_000), "hủy", day(2026, 5, 1)).estimate("6000")).isEqualTo(Money.ZERO);
    assertRefusedAndUnchanged(
        budget,
        () -> budget.adjust("6000", dong(-1_000_001), "hủy", day(2026, 5, 1)),
        IllegalArgumentException.class,
        BudgetRule.POSITIVE_AMOUNT);
    Budget raisedInJuly = budget.adjust("6000", dong(300_000), "bổ sung", day(2026, 7, 1));
    assertThat(raisedInJuly.adjust("6000", dong(-1_300_000), "hủy", day(2026, 8, 1)).estimate("6000"))
        .isEqualTo(Money.ZERO);
    // cut in March, before the raise: the estimate would be below 0 from March to July
    assertRefusedAndUnchanged(
        raisedInJuly,
        () -> raisedInJuly.adjust("6000", dong(-1_200_000), "hủy", day(2026, 3, 1)),
        IllegalArgumentException.class,
        BudgetRule.POSITIVE_AMOUNT);
    Budget cutInAugust = budget.adjust("6000", dong(-600_000), "giảm", day(2026, 8, 1));
    // a cut in March that leaves March right takes the estimate below 0 once August's cut counts
    assertRefusedAndUnchanged(
        cutInAugust,
        () -> cutInAugust.adjust("6000", dong(-500_000), "giảm", day(2026, 3, 1)),
        IllegalArgumentException.class,
        BudgetRule.POSITIVE_AMOUNT);
    assertThat(cutInAugust.adjust("6000", dong(-400_000), "giảm", day(2026, 3, 1)).estimate("6000"))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void settledOnceTheAccountsAreRecordedOnceAtTheYearsEnd() {
    Budget open = office2026().receive("6000", dong(400_000), day(2026, 1, 5)).spend("6000", dong(300_000), day(2026, 2, 1));
    assertRefusedAndUnchanged(
        open, () -> open.settle(dong(300_000), day(2026, 12, 30)), IllegalArgumentException.class, BudgetRule.SETTLED_ONCE);
    Budget settled = open.settle(dong(300_000), day(2026, 12, 31));
    assertThat(settled.isSettled()).isTrue();
    assertThat(settled.settlement()).contains(BudgetSettlement.of(dong(300_000), day(2026, 12, 31)));
    assertThat(settled.findings()).isEmpty();
    assertThat(settled).hasToString("Budget[HG-VPTU 2026, 2 items, 2 entries, settled VND 300000 on 2026-12-31]");
    assertRefusedAndUnchanged(
        settled,
        () -> settled.settle(dong(300_000), day(2027, 3, 1)),
        IllegalStateException.class,
        BudgetRule.SETTLED_ONCE);
    assertRefusedAndUnchanged(
        settled, () -> settled.spend("6000", dong(1), day(2026, 12, 31)), IllegalStateException.class, BudgetRule.SETTLED_ONCE);
    assertRefusedAndUnchanged(
        settled, () -> settled.receive("6000", dong(1), day(2026, 12, 31)), IllegalStateException.class, BudgetRule.SETTLED_ONCE);
    assertRefusedAndUnchanged(
        settled,
        () -> settled.adjust("6000", dong(1), "bổ sung", day(2026, 12, 31)),
        IllegalStateException.class,
        BudgetRule.SETTLED_ONCE);
    assertThatThrownBy(() -> open.settle(dong(-1), day(2027, 1, 1))).hasMessageContaining("POSITIVE_AMOUNT");
    assertThat(open.settle(Money.ZERO, day(2027, 1, 1)).findings())
        .extracting(BudgetViolation::rule)
        .containsExactly(BudgetRule.SETTLEMENT_EQUALS_SPENDING);
  }

  @Test
  void withinEstimateSpendingBeyondAnItemsEstimateIsRecordedAndFound() {
    Budget budget =
        office2026()
            .receive("HD-DANG", dong(900_000), day(2026, 1, 5))
            .spend("HD-DANG", dong(500_000), day(2026, 4, 1));
    assertThat(budget.findings()).isEmpty();
    Budget over = budget.spend("HD-DANG", dong(1), day(2026, 4, 2));
    assertThat(over.spent("HD-DANG")).isEqualTo(dong(500_001));
    assertThat(over.findings())
        .containsExactly(
            BudgetViolation.of(
                BudgetRule.WITHIN_ESTIMATE, OFFICE, 2026, Optional.of("HD-DANG"), dong(500_000), dong(500_001)));
    assertThat(over.findings().get(0).message())
        .isEqualTo("HG-VPTU spent VND 500001 on item HD-DANG in 2026, beyond its estimate of VND 500000");
    // an adjustment up to the spending clears the finding
    assertThat(over.adjust("HD-DANG", dong(1), "bổ sung đại hội", day(2026, 5, 1)).findings()).isEmpty();
  }

  @Test
  void withinAllocationsSpendingBeyondWhatWasReceivedIsFound() {
    Budget budget = office2026().receive("6000", dong(100_000), day(2026, 1, 5)).spend("6000", dong(100_000), day(2026, 1, 25));
    assertThat(budget.findings()).isEmpty();
    Budget over = budget.spend("6000", dong(1), day(2026, 1, 26));
    assertThat(over.findings())
        .containsExactly(
            BudgetViolation.of(
                BudgetRule.WITHIN_ALLOCATIONS, OFFICE, 2026, Optional.of("6000"), dong(100_000), dong(100_001)));
  }

  @Test
  void settlementEqualsSpendingASettlementAtAnotherFigureIsFound() {
    Budget budget = office2026().receive("6000", dong(100_000), day(2026, 1, 5)).spend("6000", dong(80_000), day(2026, 1, 25));
    assertThat(budget.settle(dong(80_000), day(2027, 2, 1)).findings()).isEmpty();
    for (long settled : new long[] {79_999, 80_001}) {
      assertThat(budget.settle(dong(settled), day(2027, 2, 1)).findings())
          .containsExactly(
              BudgetViolation.of(
                  BudgetRule.SETTLEMENT_EQUALS_SPENDING, OFFICE, 2026, Optional.empty(), dong(80_000), dong(settled)));
    }
  }

  @Test
  void everyFindingIsReportedAtOnceInItemOrder() {
    Budget budget =
        office2026()
            .spend("HD-DANG", dong(600_000), day(2026, 4, 1))
            .spend("6000", dong(1_000_001), day(2026, 4, 1))
            .settle(dong(1), day(2027, 1, 15));
    assertThat(budget.findings())
        .extracting(BudgetViolation::rule, v -> v.itemCode().orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BudgetRule.WITHIN_ESTIMATE, "6000"),
            org.assertj.core.groups.Tuple.tuple(BudgetRule.WITHIN_ALLOCATIONS, "6000"),
            org.assertj.core.groups.Tuple.tuple(BudgetRule.WITHIN_ESTIMATE, "HD-DANG"),
            org.assertj.core.groups.Tuple.tuple(BudgetRule.WITHIN_ALLOCATIONS, "HD-DANG"),
            org.assertj.core.groups.Tuple.tuple(BudgetRule.SETTLEMENT_EQUALS_SPENDING, "-"));
  }

  @Test
  void aBudgetIsOfAYearTheCalendarAnswersFor() {
    assertThatThrownBy(() -> Budget.of(OFFICE, 2016, Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Budget.of(OFFICE, 2200, Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThat(Budget.of(OFFICE, 2017, Map.of()).year()).isEqualTo(2017);
    assertThat(Budget.of(OFFICE, 2199, Map.of()).items()).isEmpty();
  }

  @Test
  void aReplayRecordsEachEntryAgain() {
    Budget budget =
        office2026()
            .receive("6000", dong(600_000), day(2025, 12, 30))
            .adjust("6000", dong(-100_000), "giảm", day(2026, 6, 1))
            .spend("6000", dong(200_000), day(2026, 1, 25))
            .settle(dong(200_000), day(2027, 1, 20));
    assertThat(Budget.replay(OFFICE, 2026, budget.estimates(), budget.entries(), budget.settlement()))
        .isEqualTo(budget)
        .hasSameHashCodeAs(budget);
    assertThat(Budget.replay(OFFICE, 2026, budget.estimates(), budget.entries(), Optional.empty()).isSettled()).isFalse();
    assertThatThrownBy(
            () ->
                Budget.replay(
                    OFFICE,
                    2026,
                    budget.estimates(),
                    java.util.List.of(BudgetEntry.spending("7000", dong(1), day(2026, 1, 1))),
                    Optional.empty()))
        .hasMessageContaining("KNOWN_ITEM");
    assertThat(budget).isNotEqualTo(office2026()).isNotEqualTo("budget");
    assertThat(budget).isNotEqualTo(Budget.replay(OFFICE, 2026, budget.estimates(), budget.entries(), Optional.empty()));
    assertThat(office2026()).isNotEqualTo(Budget.of(UnitId.of("HG-X"), 2026, office2026().estimates()));
    assertThat(office2026()).isNotEqualTo(Budget.of(OFFICE, 2027, office2026().estimates()));
    assertThat(office2026()).isNotEqualTo(Budget.of(OFFICE, 2026, Map.of(SALARIES, dong(1_000_000))));
    assertThat(office2026()).isNotEqualTo(Budget.of(OFFICE, 2026, Map.of(SALARIES, dong(1), PARTY_WORK, dong(500_000))));
    assertThat(office2026()).isNotEqualTo(office2026().spend("6000", dong(1), day(2026, 1, 1)));
    assertThat(office2026().hashCode()).isNotEqualTo(office2026().spend("6000", dong(1), day(2026, 1, 1)).hashCode());
  }
}
