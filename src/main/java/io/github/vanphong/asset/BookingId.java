package io.github.vanphong.asset;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of a booking of the office, as the office names it: for example {@code HG-2016-0301-GB}, the booking of the briefing of 2016-03-01.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class BookingId extends Identifier<BookingId> {

  private BookingId(String value) {
    super("booking", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static BookingId of(String value) {
    return new BookingId(value);
  }
}
