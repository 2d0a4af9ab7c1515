package io.github.vanphong.testing;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for amounts, rates and roundings, for example {@code MoneyArbitraries.amounts()} gives amounts
 * such as VND 46800 or VND -5000, and {@code MoneyArbitraries.rates()} rates such as 0.5% or 33.33%.
 *
 * <p>The same arbitraries are available by type, {@code @ForAll Money}, {@code @ForAll Rate} and {@code @ForAll
 * Rounding}, through {@link MoneyArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class MoneyArbitraries {

  /** The largest amount generated: a billion billion đồng, within a ninth of the range of a long, so that sums of a few stay in it. */
  private static final long LARGEST = 1_000_000_000_000_000L;

  private MoneyArbitraries() {}

  /**
   * Returns amounts from minus to plus a billion billion đồng, most of them the size of monthly dues and salaries,
   * with zero and small amounts among the edge cases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Money> amounts() {
    return Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.longs().between(0, 100_000_000L)),
            Tuple.of(2, Arbitraries.longs().between(-100_000_000L, 0)),
            Tuple.of(1, Arbitraries.longs().between(-LARGEST, LARGEST)))
        .map(Money::ofDong);
  }

  /**
   * Returns amounts of 0 đồng or more, up to a hundred million: dues bases, payments, sums collected.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Money> nonNegativeAmounts() {
    return Arbitraries.longs().between(0, 100_000_000L).map(Money::ofDong);
  }

  /**
   * Returns rates from 0% to 100%, with up to four decimal places, the common dues and split rates among the edge
   * cases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Rate> rates() {
    return Arbitraries.oneOf(
        Arbitraries.of("0", "0.2", "0.3", "0.5", "1", "10", "30", "50", "70", "90", "100").map(Rate::percent),
        Combinators.combine(Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 4))
            .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
            .filter(p -> p.compareTo(BigDecimal.valueOf(100)) <= 0)
            .map(Rate::ofPercent));
  }

  /**
   * Returns roundings of every mode but {@link RoundingMode#UNNECESSARY}, to steps of 1, 10, 100, 500 or 1,000 đồng.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Rounding> roundings() {
    return Combinators.combine(
            Arbitraries.of(RoundingMode.class).filter(m -> m != RoundingMode.UNNECESSARY),
            Arbitraries.of(1L, 10L, 100L, 500L, 1_000L))
        .as(Rounding::of);
  }
}
