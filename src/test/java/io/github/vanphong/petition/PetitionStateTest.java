package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PetitionStateTest {

  @Test
  void everyStateIsOpenOrClosedForExchange() {
    EnumSet<PetitionState> open = EnumSet.noneOf(PetitionState.class);
    for (PetitionState state : PetitionState.values()) {
      if (state.isOpen()) {
        open.add(state);
      }
    }

    assertThat(open)
        .containsExactlyInAnyOrder(
            PetitionState.RECEIVED,
            PetitionState.CLASSIFIED,
            PetitionState.ACCEPTED,
            PetitionState.VERIFYING,
            PetitionState.SUSPENDED,
            PetitionState.RESOLVED,
            PetitionState.SECOND_COMPLAINT);
    assertThat(EnumSet.complementOf(open))
        .containsExactlyInAnyOrder(
            PetitionState.FINAL,
            PetitionState.CLOSED,
            PetitionState.REFUSED,
            PetitionState.FORWARDED,
            PetitionState.GUIDED,
            PetitionState.FILED,
            PetitionState.WITHDRAWN);
  }

  @Test
  void statesAreNamedInVietnamese() {
    assertThat(PetitionState.ACCEPTED.vietnameseName()).isEqualTo("Đã thụ lý");
    assertThat(PetitionState.FILED.vietnameseName()).isEqualTo("Lưu đơn");
    assertThat(PetitionState.FILED.englishName()).isEqualTo("Filed");
  }
}
