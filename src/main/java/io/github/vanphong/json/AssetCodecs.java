package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.asset.BookingId;
import io.github.vanphong.asset.BookingPurpose;
import io.github.vanphong.asset.Room;
import io.github.vanphong.asset.RoomBooking;
import io.github.vanphong.asset.RoomId;
import io.github.vanphong.asset.RoomKind;
import io.github.vanphong.asset.RoomRule;
import io.github.vanphong.asset.RoomSchedule;
import io.github.vanphong.asset.RoomWeek;
import io.github.vanphong.asset.TimeSpan;

/**
 * The JSON form of the types of {@code io.github.vanphong.asset}: the office's rooms, their bookings and schedule.
 */
final class AssetCodecs {
  private AssetCodecs() {}

  static final EnumCodec<RoomKind> ROOM_KIND =
      Codecs.codes(RoomKind.class)
          .code(RoomKind.HALL, "hall")
          .code(RoomKind.MEETING_ROOM, "meeting-room")
          .code(RoomKind.GUEST_ROOM, "guest-room")
          .code(RoomKind.CITIZEN_RECEPTION_ROOM, "citizen-reception-room")
          .build();

  static final EnumCodec<BookingPurpose> BOOKING_PURPOSE =
      Codecs.codes(BookingPurpose.class)
          .code(BookingPurpose.BRIEFING, "briefing")
          .code(BookingPurpose.CONFERENCE, "conference")
          .code(BookingPurpose.RECEPTION, "reception")
          .code(BookingPurpose.CITIZEN_RECEPTION, "citizen-reception")
          .code(BookingPurpose.OTHER, "other")
          .build();

  static final EnumCodec<RoomRule> ROOM_RULE =
      Codecs.codes(RoomRule.class)
          .code(RoomRule.ROOM_KNOWN, "room-known")
          .code(RoomRule.ROOM_LISTED_ONCE, "room-listed-once")
          .code(RoomRule.BOOKING_ID_UNIQUE, "booking-id-unique")
          .code(RoomRule.NO_OVERLAP, "no-overlap")
          .code(RoomRule.CAPACITY_COVERS_ATTENDANCE, "capacity-covers-attendance")
          .code(RoomRule.WORKING_DAY_ONLY, "working-day-only")
          .code(RoomRule.BOOKING_KNOWN, "booking-known")
          .build();

  static final Codec<RoomId> ROOM_ID = Codecs.text(RoomId.class, "a room identifier", RoomId::value, RoomId::of);

  static final Codec<BookingId> BOOKING_ID =
      Codecs.text(BookingId.class, "a booking identifier", BookingId::value, BookingId::of);

  /** A span of a day as its canonical text: {@code "07:30-11:30"}. */
  static final Codec<TimeSpan> TIME_SPAN =
      Codecs.text(TimeSpan.class, "a time span as HH:mm-HH:mm", TimeSpan::toString, TimeSpan::parse);

  /** A room: {@code {"id": "HT1", "name": "Hội trường", "capacity": 200, "kind": "hall"}}. */
  static final Codec<Room> ROOM =
      Codecs.object(
          Room.class,
          (out, r) ->
              out.put("id", ROOM_ID, r.id())
                  .text("name", r.name())
                  .integer("capacity", r.capacity())
                  .put("kind", ROOM_KIND, r.kind()),
          in ->
              Room.of(
                  in.get("id", ROOM_ID), in.text("name"), in.integer("capacity"), in.get("kind", ROOM_KIND)));

  /**
   * A booking; {@code offDayAllowed} is written only when true: {@code {"id": "B1", "room": "HT1", "purpose":
   * "briefing", "title": "Giao ban", "attendance": 120, "day": "2016-03-01", "span": "07:30-11:30", "bookedBy":
   * "HG-NVA"}}.
   */
  static final Codec<RoomBooking> ROOM_BOOKING =
      Codecs.object(
          RoomBooking.class,
          (out, b) -> {
            out.put("id", BOOKING_ID, b.id())
                .put("room", ROOM_ID, b.room())
                .put("purpose", BOOKING_PURPOSE, b.purpose())
                .text("title", b.title())
                .integer("attendance", b.attendance())
                .put("day", Codecs.DATE, b.day())
                .put("span", TIME_SPAN, b.span())
                .put("bookedBy", OrganizationCodecs.PERSON_ID, b.bookedBy());
            if (b.offDayAllowed()) {
              out.bool("offDayAllowed", true);
            }
          },
          in ->
              RoomBooking.builder()
                  .id(in.get("id", BOOKING_ID))
                  .room(in.get("room", ROOM_ID))
                  .purpose(in.get("purpose", BOOKING_PURPOSE))
                  .title(in.text("title"))
                  .attendance(in.integer("attendance"))
                  .day(in.get("day", Codecs.DATE))
                  .span(in.get("span", TIME_SPAN))
                  .bookedBy(in.get("bookedBy", OrganizationCodecs.PERSON_ID))
                  .offDayAllowed(in.optional("offDayAllowed", Codecs.BOOLEAN).orElse(false))
                  .build());

  /**
   * The office's rooms and bookings, read back by {@link RoomSchedule#restore}, which checks every rule but the
   * working day.
   */
  static final Codec<RoomSchedule> ROOM_SCHEDULE =
      Codecs.document(
          RoomSchedule.class,
          "vanphong.room-schedule",
          1,
          (out, s) -> out.list("rooms", ROOM, s.rooms()).list("bookings", ROOM_BOOKING, s.bookings()),
          in -> RoomSchedule.restore(in.list("rooms", ROOM), in.list("bookings", ROOM_BOOKING)));

  /** A week: its Monday, its bookings and its working days. */
  static final Codec<RoomWeek> ROOM_WEEK =
      Codecs.object(
          RoomWeek.class,
          (out, w) ->
              out.put("monday", Codecs.DATE, w.monday())
                  .list("bookings", ROOM_BOOKING, w.bookings())
                  .list("workingDays", Codecs.DATE, w.workingDays()),
          in ->
              RoomWeek.of(
                  in.get("monday", Codecs.DATE),
                  in.list("bookings", ROOM_BOOKING),
                  in.list("workingDays", Codecs.DATE)));

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        ROOM_KIND,
        BOOKING_PURPOSE,
        ROOM_RULE,
        ROOM_ID,
        BOOKING_ID,
        TIME_SPAN,
        ROOM,
        ROOM_BOOKING,
        ROOM_SCHEDULE,
        ROOM_WEEK);
  }
}
