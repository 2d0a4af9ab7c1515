package io.github.vanphong.meeting;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of an action item, as the office that follows it up names it: for example {@code
 * HG-GB-2016-03-01-4-VPTU} for the fourth conclusion of a briefing, assigned to the provincial office. It is not
 * the identifier of the unit in charge nor of the conclusion.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ActionItemId extends Identifier<ActionItemId> {

  private ActionItemId(String value) {
    super("meeting action item", value);
  }

  /**
   * Returns the identifier with the given text.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static ActionItemId of(String value) {
    return new ActionItemId(value);
  }
}
