package io.github.vanphong.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PercentagesTest {

  @Test
  void aShareIsAPercentageRoundedAsAsked() {
    assertThat(Percentages.of(2, 3, 2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("66.67"));
    assertThat(Percentages.of(60, 80, 2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("75.00"));
    assertThat(Percentages.of(Integer.MAX_VALUE, 1, 0, RoundingMode.UNNECESSARY))
        .isEqualTo(new BigDecimal("214748364700"));
    assertThatThrownBy(() -> Percentages.of(1, 3, 2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aPercentageHasZeroToTwentyDecimalPlaces() {
    assertThat(Percentages.of(1, 3, 20, RoundingMode.DOWN).scale()).isEqualTo(20);
    for (int scale : new int[] {-1, 21, 100_000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> Percentages.of(1, 3, scale, RoundingMode.DOWN))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a percentage has 0 to 20 decimal places, not " + scale);
    }
    assertThatThrownBy(() -> Percentages.of(1, 3, 2, null)).isInstanceOf(NullPointerException.class).hasMessage("rounding");
  }
}
