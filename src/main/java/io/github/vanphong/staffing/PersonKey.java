package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An opaque reference to a staff member in an application's own records, for example {@code CB-0042}: never the
 * person's name. Staffing counts need to know that two posts are held by the same person, nothing more about who
 * the person is.
 *
 * <p>A key is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting with a
 * letter or digit; keys compare by their text, case-sensitive. Do not build a key from a name, an ID card number or
 * a date of birth.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class PersonKey implements Comparable<PersonKey> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String value;

  private PersonKey(String value) {
    this.value = value;
  }

  /**
   * Returns the key with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the key, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static PersonKey of(String value) {
    checkArgument(
        FORM.matcher(value).matches(),
        "a person key is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: '%s'",
        value);
    return new PersonKey(value);
  }

  /**
   * Returns the text of this key.
   *
   * @return the text, not null
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(PersonKey other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonKey other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text of this key, which {@link #of(String)} reads back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
