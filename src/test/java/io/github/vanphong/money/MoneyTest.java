package io.github.vanphong.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Money SALARY = Money.ofDong(4_680_000);

  @Test
  void anAmountIsWholeDong() {
    assertThat(SALARY.dong()).isEqualTo(4_680_000);
    assertThat(Money.ofDong(0)).isSameAs(Money.ZERO);
    assertThat(Money.ZERO.isZero()).isTrue();
  }

  @Test
  void amountsAddSubtractAndMultiply() {
    assertThat(SALARY.plus(Money.ofDong(20_000))).isEqualTo(Money.ofDong(4_700_000));
    assertThat(SALARY.minus(Money.ofDong(680_000))).isEqualTo(Money.ofDong(4_000_000));
    assertThat(Money.ofDong(5_000).times(12)).isEqualTo(Money.ofDong(60_000));
    assertThat(Money.ofDong(5_000).negated()).isEqualTo(Money.ofDong(-5_000));
  }

  @Test
  void theSignIsReported() {
    assertThat(Money.ofDong(-1).signum()).isEqualTo(-1);
    assertThat(Money.ofDong(-1).isNegative()).isTrue();
    assertThat(Money.ofDong(1).isPositive()).isTrue();
    assertThat(Money.ZERO.signum()).isZero();
    assertThat(Money.ZERO.isPositive()).isFalse();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.ofDong(2).isGreaterThan(Money.ofDong(1))).isTrue();
    assertThat(Money.ofDong(1).isGreaterThan(Money.ofDong(1))).isFalse();
    assertThat(Money.ofDong(1).isLessThan(Money.ofDong(2))).isTrue();
    assertThat(Money.ofDong(2).isLessThan(Money.ofDong(2))).isFalse();
    assertThat(Money.ofDong(1)).isLessThan(Money.ofDong(2));
  }

  @Test
  void onePercentOfASalaryIsItsHundredth() {
    assertThat(SALARY.times(Rate.percent("1"), Rounding.EXACT)).isEqualTo(Money.ofDong(46_800));
  }

  @Test
  void aShareIsRoundedToTheStepByTheMode() {
    Money base = Money.ofDong(4_685_000);
    assertThat(base.times(Rate.percent("1"), Rounding.of(RoundingMode.HALF_UP, 1_000))).isEqualTo(Money.ofDong(47_000));
    assertThat(base.times(Rate.percent("1"), Rounding.of(RoundingMode.DOWN, 1_000))).isEqualTo(Money.ofDong(46_000));
    assertThat(base.times(Rate.percent("1"), Rounding.of(RoundingMode.HALF_EVEN, 100))).isEqualTo(Money.ofDong(46_800));
    assertThat(Money.ofDong(-4_685_000).times(Rate.percent("1"), Rounding.of(RoundingMode.FLOOR, 1_000)))
        .isEqualTo(Money.ofDong(-47_000));
    assertThat(Money.ofDong(1).times(Rate.percent("50"), Rounding.of(RoundingMode.HALF_UP, 3)))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void anUnnecessaryRoundingRefusesAnInexactShare() {
    assertThatThrownBy(() -> Money.ofDong(4_685_050).times(Rate.percent("1"), Rounding.EXACT))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage(
            "the share 1% of VND 4685050 is 46850.50 đồng, not a multiple of 1 as unnecessary to 1 đồng requires");
  }

  @Test
  void overflowIsRefusedNamingTheOperation() {
    Money most = Money.ofDong(Long.MAX_VALUE);
    assertThatThrownBy(() -> most.plus(Money.ofDong(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("VND 9223372036854775807 plus VND 1 is outside that range");
    assertThatThrownBy(() -> Money.ofDong(Long.MIN_VALUE).minus(Money.ofDong(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("minus VND 1");
    assertThatThrownBy(() -> most.times(2))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("times 2");
    assertThatThrownBy(() -> Money.ofDong(Long.MIN_VALUE).negated())
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("the negation of VND -9223372036854775808");
    assertThatThrownBy(() -> most.times(Rate.WHOLE, Rounding.of(RoundingMode.UP, 1_000)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("rounded up to 1000 đồng");
    assertThat(most).isEqualTo(Money.ofDong(Long.MAX_VALUE));
  }

  @Test
  void theCanonicalFormReadsBack() {
    assertThat(SALARY).hasToString("VND 4680000");
    assertThat(Money.ofDong(-5_000)).hasToString("VND -5000");
    assertThat(Money.parse("VND 4680000")).isEqualTo(SALARY);
    assertThat(Money.parse("VND -5000")).isEqualTo(Money.ofDong(-5_000));
    assertThat(Money.parse("VND 0")).isSameAs(Money.ZERO);
    assertThat(Money.parse("VND -9223372036854775808")).isEqualTo(Money.ofDong(Long.MIN_VALUE));
  }

  @Test
  void aTextNotInTheCanonicalFormIsRefusedWithItsIndex() {
    assertThatThrownBy(() -> Money.parse("4680000 VND"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at index 0");
    assertThatThrownBy(() -> Money.parse("VND 4.680.000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at index 5: expected an ASCII digit");
    assertThatThrownBy(() -> Money.parse("VND "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at index 4: expected a digit");
    assertThatThrownBy(() -> Money.parse("VND -"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at index 5: expected a digit");
    assertThatThrownBy(() -> Money.parse("VND 007"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading zero");
    assertThatThrownBy(() -> Money.parse("VND -0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading zero");
    assertThatThrownBy(() -> Money.parse("VND ٢٠٢٧"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ASCII digit");
    assertThatThrownBy(() -> Money.parse("VND 9223372036854775808"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the range of a long");
    assertThatThrownBy(() -> Money.parse("VND " + "9".repeat(100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more digits than a long holds");
  }

  @Test
  void amountsAreEqualByDong() {
    new EqualsTester()
        .addEqualityGroup(Money.ofDong(5_000), Money.parse("VND 5000"))
        .addEqualityGroup(Money.ZERO, Money.ofDong(0))
        .addEqualityGroup(Money.ofDong(-5_000))
        .testEquals();
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Money.parse(null)).hasMessage("text");
    assertThatThrownBy(() -> SALARY.plus(null)).hasMessage("other");
    assertThatThrownBy(() -> SALARY.times(null, Rounding.EXACT)).hasMessage("rate");
    assertThatThrownBy(() -> SALARY.times(Rate.ZERO, null)).hasMessage("rounding");
  }
}
