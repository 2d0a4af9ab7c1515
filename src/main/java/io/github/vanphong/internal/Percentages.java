package io.github.vanphong.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Not API: a share as a percentage rounded as the caller asks, the same in every summary. The number of decimal
 * places is bounded: a report prints a few, and a scale of millions would make a number of millions of digits.
 *
 * <p>This class has no state.
 */
public final class Percentages {

  /** The most decimal places a percentage is given with. */
  public static final int MOST_DECIMALS = 20;

  private Percentages() {}

  /**
   * Checks a number of decimal places.
   *
   * @param scale the number of decimal places
   * @return the scale, from 0 to {@link #MOST_DECIMALS}
   * @throws IllegalArgumentException if the scale is outside that range
   */
  public static int checkScale(int scale) {
    checkArgument(
        scale >= 0 && scale <= MOST_DECIMALS,
        "a percentage has 0 to %s decimal places, not %s",
        MOST_DECIMALS,
        scale);
    return scale;
  }

  /**
   * Returns {@code 100 × part / whole}, rounded to the scale as asked.
   *
   * @param part the part, 0 or more
   * @param whole the whole, 1 or more
   * @param scale the number of decimal places, from 0 to {@link #MOST_DECIMALS}
   * @param rounding how to round, not null; {@link RoundingMode#UNNECESSARY} refuses to round
   * @return the percentage, not null
   * @throws IllegalArgumentException if the scale is out of range
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@link RoundingMode#UNNECESSARY}
   */
  public static BigDecimal of(long part, long whole, int scale, RoundingMode rounding) {
    checkScale(scale);
    requireNonNull(rounding, "rounding");
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), scale, rounding);
  }
}
