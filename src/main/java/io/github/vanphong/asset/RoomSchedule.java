package io.github.vanphong.asset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The office's rooms and their bookings, as an immutable value: for example the hall and two meeting rooms of a
 * provincial party committee's office with the week's briefings and conferences. {@link #book} returns a new schedule
 * or refuses the booking; {@link #cancel} removes one; a day's and a week's bookings are read in order of start time
 * and room.
 *
 * <p>The schedule holds, for every booking it accepts ({@link RoomRule}, office practice, no legal basis):
 *
 * <ul>
 *   <li>{@link RoomRule#ROOM_KNOWN}: the room is one of the schedule's;
 *   <li>{@link RoomRule#BOOKING_ID_UNIQUE}: no other booking has its identifier;
 *   <li>{@link RoomRule#NO_OVERLAP}: no booking of the same room on the same day overlaps it;
 *   <li>{@link RoomRule#CAPACITY_COVERS_ATTENDANCE}: the room holds the expected attendance;
 *   <li>{@link RoomRule#WORKING_DAY_ONLY}: the day is a working day of the calendar given to {@link #book}, unless the
 *       booking is marked {@link RoomBooking#offDayAllowed()}.
 * </ul>
 *
 * <p>A refused command throws a {@link RoomBookingException} naming the rule and leaves the schedule as it was. The
 * working day is checked when a booking is made, against the calendar of that day; {@link #restore} rebuilds a
 * stored schedule checking every rule but that one, so that a schedule read back does not depend on a calendar.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RoomSchedule {

  private static final RoomSchedule EMPTY = new RoomSchedule(ImmutableSortedMap.of(), ImmutableSortedMap.of());

  private final ImmutableSortedMap<RoomId, Room> rooms;
  private final ImmutableSortedMap<BookingId, RoomBooking> bookings;

  private RoomSchedule(
      ImmutableSortedMap<RoomId, Room> rooms, ImmutableSortedMap<BookingId, RoomBooking> bookings) {
    this.rooms = rooms;
    this.bookings = bookings;
  }

  /**
   * Returns the schedule of no room and no booking.
   *
   * @return the empty schedule, not null
   */
  public static RoomSchedule empty() {
    return EMPTY;
  }

  /**
   * Returns the schedule of the given rooms, without bookings.
   *
   * @param rooms the rooms, not null, each identifier once
   * @return the schedule, not null
   * @throws RoomBookingException if two rooms have the same identifier ({@link RoomRule#ROOM_LISTED_ONCE})
   */
  public static RoomSchedule of(Iterable<Room> rooms) {
    return restore(rooms, ImmutableList.of());
  }

  /**
   * Rebuilds a stored schedule from its rooms and bookings, checking every rule of {@link #book} but the working
   * day, which was checked against the calendar of the day each booking was made.
   *
   * @param rooms the rooms, not null, each identifier once
   * @param bookings the bookings, not null, in any order
   * @return the schedule, not null
   * @throws RoomBookingException naming the first rule a room or booking breaks
   */
  public static RoomSchedule restore(Iterable<Room> rooms, Iterable<RoomBooking> bookings) {
    ImmutableList<Room> roomList = Arguments.list(rooms, "rooms");
    ImmutableList<RoomBooking> bookingList = Arguments.list(bookings, "bookings");
    TreeMap<RoomId, Room> byId = new TreeMap<>();
    for (Room room : roomList) {
      if (byId.putIfAbsent(room.id(), room) != null) {
        throw new RoomBookingException(RoomRule.ROOM_LISTED_ONCE, "room " + room.id() + " is listed twice");
      }
    }
    RoomSchedule schedule = new RoomSchedule(ImmutableSortedMap.copyOfSorted(byId), ImmutableSortedMap.of());
    TreeMap<BookingId, RoomBooking> accepted = new TreeMap<>();
    for (RoomBooking booking : bookingList) {
      schedule.check(booking, accepted);
      accepted.put(booking.id(), booking);
    }
    return new RoomSchedule(schedule.rooms, ImmutableSortedMap.copyOfSorted(accepted));
  }

  /**
   * Returns this schedule with a room added, or replaced by one of the same identifier (a new name or capacity).
   *
   * @param room the room, not null
   * @return the schedule with the room, not null
   * @throws RoomBookingException if the room replaces one whose bookings it cannot hold ({@link
   *     RoomRule#CAPACITY_COVERS_ATTENDANCE}); the schedule is unchanged
   */
  public RoomSchedule withRoom(Room room) {
    requireNonNull(room, "room");
    for (RoomBooking booking : bookings.values()) {
      if (booking.room().equals(room.id())) {
        checkCapacity(room, booking);
      }
    }
    TreeMap<RoomId, Room> changed = new TreeMap<>(rooms);
    changed.put(room.id(), room);
    return new RoomSchedule(ImmutableSortedMap.copyOfSorted(changed), bookings);
  }

  /**
   * Returns this schedule with a booking added, if every rule of the schedule accepts it.
   *
   * @param booking the booking, not null
   * @param calendar the working calendar the day is checked against, not null
   * @return the schedule with the booking, not null
   * @throws RoomBookingException naming the rule that refuses the booking; the schedule is unchanged
   * @throws java.time.DateTimeException if the day lies outside the calendar's days
   */
  public RoomSchedule book(RoomBooking booking, WorkingCalendar calendar) {
    requireNonNull(booking, "booking");
    requireNonNull(calendar, "calendar");
    check(booking, bookings);
    if (!booking.offDayAllowed() && !calendar.isWorkingDay(booking.day())) {
      throw new RoomBookingException(
          RoomRule.WORKING_DAY_ONLY,
          "booking " + booking.id() + " falls on " + booking.day() + ", a " + booking.day().getDayOfWeek()
              + " that is not a working day, and is not marked as allowed on a day off");
    }
    TreeMap<BookingId, RoomBooking> changed = new TreeMap<>(bookings);
    changed.put(booking.id(), booking);
    return new RoomSchedule(rooms, ImmutableSortedMap.copyOfSorted(changed));
  }

  /**
   * Returns this schedule without a booking.
   *
   * @param id the booking's identifier, not null
   * @return the schedule without the booking, not null
   * @throws RoomBookingException if no booking has that identifier ({@link RoomRule#BOOKING_KNOWN}); the schedule
   *     is unchanged
   */
  public RoomSchedule cancel(BookingId id) {
    requireNonNull(id, "id");
    if (!bookings.containsKey(id)) {
      throw new RoomBookingException(RoomRule.BOOKING_KNOWN, "no booking " + id + " to cancel");
    }
    TreeMap<BookingId, RoomBooking> changed = new TreeMap<>(bookings);
    changed.remove(id);
    return new RoomSchedule(rooms, ImmutableSortedMap.copyOfSorted(changed));
  }

  private void check(RoomBooking booking, java.util.Map<BookingId, RoomBooking> others) {
    Room room = rooms.get(booking.room());
    if (room == null) {
      throw new RoomBookingException(
          RoomRule.ROOM_KNOWN, "booking " + booking.id() + " is of room " + booking.room() + ", not in the schedule");
    }
    if (others.containsKey(booking.id())) {
      throw new RoomBookingException(
          RoomRule.BOOKING_ID_UNIQUE, "another booking already has the identifier " + booking.id());
    }
    checkCapacity(room, booking);
    for (RoomBooking other : others.values()) {
      if (other.overlaps(booking)) {
        throw new RoomBookingException(
            RoomRule.NO_OVERLAP,
            "booking " + booking.id() + " of room " + booking.room() + " on " + booking.day() + " "
                + booking.span() + " overlaps booking " + other.id() + " " + other.span());
      }
    }
  }

  private static void checkCapacity(Room room, RoomBooking booking) {
    if (booking.attendance() > room.capacity()) {
      throw new RoomBookingException(
          RoomRule.CAPACITY_COVERS_ATTENDANCE,
          "booking " + booking.id() + " expects " + booking.attendance() + " people; room " + room.id() + " holds "
              + room.capacity());
    }
  }

  /**
   * The rooms, by identifier.
   *
   * @return the rooms, possibly empty, not null
   */
  public ImmutableList<Room> rooms() {
    return rooms.values().asList();
  }

  /**
   * Returns a room of the schedule.
   *
   * @param id the room's identifier, not null
   * @return the room, or empty if the schedule has none of that identifier
   */
  public Optional<Room> room(RoomId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(rooms.get(id));
  }

  /**
   * Every booking, by day, start time and room.
   *
   * @return the bookings, possibly empty, not null
   */
  public ImmutableList<RoomBooking> bookings() {
    return ImmutableList.sortedCopyOf(RoomBooking.ORDER, bookings.values());
  }

  /**
   * Returns a booking of the schedule.
   *
   * @param id the booking's identifier, not null
   * @return the booking, or empty if the schedule has none of that identifier
   */
  public Optional<RoomBooking> booking(BookingId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(bookings.get(id));
  }

  /**
   * The bookings of a day, by start time and room.
   *
   * @param day the day, not null
   * @return the bookings, possibly empty, not null
   */
  public ImmutableList<RoomBooking> bookingsOn(LocalDate day) {
    requireNonNull(day, "day");
    return bookings.values().stream()
        .filter(b -> b.day().equals(day))
        .sorted(RoomBooking.ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether a room is free on a day for a time span: no booking of it overlaps the span.
   *
   * @param room the room's identifier, not null
   * @param day the day, not null
   * @param span the span, not null
   * @return true if the schedule has the room and no booking of it overlaps the span that day
   */
  public boolean isFree(RoomId room, LocalDate day, TimeSpan span) {
    requireNonNull(room, "room");
    requireNonNull(day, "day");
    requireNonNull(span, "span");
    return rooms.containsKey(room)
        && bookings.values().stream()
            .noneMatch(b -> b.room().equals(room) && b.day().equals(day) && b.span().overlaps(span));
  }

  /**
   * The week of a day, Monday to Sunday: its bookings by day, start time and room, and its working days.
   *
   * @param day a day of the week, not null
   * @param calendar the working calendar of the week's working days, not null
   * @return the week, not null
   * @throws java.time.DateTimeException if the week lies outside the calendar's days or the dates Java supports
   */
  public RoomWeek week(LocalDate day, WorkingCalendar calendar) {
    requireNonNull(day, "day");
    requireNonNull(calendar, "calendar");
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate sunday = monday.plusDays(6);
    ImmutableList.Builder<LocalDate> working = ImmutableList.builder();
    for (LocalDate d = monday; !d.isAfter(sunday); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        working.add(d);
      }
    }
    ImmutableList<RoomBooking> inWeek =
        bookings.values().stream()
            .filter(b -> !b.day().isBefore(monday) && !b.day().isAfter(sunday))
            .collect(ImmutableList.toImmutableList());
    return RoomWeek.of(monday, inWeek, working.build());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RoomSchedule other && rooms.equals(other.rooms) && bookings.equals(other.bookings);
  }

  @Override
  public int hashCode() {
    return 31 * rooms.hashCode() + bookings.hashCode();
  }

  /**
   * Returns the number of rooms and bookings: "3 rooms, 12 bookings".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rooms.size() + " rooms, " + bookings.size() + " bookings";
  }
}
