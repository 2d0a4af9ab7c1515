package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplaintRoundTest {

  @Test
  void aComplaintIsResolvedAFirstAndASecondTime() {
    assertThat(ComplaintRound.FIRST.vietnameseName()).isEqualTo("Lần đầu");
    assertThat(ComplaintRound.SECOND.vietnameseName()).isEqualTo("Lần hai");
    assertThat(ComplaintRound.FIRST.englishName()).isEqualTo("First round");
    assertThat(ComplaintRound.SECOND.englishName()).isEqualTo("Second round");
  }
}
