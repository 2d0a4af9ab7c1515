package io.github.vanphong;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An identifier the application assigns to a thing of the domain, as text: {@code HG-VPTU} for a unit, {@code
 * HG-HTTAO} for a person, {@code P-2016-0042} for a petition. Each kind of thing has its own subclass
 * ({@code UnitId}, {@code PersonId}, {@code PetitionId}), so that one kind is never passed for another; this class
 * holds what they share.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. It is not a name: it stays the same when a unit is renamed or a person changes post.
 * Identifiers of one kind compare by their text, case-sensitive; identifiers of different kinds are never equal.
 * {@link #toString()} returns the text, which the subclass's {@code of} reads back.
 *
 * <p>This class is immutable and thread-safe, and so must every subclass be.
 *
 * @param <T> the subclass
 */
@Immutable
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final String value;

  /**
   * Checks and keeps the text of an identifier.
   *
   * @param kind what the identifier names, for the message, for example "unit"
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @throws IllegalArgumentException if the text is not of that form
   */
  protected Identifier(String kind, String value) {
    requireNonNull(value, "value");
    checkArgument(
        FORM.matcher(value).matches(),
        "a %s id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: %s",
        kind,
        Texts.quote(value));
    this.value = value;
  }

  /**
   * Returns the text of this identifier.
   *
   * @return the text, not null
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  @SuppressWarnings("EqualsGetClass") // a unit's id and a person's id with the same text are not equal
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((Identifier<?>) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the text of this identifier.
   *
   * @return the text, not null
   */
  @Override
  public final String toString() {
    return value;
  }
}
