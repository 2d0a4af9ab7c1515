package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.Rule;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The test an asset passes to be a fixed asset (tài sản cố định) on a day: a value in the books of at least a minimum
 * and a use of at least a number of years. For example {@link FixedAssetRuleBook#THRESHOLD_2023}: at least VND
 * 10,000,000 and at least one year of use (Thông tư 23/2023/TT-BTC, Điều 3, khoản 2). An asset below the threshold is
 * a tool or supply, not worn as a fixed asset.
 *
 * <p>A threshold is chosen by the day asked about from a {@link FixedAssetRuleBook}, within {@link #validity()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class FixedAssetThreshold implements Rule {

  FixedAssetThreshold() {}

  /**
   * The name, for example "THRESHOLD_2023", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The least value in the books of a fixed asset.
   *
   * @return the amount, 0 đồng or more
   */
  public abstract Money minimumValue();

  /**
   * The fewest years of use of a fixed asset.
   *
   * @return the years, from 0 to 200
   */
  public abstract int minimumYearsOfUse();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * The days the threshold is chosen for; those of its basis unless set.
   *
   * @return the days, not null
   */
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The name, minimum value, minimum years and basis are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FixedAssetThreshold}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableFixedAssetThreshold.Builder {
    Builder() {}
  }

  /**
   * Tells whether an asset passes the threshold: both its value in the books and its years of use are at least the
   * minimums.
   *
   * @param asset the asset, not null
   * @return true for a fixed asset
   */
  public boolean admits(Asset asset) {
    requireNonNull(asset, "asset");
    return !asset.originalValue().isLessThan(minimumValue()) && asset.yearsOfUse() >= minimumYearsOfUse();
  }

  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  @Value.Check
  void check() {
    checkArgument(
        !Texts.isBlank(name()) && name().length() <= 200,
        "a fixed-asset threshold needs a name of 1 to 200 characters: %s",
        Texts.quote(name()));
    checkArgument(
        !minimumValue().isNegative(), "%s: a minimum value is 0 đồng or more; it was %s", name(), minimumValue());
    checkArgument(
        minimumYearsOfUse() >= 0 && minimumYearsOfUse() <= 200,
        "%s: the minimum use is 0 to 200 years; it was %s",
        name(),
        minimumYearsOfUse());
  }

  /**
   * Returns the readable form, for example "THRESHOLD_2023: at least VND 10000000 and 1 year of use, Thông tư
   * 23/2023/TT-BTC, Điều 3, khoản 2 [2023-06-10..)".
   *
   * @return the name, minimums, basis and days, not null
   */
  @Override
  public String toString() {
    return name()
        + ": at least "
        + minimumValue()
        + " and "
        + minimumYearsOfUse()
        + " year(s) of use, "
        + basis().citation()
        + " "
        + validity();
  }
}
