package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import org.junit.jupiter.api.Test;

class BookingPurposeTest {

  @Test
  void eachPurposeHasItsVietnameseName() {
    assertThat(BookingPurpose.BRIEFING.vietnameseName()).isEqualTo("Giao ban");
    assertThat(BookingPurpose.CITIZEN_RECEPTION.displayName(Bilingual.VIETNAMESE)).isEqualTo("Tiếp công dân");
    assertThat(BookingPurpose.RECEPTION.englishName()).isEqualTo("Reception");
  }
}
