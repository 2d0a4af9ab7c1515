package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class RoomTest {

  @Test
  void aRoomHasItsNameCapacityAndKind() {
    Room hall = Room.of(RoomId.of("HT1"), "Hội trường tầng 1", 200, RoomKind.HALL);
    assertThat(hall.id()).isEqualTo(RoomId.of("HT1"));
    assertThat(hall.name()).isEqualTo("Hội trường tầng 1");
    assertThat(hall.capacity()).isEqualTo(200);
    assertThat(hall.kind()).isEqualTo(RoomKind.HALL);
    assertThat(hall).hasToString("HT1 Hội trường tầng 1 (200)");
  }

  @Test
  void theNameIsKeptInNfc() {
    Room room = Room.of(RoomId.of("PH2"), Normalizer.normalize("Phòng họp", Normalizer.Form.NFD), 30, RoomKind.MEETING_ROOM);
    assertThat(room.name()).isEqualTo("Phòng họp");
  }

  @Test
  void aRoomHoldsAtLeastOnePersonAndHasAName() {
    assertThatThrownBy(() -> Room.of(RoomId.of("PH2"), "Phòng họp", 0, RoomKind.MEETING_ROOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("room PH2 holds at least one person: capacity 0");
    assertThatThrownBy(() -> Room.of(RoomId.of("PH2"), "\u200B ", 10, RoomKind.MEETING_ROOM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("room PH2 needs a name");
  }

  @Test
  void aRefitChangesTheCapacityOnly() {
    Room refitted = RoomFixtures.HALL.withCapacity(250);
    assertThat(refitted.capacity()).isEqualTo(250);
    assertThat(refitted.name()).isEqualTo(RoomFixtures.HALL.name());
    assertThat(RoomFixtures.HALL.capacity()).isEqualTo(200);
    assertThatThrownBy(() -> RoomFixtures.HALL.withCapacity(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void roomsAreValues() {
    new EqualsTester()
        .addEqualityGroup(RoomFixtures.HALL, Room.of(RoomId.of("HT1"), "Hội trường tầng 1", 200, RoomKind.HALL))
        .addEqualityGroup(RoomFixtures.HALL.withCapacity(201))
        .addEqualityGroup(RoomFixtures.MEETING_ROOM)
        .testEquals();
  }
}
