package io.github.vanphong.asset;

import static io.github.vanphong.asset.RoomFixtures.BRIEFING_DAY;
import static io.github.vanphong.asset.RoomFixtures.GUEST_ROOM;
import static io.github.vanphong.asset.RoomFixtures.HALL;
import static io.github.vanphong.asset.RoomFixtures.MEETING_ROOM;
import static io.github.vanphong.asset.RoomFixtures.VIETNAM;
import static io.github.vanphong.asset.RoomFixtures.booking;
import static io.github.vanphong.asset.RoomFixtures.office;
import static io.github.vanphong.asset.RoomFixtures.span;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RoomScheduleTest {

  private static void assertRefusedBy(RoomRule rule, ThrowingCallable command) {
    assertThatThrownBy(command)
        .isInstanceOfSatisfying(RoomBookingException.class, e -> assertThat(e.rule()).isEqualTo(rule))
        .hasMessageStartingWith(rule.name() + ": ");
  }

  @Test
  void aBookingIsOfARoomOfTheSchedule() {
    RoomSchedule schedule = office();
    Room elsewhere = Room.of(RoomId.of("X9"), "Phòng khác", 50, RoomKind.MEETING_ROOM);
    assertRefusedBy(
        RoomRule.ROOM_KNOWN, () -> schedule.book(booking("B1", elsewhere, BRIEFING_DAY, "08:00", "09:00").build(), VIETNAM));
    assertThat(schedule).isEqualTo(office());
  }

  @Test
  void aRoomIsListedOnce() {
    assertRefusedBy(RoomRule.ROOM_LISTED_ONCE, () -> RoomSchedule.of(List.of(HALL, HALL.withCapacity(10))));
  }

  @Test
  void aBookingIdentifierIsUnique() {
    RoomSchedule schedule = office().book(RoomFixtures.briefing(), VIETNAM);
    assertRefusedBy(
        RoomRule.BOOKING_ID_UNIQUE,
        () -> schedule.book(booking("GB-0301", MEETING_ROOM, BRIEFING_DAY, "14:00", "15:00").build(), VIETNAM));
  }

  @Test
  void bookingsOfARoomDoNotOverlap() {
    RoomSchedule schedule = office().book(RoomFixtures.briefing(), VIETNAM);
    assertRefusedBy(
        RoomRule.NO_OVERLAP,
        () -> schedule.book(booking("B2", HALL, BRIEFING_DAY, "11:00", "12:00").build(), VIETNAM));
    assertRefusedBy(
        RoomRule.NO_OVERLAP,
        () -> schedule.book(booking("B2", HALL, BRIEFING_DAY, "08:00", "09:00").build(), VIETNAM));
    assertThat(schedule.bookings()).containsExactly(RoomFixtures.briefing());
  }

  @Test
  void bookingsThatMeetEndToEndOrAreInAnotherRoomDoNotOverlap() {
    RoomSchedule schedule =
        office()
            .book(RoomFixtures.briefing(), VIETNAM)
            .book(booking("B2", HALL, BRIEFING_DAY, "11:30", "12:00").build(), VIETNAM)
            .book(booking("B3", MEETING_ROOM, BRIEFING_DAY, "08:00", "09:00").build(), VIETNAM)
            .book(booking("B4", HALL, BRIEFING_DAY.plusDays(1), "08:00", "09:00").build(), VIETNAM);
    assertThat(schedule.bookings()).hasSize(4);
  }

  @Test
  void theRoomHoldsTheExpectedAttendance() {
    RoomSchedule schedule = office();
    assertRefusedBy(
        RoomRule.CAPACITY_COVERS_ATTENDANCE,
        () -> schedule.book(booking("B1", GUEST_ROOM, BRIEFING_DAY, "08:00", "09:00").attendance(13).build(), VIETNAM));
    assertThat(schedule.book(booking("B1", GUEST_ROOM, BRIEFING_DAY, "08:00", "09:00").attendance(12).build(), VIETNAM)
            .bookings())
        .hasSize(1);
  }

  @Test
  void aBookingFallsOnAWorkingDay() {
    RoomSchedule schedule = office();
    LocalDate saturday = LocalDate.of(2016, 3, 5);
    LocalDate nationalDay = LocalDate.of(2016, 9, 2); // a Friday, a public holiday
    assertRefusedBy(
        RoomRule.WORKING_DAY_ONLY, () -> schedule.book(booking("B1", HALL, saturday, "08:00", "09:00").build(), VIETNAM));
    assertRefusedBy(
        RoomRule.WORKING_DAY_ONLY,
        () -> schedule.book(booking("B1", HALL, nationalDay, "08:00", "09:00").build(), VIETNAM));
    assertThat(schedule.bookings()).isEmpty();
  }

  @Test
  void aBookingMarkedAsAllowedOnADayOffIsAccepted() {
    LocalDate saturday = LocalDate.of(2016, 3, 5);
    RoomBooking conference =
        booking("HN-0305", HALL, saturday, "07:30", "17:00").purpose(BookingPurpose.CONFERENCE).offDayAllowed(true).build();
    assertThat(office().book(conference, VIETNAM).bookingsOn(saturday)).containsExactly(conference);
  }

  @Test
  void aDayOutsideTheCalendarIsADateTimeException() {
    RoomBooking early = booking("B1", HALL, LocalDate.of(1990, 1, 2), "08:00", "09:00").build();
    assertThatThrownBy(() -> office().book(early, VIETNAM)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void aCancelledBookingIsOneOfTheSchedulesAndFreesItsRoom() {
    RoomSchedule booked = office().book(RoomFixtures.briefing(), VIETNAM);
    assertThat(booked.isFree(HALL.id(), BRIEFING_DAY, span("09:00", "10:00"))).isFalse();
    RoomSchedule cancelled = booked.cancel(BookingId.of("GB-0301"));
    assertThat(cancelled).isEqualTo(office());
    assertThat(cancelled.isFree(HALL.id(), BRIEFING_DAY, span("09:00", "10:00"))).isTrue();
    assertRefusedBy(RoomRule.BOOKING_KNOWN, () -> cancelled.cancel(BookingId.of("GB-0301")));
    assertThat(booked.bookings()).hasSize(1);
  }

  @Test
  void aRoomNotInTheScheduleIsNeverFree() {
    assertThat(office().isFree(RoomId.of("X9"), BRIEFING_DAY, span("09:00", "10:00"))).isFalse();
  }

  @Test
  void aRefitThatCannotHoldTheRoomsBookingsIsRefused() {
    RoomSchedule booked = office().book(RoomFixtures.briefing(), VIETNAM);
    assertRefusedBy(RoomRule.CAPACITY_COVERS_ATTENDANCE, () -> booked.withRoom(HALL.withCapacity(100)));
    assertThat(booked.room(HALL.id())).contains(HALL);
    assertThat(booked.withRoom(HALL.withCapacity(120)).room(HALL.id())).contains(HALL.withCapacity(120));
    Room added = Room.of(RoomId.of("TCD"), "Phòng tiếp công dân", 8, RoomKind.CITIZEN_RECEPTION_ROOM);
    assertThat(booked.withRoom(added).rooms()).hasSize(4).contains(added);
  }

  @Test
  void aDaysBookingsAreOrderedByStartTimeAndRoom() {
    RoomBooking late = booking("A", MEETING_ROOM, BRIEFING_DAY, "14:00", "15:00").build();
    RoomBooking guests = booking("B", GUEST_ROOM, BRIEFING_DAY, "07:30", "08:00").build();
    RoomBooking hall = booking("C", HALL, BRIEFING_DAY, "07:30", "11:30").build();
    RoomBooking nextDay = booking("D", HALL, BRIEFING_DAY.plusDays(1), "07:00", "08:00").build();
    RoomSchedule schedule =
        office().book(late, VIETNAM).book(nextDay, VIETNAM).book(guests, VIETNAM).book(hall, VIETNAM);
    assertThat(schedule.bookingsOn(BRIEFING_DAY)).containsExactly(hall, guests, late);
    assertThat(schedule.bookings()).containsExactly(hall, guests, late, nextDay);
    assertThat(schedule.booking(BookingId.of("B"))).contains(guests);
    assertThat(schedule.booking(BookingId.of("Z"))).isEmpty();
  }

  @Test
  void aWeekRunsFromMondayToSundayWithTheCalendarsWorkingDays() {
    RoomBooking sunday = booking("S", HALL, LocalDate.of(2016, 2, 28), "08:00", "09:00").offDayAllowed(true).build();
    RoomBooking nextMonday = booking("M", HALL, LocalDate.of(2016, 3, 7), "08:00", "09:00").build();
    RoomSchedule schedule =
        office().book(RoomFixtures.briefing(), VIETNAM).book(sunday, VIETNAM).book(nextMonday, VIETNAM);
    RoomWeek week = schedule.week(LocalDate.of(2016, 3, 3), VIETNAM);
    assertThat(week.monday()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(week.sunday()).isEqualTo(LocalDate.of(2016, 3, 6));
    assertThat(week.bookings()).containsExactly(RoomFixtures.briefing());
    assertThat(week.workingDays()).hasSize(5).startsWith(LocalDate.of(2016, 2, 29)).endsWith(LocalDate.of(2016, 3, 4));
    assertThat(schedule.week(LocalDate.of(2016, 2, 29), VIETNAM)).isEqualTo(week);
    assertThat(schedule.week(LocalDate.of(2016, 3, 6), VIETNAM)).isEqualTo(week);
  }

  @Test
  void aWeekOfTetHasFewWorkingDays() {
    // Tết Bính Thân: the offices were off from 2016-02-06 to 2016-02-14
    assertThat(office().week(LocalDate.of(2016, 2, 10), VIETNAM).workingDays()).isEmpty();
  }

  @Test
  void restoringChecksEveryRuleButTheWorkingDay() {
    RoomBooking saturday = booking("S", HALL, LocalDate.of(2016, 3, 5), "08:00", "09:00").build();
    RoomSchedule restored = RoomSchedule.restore(List.of(HALL, MEETING_ROOM, GUEST_ROOM), List.of(saturday));
    assertThat(restored.bookings()).containsExactly(saturday);
    assertRefusedBy(
        RoomRule.NO_OVERLAP,
        () ->
            RoomSchedule.restore(
                List.of(HALL), List.of(saturday, booking("T", HALL, LocalDate.of(2016, 3, 5), "08:30", "09:30").build())));
    assertRefusedBy(RoomRule.ROOM_KNOWN, () -> RoomSchedule.restore(List.of(MEETING_ROOM), List.of(saturday)));
    assertRefusedBy(RoomRule.BOOKING_ID_UNIQUE, () -> RoomSchedule.restore(List.of(HALL), List.of(saturday, saturday)));
  }

  @Test
  void theEmptyScheduleHasNoRoom() {
    assertThat(RoomSchedule.empty().rooms()).isEmpty();
    assertThat(RoomSchedule.empty()).isEqualTo(RoomSchedule.of(List.of())).hasToString("0 rooms, 0 bookings");
    assertThat(office().room(RoomId.of("X9"))).isEmpty();
  }

  @Test
  void schedulesAreValues() {
    new EqualsTester()
        .addEqualityGroup(office(), RoomSchedule.of(List.of(GUEST_ROOM, MEETING_ROOM, HALL)))
        .addEqualityGroup(office().book(RoomFixtures.briefing(), VIETNAM))
        .addEqualityGroup(RoomSchedule.empty())
        .testEquals();
  }
}
