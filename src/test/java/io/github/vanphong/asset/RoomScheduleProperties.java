package io.github.vanphong.asset;

import static io.github.vanphong.asset.RoomFixtures.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of a room schedule over generated schedules and requests. */
class RoomScheduleProperties {

  @Property(tries = 200)
  void aBookingIsAcceptedOrRefusedByARuleAndARefusedBookingChangesNothing(
      @ForAll RoomSchedule schedule, @ForAll RoomBooking request) {
    RoomSchedule copy = RoomSchedule.restore(schedule.rooms(), schedule.bookings());
    try {
      RoomSchedule booked = schedule.book(request, VIETNAM);
      assertThat(booked.booking(request.id())).contains(request);
      assertThat(booked.bookings()).hasSize(schedule.bookings().size() + 1);
      assertThat(booked.cancel(request.id())).isEqualTo(schedule);
    } catch (RoomBookingException refused) {
      assertThat(refused.getMessage()).startsWith(refused.rule().name() + ": ");
    }
    assertThat(schedule).isEqualTo(copy);
    assertThat(schedule.bookings()).isEqualTo(copy.bookings());
  }

  @Property(tries = 200)
  void noTwoBookingsOfARoomOverlapAndEveryRoomHoldsItsBookings(@ForAll RoomSchedule schedule) {
    for (RoomBooking a : schedule.bookings()) {
      assertThat(schedule.room(a.room())).hasValueSatisfying(r -> assertThat(r.capacity()).isGreaterThanOrEqualTo(a.attendance()));
      for (RoomBooking b : schedule.bookings()) {
        if (!a.id().equals(b.id())) {
          assertThat(a.overlaps(b)).as("%s and %s", a, b).isFalse();
        }
      }
      assertThat(a.offDayAllowed() || VIETNAM.isWorkingDay(a.day())).isTrue();
    }
  }

  @Property(tries = 200)
  void aScheduleRestoredFromItsRoomsAndBookingsIsTheSame(@ForAll RoomSchedule schedule) {
    assertThat(RoomSchedule.restore(schedule.rooms(), schedule.bookings())).isEqualTo(schedule);
  }

  @Property(tries = 200)
  void aWeekHoldsExactlyTheBookingsOfItsSevenDaysInOrder(@ForAll RoomWeek week) {
    assertThat(week.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    for (int i = 1; i < week.bookings().size(); i++) {
      assertThat(RoomBooking.ORDER.compare(week.bookings().get(i - 1), week.bookings().get(i))).isNegative();
    }
    for (LocalDate d = week.monday(); !d.isAfter(week.sunday()); d = d.plusDays(1)) {
      assertThat(week.workingDays().contains(d)).isEqualTo(VIETNAM.isWorkingDay(d));
    }
  }

  @Property(tries = 200)
  void aWeeksBookingsAreTheSchedulesBookingsOfItsDays(
      @ForAll RoomSchedule schedule, @ForAll("scheduleDays") LocalDate day) {
    assertWeek(schedule, day);
    schedule.bookings().forEach(b -> assertWeek(schedule, b.day()));
  }

  private static void assertWeek(RoomSchedule schedule, LocalDate day) {
    RoomWeek week = schedule.week(day, VIETNAM);
    assertThat(week.bookings())
        .containsExactlyElementsOf(
            schedule.bookings().stream()
                .filter(b -> !b.day().isBefore(week.monday()) && !b.day().isAfter(week.sunday()))
                .collect(Collectors.toList()));
    assertThat(week.bookingsOn(day)).isEqualTo(schedule.bookingsOn(day));
  }

  @Provide
  Arbitrary<LocalDate> scheduleDays() {
    return io.github.vanphong.testing.GenericArbitraries.days();
  }
}
