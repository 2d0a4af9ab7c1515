package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A room booked for a purpose, an expected attendance and a time span of one day, by a person of the office: for
 * example the hall {@code HG-VPTU-HT1} on 2016-03-01 from 07:30 to 11:30 for the briefing of the party committee
 * offices, 120 people, booked by the office's administration. It is a request the {@link RoomSchedule} accepts or
 * refuses, not the meeting itself.
 *
 * <p>A booking on a day off (a weekend, a public holiday of the working calendar) is refused unless it is marked
 * {@link #offDayAllowed()}: the office decides who may allow one, for instance its head, and records that it did by
 * the mark. The library keeps the mark and does not check who set it. The title is kept in Unicode NFC.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on an attribute: Immutables, needed only to compile
@Immutable
@ValueType
public abstract class RoomBooking {

  /** The order of a day's and a week's bookings: by day, start, room, end, then identifier. */
  static final Comparator<RoomBooking> ORDER =
      Comparator.comparing(RoomBooking::day)
          .thenComparing(b -> b.span().start())
          .thenComparing(RoomBooking::room)
          .thenComparing(b -> b.span().end())
          .thenComparing(RoomBooking::id);

  RoomBooking() {}

  /**
   * The booking's identifier, as the office numbers its bookings.
   *
   * @return the identifier, not null
   */
  public abstract BookingId id();

  /**
   * The room booked.
   *
   * @return the room's identifier, not null
   */
  public abstract RoomId room();

  /**
   * What the room is booked for.
   *
   * @return the purpose, not null
   */
  public abstract BookingPurpose purpose();

  /**
   * What is held there, for example "Giao ban công tác văn phòng cấp ủy".
   *
   * @return the title, not blank, in NFC
   */
  public abstract String title();

  /**
   * The number of people expected.
   *
   * @return the expected attendance, 1 or more
   */
  public abstract int attendance();

  /**
   * The day of the booking.
   *
   * @return the day, not null
   */
  public abstract LocalDate day();

  /**
   * The time of the day the room is held.
   *
   * @return the span, not null
   */
  public abstract TimeSpan span();

  /**
   * The person of the office who booked the room.
   *
   * @return the person's identifier, not null
   */
  public abstract PersonId bookedBy();

  /**
   * Whether the office allows this booking on a day off; false unless set. On a working day the mark changes
   * nothing.
   *
   * @return true if the booking may fall on a day that is not a working day
   */
  @Value.Default
  public boolean offDayAllowed() {
    return false;
  }

  /**
   * Tells whether this booking and another hold the same room at the same moment.
   *
   * @param other the other booking, not null
   * @return true if both are of the same room, on the same day, and their spans overlap
   */
  public boolean overlaps(RoomBooking other) {
    requireNonNull(other, "other");
    return room().equals(other.room()) && day().equals(other.day()) && span().overlaps(other.span());
  }

  /**
   * Returns a builder; every attribute but {@link #offDayAllowed()} is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RoomBooking}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableRoomBooking.Builder {
    Builder() {}
  }

  @Value.Check
  RoomBooking normalize() {
    checkArgument(!Texts.isBlank(title()), "booking %s needs a title: %s", id(), Texts.quote(title()));
    checkArgument(
        attendance() >= 1, "booking %s expects at least one person: attendance %s", id(), attendance());
    String title = Normalizer.normalize(title(), Normalizer.Form.NFC);
    return title.equals(title()) ? this : builder().from(this).title(title).build();
  }

  /**
   * Returns the identifier, the room, the day and the span: "HG-2016-0301-GB HG-VPTU-HT1 2016-03-01 07:30-11:30".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return id() + " " + room() + " " + day() + " " + span() + (offDayAllowed() ? " (day off allowed)" : "");
  }
}
