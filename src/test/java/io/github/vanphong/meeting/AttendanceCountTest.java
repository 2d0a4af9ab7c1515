package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class AttendanceCountTest {

  @Test
  void theBriefingOf2016HadNearlyTwoHundred() {
    AttendanceCount count = AttendanceCount.nearly(200);
    assertThat(count.number()).isEqualTo(200);
    assertThat(count.approximation()).isEqualTo(Approximation.NEARLY);
    assertThat(count.isExact()).isFalse();
    assertThat(count).hasToString("nearly 200");
    assertThat(count.toVietnamese()).isEqualTo("gần 200");
  }

  @Test
  void eachFactoryKeepsItsApproximation() {
    assertThat(AttendanceCount.of(79).isExact()).isTrue();
    assertThat(AttendanceCount.of(79)).hasToString("79");
    assertThat(AttendanceCount.of(79).toVietnamese()).isEqualTo("79");
    assertThat(AttendanceCount.about(150)).hasToString("about 150");
    assertThat(AttendanceCount.moreThan(100).toVietnamese()).isEqualTo("hơn 100");
    assertThat(AttendanceCount.of(5, Approximation.ABOUT)).isEqualTo(AttendanceCount.about(5));
  }

  @Test
  void aCountedNumberIsExactly() {
    assertThat(AttendanceCount.exactly(79)).isEqualTo(AttendanceCount.of(79));
    assertThat(AttendanceCount.exactly(79).approximation()).isEqualTo(Approximation.EXACT);
    assertThat(AttendanceCount.exactly(79).isExact()).isTrue();
    assertThat(AttendanceCount.exactly(79)).hasToString("79");
    assertThat(AttendanceCount.exactly(0)).isEqualTo(AttendanceCount.empty());
    assertThat(AttendanceCount.exactly(50).plus(AttendanceCount.nearly(200))).isEqualTo(AttendanceCount.nearly(250));
    assertThatThrownBy(() -> AttendanceCount.exactly(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count of people is 0 or more: -3");
  }

  @Test
  void countsAddTheirNumbersAndCombineTheirDoubts() {
    assertThat(AttendanceCount.of(50).plus(AttendanceCount.nearly(200))).isEqualTo(AttendanceCount.nearly(250));
    assertThat(AttendanceCount.of(50).plus(AttendanceCount.of(29))).isEqualTo(AttendanceCount.of(79));
    assertThat(AttendanceCount.nearly(200).plus(AttendanceCount.moreThan(10))).isEqualTo(AttendanceCount.about(210));
    AttendanceCount most = AttendanceCount.of(Integer.MAX_VALUE);
    assertThatThrownBy(() -> most.plus(AttendanceCount.of(1))).isInstanceOf(ArithmeticException.class);
    assertThat(most.number()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void theCountsOfEachLevelAddUpToTheMeetings() {
    assertThat(AttendanceCount.empty()).isEqualTo(AttendanceCount.of(0));
    assertThat(
            java.util.stream.Stream.of(AttendanceCount.of(50), AttendanceCount.nearly(200), AttendanceCount.of(29))
                .collect(AttendanceCount.collector()))
        .isEqualTo(AttendanceCount.nearly(279));
    assertThat(java.util.stream.Stream.<AttendanceCount>empty().collect(AttendanceCount.collector()))
        .isEqualTo(AttendanceCount.empty());
  }

  @Test
  void aCountIsNotNegative() {
    assertThatThrownBy(() -> AttendanceCount.nearly(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count of people is 0 or more: -1");
    assertThat(AttendanceCount.of(0).number()).isZero();
  }

  @Test
  void countsAreValues() {
    new EqualsTester()
        .addEqualityGroup(AttendanceCount.nearly(200), AttendanceCount.of(200, Approximation.NEARLY))
        .addEqualityGroup(AttendanceCount.of(200))
        .addEqualityGroup(AttendanceCount.nearly(199))
        .testEquals();
  }
}
