package io.github.vanphong.reception;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of a reception session, as the office names it: for example {@code HG-TCD-2016-01-15}. It is not an
 * entry of the reception register, which numbers the matters received.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting with a
 * letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class SessionId extends Identifier<SessionId> {

  private SessionId(String value) {
    super("reception session", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static SessionId of(String value) {
    return new SessionId(value);
  }
}
