package io.github.vanphong.asset;

import static io.github.vanphong.asset.RoomFixtures.BRIEFING_DAY;
import static io.github.vanphong.asset.RoomFixtures.HALL;
import static io.github.vanphong.asset.RoomFixtures.MEETING_ROOM;
import static io.github.vanphong.asset.RoomFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class RoomBookingTest {

  @Test
  void aBookingHoldsARoomForAPurposeOnADay() {
    RoomBooking b = RoomFixtures.briefing();
    assertThat(b.id()).isEqualTo(BookingId.of("GB-0301"));
    assertThat(b.room()).isEqualTo(HALL.id());
    assertThat(b.purpose()).isEqualTo(BookingPurpose.BRIEFING);
    assertThat(b.attendance()).isEqualTo(120);
    assertThat(b.day()).isEqualTo(BRIEFING_DAY);
    assertThat(b.span()).isEqualTo(RoomFixtures.span("07:30", "11:30"));
    assertThat(b.bookedBy()).isEqualTo(PersonId.of("HG-QT"));
    assertThat(b.offDayAllowed()).isFalse();
    assertThat(b).hasToString("GB-0301 HT1 2016-03-01 07:30-11:30");
    assertThat(booking("X", HALL, BRIEFING_DAY, "07:00", "08:00").offDayAllowed(true).build().toString())
        .endsWith("(day off allowed)");
  }

  @Test
  void aBookingExpectsAtLeastOnePersonAndHasATitle() {
    assertThatThrownBy(() -> booking("B1", HALL, BRIEFING_DAY, "07:00", "08:00").attendance(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("booking B1 expects at least one person: attendance 0");
    assertThatThrownBy(() -> booking("B1", HALL, BRIEFING_DAY, "07:00", "08:00").title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("booking B1 needs a title");
  }

  @Test
  void theTitleIsKeptInNfc() {
    RoomBooking b =
        booking("B1", HALL, BRIEFING_DAY, "07:00", "08:00")
            .title(Normalizer.normalize("Hội nghị", Normalizer.Form.NFD))
            .build();
    assertThat(b.title()).isEqualTo("Hội nghị");
  }

  @Test
  void bookingsOverlapOnlyInTheSameRoomOnTheSameDay() {
    RoomBooking a = booking("A", HALL, BRIEFING_DAY, "07:30", "11:30").build();
    assertThat(a.overlaps(booking("B", HALL, BRIEFING_DAY, "11:00", "12:00").build())).isTrue();
    assertThat(a.overlaps(booking("B", HALL, BRIEFING_DAY, "11:30", "12:00").build())).isFalse();
    assertThat(a.overlaps(booking("B", MEETING_ROOM, BRIEFING_DAY, "08:00", "09:00").build())).isFalse();
    assertThat(a.overlaps(booking("B", HALL, BRIEFING_DAY.plusDays(1), "08:00", "09:00").build())).isFalse();
  }

  @Test
  void aBookingNeedsEveryAttributeButTheMark() {
    assertThatThrownBy(() -> RoomBooking.builder().id(BookingId.of("B1")).build())
        .isInstanceOf(IllegalStateException.class);
  }
}
