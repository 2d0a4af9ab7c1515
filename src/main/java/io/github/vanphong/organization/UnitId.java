package io.github.vanphong.organization;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of a unit, stable across its renamings and changes of kind: for example {@code HG-VPTU} for the
 * office of the Hậu Giang Provincial Party Committee. It is not the unit's name, nor a document issuer code.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class UnitId extends Identifier<UnitId> {

  private UnitId(String value) {
    super("unit", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }
}
