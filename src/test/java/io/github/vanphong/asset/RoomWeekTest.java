package io.github.vanphong.asset;

import static io.github.vanphong.asset.RoomFixtures.HALL;
import static io.github.vanphong.asset.RoomFixtures.MEETING_ROOM;
import static io.github.vanphong.asset.RoomFixtures.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomWeekTest {

  private static final LocalDate MONDAY = LocalDate.of(2016, 2, 29);

  @Test
  void aWeekSortsItsBookingsAndWorkingDays() {
    RoomBooking tuesday = booking("T", HALL, MONDAY.plusDays(1), "07:30", "11:30").build();
    RoomBooking monday = booking("M", MEETING_ROOM, MONDAY, "14:00", "15:00").build();
    RoomWeek week = RoomWeek.of(MONDAY, List.of(tuesday, monday), List.of(MONDAY.plusDays(1), MONDAY));
    assertThat(week.bookings()).containsExactly(monday, tuesday);
    assertThat(week.workingDays()).containsExactly(MONDAY, MONDAY.plusDays(1));
    assertThat(week.bookingsOn(MONDAY)).containsExactly(monday);
    assertThat(week.bookingsOn(MONDAY.plusDays(9))).isEmpty();
    assertThat(week).hasToString("week of 2016-02-29: 2 bookings, 2 working days");
  }

  @Test
  void aWeekStartsOnAMondayAndHoldsOnlyItsOwnDays() {
    assertThatThrownBy(() -> RoomWeek.of(MONDAY.plusDays(1), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a week starts on a Monday: 2016-03-01 is a TUESDAY");
    assertThatThrownBy(
            () -> RoomWeek.of(MONDAY, List.of(booking("X", HALL, MONDAY.plusDays(7), "07:00", "08:00").build()), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in the week of 2016-02-29");
    assertThatThrownBy(() -> RoomWeek.of(MONDAY, List.of(), List.of(MONDAY.minusDays(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in the week of");
    assertThatThrownBy(() -> RoomWeek.of(MONDAY, List.of(), List.of(MONDAY, MONDAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working day 2016-02-29 is listed twice");
    RoomBooking b = booking("X", HALL, MONDAY, "07:00", "08:00").build();
    assertThatThrownBy(() -> RoomWeek.of(MONDAY, List.of(b, b), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("listed twice");
  }

  @Test
  void weeksAreValues() {
    new EqualsTester()
        .addEqualityGroup(RoomWeek.of(MONDAY, List.of(), List.of(MONDAY)), RoomWeek.of(MONDAY, List.of(), List.of(MONDAY)))
        .addEqualityGroup(RoomWeek.of(MONDAY, List.of(), List.of()))
        .addEqualityGroup(RoomWeek.of(MONDAY.plusDays(7), List.of(), List.of()))
        .testEquals();
  }
}
