package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import java.util.Comparator;

/**
 * The assets of one class from one source that a unit holds on a day, counted and valued: for example 14 assets of
 * class {@link AssetClass#MACHINERY} from {@link AssetSource#STATE_ALLOCATION_OR_BUDGET}, VND 412,000,000 in the
 * books. A line of an {@link AssetSummary}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class AssetFigure {

  /** The order of the lines of a unit: by class, then by source. */
  static final Comparator<AssetFigure> ORDER =
      Comparator.comparing(AssetFigure::assetClass).thenComparing(AssetFigure::source);

  AssetFigure() {}

  /**
   * The class counted.
   *
   * @return the class, not null
   */
  public abstract AssetClass assetClass();

  /**
   * The source counted.
   *
   * @return the source, not null
   */
  public abstract AssetSource source();

  /**
   * The number of assets.
   *
   * @return the count, 1 or more
   */
  public abstract int count();

  /**
   * The sum of their values in the books.
   *
   * @return the value, 0 đồng or more
   */
  public abstract Money value();

  /**
   * Returns a line of figures.
   *
   * @param assetClass the class, not null
   * @param source the source, not null
   * @param count the number of assets, 1 or more
   * @param value the sum of their values, 0 đồng or more, not null
   * @return the figure, not null
   * @throws IllegalArgumentException if the count is not positive or the value is negative
   */
  public static AssetFigure of(AssetClass assetClass, AssetSource source, int count, Money value) {
    return ImmutableAssetFigure.builder().assetClass(assetClass).source(source).count(count).value(value).build();
  }

  /** The sum of this line and another of the same class and source. */
  AssetFigure plus(AssetFigure other) {
    return of(assetClass(), source(), Math.addExact(count(), other.count()), value().plus(other.value()));
  }

  @org.immutables.value.Value.Check
  void check() {
    checkArgument(count() >= 1, "a line of asset figures counts 1 asset or more; it was %s", count());
    checkArgument(!value().isNegative(), "a line of asset figures is worth 0 đồng or more; it was %s", value());
  }
}
