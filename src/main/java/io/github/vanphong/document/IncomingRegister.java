package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.PersistentVector;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The register of documents an office receives (sổ đăng ký văn bản đến): each document gets an arrival number, from 1
 * each year and restarting on 1 January, and, where a time limit is given, a deadline for processing on the working
 * calendar. For example the office of the Hậu Giang Provincial Party Committee registers a công văn on 2026-02-13 as
 * arrival 25 of 2026, to be processed within the 5 working days of its own quy chế: due on 2026-02-27.
 *
 * <p>The yearly restart of arrival numbers follows the State rule for incoming documents as recalled, not read
 * ({@link #ARRIVAL_NUMBERING}, unconfirmed), and the Party's practice is taken to be the same. No time limit for
 * processing is built in: the domain reference holds no confirmed figure, so the application supplies the {@link
 * TimeLimit} with its own basis (a quy chế làm việc, say) to {@link #receive(IncomingDocument, LocalDate,
 * TimeLimit) receive}. Days of receipt do not go backwards: a register is kept in order.
 *
 * <p>A register is an immutable value: {@link #receive} returns a {@link Received} holding the new register and the
 * new arrival, and leaves the register it was called on as it was. It is not an {@link OutgoingRegister}.
 *
 * <p>Receiving, and reading the arrivals or the next number of a year, cost about the same whatever the length of
 * the register: a register shares its arrivals with the register it was made from, and finds a year's arrivals, which
 * stand together, by a binary search. {@link #arrivals()} makes its list once, on first use.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class IncomingRegister {

  /**
   * Arrival numbers run in order of receipt within a year, from 1 on 1 January: recalled from Nghị định
   * 30/2020/NĐ-CP (đăng ký văn bản đến) and <b>unconfirmed</b>; the Party's own rule has not been read.
   */
  public static final LegalBasis ARRIVAL_NUMBERING =
      LegalBasis.builder()
          .instrument(Instruments.STATE_CLERICAL_DECREE_2020)
          .article("đăng ký văn bản đến (số đến theo năm; chưa đối chiếu)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** The start event of a processing deadline, as {@link io.github.vanphong.calendar.Deadline} names it. */
  public static final String START_EVENT = "văn bản đến được đăng ký";

  private final UnitId receiver;
  @SuppressWarnings("Immutable") // WorkingCalendar is immutable, though not annotated
  private final WorkingCalendar calendar;

  /** The arrivals in order of receipt, shared with the registers this one was made from. */
  @SuppressWarnings("Immutable") // PersistentVector of immutable Immutables values
  private final PersistentVector<Arrival> arrivals;

  /** {@link #arrivals} as a list, made on first use; racy single-check, as ImmutableList is safely published. */
  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields; see arrivals()
  private @Nullable ImmutableList<Arrival> arrivalList;

  private IncomingRegister(UnitId receiver, WorkingCalendar calendar, PersistentVector<Arrival> arrivals) {
    this.receiver = receiver;
    this.calendar = calendar;
    this.arrivals = arrivals;
  }

  /**
   * Returns the empty register of a receiving office.
   *
   * @param receiver the office, not null
   * @param calendar the calendar on which processing deadlines count, not null
   * @return the empty register, not null
   */
  public static IncomingRegister of(UnitId receiver, WorkingCalendar calendar) {
    return new IncomingRegister(
        requireNonNull(receiver, "receiver"), requireNonNull(calendar, "calendar"), PersistentVector.empty());
  }

  /**
   * Rebuilds a register an application has kept, from its arrivals in order, checking that each carries the next
   * arrival number of its year, that days do not go backwards, and that deadlines count on this calendar.
   *
   * @param receiver the office, not null
   * @param calendar the calendar, not null
   * @param arrivals the arrivals in order of receipt, none null
   * @return the register, not null
   * @throws IllegalArgumentException if the register could not have been built by receiving those arrivals in
   *     that order; the message names the first arrival at fault
   * @throws java.time.DateTimeException if a deadline, counted again on this calendar, falls outside its range
   *     2006-01-01 to 2199-12-31
   */
  public static IncomingRegister restore(UnitId receiver, WorkingCalendar calendar, Iterable<Arrival> arrivals) {
    requireNonNull(arrivals, "arrivals");
    IncomingRegister register = of(receiver, calendar);
    for (Arrival arrival : arrivals) {
      requireNonNull(arrival, "arrival");
      register.checkNext(arrival.receivedOn());
      int expected = register.nextNumber(arrival.year());
      checkArgument(
          arrival.number() == expected,
          "the register of %s would give arrival number %s of %s to the document received on %s; the arrival kept"
              + " says %s",
          receiver,
          expected,
          arrival.year(),
          arrival.receivedOn(),
          arrival.number());
      arrival
          .deadline()
          .ifPresent(
              d ->
                  checkArgument(
                      d.equals(d.timeLimit().from(START_EVENT, arrival.receivedOn(), calendar)),
                      "the deadline of arrival %s/%s was not counted on the register's calendar from its receipt",
                      arrival.number(),
                      arrival.year()));
      register = register.with(arrival);
    }
    return register;
  }

  /**
   * Returns the receiving office.
   *
   * @return the office, not null
   */
  public UnitId receiver() {
    return receiver;
  }

  /**
   * Returns the calendar on which processing deadlines count.
   *
   * @return the calendar, not null
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns every arrival in order of receipt. The list is made on the first call, in time linear in the length of
   * the register, and kept.
   *
   * @return the arrivals, not null
   */
  public ImmutableList<Arrival> arrivals() {
    ImmutableList<Arrival> list = arrivalList;
    if (list == null) {
      list = arrivals.asList();
      arrivalList = list;
    }
    return list;
  }

  /**
   * Returns the arrivals of a year, numbered 1 to n.
   *
   * @param year the year, not null
   * @return the arrivals received in that year, in order, not null
   */
  public ImmutableList<Arrival> arrivals(Year year) {
    requireNonNull(year, "year");
    int first = firstOf(year);
    int end = endOf(year);
    ImmutableList.Builder<Arrival> ofYear = ImmutableList.builderWithExpectedSize(end - first);
    for (int i = first; i < end; i++) {
      ofYear.add(arrivals.get(i));
    }
    return ofYear.build();
  }

  /**
   * Returns the arrival with a number in a year.
   *
   * @param year the year, not null
   * @param number the arrival number
   * @return the arrival, or empty if there is none
   */
  public Optional<Arrival> arrival(Year year, int number) {
    requireNonNull(year, "year");
    int first = firstOf(year);
    int end = endOf(year);
    return number >= 1 && number <= end - first ? Optional.of(arrivals.get(first + number - 1)) : Optional.empty();
  }

  /**
   * Returns the arrival number the next document received in a year would take.
   *
   * @param year the year, not null
   * @return the next number, 1 or more
   */
  public int nextNumber(Year year) {
    requireNonNull(year, "year");
    return endOf(year) - firstOf(year) + 1;
  }

  /**
   * Where the arrivals of a year begin: as days of receipt do not go backwards, the arrivals of a year stand
   * together, numbered from 1, so a binary search on the year finds them without reading the others.
   *
   * @return the index of the first arrival received in the year or later; the size if there is none
   */
  private int firstOf(Year year) {
    return search(year, false);
  }

  /** The index of the first arrival received after the year; the size if there is none. */
  private int endOf(Year year) {
    return search(year, true);
  }

  private int search(Year year, boolean after) {
    int low = 0;
    int high = arrivals.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      int order = arrivals.get(middle).year().compareTo(year);
      if (order < 0 || (after && order == 0)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Registers a document with no processing deadline.
   *
   * @param document the document, not null
   * @param on the day of receipt, not before the last day of receipt, not null
   * @return the new register and the new arrival, not null
   * @throws IllegalArgumentException if the day is before the last day of receipt
   */
  public Received receive(IncomingDocument document, LocalDate on) {
    requireNonNull(document, "document");
    checkNext(requireNonNull(on, "on"));
    Arrival arrival =
        Arrival.builder().number(nextNumber(Year.from(on))).receivedOn(on).document(document).build();
    return new Received(with(arrival), arrival);
  }

  /**
   * Registers a document to be processed within a time limit, counted on the register's calendar from the day after
   * receipt. The limit is the application's: no figure is built in.
   *
   * @param document the document, not null
   * @param on the day of receipt, not before the last day of receipt, within the calendar's range, not null
   * @param processingLimit the time limit for processing, with its basis, not null
   * @return the new register and the new arrival, not null
   * @throws IllegalArgumentException if the day is before the last day of receipt
   * @throws java.time.DateTimeException if the day of receipt, or the due date counted from it, falls outside the
   *     calendar's range 2006-01-01 to 2199-12-31
   */
  public Received receive(IncomingDocument document, LocalDate on, TimeLimit processingLimit) {
    requireNonNull(document, "document");
    requireNonNull(processingLimit, "processingLimit");
    checkNext(requireNonNull(on, "on"));
    Arrival arrival =
        Arrival.builder()
            .number(nextNumber(Year.from(on)))
            .receivedOn(on)
            .document(document)
            .deadline(processingLimit.from(START_EVENT, on, calendar))
            .build();
    return new Received(with(arrival), arrival);
  }

  private void checkNext(LocalDate on) {
    if (!arrivals.isEmpty()) {
      Arrival last = arrivals.last();
      checkArgument(
          !on.isBefore(last.receivedOn()),
          "an incoming register is kept in order of receipt: arrival %s/%s was received on %s, so the next cannot"
              + " be received on %s",
          last.number(),
          last.year(),
          last.receivedOn(),
          on);
    }
  }

  private IncomingRegister with(Arrival arrival) {
    return new IncomingRegister(receiver, calendar, arrivals.plus(arrival));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IncomingRegister other
        && receiver.equals(other.receiver)
        && calendar.equals(other.calendar)
        && arrivals().equals(other.arrivals());
  }

  @Override
  public int hashCode() {
    return Objects.hash(receiver, calendar, arrivals());
  }

  /**
   * Returns the receiver and the size: "IncomingRegister[HG-VPTU, 25 arrivals]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "IncomingRegister[" + receiver + ", " + arrivals.size() + " arrivals]";
  }
}
