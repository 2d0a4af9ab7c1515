package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of dues: more base never owes less, a relief never owes more, one rule is chosen for a month. */
class FinanceProperties {

  @Property
  void aLargerBaseNeverOwesLess(
      @ForAll DuesRule rule,
      @ForAll @LongRange(min = 0, max = 100_000_000) long a,
      @ForAll @LongRange(min = 0, max = 100_000_000) long b) {
    if (rule.lowestBase().isPresent() || rule.highestBase().isPresent()) {
      a = Math.max(2_000, Math.min(30_000, a));
      b = Math.max(2_000, Math.min(30_000, b));
    }
    Money low = Money.ofDong(Math.min(a, b));
    Money high = Money.ofDong(Math.max(a, b));
    assertThat(rule.duesOn(high)).isGreaterThanOrEqualTo(rule.duesOn(low));
    assertThat(rule.duesOn(low).isNegative()).isFalse();
  }

  @Property
  void aReliefNeverOwesMoreNorLessThanNothing(
      @ForAll DuesRelief relief, @ForAll DuesRule rule, @ForAll @LongRange(min = 0, max = 10_000_000) long dues) {
    Money owed = relief.applyTo(Money.ofDong(dues), rule.rounding());
    assertThat(owed).isLessThanOrEqualTo(Money.ofDong(dues));
    assertThat(owed.isNegative()).isFalse();
    if (relief.reduction().equals(Rate.WHOLE)) {
      assertThat(owed).isEqualTo(Money.ZERO);
    }
  }

  @Property
  void theStandardBookChoosesOneRuleForEveryCategoryFromFebruary2026(
      @ForAll MemberCategory category, @ForAll @IntRange(min = 0, max = 600) int monthsAfter) {
    YearMonth month = YearMonth.of(2026, 2).plusMonths(monthsAfter);
    assertThat(DuesRuleBook.standard().rules().stream().filter(r -> r.category() == category && r.isChosenFor(month)))
        .hasSize(1);
  }

  @Property
  void aBookChoosesAtMostOneRule(
      @ForAll DuesRuleBook book, @ForAll MemberCategory category, @ForAll @IntRange(min = 0, max = 240) int months) {
    YearMonth month = YearMonth.of(2010, 1).plusMonths(months);
    long chosen = book.rules().stream().filter(r -> r.category() == category && r.isChosenFor(month)).count();
    assertThat(chosen).isLessThanOrEqualTo(1);
    assertThat(book.ruleFor(category, month).isPresent()).isEqualTo(chosen == 1);
  }

  @Property
  void aHardshipReliefCoversOneToTwelveMonths(@ForAll DuesRelief relief) {
    if (relief.ground() == ReliefGround.HARDSHIP) {
      long covered = 0;
      for (YearMonth m = relief.firstMonth(); !m.isAfter(relief.lastMonth().orElseThrow()); m = m.plusMonths(1)) {
        assertThat(relief.covers(m)).isTrue();
        covered++;
      }
      assertThat(covered).isBetween(1L, 12L);
      assertThat(relief.covers(relief.lastMonth().orElseThrow().plusMonths(1))).isFalse();
    }
    assertThat(relief.covers(relief.firstMonth().minusMonths(1))).isFalse();
  }

  @Property
  void aTableGivesAWageForEveryRegionFromJuly2024(
      @ForAll MinimumWageTable table, @ForAll MinimumWageRegion region, @ForAll @IntRange(min = 0, max = 240) int m) {
    assertThat(table.wageFor(region, YearMonth.of(2024, 7).plusMonths(m))).isPresent();
  }
}
