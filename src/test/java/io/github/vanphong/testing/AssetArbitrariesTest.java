package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.asset.Room;
import io.github.vanphong.asset.RoomBooking;
import io.github.vanphong.asset.RoomSchedule;
import io.github.vanphong.asset.RoomWeek;
import io.github.vanphong.asset.TimeSpan;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

class AssetArbitrariesTest {

  @Property(tries = 200)
  void spansStartOnAQuarterHourAndLastAtMostFourHours(@ForAll TimeSpan span) {
    assertThat(span.start().getMinute() % 15).isZero();
    assertThat(span.start()).isBetween(LocalTime.of(6, 0), LocalTime.of(20, 0));
    assertThat(java.time.Duration.between(span.start(), span.end()).toMinutes()).isBetween(15L, 240L);
  }

  @Property(tries = 200)
  void roomsAndBookingsDrawOnSmallPools(@ForAll Room room, @ForAll RoomBooking booking) {
    assertThat(room.id().value()).matches("R[0-4]");
    assertThat(booking.room().value()).matches("R[0-4]");
    assertThat(booking.id().value()).matches("B[0-9]+");
  }

  @Property(tries = 200)
  void generatedSchedulesOftenHoldBookings(@ForAll RoomSchedule schedule) {
    Statistics.label("bookings").collect(schedule.bookings().isEmpty() ? "none" : "some");
    Statistics.label("bookings")
        .coverage(c -> c.check("some").percentage(p -> p > 30.0));
    for (RoomBooking b : schedule.bookings()) {
      assertThat(schedule.room(b.room())).isPresent();
    }
  }

  @Property(tries = 50)
  void weeksAreReadFromGeneratedSchedules(@ForAll RoomWeek week) {
    assertThat(week.sunday()).isEqualTo(week.monday().plusDays(6));
  }

  @Test
  void bookedLeavesOutTheRequestsTheScheduleRefuses() {
    RoomBooking request = AssetArbitraries.roomBookings().filter(b -> b.attendance() > 5).sample();
    Room room = Room.of(request.room(), "Phòng nhỏ", 5, io.github.vanphong.asset.RoomKind.GUEST_ROOM);
    RoomSchedule schedule = AssetArbitraries.booked(List.of(room), List.of(request));
    assertThat(schedule).isEqualTo(RoomSchedule.of(List.of(room)));
    assertThat(WorkingCalendar.vietnam()).isNotNull();
  }

  @Test
  void theProviderProvidesTheAssetTypesOnly() {
    assertThat(AssetArbitraries.forType(RoomSchedule.class)).isPresent();
    assertThat(AssetArbitraries.forType(String.class)).isEmpty();
  }
}
