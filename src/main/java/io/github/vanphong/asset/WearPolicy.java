package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How the wear (hao mòn) of a fixed asset is computed: the yearly rates of the classes and the rounding of each
 * year's wear. For example a computer of VND 18,500,000 recorded in 2024, at 20% a year rounded half up to the đồng,
 * wears VND 3,700,000 in each December from 2024 to 2028, and its residual value at the end of 2028 is zero.
 *
 * <p>The rules, each an {@link AssetRule}: wear is computed once a year, in December, before the books close
 * ({@link AssetRule#YEARLY_WEAR}, Thông tư 23/2023/TT-BTC, Điều 12, khoản 1, điểm a); a year's wear is the value in
 * the books times the class's yearly rate ({@link AssetRule#WEAR_FORMULA}, Điều 14, khoản 1), rounded as this policy
 * says, since the circular's text read sets no rounding; the residual value never goes below zero, so the last
 * year's wear is what remains. The rates are the application's ({@link WearRates}, Phụ lục 01 not read).
 *
 * <p>Choices the text read does not settle, made here and open to an application that computes otherwise: an asset
 * in the register on 31 December wears the whole year, the year it was recorded included; an asset disposed of
 * before or on 31 December does not wear that year; after a revaluation, the new value is both the value in the books
 * and the residual value, and the wear of that year and after is the new value times the rate. Whether an asset is a
 * fixed asset at all is the {@link FixedAssetRuleBook}'s question: a policy computes the wear of the asset it is
 * asked about.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class WearPolicy {

  private static final int LAST_YEAR = 9999;

  private final WearRates rates;
  private final Rounding rounding;

  private WearPolicy(WearRates rates, Rounding rounding) {
    this.rates = rates;
    this.rounding = rounding;
  }

  /**
   * Returns the policy of a table of rates and a rounding.
   *
   * @param rates the yearly rates by class, not null
   * @param rounding how a year's wear becomes whole đồng, not null
   * @return the policy, not null
   */
  public static WearPolicy of(WearRates rates, Rounding rounding) {
    return new WearPolicy(requireNonNull(rates, "rates"), requireNonNull(rounding, "rounding"));
  }

  /**
   * Returns the rates.
   *
   * @return the table, not null
   */
  public WearRates rates() {
    return rates;
  }

  /**
   * Returns the rounding of a year's wear.
   *
   * @return the rounding, not null
   */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * Returns the wear of an asset in each year from the year it was recorded to a year, the years without wear
   * (after it was disposed of, or once nothing remains to wear) left out.
   *
   * @param register the register, not null
   * @param asset the asset, recorded in the register, not null
   * @param through the last year, up to 9999, not null
   * @return the wear by year, not null
   * @throws IllegalArgumentException if the register never recorded the asset, the class has no rate, or the year
   *     is after 9999
   * @throws ArithmeticException if the rounding is {@link Rounding#EXACT} and a year's wear is not whole đồng
   */
  public ImmutableSortedMap<Year, Money> schedule(AssetRegister register, AssetId asset, Year through) {
    return run(register, asset, through).wear;
  }

  /**
   * Returns the wear of an asset in one year, computed in that year's December.
   *
   * @param register the register, not null
   * @param asset the asset, recorded in the register, not null
   * @param year the year, up to 9999, not null
   * @return the wear, zero before the asset was recorded, after it was disposed of or once nothing remains
   * @throws IllegalArgumentException if the register never recorded the asset, the class has no rate, or the year
   *     is after 9999
   * @throws ArithmeticException if the rounding is {@link Rounding#EXACT} and a year's wear is not whole đồng
   */
  public Money annualWear(AssetRegister register, AssetId asset, Year year) {
    return run(register, asset, year).wear.getOrDefault(year, Money.ZERO);
  }

  /**
   * Returns the residual value (giá trị còn lại) of an asset at the end of a year, after that year's wear: the value
   * in the books less the wear since it was recorded or last revalued. For an asset disposed of, the residual value
   * when it was.
   *
   * @param register the register, not null
   * @param asset the asset, recorded in the register, not null
   * @param year the year, not before the year it was recorded, up to 9999, not null
   * @return the residual value, 0 đồng or more
   * @throws IllegalArgumentException if the register never recorded the asset or recorded it after the year, the
   *     class has no rate, or the year is after 9999
   * @throws ArithmeticException if the rounding is {@link Rounding#EXACT} and a year's wear is not whole đồng
   */
  public Money residualValue(AssetRegister register, AssetId asset, Year year) {
    Run run = run(register, asset, year);
    checkArgument(
        run.recordedIn <= year.getValue(),
        "%s: %s was recorded in %s, after %s; it has no residual value that year",
        AssetRule.WEAR_FORMULA.cite(),
        asset,
        run.recordedIn,
        year);
    return run.residual;
  }

  private Run run(AssetRegister register, AssetId id, Year through) {
    requireNonNull(register, "register");
    requireNonNull(id, "asset");
    requireNonNull(through, "through");
    checkArgument(
        through.getValue() <= LAST_YEAR, "%s: wear is computed up to %s; the year was %s",
        AssetRule.YEARLY_WEAR.cite(), LAST_YEAR, through);
    ImmutableList<AssetEvent> events = register.historyOf(id);
    checkArgument(!events.isEmpty(), "%s is not in the register of %s", id, register.keeper());
    Asset recorded = events.get(0).asset().orElseThrow();
    Rate rate =
        rates
            .rateOf(recorded.assetClass())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        AssetRule.WEAR_RATE_OF_THE_CLASS.cite()
                            + ": the table has no yearly rate for "
                            + recorded.assetClass()
                            + " (of "
                            + id
                            + "); the application supplies the rates"));
    Map<Year, Money> wear = new TreeMap<>();
    Money base = recorded.originalValue();
    Money residual = base;
    int next = 1;
    int first = recorded.recordedOn().getYear();
    for (int y = first; y <= through.getValue(); y++) {
      if (residual.isZero() && next == events.size()) {
        break;
      }
      LocalDate december31 = LocalDate.of(y, 12, 31);
      boolean disposed = false;
      while (next < events.size() && !events.get(next).on().isAfter(december31)) {
        AssetEvent event = events.get(next++);
        if (event.kind() == AssetEventKind.REVALUED) {
          base = event.value().orElseThrow();
          residual = base;
        } else if (event.kind() == AssetEventKind.DISPOSED) {
          disposed = true;
        }
      }
      if (disposed) {
        break;
      }
      Money ofYear = base.times(rate, rounding);
      if (ofYear.isGreaterThan(residual)) {
        ofYear = residual;
      }
      if (ofYear.isPositive()) {
        wear.put(Year.of(y), ofYear);
        residual = residual.minus(ofYear);
      }
    }
    return new Run(first, ImmutableSortedMap.copyOf(wear), residual);
  }

  /** The outcome of a computation up to a year. */
  private static final class Run {
    final int recordedIn;
    final ImmutableSortedMap<Year, Money> wear;
    final Money residual;

    Run(int recordedIn, ImmutableSortedMap<Year, Money> wear, Money residual) {
      this.recordedIn = recordedIn;
      this.wear = wear;
      this.residual = residual;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WearPolicy other && rates.equals(other.rates) && rounding.equals(other.rounding);
  }

  @Override
  public int hashCode() {
    return rates.hashCode() * 31 + rounding.hashCode();
  }

  /**
   * Returns a readable form: "WearPolicy[WearRates{MACHINERY=20%}, half up to 1 đồng]".
   *
   * @return the rates and rounding, not null
   */
  @Override
  public String toString() {
    return "WearPolicy[" + rates + ", " + rounding + "]";
  }
}
