package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BookingIdTest {

  @Test
  void aBookingIdIsItsTextAndComparesByIt() {
    assertThat(BookingId.of("HG-2016-0301-GB")).hasToString("HG-2016-0301-GB");
    assertThat(BookingId.of("B1")).isLessThan(BookingId.of("B2"));
  }

  @Test
  void aBookingIdIsOfTheIdentifierForm() {
    assertThatThrownBy(() -> BookingId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a booking id is 1 to 64 characters");
  }
}
