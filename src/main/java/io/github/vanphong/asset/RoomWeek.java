package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The bookings of one week, Monday to Sunday, with the working days of that week: what an office posts on Monday
 * morning. For example the week of 2016-02-29, whose bookings include the briefing of Tuesday 2016-03-01.
 *
 * <p>The bookings are ordered by day, start time and room. The working days are those of the calendar the week was
 * read with ({@link RoomSchedule#week}), in order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RoomWeek {

  private final LocalDate monday;
  private final ImmutableList<RoomBooking> bookings;
  private final ImmutableList<LocalDate> workingDays;

  private RoomWeek(LocalDate monday, ImmutableList<RoomBooking> bookings, ImmutableList<LocalDate> workingDays) {
    this.monday = monday;
    this.bookings = bookings;
    this.workingDays = workingDays;
  }

  /**
   * Returns the week that starts on a Monday, with its bookings and working days.
   *
   * @param monday the week's Monday, not null
   * @param bookings the bookings, each within the week, not null, in any order
   * @param workingDays the working days, each within the week, not null, in any order, each once
   * @return the week, its bookings and working days sorted, not null
   * @throws IllegalArgumentException if the day is not a Monday, a booking or working day lies outside the week, or
   *     a working day or booking identifier is listed twice
   */
  public static RoomWeek of(
      LocalDate monday, Iterable<RoomBooking> bookings, Iterable<LocalDate> workingDays) {
    requireNonNull(monday, "monday");
    ImmutableList<RoomBooking> sorted =
        ImmutableList.sortedCopyOf(RoomBooking.ORDER, Arguments.list(bookings, "bookings"));
    ImmutableList<LocalDate> days =
        ImmutableList.sortedCopyOf(LocalDate::compareTo, Arguments.list(workingDays, "workingDays"));
    checkArgument(
        monday.getDayOfWeek() == DayOfWeek.MONDAY, "a week starts on a Monday: %s is a %s", monday,
        monday.getDayOfWeek());
    LocalDate sunday = monday.plusDays(6);
    for (RoomBooking booking : sorted) {
      checkArgument(
          !booking.day().isBefore(monday) && !booking.day().isAfter(sunday),
          "booking %s on %s is not in the week of %s",
          booking.id(),
          booking.day(),
          monday);
    }
    checkArgument(
        sorted.stream().map(RoomBooking::id).distinct().count() == sorted.size(),
        "a booking is listed twice in the week of %s",
        monday);
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      checkArgument(
          !day.isBefore(monday) && !day.isAfter(sunday), "working day %s is not in the week of %s", day, monday);
      checkArgument(i == 0 || !days.get(i - 1).equals(day), "working day %s is listed twice", day);
    }
    return new RoomWeek(monday, sorted, days);
  }

  /**
   * The Monday the week starts on.
   *
   * @return the Monday, not null
   */
  public LocalDate monday() {
    return monday;
  }

  /**
   * The Sunday the week ends on.
   *
   * @return the Sunday, six days after {@link #monday()}, not null
   */
  public LocalDate sunday() {
    return monday.plusDays(6);
  }

  /**
   * The week's bookings, by day, start time and room.
   *
   * @return the bookings, possibly empty, not null
   */
  public ImmutableList<RoomBooking> bookings() {
    return bookings;
  }

  /**
   * The bookings of one day of the week, by start time and room.
   *
   * @param day the day, not null
   * @return the bookings of that day, empty for a day outside the week, not null
   */
  public ImmutableList<RoomBooking> bookingsOn(LocalDate day) {
    requireNonNull(day, "day");
    return bookings.stream().filter(b -> b.day().equals(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * The working days of the week, in order.
   *
   * @return the working days, possibly empty (a week of Tết), not null
   */
  public ImmutableList<LocalDate> workingDays() {
    return workingDays;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RoomWeek other
        && monday.equals(other.monday)
        && bookings.equals(other.bookings)
        && workingDays.equals(other.workingDays);
  }

  @Override
  public int hashCode() {
    return (31 * monday.hashCode() + bookings.hashCode()) * 31 + workingDays.hashCode();
  }

  /**
   * Returns the week and its bookings: "week of 2016-02-29: 3 bookings, 5 working days".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "week of " + monday + ": " + bookings.size() + " bookings, " + workingDays.size() + " working days";
  }
}
