package io.github.vanphong.asset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.money.Rate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The yearly wear rate (tỷ lệ hao mòn, % per year) of each asset class, as an application supplies it: for example
 * 20% a year for {@link AssetClass#MACHINERY} if the application's table says so.
 *
 * <p>The rates are those of Phụ lục 01 of Thông tư 23/2023/TT-BTC ({@link AssetRule#WEAR_RATE_OF_THE_CLASS}), which
 * the library has not read: it ships no rate ({@link #none()}), and a computation for a class without a rate is
 * refused. A ministry or province may move a rate within the circular's limits (Điều 13); the table an application
 * gives is the one it applies.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class WearRates {

  private static final WearRates NONE = new WearRates(ImmutableSortedMap.of());

  @SuppressWarnings("Immutable") // ImmutableSortedMap of enum keys and immutable values
  private final ImmutableSortedMap<AssetClass, Rate> rates;

  private WearRates(ImmutableSortedMap<AssetClass, Rate> rates) {
    this.rates = rates;
  }

  /**
   * Returns the table without any rate.
   *
   * @return the empty table, not null
   */
  public static WearRates none() {
    return NONE;
  }

  /**
   * Returns a table of rates by class.
   *
   * @param rates the rate of each class, not null, no key or value null
   * @return the table, not null
   */
  public static WearRates of(Map<AssetClass, Rate> rates) {
    requireNonNull(rates, "rates");
    return new WearRates(ImmutableSortedMap.copyOf(rates));
  }

  /**
   * Returns this table with a class's rate set; this table is left as it was.
   *
   * @param assetClass the class, not null
   * @param rate the yearly rate, not null
   * @return the new table, not null
   */
  public WearRates with(AssetClass assetClass, Rate rate) {
    requireNonNull(assetClass, "assetClass");
    requireNonNull(rate, "rate");
    Map<AssetClass, Rate> copy = new TreeMap<>(rates);
    copy.put(assetClass, rate);
    return new WearRates(ImmutableSortedMap.copyOf(copy));
  }

  /**
   * Returns this table without a class's rate; this table is left as it was.
   *
   * @param assetClass the class, not null
   * @return the new table, not null
   */
  public WearRates without(AssetClass assetClass) {
    requireNonNull(assetClass, "assetClass");
    Map<AssetClass, Rate> copy = new TreeMap<>(rates);
    copy.remove(assetClass);
    return new WearRates(ImmutableSortedMap.copyOf(copy));
  }

  /**
   * Returns the rate of a class.
   *
   * @param assetClass the class, not null
   * @return the yearly rate, or empty if the table has none
   */
  public Optional<Rate> rateOf(AssetClass assetClass) {
    return Optional.ofNullable(rates.get(requireNonNull(assetClass, "assetClass")));
  }

  /**
   * Returns the rates by class.
   *
   * @return the rates, in the order of the classes, not null
   */
  public ImmutableSortedMap<AssetClass, Rate> rates() {
    return rates;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WearRates other && rates.equals(other.rates);
  }

  @Override
  public int hashCode() {
    return rates.hashCode();
  }

  /**
   * Returns a readable form: "WearRates{MACHINERY=20%}".
   *
   * @return the rates, not null
   */
  @Override
  public String toString() {
    return "WearRates" + rates;
  }
}
