package io.github.vanphong.asset;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of an office car, for example "XE-01", unique within a fleet.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class VehicleId extends Identifier<VehicleId> {

  private VehicleId(String value) {
    super("vehicle", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static VehicleId of(String value) {
    return new VehicleId(value);
  }
}
