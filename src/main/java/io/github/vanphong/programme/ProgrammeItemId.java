package io.github.vanphong.programme;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of an item of a work programme, as the office names it: for example {@code HG-BTV-2016-07} for the
 * seventh item of the Hậu Giang standing committee's programme for 2016. An item carried over into the next
 * period's programme keeps its identifier, so its history follows it.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ProgrammeItemId extends Identifier<ProgrammeItemId> {

  private ProgrammeItemId(String value) {
    super("programme item", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static ProgrammeItemId of(String value) {
    return new ProgrammeItemId(value);
  }
}
