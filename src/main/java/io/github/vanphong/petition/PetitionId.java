package io.github.vanphong.petition;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of a petition, as the receiving office numbers it in its register: for example {@code
 * P-2016-0042}. It is not the petition's number in a document register, nor anything that names the petitioner.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class PetitionId extends Identifier<PetitionId> {

  private PetitionId(String value) {
    super("petition", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static PetitionId of(String value) {
    return new PetitionId(value);
  }
}
