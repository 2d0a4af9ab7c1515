package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoomKindTest {

  @Test
  void eachKindHasItsVietnameseName() {
    assertThat(RoomKind.HALL.vietnameseName()).isEqualTo("Hội trường");
    assertThat(RoomKind.MEETING_ROOM.englishName()).isEqualTo("Meeting room");
  }
}
