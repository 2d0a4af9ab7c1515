package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Instruments;
import org.junit.jupiter.api.Test;

class RoomKindTest {

  @Test
  void onlyTheCitizenReceptionRoomIsNamedByAnInstrument() {
    assertThat(RoomKind.CITIZEN_RECEPTION_ROOM.basis())
        .hasValueSatisfying(
            b -> {
              assertThat(b.instrument()).isEqualTo(Instruments.CITIZEN_RECEPTION_LAW_2013);
              assertThat(b.citation()).endsWith("Điều 12, khoản 3");
            });
    assertThat(RoomKind.HALL.basis()).isEmpty();
    assertThat(RoomKind.MEETING_ROOM.basis()).isEmpty();
    assertThat(RoomKind.GUEST_ROOM.basis()).isEmpty();
  }

  @Test
  void eachKindHasItsVietnameseName() {
    assertThat(RoomKind.HALL.vietnameseName()).isEqualTo("Hội trường");
    assertThat(RoomKind.MEETING_ROOM.englishName()).isEqualTo("Meeting room");
  }
}
