package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MoneyArbitrariesTest {

  @Property(tries = 200)
  void amountsStayFarFromTheEndsOfALong(@ForAll Money amount) {
    assertThat(Math.abs(amount.dong())).isLessThanOrEqualTo(1_000_000_000_000_000_000L);
  }

  @Test
  void nonNegativeAmountsAreNotNegative() {
    assertThat(MoneyArbitraries.nonNegativeAmounts().sampleStream().limit(200)).noneMatch(Money::isNegative);
  }

  @Property(tries = 200)
  void ratesAreShares(@ForAll Rate rate) {
    assertThat(rate).isBetween(Rate.ZERO, Rate.WHOLE);
  }

  @Property(tries = 200)
  void roundingsRoundAndHaveCommonSteps(@ForAll Rounding rounding) {
    assertThat(rounding.mode()).isNotEqualTo(RoundingMode.UNNECESSARY);
    assertThat(rounding.step()).isIn(1L, 10L, 100L, 500L, 1_000L);
  }

  @Test
  void theProviderGivesEachType() {
    MoneyArbitraryProvider provider = new MoneyArbitraryProvider();
    assertThat(provider.canProvideFor(net.jqwik.api.providers.TypeUsage.of(Money.class))).isTrue();
    assertThat(provider.canProvideFor(net.jqwik.api.providers.TypeUsage.of(String.class))).isFalse();
  }
}
