package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The recipe "Party dues: the split up the hierarchy" of docs/cookbook.md. */
class DuesSplitRecipeTest {

  @Test
  void theRecipeRuns() {
    DuesRollUp march2020 =
        DuesRollUp.of(
            DuesSplitFixtures.tree(),
            YearMonth.of(2020, 3),
            DuesSplitRuleBook.standard(),
            DuesSplitFixtures.levels(),
            DuesSplitFixtures.collected(),
            DuesSplitFixtures.shares());
    assertThat(march2020.summaryOf(DuesSplitFixtures.COMMITTEE).sentUp()).isEqualTo(Money.ofDong(810_000));
    assertThat(march2020.sentAbove()).isEqualTo(Money.ofDong(202_500));

    LegalBasis reading =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_DUES_REGULATION_01_2026)
            .article("the committee's reading of the split")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    DuesSplitRuleBook book = DuesSplitRuleBook.standard();
    for (DuesSplitRule rule : DuesSplitRuleBook.standard().rules()) {
      book =
          book.with(
              DuesSplitRule.of(
                  rule.name().replace("2011", "2026"),
                  rule.level(),
                  rule.lowestKept(),
                  rule.highestKept(),
                  Validity.from(LocalDate.of(2026, 2, 1)),
                  rule.rounding(),
                  reading));
    }
    DuesRollUp march2026 =
        DuesRollUp.of(
            DuesSplitFixtures.tree(),
            YearMonth.of(2026, 3),
            book,
            DuesSplitFixtures.levels(),
            DuesSplitFixtures.collected(),
            java.util.Map.of(DuesSplitFixtures.CELL, Rate.percent("50")));
    assertThat(march2026.summaryOf(DuesSplitFixtures.CELL).kept()).isEqualTo(Money.ofDong(500_000));
    assertThat(march2026.summary().plus(march2020.summary()).months())
        .containsExactly(YearMonth.of(2020, 3), YearMonth.of(2026, 3));
  }
}
