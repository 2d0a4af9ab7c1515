package io.github.vanphong.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How an amount computed from a rate becomes whole đồng: a {@link RoundingMode} and a step, the multiple of đồng the
 * result is rounded to. For example {@code Rounding.of(RoundingMode.HALF_UP, 1_000)} rounds 46,850 đồng to 47,000,
 * and {@link #EXACT} refuses any share that is not already whole đồng.
 *
 * <p>No rounding is assumed: where a rule's text says how its amounts are rounded, the rule carries that rounding;
 * where the text says nothing, the rule carries the rounding an application chose, and says so.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Rounding {

  /** Whole đồng with nothing to round: {@link RoundingMode#UNNECESSARY} to the đồng. */
  public static final Rounding EXACT = new Rounding(RoundingMode.UNNECESSARY, 1);

  private final RoundingMode mode;
  private final long step;

  private Rounding(RoundingMode mode, long step) {
    this.mode = mode;
    this.step = step;
  }

  /**
   * Returns the rounding to a multiple of a step by a mode.
   *
   * @param mode the rounding mode, not null; {@link RoundingMode#UNNECESSARY} refuses an amount that is not a
   *     multiple of the step
   * @param step the multiple of đồng results are rounded to, 1 or more, for example 1, 100 or 1,000
   * @return the rounding, not null
   * @throws IllegalArgumentException if the step is less than 1
   */
  public static Rounding of(RoundingMode mode, long step) {
    requireNonNull(mode, "mode");
    checkArgument(step >= 1, "a rounding step is 1 đồng or more; the step was %s", step);
    return new Rounding(mode, step);
  }

  /**
   * Returns the rounding to the đồng by a mode.
   *
   * @param mode the rounding mode, not null
   * @return the rounding to a step of 1 đồng, not null
   */
  public static Rounding toDong(RoundingMode mode) {
    return of(mode, 1);
  }

  /**
   * Returns the rounding mode.
   *
   * @return the mode, not null
   */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * Returns the step.
   *
   * @return the multiple of đồng results are rounded to, 1 or more
   */
  public long step() {
    return step;
  }

  /** Rounds an exact number of đồng to a multiple of the step. */
  BigInteger apply(BigDecimal exactDong) {
    // the quotient rounded once, by the mode, to a whole number of steps
    BigDecimal steps = exactDong.divide(BigDecimal.valueOf(step), 0, mode);
    return steps.toBigIntegerExact().multiply(BigInteger.valueOf(step));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rounding other && mode == other.mode && step == other.step;
  }

  @Override
  public int hashCode() {
    return mode.hashCode() * 31 + Long.hashCode(step);
  }

  /**
   * Returns a readable form, for example "half up to 1000 đồng".
   *
   * @return the mode and the step, not null
   */
  @Override
  public String toString() {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " to " + step + " đồng";
  }
}
