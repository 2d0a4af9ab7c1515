package io.github.vanphong.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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
public final class PersonId implements Comparable<PersonId> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String value;

  private PersonId(String value) {
    this.value = value;
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static PersonId of(String value) {
    checkArgument(
        FORM.matcher(value).matches(),
        "a person id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: '%s'",
        value);
    return new PersonId(value);
  }

  /**
   * Returns the text of this identifier.
   *
   * @return the text, not null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonId && value.equals(((PersonId) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text of this identifier, which {@link #of(String)} reads back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
