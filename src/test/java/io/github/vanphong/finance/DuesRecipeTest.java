package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The recipe "Party dues: what a member owes for a month" of docs/cookbook.md. */
class DuesRecipeTest {

  @Test
  void theRecipeRuns() {
    DuesRuleBook book = DuesRuleBook.standard();
    YearMonth march = YearMonth.of(2026, 3);

    Money civilServant = book.duesOf(MemberCategory.CIVIL_SERVANT, march, Money.ofDong(4_680_000));
    assertThat(civilServant).isEqualTo(Money.ofDong(46_800));

    Money wage = MinimumWageTable.standard().wageFor(MinimumWageRegion.REGION_II, march).orElseThrow();
    assertThat(wage).isEqualTo(Money.ofDong(4_730_000));
    Money other = book.duesOf(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, march, wage);
    assertThat(other).isEqualTo(Money.ofDong(14_190));

    DuesRelief relief = DuesRelief.hardship(Rate.percent("50"), march, YearMonth.of(2026, 8));
    DuesRule rule = book.ruleFor(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, march).orElseThrow();
    Money owed = relief.covers(march) ? relief.applyTo(other, rule.rounding()) : other;
    assertThat(owed).isEqualTo(Money.ofDong(7_095));

    DuesRuleBook own =
        book.with(
            DuesRule.builder()
                .from(DuesRuleBook.CIVIL_SERVANT_2026)
                .rounding(Rounding.of(RoundingMode.HALF_UP, 1_000))
                .build());
    assertThat(own.duesOf(MemberCategory.CIVIL_SERVANT, march, Money.ofDong(4_680_000)))
        .isEqualTo(Money.ofDong(47_000));
  }
}
