package io.github.vanphong.asset;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The rooms of a provincial party committee office and bookings of the week of 2016-02-29. */
final class RoomFixtures {
  private RoomFixtures() {}

  static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  /** Tuesday 2016-03-01, the day of Hậu Giang's first briefing of the party committee offices. */
  static final LocalDate BRIEFING_DAY = LocalDate.of(2016, 3, 1);

  static final Room HALL = Room.of(RoomId.of("HT1"), "Hội trường tầng 1", 200, RoomKind.HALL);
  static final Room MEETING_ROOM = Room.of(RoomId.of("PH2"), "Phòng họp số 2", 30, RoomKind.MEETING_ROOM);
  static final Room GUEST_ROOM = Room.of(RoomId.of("PK1"), "Phòng khách", 12, RoomKind.GUEST_ROOM);

  static RoomSchedule office() {
    return RoomSchedule.of(List.of(HALL, MEETING_ROOM, GUEST_ROOM));
  }

  static TimeSpan span(String from, String to) {
    return TimeSpan.of(LocalTime.parse(from), LocalTime.parse(to));
  }

  static RoomBooking.Builder booking(String id, Room room, LocalDate day, String from, String to) {
    RoomBooking.Builder b = RoomBooking.builder();
    b.id(BookingId.of(id))
        .room(room.id())
        .purpose(BookingPurpose.BRIEFING)
        .title("Giao ban công tác văn phòng cấp ủy")
        .attendance(10)
        .day(day)
        .span(span(from, to))
        .bookedBy(PersonId.of("HG-QT"));
    return b;
  }

  /** The briefing in the hall on 2016-03-01, 07:30 to 11:30, for 120 people. */
  static RoomBooking briefing() {
    return booking("GB-0301", HALL, BRIEFING_DAY, "07:30", "11:30").attendance(120).build();
  }
}
