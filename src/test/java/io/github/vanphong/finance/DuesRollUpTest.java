package io.github.vanphong.finance;

import static io.github.vanphong.finance.DuesSplitFixtures.CELL;
import static io.github.vanphong.finance.DuesSplitFixtures.COMMITTEE;
import static io.github.vanphong.finance.DuesSplitFixtures.DISTRICT;
import static io.github.vanphong.finance.DuesSplitFixtures.MARCH_2020;
import static io.github.vanphong.finance.DuesSplitFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.UnitId;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuesRollUpTest {

  private static DuesRollUp march() {
    return DuesRollUp.of(
        DuesSplitFixtures.tree(),
        MARCH_2020,
        DuesSplitRuleBook.standard(),
        DuesSplitFixtures.levels(),
        DuesSplitFixtures.collected(),
        DuesSplitFixtures.shares());
  }

  private static DuesSummary line(UnitId unit, long collected, long received, long kept) {
    return DuesSummary.of(unit, MARCH_2020, Money.ofDong(collected), Money.ofDong(received), Money.ofDong(kept));
  }

  @Test
  void whatAUnitSendsUpIsWhatItsParentReceives() {
    DuesRollUp rollUp = march();
    assertThat(rollUp.summaryOf(CELL)).isEqualTo(line(CELL, 1_000_000, 0, 300_000));
    assertThat(rollUp.summaryOf(COMMITTEE)).isEqualTo(line(COMMITTEE, 2_000_000, 700_000, 1_890_000));
    assertThat(rollUp.summaryOf(DISTRICT)).isEqualTo(line(DISTRICT, 0, 810_000, 405_000));
    assertThat(rollUp.summaryOf(PROVINCE)).isEqualTo(line(PROVINCE, 0, 405_000, 202_500));
    assertThat(rollUp.sentAbove()).isEqualTo(Money.ofDong(202_500));
    assertThat(rollUp.month()).isEqualTo(MARCH_2020);
  }

  @Test
  void everythingCollectedIsKeptSomewhereOrSentAboveTheTree() {
    DuesRollUp rollUp = march();
    assertThat(rollUp.summary().kept().plus(rollUp.sentAbove())).isEqualTo(rollUp.summary().collected());
    assertThat(rollUp).isEqualTo(march()).hasSameHashCodeAs(march());
    assertThat(rollUp.toString()).contains("2020-03", "202500");
  }

  @Test
  void theStandardBookRefusesARollUpOfAMonthUnder01() {
    assertThatThrownBy(
            () ->
                DuesRollUp.of(
                    DuesSplitFixtures.tree(),
                    YearMonth.of(2026, 3),
                    DuesSplitRuleBook.standard(),
                    DuesSplitFixtures.levels(),
                    DuesSplitFixtures.collected(),
                    DuesSplitFixtures.shares()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("01-QĐ/TW");
  }

  @Test
  void aCellWithoutItsChosenShareIsRefused() {
    assertThatThrownBy(() -> rollUp(DuesSplitFixtures.levels(), DuesSplitFixtures.collected(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CELL_UNDER_GRASSROOTS_2011")
        .hasMessageContaining(CELL.toString());
  }

  @Test
  void aShareForAUnitOfASingleFigureIsRefused() {
    assertThatThrownBy(
            () ->
                rollUp(
                    DuesSplitFixtures.levels(),
                    DuesSplitFixtures.collected(),
                    Map.of(CELL, Rate.percent("30"), COMMITTEE, Rate.percent("60"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER_GRASSROOTS_2011");
  }

  @Test
  void aUnitWithoutALevelOrOutsideTheTreeIsRefused() {
    Map<UnitId, DuesLevel> missing = new HashMap<>(DuesSplitFixtures.levels());
    missing.remove(DISTRICT);
    assertThatThrownBy(() -> rollUp(missing, DuesSplitFixtures.collected(), DuesSplitFixtures.shares()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("level")
        .hasMessageContaining(DISTRICT.toString());
    assertThatThrownBy(
            () ->
                rollUp(
                    DuesSplitFixtures.levels(),
                    Map.of(UnitId.of("HG-OTHER"), Money.ofDong(1)),
                    DuesSplitFixtures.shares()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HG-OTHER");
  }

  @Test
  void negativeDuesCollectedAreRefused() {
    assertThatThrownBy(
            () -> rollUp(DuesSplitFixtures.levels(), Map.of(CELL, Money.ofDong(-5)), DuesSplitFixtures.shares()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 đồng or more");
  }

  private static DuesRollUp rollUp(
      Map<UnitId, DuesLevel> levels, Map<UnitId, Money> collected, Map<UnitId, Rate> shares) {
    return DuesRollUp.of(
        DuesSplitFixtures.tree(), MARCH_2020, DuesSplitRuleBook.standard(), levels, collected, shares);
  }
}
