package io.github.vanphong.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Percentages;
import io.github.vanphong.internal.Texts;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An exact share of an amount, as a percentage from 0% to 100%: for example {@code Rate.percent("0.5")}, the dues of
 * a pensioner, or {@code Rate.percent("30")}, the part of collected dues a cell keeps. The percentage is a decimal
 * number held exactly, never a binary fraction, with at most {@link Percentages#MOST_DECIMALS} decimal places.
 *
 * <p>Rates are equal by value: {@code 0.50%} equals {@code 0.5%}. The canonical form returned by {@link #toString()}
 * is the percentage in plain digits without trailing zeros, then {@code %} ({@code 0.5%}, {@code 30%}), and {@link
 * #parse(CharSequence) parse} reads it back.
 *
 * <p>This is not an interest rate and carries no period; it is a share of one amount.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Rate implements Comparable<Rate> {

  /** No share at all, 0%. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);

  /** The whole amount, 100%. */
  public static final Rate WHOLE = new Rate(BigDecimal.valueOf(100));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int LONGEST_TEXT = 3 + 1 + Percentages.MOST_DECIMALS + 1;

  @SuppressWarnings("Immutable") // BigDecimal is immutable in practice; its subclasses are refused on entry
  private final BigDecimal percent;

  private Rate(BigDecimal percent) {
    this.percent = percent;
  }

  /**
   * Returns the rate of a percentage written as a decimal number, for example {@code "0.5"} for half a per cent.
   *
   * @param percent the percentage in plain decimal digits with an optional fraction after a dot, from 0 to 100, with
   *     at most {@link Percentages#MOST_DECIMALS} decimal places once trailing zeros are dropped; not null
   * @return the rate, not null
   * @throws IllegalArgumentException if the text is not such a number or the number is outside the range
   */
  public static Rate percent(String percent) {
    requireNonNull(percent, "percent");
    checkArgument(
        percent.length() <= LONGEST_TEXT + 40 && percent.matches("[0-9]+(\\.[0-9]+)?"),
        "a rate is a percentage in decimal digits such as \"0.5\"; the percent was %s",
        Texts.quote(percent));
    return ofPercent(new BigDecimal(percent));
  }

  /**
   * Returns the rate of a percentage, for example {@code BigDecimal.valueOf(1)} for 1%.
   *
   * @param percent the percentage, from 0 to 100, with at most {@link Percentages#MOST_DECIMALS} decimal places once
   *     trailing zeros are dropped; not null
   * @return the rate, not null
   * @throws IllegalArgumentException if the percentage is outside the range or has too many decimal places
   */
  public static Rate ofPercent(BigDecimal percent) {
    requireNonNull(percent, "percent");
    BigDecimal exact = new BigDecimal(percent.unscaledValue(), percent.scale());
    checkArgument(
        exact.signum() >= 0 && exact.compareTo(HUNDRED) <= 0,
        "a rate is a share from 0% to 100%; the percent was %s",
        shortText(exact));
    BigDecimal stripped = exact.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    checkArgument(
        stripped.scale() <= Percentages.MOST_DECIMALS,
        "a rate has at most %s decimal places; the percent %s has %s",
        Percentages.MOST_DECIMALS,
        shortText(exact),
        stripped.scale());
    if (stripped.signum() == 0) {
      return ZERO;
    }
    return new Rate(stripped);
  }

  /**
   * Reads a rate in its canonical form, for example {@code 0.5%} or {@code 30%}.
   *
   * @param text the text, not null
   * @return the rate, not null
   * @throws IllegalArgumentException if the text is not a canonical rate: a percentage without trailing zeros in
   *     the fraction, then {@code %}
   */
  public static Rate parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString();
    checkArgument(
        s.endsWith("%") && s.length() <= LONGEST_TEXT + 1,
        "cannot parse a rate %s at index %s: expected a percentage then '%'",
        Texts.quote(s),
        Math.max(0, s.length() - 1));
    Rate rate = percent(s.substring(0, s.length() - 1));
    checkArgument(
        rate.toString().equals(s),
        "cannot parse a rate %s: not canonical, which is %s",
        Texts.quote(s),
        rate);
    return rate;
  }

  /**
   * Returns the percentage, without trailing zeros: 0.5 for half a per cent.
   *
   * @return the percentage, from 0 to 100, not null
   */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * Returns the rest of the whole: 100% minus this rate, for example 70% for 30%.
   *
   * @return the complement, not null
   */
  public Rate complement() {
    return ofPercent(HUNDRED.subtract(percent));
  }

  /**
   * Tells whether this rate is 0%.
   *
   * @return true for no share
   */
  public boolean isZero() {
    return percent.signum() == 0;
  }

  /**
   * Compares by value.
   *
   * @param other the other rate, not null
   * @return negative, zero or positive as this rate is less than, equal to or more than the other
   */
  @Override
  public int compareTo(Rate other) {
    return percent.compareTo(requireNonNull(other, "other").percent);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rate other && percent.equals(other.percent);
  }

  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  /**
   * Returns the canonical form, for example {@code 0.5%}, which {@link #parse(CharSequence) parse} reads back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return percent.toPlainString() + "%";
  }

  private static String shortText(BigDecimal number) {
    // a number of huge exponent is shown in scientific form, a few characters, never expanded
    return Texts.quote(number.toString());
  }
}
