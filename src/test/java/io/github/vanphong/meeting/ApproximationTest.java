package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.Approximation.ABOUT;
import static io.github.vanphong.meeting.Approximation.EXACT;
import static io.github.vanphong.meeting.Approximation.MORE_THAN;
import static io.github.vanphong.meeting.Approximation.NEARLY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApproximationTest {

  @Test
  void reportsWriteGanKhoangAndHon() {
    assertThat(Approximation.values())
        .extracting(Approximation::vietnameseName)
        .containsExactly("Chính xác", "Gần", "Khoảng", "Hơn");
    assertThat(NEARLY.englishName()).isEqualTo("Nearly");
  }

  @Test
  void anExactCountAddsNoDoubt() {
    for (Approximation a : Approximation.values()) {
      assertThat(EXACT.and(a)).isEqualTo(a);
      assertThat(a.and(EXACT)).isEqualTo(a);
    }
  }

  @Test
  void twoEqualDoubtsStayAndTwoDifferentOnesMakeAnAbout() {
    assertThat(NEARLY.and(NEARLY)).isEqualTo(NEARLY);
    assertThat(MORE_THAN.and(MORE_THAN)).isEqualTo(MORE_THAN);
    assertThat(NEARLY.and(MORE_THAN)).isEqualTo(ABOUT);
    assertThat(MORE_THAN.and(NEARLY)).isEqualTo(ABOUT);
    assertThat(ABOUT.and(NEARLY)).isEqualTo(ABOUT);
    assertThat(NEARLY.and(ABOUT)).isEqualTo(ABOUT);
  }

  @Test
  void combiningIsAssociativeAndCommutative() {
    for (Approximation a : Approximation.values()) {
      for (Approximation b : Approximation.values()) {
        assertThat(a.and(b)).isEqualTo(b.and(a));
        for (Approximation c : Approximation.values()) {
          assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c)));
        }
      }
    }
  }
}
