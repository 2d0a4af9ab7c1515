package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineStatusTest {

  @Test
  void statusesAreNamedInBothLanguages() {
    assertThat(DeadlineStatus.OVERDUE.vietnameseName()).isEqualTo("Quá hạn");
    assertThat(DeadlineStatus.MET_LATE.englishName()).isEqualTo("Met late");
    assertThat(DeadlineStatus.values()).hasSize(6);
  }
}
