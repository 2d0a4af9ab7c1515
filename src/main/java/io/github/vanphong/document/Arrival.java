package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of an {@link IncomingRegister} (sổ đăng ký văn bản đến): the arrival number (số đến) given to a document,
 * the day it was received, the document, and the deadline for processing it where a time limit was given. For
 * example arrival number 25 of 2026, received on Friday 2026-02-13, to be processed within 5 working days: due on
 * 2026-02-27, the Tết break skipped.
 *
 * <p>Arrival numbers run from 1 each year; the deadline counts as {@link Deadline} counts, from the day after
 * receipt. An arrival is not the processing itself: it does not record what was done.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Arrival {

  Arrival() {}

  /**
   * The arrival number in the year of receipt.
   *
   * @return the number, 1 or more
   */
  public abstract int number();

  /**
   * The day the document was received and registered.
   *
   * @return the day, not null
   */
  public abstract LocalDate receivedOn();

  /**
   * The document received.
   *
   * @return the document, not null
   */
  public abstract IncomingDocument document();

  /**
   * The deadline for processing, where the register was given a time limit.
   *
   * @return the deadline, or empty if no time limit was given
   */
  public abstract Optional<Deadline> deadline();

  /**
   * Returns a builder, to rebuild an arrival an application has kept. The number, day and document are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Arrival}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableArrival.Builder {
    Builder() {}
  }

  /**
   * Returns the year of receipt, in which the arrival number counts.
   *
   * @return the year, not null
   */
  public Year year() {
    return Year.from(receivedOn());
  }

  /**
   * Returns where the processing deadline stands on a day.
   *
   * @param day the day asked about, from 2006-01-01 to 2199-12-31, not null
   * @return the status, or empty if the arrival has no deadline
   * @throws java.time.DateTimeException if the arrival has a deadline and the day is outside the calendar's range
   */
  public Optional<DeadlineStatus> statusOn(LocalDate day) {
    requireNonNull(day, "day");
    return deadline().map(d -> d.statusOn(day));
  }

  @Value.Check
  void check() {
    checkArgument(number() >= 1, "arrival numbers run from 1: %s", number());
    deadline()
        .ifPresent(
            d ->
                checkArgument(
                    d.eventDay().equals(receivedOn()),
                    "the processing time of an arrival counts from its receipt on %s, not from %s",
                    receivedOn(),
                    d.eventDay()));
  }

  /**
   * Returns the number, year, day and document: "25/2026 received 2026-02-13, due 2026-02-27: …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return number()
        + "/"
        + year()
        + " received "
        + receivedOn()
        + deadline().map(d -> ", due " + d.dueDate()).orElse("")
        + ": "
        + document();
  }
}
