package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import org.immutables.value.Value;

/**
 * The regional minimum monthly wage (mức lương tối thiểu tháng) of one region from a decree: for example VND 5310000
 * in region I from 2026-01-01 (Nghị định 293/2025/NĐ-CP, Điều 3). Under Quy định 01-QĐ/TW a member outside social
 * insurance and without a pension pays a share of it.
 *
 * <p>This is not the base salary (lương cơ sở) of the public sector, nor an hourly minimum.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class MinimumWage {

  MinimumWage() {}

  /**
   * The region.
   *
   * @return the region, not null
   */
  public abstract MinimumWageRegion region();

  /**
   * The monthly amount.
   *
   * @return the amount, 1 đồng or more, not null
   */
  public abstract Money monthly();

  /**
   * The decree and article that set the amount, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * The days the amount holds on; those of its basis unless set.
   *
   * @return the days, not null
   */
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The region, monthly amount and basis are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MinimumWage}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableMinimumWage.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        monthly().isPositive(), "a minimum wage is 1 đồng or more; %s was %s", region(), monthly());
  }

  /**
   * Returns a readable form, for example "REGION_I VND 5310000, Nghị định 293/2025/NĐ-CP, Điều 3 [2026-01-01..)".
   *
   * @return the region, amount, basis and days, not null
   */
  @Override
  public String toString() {
    return region() + " " + monthly() + ", " + basis().citation() + " " + validity();
  }
}
