package io.github.vanphong.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The laws of amounts: addition and subtraction, shares bracketing the exact value, the text form, overflow. */
class MoneyProperties {

  @Property
  void additionIsCommutativeAndAssociativeWithZero(@ForAll Money a, @ForAll Money b, @ForAll Money c) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    assertThat(a.plus(Money.ZERO)).isEqualTo(a);
  }

  @Property
  void subtractionUndoesAddition(@ForAll Money a, @ForAll Money b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.minus(a)).isEqualTo(Money.ZERO);
    assertThat(a.minus(b)).isEqualTo(a.plus(b.negated()));
    assertThat(a.negated().negated()).isEqualTo(a);
  }

  @Property
  void multiplyingIsRepeatedAddition(@ForAll Money a, @ForAll @LongRange(min = 0, max = 8) long n) {
    Money sum = Money.ZERO;
    for (long i = 0; i < n; i++) {
      sum = sum.plus(a);
    }
    assertThat(a.times(n)).isEqualTo(sum);
  }

  @Property
  void aRoundedShareBracketsTheExactShare(@ForAll Money amount, @ForAll Rate rate, @ForAll Rounding rounding) {
    BigDecimal exact = BigDecimal.valueOf(amount.dong()).multiply(rate.percent()).movePointLeft(2);
    BigDecimal step = BigDecimal.valueOf(rounding.step());
    BigDecimal share = BigDecimal.valueOf(amount.times(rate, rounding).dong());
    assertThat(share.remainder(step).signum()).as("a multiple of the step").isZero();
    assertThat(share.subtract(exact).abs()).as("within a step of the exact share").isLessThan(step);
    switch (rounding.mode()) {
      case CEILING -> assertThat(share).isGreaterThanOrEqualTo(exact);
      case FLOOR -> assertThat(share).isLessThanOrEqualTo(exact);
      case UP -> assertThat(share.abs()).isGreaterThanOrEqualTo(exact.abs());
      case DOWN -> assertThat(share.abs()).isLessThanOrEqualTo(exact.abs());
      default ->
          assertThat(share.subtract(exact).abs().multiply(BigDecimal.valueOf(2)))
              .as("half modes go to the nearest step")
              .isLessThanOrEqualTo(step);
    }
  }

  @Property
  void anExactShareNeedsNoRounding(@ForAll Money amount, @ForAll Rate rate) {
    BigDecimal exact = BigDecimal.valueOf(amount.dong()).multiply(rate.percent()).movePointLeft(2);
    if (exact.stripTrailingZeros().scale() <= 0) {
      assertThat(amount.times(rate, Rounding.EXACT).dong()).isEqualTo(exact.longValueExact());
    } else {
      assertThatThrownBy(() -> amount.times(rate, Rounding.EXACT)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Property
  void theWholeIsTheAmountAndNothingIsZero(@ForAll Money amount) {
    assertThat(amount.times(Rate.WHOLE, Rounding.EXACT)).isEqualTo(amount);
    assertThat(amount.times(Rate.ZERO, Rounding.EXACT)).isEqualTo(Money.ZERO);
  }

  @Property
  void aShareAndTheRestMakeTheWhole(@ForAll Money amount, @ForAll Rate rate, @ForAll Rounding rounding) {
    Money kept = amount.times(rate, rounding);
    Money rest = amount.minus(kept);
    assertThat(kept.plus(rest)).isEqualTo(amount);
  }

  @Property
  void theTextReadsBack(@ForAll Money amount, @ForAll Rate rate) {
    assertThat(Money.parse(amount.toString())).isEqualTo(amount);
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
  }

  @Property
  void theOrderIsTheOrderOfDong(@ForAll Money a, @ForAll Money b) {
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.compare(a.dong(), b.dong()));
    assertThat(a.equals(b)).isEqualTo(a.dong() == b.dong());
  }

  @Property
  void overflowIsRefusedNeverWrapped(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long dong) {
    Money most = Money.ofDong(Long.MAX_VALUE);
    assertThatThrownBy(() -> most.plus(Money.ofDong(dong))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofDong(Long.MIN_VALUE).minus(Money.ofDong(dong)))
        .isInstanceOf(ArithmeticException.class);
    if (dong > 1) {
      assertThatThrownBy(() -> most.times(dong)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Property
  void anUnnecessaryModeRefusesWhatItCannotHold(@ForAll Money amount, @ForAll Rate rate) {
    Rounding thousands = Rounding.of(RoundingMode.UNNECESSARY, 1_000);
    BigDecimal exact = BigDecimal.valueOf(amount.dong()).multiply(rate.percent()).movePointLeft(2);
    boolean whole = exact.remainder(BigDecimal.valueOf(1_000)).signum() == 0;
    if (whole) {
      assertThat(amount.times(rate, thousands).dong()).isEqualTo(exact.longValueExact());
    } else {
      assertThatThrownBy(() -> amount.times(rate, thousands)).isInstanceOf(ArithmeticException.class);
    }
  }
}
