package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cookbook's recipe "A unit's budget of a year", run as written. */
class BudgetRecipeTest {

  @Test
  void theRecipeFindsTheOverSpendingClearsItAndRollsUpTheFigures() {
    BudgetItem congress = BudgetItem.of("DAI-HOI", "Chi tổ chức đại hội");
    Budget office =
        Budget.of(UnitId.of("HG-VPTU"), 2026, Map.of(congress, Money.ofDong(300_000_000)))
            .receive("DAI-HOI", Money.ofDong(300_000_000), LocalDate.of(2026, 1, 5))
            .spend("DAI-HOI", Money.ofDong(320_000_000), LocalDate.of(2026, 3, 20));
    assertThat(office.findings())
        .extracting(BudgetViolation::rule)
        .containsExactly(BudgetRule.WITHIN_ESTIMATE, BudgetRule.WITHIN_ALLOCATIONS);
    assertThat(office.findings().get(0).message())
        .isEqualTo("HG-VPTU spent VND 320000000 on item DAI-HOI in 2026, beyond its estimate of VND 300000000");

    Budget adjusted =
        office
            .adjust("DAI-HOI", Money.ofDong(20_000_000), "bổ sung kinh phí đại hội", LocalDate.of(2026, 4, 2))
            .receive("DAI-HOI", Money.ofDong(20_000_000), LocalDate.of(2026, 4, 10));
    assertThat(adjusted.findings()).isEmpty();

    Budget settled = adjusted.settle(Money.ofDong(320_000_000), LocalDate.of(2027, 2, 20));
    assertThatThrownBy(() -> settled.spend("DAI-HOI", Money.ofDong(1), LocalDate.of(2026, 12, 31)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("SETTLED_ONCE");

    BudgetSummary march = BudgetSummary.of(adjusted, LocalDate.of(2026, 3, 31));
    assertThat(march.estimate()).isEqualTo(Money.ofDong(300_000_000));
    assertThat(march.balance()).isEqualTo(Money.ofDong(-20_000_000));

    var tree = DuesSplitFixtures.tree();
    UnitId province = DuesSplitFixtures.PROVINCE;
    BudgetSummary inTree =
        BudgetSummary.of(
            DuesSplitFixtures.CELL, "DAI-HOI", LocalDate.of(2026, 3, 31), Money.ofDong(5), Money.ofDong(5), Money.ofDong(4));
    BudgetRollUp rollUp = BudgetRollUp.of(march.plus(inTree), tree);
    assertThat(rollUp.summaryOf(province)).isEqualTo(inTree);
    assertThat(rollUp.unplaced()).isEqualTo(march);
  }
}
