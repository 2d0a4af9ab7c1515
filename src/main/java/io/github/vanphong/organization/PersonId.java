package io.github.vanphong.organization;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of a person in an org chart, stable across changes of post: for example {@code HG-HTTAO} for
 * Huỳnh Thanh Tạo. It is not the person's name, nor a citizen identity number: an org chart holds officials, and
 * their identifiers are the office's own.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class PersonId extends Identifier<PersonId> {

  private PersonId(String value) {
    super("person", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}
