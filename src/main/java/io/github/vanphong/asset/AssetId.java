package io.github.vanphong.asset;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of an asset in a register, as the office that keeps the register numbers it on the asset's card:
 * for example {@code HG-VPTU-TS-2024-017}. It is not the identifier of the unit that holds the asset.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class AssetId extends Identifier<AssetId> {

  private AssetId(String value) {
    super("asset", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static AssetId of(String value) {
    return new AssetId(value);
  }
}
