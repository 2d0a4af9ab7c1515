package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.asset.BookingId;
import io.github.vanphong.asset.BookingPurpose;
import io.github.vanphong.asset.Room;
import io.github.vanphong.asset.RoomBooking;
import io.github.vanphong.asset.RoomBookingException;
import io.github.vanphong.asset.RoomId;
import io.github.vanphong.asset.RoomKind;
import io.github.vanphong.asset.RoomSchedule;
import io.github.vanphong.asset.RoomWeek;
import io.github.vanphong.asset.TimeSpan;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the asset values: rooms, time spans, bookings, schedules made by booking random requests
 * (those the schedule refuses left out) and the weeks read from them. For example {@code
 * AssetArbitraries.roomSchedules()} gives schedules of up to five rooms with up to twenty bookings in one month of
 * 2010 to 2030, so that bookings often meet in a room.
 *
 * <p>Rooms are drawn from a pool of five identifiers, {@code R0} to {@code R4}, and bookings from a pool of forty,
 * so that generated bookings name generated rooms and often clash. The same arbitraries are available by type,
 * {@code @ForAll RoomSchedule schedule}, through {@link AssetArbitraryProvider}. Schedules are booked against {@link
 * WorkingCalendar#vietnam()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class AssetArbitraries {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  private static final ImmutableList<String> ROOM_NAMES =
      ImmutableList.of("Hội trường tầng 1", "Phòng họp số 2", "Phòng họp Ban Thường vụ", "Phòng khách", "Phòng tiếp công dân");

  private static final ImmutableList<String> TITLES =
      ImmutableList.of(
          "Giao ban công tác văn phòng cấp ủy",
          "Hội nghị quán triệt nghị quyết",
          "Tiếp đoàn công tác",
          "Tiếp công dân định kỳ",
          "Họp chi bộ");

  private AssetArbitraries() {}

  /**
   * Returns room identifiers from a pool of five, {@code R0} to {@code R4}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RoomId> roomIds() {
    return Arbitraries.integers().between(0, 4).map(i -> RoomId.of("R" + i));
  }

  /**
   * Returns booking identifiers from a pool of forty, {@code B0} to {@code B39}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BookingId> bookingIds() {
    return Arbitraries.integers().between(0, 39).map(i -> BookingId.of("B" + i));
  }

  /**
   * Returns spans that start on a quarter hour from 06:00 to 20:00 and last 15 minutes to 4 hours, ending by 23:45.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<TimeSpan> timeSpans() {
    return Combinators.combine(Arbitraries.integers().between(24, 80), Arbitraries.integers().between(1, 16))
        .as(
            (quarter, length) ->
                TimeSpan.of(
                    LocalTime.of(0, 0).plusMinutes(15L * quarter),
                    LocalTime.of(0, 0).plusMinutes(15L * Math.min(quarter + length, 95))));
  }

  /**
   * Returns rooms of the pool's identifiers, holding 5 to 300 people.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Room> rooms() {
    return Combinators.combine(
            roomIds(),
            Arbitraries.of(ROOM_NAMES),
            Arbitraries.integers().between(5, 300),
            Arbitraries.of(RoomKind.class))
        .as(Room::of);
  }

  /**
   * Returns bookings of the pool's rooms, on days from 2010 to 2030, for 1 to 250 people, one in ten allowed on a
   * day off.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RoomBooking> roomBookings() {
    return roomBookings(GenericArbitraries.days());
  }

  private static Arbitrary<RoomBooking> roomBookings(Arbitrary<LocalDate> days) {
    return Combinators.combine(
            bookingIds(),
            roomIds(),
            Arbitraries.of(BookingPurpose.class),
            Arbitraries.of(TITLES),
            Arbitraries.integers().between(1, 250),
            days,
            timeSpans(),
            Combinators.combine(GenericArbitraries.personIds(), Arbitraries.integers().between(0, 9))
                .as((person, draw) -> Map.entry(person, draw == 0)))
        .as(
            (id, room, purpose, title, attendance, day, span, by) ->
                RoomBooking.builder()
                    .id(id)
                    .room(room)
                    .purpose(purpose)
                    .title(title)
                    .attendance(attendance)
                    .day(day)
                    .span(span)
                    .bookedBy(by.getKey())
                    .offDayAllowed(by.getValue())
                    .build());
  }

  /**
   * Returns schedules of up to five rooms, each booked with up to twenty requests in one month, those the schedule
   * refuses left out.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RoomSchedule> roomSchedules() {
    return GenericArbitraries.days(GenericArbitraries.FIRST_DAY, GenericArbitraries.LAST_DAY.minusMonths(1))
        .flatMap(
            first ->
                Combinators.combine(
                        rooms().list().ofMaxSize(5).uniqueElements(Room::id),
                        roomBookings(GenericArbitraries.days(first, first.plusDays(30))).list().ofMaxSize(20))
                    .as(AssetArbitraries::booked));
  }

  /**
   * Books the requests in order against Việt Nam's working calendar, leaving out those the schedule refuses.
   *
   * @param rooms the rooms, each identifier once, not null
   * @param requests the bookings asked for, not null
   * @return the schedule, not null
   */
  public static RoomSchedule booked(List<Room> rooms, List<RoomBooking> requests) {
    RoomSchedule schedule = RoomSchedule.of(rooms);
    for (RoomBooking request : requests) {
      try {
        schedule = schedule.book(request, VIETNAM);
      } catch (RoomBookingException refused) {
        // a request the schedule refuses is left out, as an office would turn it down
      }
    }
    return schedule;
  }

  /**
   * Returns the weeks of generated schedules, read with Việt Nam's working calendar on a day of their bookings or a
   * day near them.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<RoomWeek> roomWeeks() {
    return roomSchedules()
        .flatMap(
            schedule -> {
              Arbitrary<LocalDate> days =
                  schedule.bookings().isEmpty()
                      ? GenericArbitraries.days()
                      : Arbitraries.of(schedule.bookings()).map(RoomBooking::day);
              return days.map(day -> schedule.week(day, VIETNAM));
            });
  }

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      Map.ofEntries(
          Map.entry(RoomId.class, AssetArbitraries::roomIds),
          Map.entry(BookingId.class, AssetArbitraries::bookingIds),
          Map.entry(TimeSpan.class, AssetArbitraries::timeSpans),
          Map.entry(Room.class, AssetArbitraries::rooms),
          Map.entry(RoomBooking.class, AssetArbitraries::roomBookings),
          Map.entry(RoomSchedule.class, AssetArbitraries::roomSchedules),
          Map.entry(RoomWeek.class, AssetArbitraries::roomWeeks));

  static Optional<Arbitrary<?>> forType(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type)).map(Supplier::get);
  }
}
