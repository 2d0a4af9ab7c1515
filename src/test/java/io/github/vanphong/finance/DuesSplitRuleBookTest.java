package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuesSplitRuleBookTest {

  private static final DuesSplitRuleBook BOOK = DuesSplitRuleBook.standard();
  private static final YearMonth MARCH_2020 = YearMonth.of(2020, 3);
  private static final Money MILLION = Money.ofDong(1_000_000);

  @Test
  void aCellUnderAGrassrootsCommitteeKeepsThirtyToFiftyPercentUnder342() {
    DuesSplitRule rule = BOOK.ruleOf(DuesLevel.CELL_UNDER_GRASSROOTS, MARCH_2020);
    assertThat(rule).isEqualTo(DuesSplitRuleBook.CELL_UNDER_GRASSROOTS_2011);
    assertThat(rule.isChosen()).isTrue();
    assertThat(rule.keptOf(MILLION, Rate.percent("30"))).isEqualTo(Money.ofDong(300_000));
    assertThat(rule.keptOf(MILLION, Rate.percent("50"))).isEqualTo(Money.ofDong(500_000));
  }

  @Test
  void aCellsShareOutsideThirtyToFiftyPercentIsRefused() {
    DuesSplitRule rule = DuesSplitRuleBook.CELL_UNDER_GRASSROOTS_2011;
    assertThatThrownBy(() -> rule.keptOf(MILLION, Rate.percent("70")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CELL_UNDER_GRASSROOTS_2011")
        .hasMessageContaining("70%");
    assertThatThrownBy(() -> rule.keptOf(MILLION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("say which");
  }

  @Test
  void aCommunesGrassrootsOrganisationKeepsNinetyPercentUnder342() {
    assertThat(BOOK.ruleOf(DuesLevel.COMMUNE_GRASSROOTS, MARCH_2020).keptOf(MILLION)).isEqualTo(Money.ofDong(900_000));
  }

  @Test
  void anotherGrassrootsOrganisationKeepsSeventyPercentUnder342() {
    assertThat(BOOK.ruleOf(DuesLevel.OTHER_GRASSROOTS, MARCH_2020).keptOf(MILLION)).isEqualTo(Money.ofDong(700_000));
  }

  @Test
  void eachLevelAboveTheGrassrootsKeepsHalfUnder342() {
    assertThat(BOOK.ruleOf(DuesLevel.ABOVE_GRASSROOTS, MARCH_2020).keptOf(MILLION)).isEqualTo(Money.ofDong(500_000));
  }

  @Test
  void theSplitsOf342AreReportedAndHoldFromApril2011ToJanuary2026() {
    for (DuesSplitRule rule : BOOK.rules()) {
      assertThat(rule.basis().instrument()).isEqualTo(Instruments.PARTY_DUES_REGULATION_342_2010);
      assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
      assertThat(rule.citation()).isPresent();
      assertThat(rule.isChosenFor(YearMonth.of(2011, 4))).isTrue();
      assertThat(rule.isChosenFor(YearMonth.of(2026, 1))).isTrue();
      assertThat(rule.isChosenFor(YearMonth.of(2011, 3))).isFalse();
    }
    assertThat(BOOK.ruleFor(DuesLevel.OTHER_GRASSROOTS, YearMonth.of(2011, 3))).isEmpty();
    assertThatThrownBy(() -> BOOK.ruleOf(DuesLevel.OTHER_GRASSROOTS, YearMonth.of(2011, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2011-03");
  }

  @Test
  void theSplitUnder01IsAGapTheStandardBookRefuses() {
    for (DuesLevel level : DuesLevel.values()) {
      assertThat(BOOK.ruleFor(level, DuesSplitRuleBook.FIRST_MONTH_OF_01_2026)).isEmpty();
      assertThatThrownBy(() -> BOOK.ruleOf(level, YearMonth.of(2026, 2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("01-QĐ/TW")
          .hasMessageContaining("gap")
          .hasMessageContaining("with(");
    }
  }

  @Test
  void anApplicationSuppliesTheSplitUnder01WithItsOwnRule() {
    DuesSplitRule own =
        DuesSplitRule.of(
            "CELL_UNDER_GRASSROOTS_2026",
            DuesLevel.CELL_UNDER_GRASSROOTS,
            Rate.percent("70"),
            Rate.percent("70"),
            Validity.from(LocalDate.of(2026, 2, 1)),
            DuesSplitRuleBook.STANDARD_ROUNDING,
            io.github.vanphong.law.LegalBasis.builder()
                .instrument(Instruments.PARTY_DUES_REGULATION_01_2026)
                .article("the application's reading")
                .confirmation(Confirmation.UNCONFIRMED)
                .build());
    DuesSplitRuleBook book = BOOK.with(own);
    assertThat(book.ruleOf(DuesLevel.CELL_UNDER_GRASSROOTS, YearMonth.of(2026, 3)).keptOf(MILLION))
        .isEqualTo(Money.ofDong(700_000));
    assertThat(BOOK.rules()).hasSize(4);
    assertThat(book.rules()).hasSize(5);
    assertThat(book).isNotEqualTo(BOOK).hasToString("DuesSplitRuleBook" + book.rules().stream().map(DuesSplitRule::name).toList());
    assertThat(DuesSplitRuleBook.of(book.rules())).isEqualTo(book).hasSameHashCodeAs(book);
  }

  @Test
  void twoSplitsOfALevelForOneMonthAreRefused() {
    DuesSplitRule twin =
        DuesSplitRule.of(
            "TWIN",
            DuesLevel.ABOVE_GRASSROOTS,
            Rate.percent("40"),
            Rate.percent("40"),
            Validity.from(LocalDate.of(2020, 1, 1)),
            DuesSplitRuleBook.STANDARD_ROUNDING,
            DuesSplitRuleBook.ABOVE_GRASSROOTS_2011.basis());
    assertThatThrownBy(() -> BOOK.with(twin))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TWIN")
        .hasMessageContaining("ABOVE_GRASSROOTS_2011");
    assertThatThrownBy(() -> DuesSplitRuleBook.of(List.of(twin, twin)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThat(BOOK.rules()).hasSize(4);
  }

  @Test
  void badRulesAreRefused() {
    assertThatThrownBy(
            () ->
                DuesSplitRule.of(
                    " ",
                    DuesLevel.ABOVE_GRASSROOTS,
                    Rate.percent("40"),
                    Rate.percent("40"),
                    Validity.from(LocalDate.of(2020, 1, 1)),
                    DuesSplitRuleBook.STANDARD_ROUNDING,
                    DuesSplitRuleBook.ABOVE_GRASSROOTS_2011.basis()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(
            () ->
                DuesSplitRule.of(
                    "UPSIDE_DOWN",
                    DuesLevel.ABOVE_GRASSROOTS,
                    Rate.percent("50"),
                    Rate.percent("40"),
                    Validity.from(LocalDate.of(2020, 1, 1)),
                    DuesSplitRuleBook.STANDARD_ROUNDING,
                    DuesSplitRuleBook.ABOVE_GRASSROOTS_2011.basis()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UPSIDE_DOWN")
        .hasMessageContaining("50%");
    assertThatThrownBy(() -> DuesSplitRuleBook.OTHER_GRASSROOTS_2011.keptOf(Money.ofDong(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER_GRASSROOTS_2011");
  }

  @Test
  void aRuleReadsAndComparesAsItsFigures() {
    DuesSplitRule rule = DuesSplitRuleBook.CELL_UNDER_GRASSROOTS_2011;
    assertThat(rule.level()).isEqualTo(DuesLevel.CELL_UNDER_GRASSROOTS);
    assertThat(rule.lowestKept()).isEqualTo(Rate.percent("30"));
    assertThat(rule.highestKept()).isEqualTo(Rate.percent("50"));
    assertThat(rule.rounding()).isEqualTo(DuesSplitRuleBook.STANDARD_ROUNDING);
    assertThat(rule.toString()).contains("CELL_UNDER_GRASSROOTS_2011", "30% to 50%");
    assertThat(DuesSplitRuleBook.OTHER_GRASSROOTS_2011.toString()).contains("keeps 70%");
    assertThat(rule).isEqualTo(rule).isNotEqualTo(DuesSplitRuleBook.OTHER_GRASSROOTS_2011).isNotEqualTo("rule");
    assertThat(rule.hashCode()).isEqualTo(BOOK.rules().get(0).hashCode());
    assertThat(DuesLevel.COMMUNE_GRASSROOTS.vietnameseName()).contains("xã");
    assertThat(DuesLevel.COMMUNE_GRASSROOTS.englishName()).contains("commune");
  }
}
