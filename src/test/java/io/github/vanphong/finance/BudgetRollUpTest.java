package io.github.vanphong.finance;

import static io.github.vanphong.finance.BudgetTest.dong;
import static io.github.vanphong.finance.DuesSplitFixtures.CELL;
import static io.github.vanphong.finance.DuesSplitFixtures.COMMITTEE;
import static io.github.vanphong.finance.DuesSplitFixtures.DISTRICT;
import static io.github.vanphong.finance.DuesSplitFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BudgetRollUpTest {

  private static final LocalDate DAY = LocalDate.of(2020, 6, 30);
  private static final UnitId ELSEWHERE = UnitId.of("HG-X");

  private static BudgetSummary line(UnitId unit, long estimate, long allocated, long spent) {
    return BudgetSummary.of(unit, "6000", DAY, dong(estimate), dong(allocated), dong(spent));
  }

  private static BudgetSummary figures() {
    return Stream.of(
            line(PROVINCE, 1000, 800, 700),
            line(DISTRICT, 100, 80, 70),
            line(CELL, 10, 8, 9),
            line(ELSEWHERE, 5, 5, 5))
        .collect(BudgetSummary.collector());
  }

  @Test
  void aLevelsFiguresAreItsOwnAndThoseOfEveryUnitUnderIt() {
    BudgetRollUp rollUp = BudgetRollUp.of(figures(), DuesSplitFixtures.tree());
    assertThat(rollUp.date()).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(rollUp.summaryOf(CELL)).isEqualTo(line(CELL, 10, 8, 9));
    assertThat(rollUp.summaryOf(COMMITTEE).estimate()).isEqualTo(dong(10));
    assertThat(rollUp.ownSummaryOf(COMMITTEE)).isEqualTo(BudgetSummary.empty());
    assertThat(rollUp.summaryOf(DISTRICT).estimate()).isEqualTo(dong(110));
    assertThat(rollUp.summaryOf(DISTRICT).spent()).isEqualTo(dong(79));
    assertThat(rollUp.summaryOf(PROVINCE).estimate()).isEqualTo(dong(1110));
    assertThat(rollUp.summaryOf(PROVINCE).balance()).isEqualTo(dong(109));
    assertThat(rollUp.ownSummaryOf(PROVINCE)).isEqualTo(line(PROVINCE, 1000, 800, 700));
    assertThat(rollUp.summaryOf(PROVINCE))
        .isEqualTo(rollUp.ownSummaryOf(PROVINCE).plus(rollUp.summaryOf(DISTRICT)));
    assertThat(rollUp.total()).isEqualTo(rollUp.summaryOf(PROVINCE));
    assertThat(rollUp.rolledUp()).containsOnlyKeys(PROVINCE, DISTRICT, COMMITTEE, CELL);
  }

  @Test
  void figuresOfUnitsOutsideTheTreeAreKeptApart() {
    BudgetRollUp rollUp = BudgetRollUp.of(figures(), DuesSplitFixtures.tree());
    assertThat(rollUp.unplaced()).isEqualTo(line(ELSEWHERE, 5, 5, 5));
    assertThat(rollUp.summaryOf(ELSEWHERE)).isEqualTo(BudgetSummary.empty());
    assertThat(rollUp.ownSummaryOf(ELSEWHERE)).isEqualTo(BudgetSummary.empty());
    assertThat(rollUp.total().plus(rollUp.unplaced())).isEqualTo(figures());
    assertThat(BudgetRollUp.of(BudgetSummary.empty(), DuesSplitFixtures.tree()).unplaced()).isEqualTo(BudgetSummary.empty());
  }

  @Test
  void rollUpsAreEqualByTheirFigures() {
    BudgetRollUp rollUp = BudgetRollUp.of(figures(), DuesSplitFixtures.tree());
    assertThat(rollUp)
        .isEqualTo(BudgetRollUp.of(figures(), DuesSplitFixtures.tree()))
        .hasSameHashCodeAs(BudgetRollUp.of(figures(), DuesSplitFixtures.tree()))
        .isNotEqualTo(BudgetRollUp.of(BudgetSummary.empty(), DuesSplitFixtures.tree()))
        .isNotEqualTo(BudgetRollUp.of(figures().plus(line(ELSEWHERE, 1, 1, 1)), DuesSplitFixtures.tree()))
        .isNotEqualTo("rollUp");
    assertThat(rollUp.hashCode()).isNotEqualTo(BudgetRollUp.of(BudgetSummary.empty(), DuesSplitFixtures.tree()).hashCode());
    assertThat(rollUp.toString()).startsWith("BudgetRollUp[2020-03-01, 4 units, ").contains("unplaced");
  }
}
