package io.github.vanphong.money;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in whole Vietnamese đồng, for example {@code Money.ofDong(5_000)}, the monthly dues of a student
 * member. The đồng has no minor unit in use, so an amount is a {@code long} of đồng; it may be negative (a balance, a
 * correction) or zero.
 *
 * <p>This is not a general currency type: it knows only the đồng. Arithmetic is exact and never wraps: a result
 * outside the range of {@code long} throws {@link ArithmeticException} naming the operation and its operands. A share
 * of an amount is taken by {@link #times(Rate, Rounding)}, which always says how to round.
 *
 * <p>The canonical form returned by {@link #toString()} is {@code VND 1250000} (the ISO 4217 code, a space, the
 * amount in plain digits with a leading minus if negative), and {@link #parse(CharSequence) parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Money implements Comparable<Money> {

  /** Zero đồng. */
  public static final Money ZERO = new Money(0);

  private static final String CODE = "VND ";
  private static final int LONGEST_TEXT = CODE.length() + 20;

  private final long dong;

  private Money(long dong) {
    this.dong = dong;
  }

  /**
   * Returns the amount of a number of đồng.
   *
   * @param dong the amount in đồng, from {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE}
   * @return the amount, not null
   */
  public static Money ofDong(long dong) {
    return dong == 0 ? ZERO : new Money(dong);
  }

  /**
   * Reads an amount in its canonical form, {@code VND 1250000} or {@code VND -5000}.
   *
   * @param text the text, not null
   * @return the amount, not null
   * @throws IllegalArgumentException if the text is not in the canonical form or its amount is outside the range of
   *     {@code long}; the message gives the index of the fault
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    if (!s.startsWith(CODE)) {
      throw new IllegalArgumentException(
          "cannot parse an amount " + Texts.quote(s) + " at index 0: expected \"" + CODE + "\"");
    }
    if (s.length() > LONGEST_TEXT) {
      throw new IllegalArgumentException(
          "cannot parse an amount " + Texts.quote(s) + ": more digits than a long holds");
    }
    int first = CODE.length();
    int i = first;
    if (i < s.length() && s.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(
            "cannot parse an amount " + Texts.quote(s) + " at index " + i + ": expected an ASCII digit");
      }
    }
    if (digits == s.length()) {
      throw new IllegalArgumentException(
          "cannot parse an amount " + Texts.quote(s) + " at index " + digits + ": expected a digit");
    }
    if (s.charAt(digits) == '0' && (s.length() > digits + 1 || digits > first)) {
      throw new IllegalArgumentException(
          "cannot parse an amount " + Texts.quote(s) + " at index " + digits + ": a leading zero is not canonical");
    }
    try {
      return ofDong(Long.parseLong(s.substring(first)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "cannot parse an amount " + Texts.quote(s) + " at index " + first + ": outside the range of a long", e);
    }
  }

  /**
   * Returns the amount in đồng.
   *
   * @return the đồng, any {@code long}
   */
  public long dong() {
    return dong;
  }

  /**
   * Returns this amount plus another.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   * @throws ArithmeticException if the sum is outside the range of {@code long}
   */
  public Money plus(Money other) {
    requireNonNull(other, "other");
    try {
      return ofDong(Math.addExact(dong, other.dong));
    } catch (ArithmeticException e) {
      throw overflow(this + " plus " + other);
    }
  }

  /**
   * Returns this amount minus another.
   *
   * @param other the amount to subtract, not null
   * @return the difference, not null
   * @throws ArithmeticException if the difference is outside the range of {@code long}
   */
  public Money minus(Money other) {
    requireNonNull(other, "other");
    try {
      return ofDong(Math.subtractExact(dong, other.dong));
    } catch (ArithmeticException e) {
      throw overflow(this + " minus " + other);
    }
  }

  /**
   * Returns this amount times a whole number, for example the dues of twelve months.
   *
   * @param factor the factor, any {@code long}
   * @return the product, not null
   * @throws ArithmeticException if the product is outside the range of {@code long}
   */
  public Money times(long factor) {
    try {
      return ofDong(Math.multiplyExact(dong, factor));
    } catch (ArithmeticException e) {
      throw overflow(this + " times " + factor);
    }
  }

  /**
   * Returns a share of this amount rounded to whole đồng as a rule says, for example 1% of VND 4,680,000 rounded
   * half up to the đồng is VND 46,800. The exact share {@code amount × rate / 100} is rounded to a multiple of the
   * rounding's step by its mode.
   *
   * @param rate the share, not null
   * @param rounding how the share becomes whole đồng, not null
   * @return the share, not null
   * @throws ArithmeticException if the mode is {@link java.math.RoundingMode#UNNECESSARY} and the share is not a
   *     multiple of the step, or the rounded share is outside the range of {@code long}
   */
  public Money times(Rate rate, Rounding rounding) {
    requireNonNull(rate, "rate");
    requireNonNull(rounding, "rounding");
    BigDecimal exact = BigDecimal.valueOf(dong).multiply(rate.percent()).movePointLeft(2);
    BigInteger rounded;
    try {
      rounded = rounding.apply(exact);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "the share " + rate + " of " + this + " is " + exact.toPlainString() + " đồng, not a multiple of "
              + rounding.step() + " as " + rounding + " requires");
    }
    if (rounded.bitLength() > 63) {
      throw overflow(this + " times " + rate + " rounded " + rounding);
    }
    return ofDong(rounded.longValue());
  }

  /**
   * Returns this amount with its sign changed.
   *
   * @return the negated amount, not null
   * @throws ArithmeticException if this amount is {@code Long.MIN_VALUE} đồng, whose negation a long cannot hold
   */
  public Money negated() {
    try {
      return ofDong(Math.negateExact(dong));
    } catch (ArithmeticException e) {
      throw overflow("the negation of " + this);
    }
  }

  /**
   * Returns the sign of this amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(dong);
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return true for zero đồng
   */
  public boolean isZero() {
    return dong == 0;
  }

  /**
   * Tells whether this amount is more than zero.
   *
   * @return true for one đồng or more
   */
  public boolean isPositive() {
    return dong > 0;
  }

  /**
   * Tells whether this amount is less than zero.
   *
   * @return true for minus one đồng or less
   */
  public boolean isNegative() {
    return dong < 0;
  }

  /**
   * Tells whether this amount is more than another.
   *
   * @param other the other amount, not null
   * @return true if this amount is greater
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(requireNonNull(other, "other")) > 0;
  }

  /**
   * Tells whether this amount is less than another.
   *
   * @param other the other amount, not null
   * @return true if this amount is smaller
   */
  public boolean isLessThan(Money other) {
    return compareTo(requireNonNull(other, "other")) < 0;
  }

  /**
   * Compares by amount.
   *
   * @param other the other amount, not null
   * @return negative, zero or positive as this amount is less than, equal to or more than the other
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(dong, requireNonNull(other, "other").dong);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money other && dong == other.dong;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(dong);
  }

  /**
   * Returns the canonical form, for example {@code VND 1250000}, which {@link #parse(CharSequence) parse} reads
   * back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return CODE + dong;
  }

  private static ArithmeticException overflow(String operation) {
    return new ArithmeticException(
        "an amount is a long of đồng, from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + "; " + operation
            + " is outside that range");
  }
}
