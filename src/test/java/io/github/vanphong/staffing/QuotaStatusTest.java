package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaStatusTest {

  @ParameterizedTest
  @CsvSource({"0, BELOW", "10, BELOW", "11, WITHIN", "13, WITHIN", "14, ABOVE"})
  void bothEndsOfTheRangeAreWithin(int counted, QuotaStatus status) {
    assertThat(QuotaStatus.of(Range.closed(11, 13), counted)).isEqualTo(status);
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> QuotaStatus.of(Range.closed(11, 13), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("staff counted cannot be negative: -1");
  }

  @Test
  void eachStatusHasItsVietnameseName() {
    assertThat(QuotaStatus.BELOW.vietnameseName()).isEqualTo("Dưới định mức");
    assertThat(QuotaStatus.WITHIN.vietnameseName()).isEqualTo("Trong định mức");
    assertThat(QuotaStatus.ABOVE.vietnameseName()).isEqualTo("Vượt định mức");
    assertThat(QuotaStatus.NO_NORM.vietnameseName()).isEqualTo("Không có định mức");
    assertThat(QuotaStatus.NO_NORM.englishName()).isEqualTo("No norm");
    assertThat(QuotaStatus.ABOVE_IN_TRANSITION.vietnameseName())
        .isEqualTo("Vượt định mức trong thời gian chuyển tiếp");
    assertThat(QuotaStatus.ABOVE_IN_TRANSITION.englishName()).isEqualTo("Above the norm within the transition");
  }

  @Test
  void aCountAgainstARangeAloneIsNeverInTransitionWhichDependsOnTheDay() {
    assertThat(QuotaStatus.of(Range.closed(15, 17), 19)).isEqualTo(QuotaStatus.ABOVE);
  }
}
