package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class RoomIdTest {

  @Test
  void aRoomIdIsItsText() {
    assertThat(RoomId.of("HG-VPTU-HT1").value()).isEqualTo("HG-VPTU-HT1");
    assertThat(RoomId.of("HG-VPTU-HT1")).hasToString("HG-VPTU-HT1");
  }

  @Test
  void aRoomIdIsOfTheIdentifierForm() {
    assertThatThrownBy(() -> RoomId.of("phòng 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a room id is 1 to 64 characters");
  }

  @Test
  void roomIdsAreValuesDistinctFromBookingIds() {
    new EqualsTester()
        .addEqualityGroup(RoomId.of("A1"), RoomId.of("A1"))
        .addEqualityGroup(RoomId.of("A2"))
        .addEqualityGroup(BookingId.of("A1"))
        .testEquals();
  }
}
