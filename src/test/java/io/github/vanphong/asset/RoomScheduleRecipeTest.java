package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cookbook's recipe "The office's rooms", run as written. */
class RoomScheduleRecipeTest {

  @Test
  void theRecipeBooksTheHallRefusesAnOverlapAndReadsTheWeek() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    Room hall = Room.of(RoomId.of("HT1"), "Hội trường tầng 1", 200, RoomKind.HALL);
    Room meetingRoom = Room.of(RoomId.of("PH2"), "Phòng họp số 2", 30, RoomKind.MEETING_ROOM);
    RoomSchedule rooms = RoomSchedule.of(List.of(hall, meetingRoom));

    RoomBooking briefing =
        RoomBooking.builder()
            .id(BookingId.of("GB-2016-03-01"))
            .room(hall.id())
            .purpose(BookingPurpose.BRIEFING)
            .title("Giao ban công tác văn phòng cấp ủy")
            .attendance(120)
            .day(LocalDate.of(2016, 3, 1))
            .span(TimeSpan.parse("07:30-11:30"))
            .bookedBy(PersonId.of("HG-QT"))
            .build();
    RoomSchedule booked = rooms.book(briefing, calendar);

    RoomSchedule before = booked;
    assertThatThrownBy(
            () ->
                before.book(
                    RoomBooking.builder()
                        .from(briefing)
                        .id(BookingId.of("X"))
                        .span(TimeSpan.parse("11:00-12:00"))
                        .build(),
                    calendar))
        .isInstanceOfSatisfying(RoomBookingException.class, e -> assertThat(e.rule()).isEqualTo(RoomRule.NO_OVERLAP));
    assertThat(before.bookings()).containsExactly(briefing);

    RoomBooking conference =
        RoomBooking.builder()
            .from(briefing)
            .id(BookingId.of("HN-2016-03-05"))
            .purpose(BookingPurpose.CONFERENCE)
            .day(LocalDate.of(2016, 3, 5))
            .offDayAllowed(true)
            .build();
    booked = booked.book(conference, calendar);

    assertThat(booked.bookingsOn(LocalDate.of(2016, 3, 1))).containsExactly(briefing);
    RoomWeek week = booked.week(LocalDate.of(2016, 3, 3), calendar);
    assertThat(week.monday()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(week.bookings()).containsExactly(briefing, conference);
    assertThat(week.workingDays())
        .containsExactly(
            LocalDate.of(2016, 2, 29),
            LocalDate.of(2016, 3, 1),
            LocalDate.of(2016, 3, 2),
            LocalDate.of(2016, 3, 3),
            LocalDate.of(2016, 3, 4));
  }
}
