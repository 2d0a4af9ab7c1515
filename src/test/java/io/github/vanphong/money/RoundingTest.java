package io.github.vanphong.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RoundingTest {

  @Test
  void aRoundingIsAModeAndAStep() {
    Rounding thousands = Rounding.of(RoundingMode.HALF_UP, 1_000);
    assertThat(thousands.mode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(thousands.step()).isEqualTo(1_000);
    assertThat(thousands).hasToString("half up to 1000 đồng");
    assertThat(Rounding.toDong(RoundingMode.DOWN)).isEqualTo(Rounding.of(RoundingMode.DOWN, 1));
    assertThat(Rounding.EXACT).isEqualTo(Rounding.toDong(RoundingMode.UNNECESSARY));
  }

  @Test
  void aStepIsOneDongOrMore() {
    assertThatThrownBy(() -> Rounding.of(RoundingMode.HALF_UP, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rounding step is 1 đồng or more; the step was 0");
    assertThatThrownBy(() -> Rounding.of(null, 1)).hasMessage("mode");
  }

  @Test
  void roundingsAreEqualByModeAndStep() {
    new EqualsTester()
        .addEqualityGroup(Rounding.of(RoundingMode.HALF_UP, 100), Rounding.of(RoundingMode.HALF_UP, 100))
        .addEqualityGroup(Rounding.of(RoundingMode.HALF_UP, 1_000))
        .addEqualityGroup(Rounding.of(RoundingMode.DOWN, 100))
        .testEquals();
  }
}
