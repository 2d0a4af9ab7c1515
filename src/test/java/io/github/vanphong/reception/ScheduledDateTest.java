package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduledDateTest {

  @Test
  void aDayNamedInTetIsHeldAfterIt() {
    ScheduledDate moved = ScheduledDate.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23));
    assertThat(moved.moved()).isTrue();
    assertThat(moved).hasToString("2026-02-23 (for 2026-02-15)");
    ScheduledDate kept = ScheduledDate.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16));
    assertThat(kept.moved()).isFalse();
    assertThat(kept).hasToString("2026-03-16");
  }

  @Test
  void aDayHeldFarFromTheDayNamedIsRefused() {
    assertThatThrownBy(() -> ScheduledDate.of(LocalDate.of(2026, 2, 15), LocalDate.of(2028, 2, 15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-02-15");
  }
}
