package io.github.vanphong.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void ratesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Rate.percent("0.5"), Rate.percent("0.50"), Rate.ofPercent(new BigDecimal("0.500")))
        .addEqualityGroup(Rate.percent("30"), Rate.ofPercent(new BigDecimal("3E+1")), Rate.parse("30%"))
        .addEqualityGroup(Rate.ZERO, Rate.percent("0.000"))
        .addEqualityGroup(Rate.WHOLE, Rate.percent("100"))
        .testEquals();
  }

  @Test
  void theCanonicalFormHasNoTrailingZeros() {
    assertThat(Rate.percent("0.50")).hasToString("0.5%");
    assertThat(Rate.ofPercent(new BigDecimal("3E+1"))).hasToString("30%");
    assertThat(Rate.percent("0")).hasToString("0%");
    assertThat(Rate.parse("0.5%")).isEqualTo(Rate.percent("0.5"));
  }

  @Test
  void aRateIsAShareFromNoneToTheWhole() {
    assertThatThrownBy(() -> Rate.percent("100.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rate is a share from 0% to 100%; the percent was '100.01'");
    assertThatThrownBy(() -> Rate.ofPercent(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 0% to 100%");
    assertThatThrownBy(() -> Rate.ofPercent(new BigDecimal("1E+999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1E+999999999");
  }

  @Test
  void aRateHasBoundedDecimalPlaces() {
    assertThat(Rate.percent("0." + "0".repeat(19) + "1").percent().scale()).isEqualTo(20);
    assertThatThrownBy(() -> Rate.percent("0." + "0".repeat(20) + "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 20 decimal places");
    assertThatThrownBy(() -> Rate.ofPercent(new BigDecimal("1E-999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 999999999");
  }

  @Test
  void onlyPlainDecimalDigitsAreRead() {
    for (String bad : new String[] {"", " 1", "1,5", "-1", "1e2", "٢", "0.", ".5", "x".repeat(100_000)}) {
      assertThatThrownBy(() -> Rate.percent(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aTextNotInTheCanonicalFormIsRefused() {
    assertThatThrownBy(() -> Rate.parse("0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a percentage then '%'");
    assertThatThrownBy(() -> Rate.parse("0.50%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not canonical, which is 0.5%");
    assertThatThrownBy(() -> Rate.parse("%"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theComplementIsTheRestOfTheWhole() {
    assertThat(Rate.percent("30").complement()).isEqualTo(Rate.percent("70"));
    assertThat(Rate.ZERO.complement()).isEqualTo(Rate.WHOLE);
    assertThat(Rate.WHOLE.complement().isZero()).isTrue();
    assertThat(Rate.percent("0.5").isZero()).isFalse();
  }

  @Test
  void ratesCompareByValue() {
    assertThat(Rate.percent("0.3")).isLessThan(Rate.percent("0.5"));
    assertThat(Rate.percent("0.50").compareTo(Rate.percent("0.5"))).isZero();
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Rate.percent(null)).hasMessage("percent");
    assertThatThrownBy(() -> Rate.ofPercent(null)).hasMessage("percent");
    assertThatThrownBy(() -> Rate.parse(null)).hasMessage("text");
  }
}
