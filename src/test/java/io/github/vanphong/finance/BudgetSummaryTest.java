package io.github.vanphong.finance;

import static io.github.vanphong.finance.BudgetTest.OFFICE;
import static io.github.vanphong.finance.BudgetTest.dong;
import static io.github.vanphong.finance.BudgetTest.office2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BudgetSummaryTest {

  private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);
  private static final UnitId BOARD = UnitId.of("HG-BTC");

  private static Budget budget() {
    return office2026()
        .receive("6000", dong(600_000), LocalDate.of(2026, 1, 5))
        .spend("6000", dong(200_000), LocalDate.of(2026, 1, 25))
        .spend("6000", dong(300_000), JUNE)
        .spend("6000", dong(50_000), JUNE.plusDays(1))
        .adjust("6000", dong(-100_000), "giảm", JUNE)
        .adjust("6000", dong(70_000), "bổ sung", JUNE.plusDays(1))
        .receive("HD-DANG", dong(100_000), JUNE.plusDays(1));
  }

  @Test
  void theFiguresOfABudgetCountTheEntriesDatedOnOrBeforeTheDay() {
    BudgetSummary june = BudgetSummary.of(budget(), JUNE);
    assertThat(june.asOf()).contains(JUNE);
    assertThat(june.units()).containsExactly(OFFICE);
    assertThat(june.itemCodes()).containsExactly("6000", "HD-DANG");
    BudgetSummary salaries = june.forItem("6000");
    assertThat(salaries).isEqualTo(BudgetSummary.of(OFFICE, "6000", JUNE, dong(900_000), dong(600_000), dong(500_000)));
    assertThat(salaries.balance()).isEqualTo(dong(100_000));
    assertThat(june.forItem("HD-DANG"))
        .isEqualTo(BudgetSummary.of(OFFICE, "HD-DANG", JUNE, dong(500_000), Money.ZERO, Money.ZERO));
    assertThat(june.estimate()).isEqualTo(dong(1_400_000));
    assertThat(june.allocated()).isEqualTo(dong(600_000));
    assertThat(june.spent()).isEqualTo(dong(500_000));
    BudgetSummary july = BudgetSummary.of(budget(), JUNE.plusDays(1));
    assertThat(july.estimate()).isEqualTo(dong(1_470_000));
    assertThat(july.allocated()).isEqualTo(dong(700_000));
    assertThat(july.spent()).isEqualTo(dong(550_000));
    assertThat(july.balance()).isEqualTo(dong(150_000));
    BudgetSummary dayBefore = BudgetSummary.of(budget(), JUNE.minusDays(1));
    assertThat(dayBefore.estimate()).isEqualTo(dong(1_500_000));
    assertThat(dayBefore.spent()).isEqualTo(dong(200_000));
  }

  @Test
  void aBudgetWithoutItemsHasTheEmptyFigures() {
    assertThat(BudgetSummary.of(Budget.of(OFFICE, 2026, java.util.Map.of()), JUNE)).isEqualTo(BudgetSummary.empty());
    assertThat(BudgetSummary.empty().isEmpty()).isTrue();
    assertThat(BudgetSummary.empty().asOf()).isEmpty();
    assertThat(BudgetSummary.empty()).hasToString("BudgetSummary[nothing]");
    assertThat(BudgetSummary.empty().balance()).isEqualTo(Money.ZERO);
  }

  @Test
  void linesOfAUnitAndItemAddUpAndOthersStandApart() {
    BudgetSummary office = BudgetSummary.of(OFFICE, "6000", JUNE, dong(10), dong(5), dong(7));
    BudgetSummary more = BudgetSummary.of(OFFICE, "6000", JUNE, dong(1), dong(2), dong(3));
    BudgetSummary board = BudgetSummary.of(BOARD, "6000", JUNE, dong(4), dong(4), dong(4));
    BudgetSummary sum = Stream.of(office, more, board).collect(BudgetSummary.collector());
    assertThat(sum.forUnit(OFFICE)).isEqualTo(BudgetSummary.of(OFFICE, "6000", JUNE, dong(11), dong(7), dong(10)));
    assertThat(sum.forUnit(OFFICE).balance()).isEqualTo(dong(-3));
    assertThat(sum.units()).containsExactly(BOARD, OFFICE);
    assertThat(sum.forUnit(UnitId.of("HG-X"))).isEqualTo(BudgetSummary.empty());
    assertThat(sum.forItem("7000")).isEqualTo(BudgetSummary.empty());
    assertThat(sum.isEmpty()).isFalse();
    assertThat(sum)
        .hasToString(
            "BudgetSummary[as of 2026-06-30, 2 units, estimate VND 15, allocated VND 11, spent VND 14, balance VND -3]");
    assertThat(sum.plus(BudgetSummary.empty())).isEqualTo(sum).hasSameHashCodeAs(BudgetSummary.empty().plus(sum));
    assertThat(sum).isNotEqualTo(BudgetSummary.of(OFFICE, "6000", JUNE.plusDays(1), dong(11), dong(7), dong(10)));
    assertThat(sum).isNotEqualTo("sum");
    assertThat(sum.hashCode()).isNotEqualTo(office.hashCode());
  }

  @Test
  void theCollectorOfBudgetsGivesTheFiguresOfEach() {
    Budget board = Budget.of(BOARD, 2026, java.util.Map.of(BudgetItem.of("7000", "Chi nghiệp vụ"), dong(9)));
    assertThat(Stream.of(budget(), board).collect(BudgetSummary.collector(JUNE)))
        .isEqualTo(BudgetSummary.of(budget(), JUNE).plus(BudgetSummary.of(board, JUNE)));
  }

  @Test
  void figuresOfAnotherDayDoNotMerge() {
    BudgetSummary june = BudgetSummary.of(OFFICE, "6000", JUNE, dong(1), dong(1), dong(1));
    BudgetSummary july = BudgetSummary.of(OFFICE, "6000", JUNE.plusDays(1), dong(1), dong(1), dong(1));
    assertThatThrownBy(() -> june.plus(july))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-06-30")
        .hasMessageContaining("2026-07-01");
  }

  @Test
  void aLineIsRefusedWhereAFigureIsNegativeOrTheCodeIsNotOne() {
    assertThatThrownBy(() -> BudgetSummary.of(OFFICE, "6000", JUNE, dong(-1), dong(0), dong(0)))
        .hasMessageContaining("POSITIVE_AMOUNT");
    assertThatThrownBy(() -> BudgetSummary.of(OFFICE, "6000", JUNE, dong(0), dong(-1), dong(0)))
        .hasMessageContaining("POSITIVE_AMOUNT");
    assertThatThrownBy(() -> BudgetSummary.of(OFFICE, "6000", JUNE, dong(0), dong(0), dong(-1)))
        .hasMessageContaining("POSITIVE_AMOUNT");
    assertThatThrownBy(() -> BudgetSummary.of(OFFICE, "", JUNE, dong(0), dong(0), dong(0)))
        .hasMessageContaining("KNOWN_ITEM");
    assertThat(BudgetSummary.of(OFFICE, "6000", JUNE, dong(0), dong(0), dong(0)).isEmpty()).isFalse();
  }
}
