package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoomBookingExceptionTest {

  @Test
  void theRefusalNamesItsRuleThenTheFacts() {
    RoomBookingException e = new RoomBookingException(RoomRule.NO_OVERLAP, "booking B2 overlaps booking B1");
    assertThat(e.rule()).isEqualTo(RoomRule.NO_OVERLAP);
    assertThat(e).hasMessage("NO_OVERLAP: booking B2 overlaps booking B1").isInstanceOf(IllegalArgumentException.class);
  }
}
