package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
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
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.asset}. */
class AssetJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 20)
  void enumerationsObeyTheLaws(@ForAll RoomKind kind, @ForAll BookingPurpose purpose, @ForAll RoomRule rule) {
    JsonLaws.assertLaws(kind, RoomKind.class);
    JsonLaws.assertLaws(purpose, BookingPurpose.class);
    JsonLaws.assertLaws(rule, RoomRule.class);
  }

  @Property(tries = 100)
  void identifiersAndSpansObeyTheLaws(@ForAll RoomId room, @ForAll BookingId booking, @ForAll TimeSpan span) {
    JsonLaws.assertLaws(room, RoomId.class);
    JsonLaws.assertLaws(booking, BookingId.class);
    JsonLaws.assertLaws(span, TimeSpan.class);
  }

  @Property(tries = 100)
  void roomsAndBookingsObeyTheLaws(@ForAll Room room, @ForAll RoomBooking booking) {
    JsonLaws.assertLaws(room, Room.class);
    JsonLaws.assertLaws(booking, RoomBooking.class);
  }

  @Property(tries = 100)
  void schedulesObeyTheLaws(@ForAll RoomSchedule schedule) {
    JsonLaws.assertLaws(schedule, RoomSchedule.class);
  }

  @Property(tries = 50)
  void weeksObeyTheLaws(@ForAll RoomWeek week) {
    JsonLaws.assertLaws(week, RoomWeek.class);
  }

  private static final Room HALL = Room.of(RoomId.of("HT1"), "Hội trường", 200, RoomKind.HALL);

  private static RoomBooking saturday(String id, String span) {
    return RoomBooking.builder()
        .id(BookingId.of(id))
        .room(HALL.id())
        .purpose(BookingPurpose.CONFERENCE)
        .title("Hội nghị")
        .attendance(150)
        .day(LocalDate.of(2016, 3, 5))
        .span(TimeSpan.parse(span))
        .bookedBy(PersonId.of("HG-QT"))
        .offDayAllowed(true)
        .build();
  }

  @Example
  void aScheduleIsWrittenAsItsRoomsAndBookings() {
    RoomSchedule schedule = RoomSchedule.restore(List.of(HALL), List.of(saturday("B1", "07:30-11:30")));
    String booking =
        "{\"id\":\"B1\",\"room\":\"HT1\",\"purpose\":\"conference\",\"title\":\"Hội nghị\",\"attendance\":150,"
            + "\"day\":\"2016-03-05\",\"span\":\"07:30-11:30\",\"bookedBy\":\"HG-QT\",\"offDayAllowed\":true}";
    String json =
        "{\"format\":\"vanphong.room-schedule\",\"version\":1,"
            + "\"rooms\":[{\"id\":\"HT1\",\"name\":\"Hội trường\",\"capacity\":200,\"kind\":\"hall\"}],"
            + "\"bookings\":["
            + booking
            + "]}";
    assertThat(JsonLaws.write(schedule)).isEqualTo(json);
    assertThat(JsonLaws.read(json, RoomSchedule.class)).isEqualTo(schedule);
  }

  @Example
  void aScheduleWhoseBookingsOverlapIsRefused() {
    RoomSchedule one = RoomSchedule.restore(List.of(HALL), List.of(saturday("B1", "07:30-11:30")));
    String json = JsonLaws.write(one);
    String overlapping =
        json.replace("]}", "," + JsonLaws.write(saturday("B2", "09:00-10:00")) + "]}");
    JsonLaws.assertRefusedAt(overlapping, RoomSchedule.class, "$");
  }

  @Example
  void aSpanThatIsNotOfTheFormIsRefusedAtItsPath() {
    String json = JsonLaws.write(saturday("B1", "07:30-11:30")).replace("07:30-11:30", "11:30-07:30");
    JsonLaws.assertRefusedAt(json, RoomBooking.class, "$.span");
  }
}
