package io.github.vanphong.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.PersistentVector;
import io.github.vanphong.internal.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The day by which something must be done, and how it was reached: for example 10 working days from a letter
 * received on Friday 2026-02-13 are due on Friday 2026-03-06, the days of Tết skipped. A deadline carries the rule
 * and its basis, the start event and its day, the first and last counted days, the days not counted, the
 * extensions and the suspensions; {@link #explain()} sets them out for an inspector.
 *
 * <p>Counting follows the civil code in force on the event day ({@link #civilCode()}): Bộ luật Dân sự 91/2015/QH13
 * for an event from 2017-01-01, Bộ luật Dân sự 33/2005/QH11 for one from 2006-01-01 to 2016-12-31, which count alike.
 * It starts the day after the event (Điều 147; Điều 152 of 2005), days within a {@link Suspension} do not count, the
 * period ends at 24:00 of its last day (Điều 148; Điều 153), and a last day that is not a working day moves to the
 * next working day (Điều 148, khoản 5; Điều 153, khoản 5). An {@link Extension} adds days counted the way the limit
 * counts them. An event before 2006-01-01, the first day of the earliest code the library holds, is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Deadline {

  private final TimeLimit limit;
  private final String startEvent;
  private final LocalDate eventDay;
  /** The extensions, shared with the deadline this one extends: extending copies none of them. */
  private final PersistentVector<Extension> extensions;

  /** The days of every extension. */
  private final int extensionDays;

  /** The extensions as a list, made on first use (racy single-check of an immutable list). */
  private @Nullable ImmutableList<Extension> extensionList;
  private final ImmutableList<Suspension> suspensions;
  private final WorkingCalendar calendar;
  private final CivilCode civilCode;
  private final LocalDate firstCountedDay;
  private final LocalDate lastCountedDay;
  private final LocalDate dueDate;

  private Deadline(
      TimeLimit limit,
      String startEvent,
      LocalDate eventDay,
      PersistentVector<Extension> extensions,
      int extensionDays,
      ImmutableList<Suspension> suspensions,
      WorkingCalendar calendar) {
    checkArgument(!Texts.isBlank(startEvent), "a deadline needs a start event: %s", Texts.quote(startEvent));
    CalendarRange.WORKING.check(eventDay, "eventDay");
    this.civilCode = CivilCode.inForceOn(eventDay);
    this.limit = limit;
    this.startEvent = startEvent;
    this.eventDay = eventDay;
    this.extensions = extensions;
    this.extensionDays = extensionDays;
    this.suspensions = suspensions;
    this.calendar = calendar;
    this.firstCountedDay = lastCountedAfter(1);
    this.lastCountedDay = lastCountedAfter(countedDays());
    this.dueDate = calendar.nextWorkingDay(lastCountedDay);
  }

  /**
   * Returns the deadline of a time limit for an event, with no extension or suspension.
   *
   * @param limit the time limit, not null
   * @param startEvent what starts the time, for example "đơn được tiếp nhận", not blank
   * @param eventDay the day of the event, from {@link WorkingCalendar#FIRST_DAY} (2006-01-01) to 2199-12-31, not
   *     null
   * @param calendar the calendar whose working days count, not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the event is blank
   * @throws DateTimeException if the event day, or the due date counted from it, falls outside the calendar's
   *     range 2006-01-01 to 2199-12-31
   */
  public static Deadline of(TimeLimit limit, String startEvent, LocalDate eventDay, WorkingCalendar calendar) {
    return new Deadline(
        requireNonNull(limit, "limit"),
        requireNonNull(startEvent, "startEvent"),
        requireNonNull(eventDay, "eventDay"),
        PersistentVector.empty(),
        0,
        ImmutableList.of(),
        requireNonNull(calendar, "calendar"));
  }

  /**
   * Returns this deadline with more days, counted as the limit counts them.
   *
   * @param extension the extension, not null
   * @return the new deadline, not null
   * @throws DateTimeException if the new due date falls outside the calendar's range 2006-01-01 to 2199-12-31
   */
  public Deadline extendedBy(Extension extension) {
    requireNonNull(extension, "extension");
    long counted = (long) countedDays() + extension.days();
    if (counted > Integer.MAX_VALUE) {
      // more days than any count could hold, let alone the calendar's range: refused as a day out of range
      throw new DateTimeException(
          "a deadline's due date lies within the calendar's range "
              + CalendarRange.WORKING.first()
              + " to "
              + CalendarRange.WORKING.last()
              + "; "
              + countedDays()
              + " days counted and "
              + extension
              + " reach past it");
    }
    return new Deadline(
        limit,
        startEvent,
        eventDay,
        extensions.plus(extension),
        extensionDays + extension.days(),
        suspensions,
        calendar);
  }

  /**
   * Returns this deadline with days that do not count.
   *
   * @param suspension the suspension, after the event, not null
   * @return the new deadline, not null
   * @throws IllegalArgumentException if the suspension starts on or before the event day
   * @throws DateTimeException if the new due date falls outside the calendar's range 2006-01-01 to 2199-12-31
   */
  public Deadline suspendedFor(Suspension suspension) {
    checkArgument(
        suspension.firstDay().isAfter(eventDay),
        "a suspension stops the time after the start event (%s); %s starts on %s",
        eventDay,
        suspension.reason(),
        suspension.firstDay());
    return new Deadline(
        limit,
        startEvent,
        eventDay,
        extensions,
        extensionDays,
        ImmutableList.<Suspension>builder().addAll(suspensions).add(suspension).build(),
        calendar);
  }

  private LocalDate lastCountedAfter(int total) {
    List<Suspension> sorted = new ArrayList<>(suspensions);
    sorted.sort(Comparator.comparing(Suspension::firstDay));
    int remaining = total;
    LocalDate cursor = eventDay;
    int next = 0;
    while (true) {
      LocalDate candidate = advance(cursor, remaining);
      while (next < sorted.size() && !sorted.get(next).lastDay().isAfter(cursor)) {
        next++;
      }
      if (next == sorted.size() || sorted.get(next).firstDay().isAfter(candidate)) {
        return candidate;
      }
      Suspension suspension = sorted.get(next);
      if (suspension.firstDay().isAfter(cursor)) {
        remaining -= count(cursor, suspension.firstDay().minusDays(1));
      }
      cursor = suspension.lastDay();
    }
  }

  private LocalDate advance(LocalDate from, int n) {
    if (limit.count() == DayCount.WORKING_DAYS) {
      if (from.isAfter(CalendarRange.WORKING.last())
          || calendar.workingDaysBetween(from, CalendarRange.WORKING.last()) < n) {
        throw CalendarRange.WORKING.beyond("the last counted day", from, n, "working days");
      }
      return calendar.plusWorkingDays(from, n);
    }
    if (CalendarRange.WORKING.lastEpochDay() - from.toEpochDay() < n) {
      throw CalendarRange.WORKING.beyond("the last counted day", from, n, "days");
    }
    return from.plusDays(n);
  }

  private int count(LocalDate startExclusive, LocalDate endInclusive) {
    if (limit.count() == DayCount.WORKING_DAYS) {
      return calendar.workingDaysBetween(startExclusive, endInclusive);
    }
    return (int) (endInclusive.toEpochDay() - startExclusive.toEpochDay());
  }

  private boolean isSuspended(LocalDate day) {
    return suspensions.stream().anyMatch(s -> s.contains(day));
  }

  /**
   * Returns the time limit applied.
   *
   * @return the limit, not null
   */
  public TimeLimit timeLimit() {
    return limit;
  }

  /**
   * Returns the civil code whose articles count this deadline: the code in force on the event day, the day the
   * period starts ({@link CivilCode#inForceOn(LocalDate) CivilCode.inForceOn}); for example {@link CivilCode#CODE_2005} for an event on
   * 2016-12-31, {@link CivilCode#CODE_2015} for one on 2017-01-01.
   *
   * @return the code, not null
   */
  public CivilCode civilCode() {
    return civilCode;
  }

  /**
   * Returns the calendar whose working days count this deadline.
   *
   * @return the calendar, not null
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns what started the time.
   *
   * @return the start event, not blank
   */
  public String startEvent() {
    return startEvent;
  }

  /**
   * Returns the day of the start event, which is not counted.
   *
   * @return the event day, not null
   */
  public LocalDate eventDay() {
    return eventDay;
  }

  /**
   * Returns the extensions, in the order they were granted.
   *
   * @return the extensions, possibly empty, not null
   */
  public ImmutableList<Extension> extensions() {
    ImmutableList<Extension> list = extensionList;
    if (list == null) {
      list = extensions.asList();
      extensionList = list;
    }
    return list;
  }

  /**
   * Returns the suspensions, in the order they were recorded.
   *
   * @return the suspensions, possibly empty, not null
   */
  public ImmutableList<Suspension> suspensions() {
    return suspensions;
  }

  /**
   * Returns the number of days counted: the limit's days plus those of every extension.
   *
   * @return the days counted, 1 or more
   */
  public int countedDays() {
    return limit.days() + extensionDays;
  }

  /**
   * Returns the first day counted: the day after the event (Điều 147), or for working days the first working day
   * after it, past any suspension.
   *
   * @return the first counted day, not null
   */
  public LocalDate firstCountedDay() {
    return firstCountedDay;
  }

  /**
   * Returns the last day counted, before any move to a working day.
   *
   * @return the last counted day, not null
   */
  public LocalDate lastCountedDay() {
    return lastCountedDay;
  }

  /**
   * Returns the due date: the last counted day, or the next working day if that is not one (Điều 148, khoản 5).
   * The time ends at 24:00 of this day.
   *
   * @return the due date, a working day, not null
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Tells whether the last counted day was not a working day and the due date moved to the next working day.
   *
   * @return true if {@link #dueDate()} is after {@link #lastCountedDay()}
   */
  public boolean movedToWorkingDay() {
    return dueDate.isAfter(lastCountedDay);
  }

  /**
   * Returns the days from the day after the event to the due date that did not count: weekly rest days and days
   * off for a limit in working days, the days of suspensions, and the days the end moved over (the due date
   * itself is never among them).
   *
   * @return the days not counted, in order, possibly empty, not null
   */
  public ImmutableList<LocalDate> skippedDays() {
    ImmutableList.Builder<LocalDate> skipped = ImmutableList.builder();
    for (LocalDate day = eventDay.plusDays(1); !day.isAfter(dueDate); day = day.plusDays(1)) {
      boolean counts =
          limit.count() == DayCount.WORKING_DAYS
              ? calendar.isWorkingDay(day)
              : !day.isAfter(lastCountedDay) || day.equals(dueDate);
      if (!counts || isSuspended(day)) {
        skipped.add(day);
      }
    }
    return skipped.build();
  }

  /**
   * Returns where the deadline stands on a day, with no completion and a warning of 3 working days.
   *
   * @param day the day asked about, from 2006-01-01 to 2199-12-31, not null
   * @return the status, not null
   * @throws DateTimeException if the day is outside the calendar's range
   */
  public DeadlineStatus statusOn(LocalDate day) {
    return statusOn(day, Optional.empty(), 3);
  }

  /**
   * Returns where the deadline stands on a day: {@link DeadlineStatus#MET} or {@link DeadlineStatus#MET_LATE} if
   * the work was completed on or before that day; otherwise {@link DeadlineStatus#OVERDUE} after the due date,
   * {@link DeadlineStatus#DUE_TODAY} on it, {@link DeadlineStatus#DUE_SOON} if at most {@code dueSoonWithin}
   * working days remain after the day, and {@link DeadlineStatus#ON_TRACK} before. A completion after the day
   * asked about is not yet known on that day and is ignored.
   *
   * @param day the day asked about, from 2006-01-01 to 2199-12-31, not null
   * @param completedOn the day the work was completed, on or after the event day, or empty, not null
   * @param dueSoonWithin the working days before the due date that count as due soon, 0 or more
   * @return the status, not null
   * @throws IllegalArgumentException if {@code dueSoonWithin} is negative, or the completion is before the event
   * @throws DateTimeException if the day is outside the calendar's range 2006-01-01 to 2199-12-31
   */
  public DeadlineStatus statusOn(LocalDate day, Optional<LocalDate> completedOn, int dueSoonWithin) {
    CalendarRange.WORKING.check(day, "day");
    checkArgument(dueSoonWithin >= 0, "a warning counts 0 or more working days, not %s", dueSoonWithin);
    if (completedOn.isPresent()) {
      LocalDate completed = completedOn.get();
      checkArgument(
          !completed.isBefore(eventDay),
          "work is completed on or after its start event (%s), not on %s",
          eventDay,
          completed);
      if (!completed.isAfter(day)) {
        return completed.isAfter(dueDate) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
      }
    }
    if (day.isAfter(dueDate)) {
      return DeadlineStatus.OVERDUE;
    }
    if (day.equals(dueDate)) {
      return DeadlineStatus.DUE_TODAY;
    }
    return calendar.workingDaysBetween(day, dueDate) <= dueSoonWithin
        ? DeadlineStatus.DUE_SOON
        : DeadlineStatus.ON_TRACK;
  }

  /**
   * Returns an explanation an inspector can check, one fact a line: the rule and its basis, the start event, the
   * first counted day, extensions and suspensions, the days not counted with the holidays among them, the last
   * counted day, and the due date with the articles of the Civil Code that fix it.
   *
   * @return the explanation, not null
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    text.append("Time limit: ").append(limit).append('\n');
    text.append("Start event: ")
        .append(startEvent)
        .append(", on ")
        .append(describe(eventDay))
        .append("; counting starts the day after (")
        .append(civilCode.countingStarts().citation())
        .append(")\n");
    text.append("First counted day: ").append(describe(firstCountedDay)).append('\n');
    for (Extension extension : extensions) {
      text.append("Extension: ").append(extension).append('\n');
    }
    for (Suspension suspension : suspensions) {
      text.append("Suspension, days not counted: ").append(suspension).append('\n');
    }
    text.append("Days counted: ")
        .append(countedDays())
        .append(' ')
        .append(limit.count().englishName().toLowerCase(Locale.ROOT))
        .append('\n');
    ImmutableList<LocalDate> skipped = skippedDays();
    text.append("Days not counted: ").append(skipped.size());
    if (!skipped.isEmpty()) {
      text.append(": ").append(skipped.stream().map(this::describeSkipped).collect(Collectors.joining(", ")));
    }
    text.append('\n');
    text.append("Last counted day: ").append(describe(lastCountedDay)).append('\n');
    if (movedToWorkingDay()) {
      text.append("The last counted day is not a working day; the time ends on the next working day (")
          .append(civilCode.endMovesToWorkingDay().citation())
          .append(")\n");
    }
    text.append("Due: ")
        .append(describe(dueDate))
        .append(", at 24:00 (")
        .append(civilCode.countingEnds().citation())
        .append(")\n");
    return text.toString();
  }

  private static String describe(LocalDate day) {
    return day + " (" + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
  }

  private String describeSkipped(LocalDate day) {
    ImmutableList<PublicHoliday> holidays = calendar.publicHolidaysOn(day);
    String why;
    if (isSuspended(day)) {
      why = "suspended";
    } else if (!holidays.isEmpty()) {
      why = holidays.stream().map(h -> h.kind().vietnameseName()).collect(Collectors.joining(", "));
    } else {
      why = "nghỉ hằng tuần";
    }
    return day + " " + why;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Deadline other)) {
      return false;
    }

    return limit.equals(other.limit)
        && startEvent.equals(other.startEvent)
        && eventDay.equals(other.eventDay)
        && extensions().equals(other.extensions())
        && suspensions.equals(other.suspensions)
        && calendar.equals(other.calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, startEvent, eventDay, extensions(), suspensions, calendar);
  }

  /**
   * Returns a one-line summary, for example "Deadline[10 working days (Luật Tố cáo 25/2018/QH14, Điều 30) from
   * đơn được tiếp nhận on 2026-02-13, due 2026-03-06]".
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Deadline[" + limit + " from " + startEvent + " on " + eventDay + ", due " + dueDate + "]";
  }
}
