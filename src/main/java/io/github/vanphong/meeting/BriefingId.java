package io.github.vanphong.meeting;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of a briefing or review, as the convening office names it: for example {@code HG-GB-2016-03-01}.
 * It is not the number of the conclusion notice, which its register gives.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class BriefingId extends Identifier<BriefingId> {

  private BriefingId(String value) {
    super("briefing", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static BriefingId of(String value) {
    return new BriefingId(value);
  }
}
