package io.github.vanphong.document;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of a {@link Draft}, as the office that drafts it names it: for example {@code VPTU-DT-2016-014}
 * for the fourteenth draft of 2016 of Văn phòng Tỉnh ủy. It is given when the draft is started, so that every
 * refusal of a command can name the draft; it is not the number and symbol the register gives at issue ({@link
 * DocumentSymbol}), which a draft has only once issued.
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting
 * with a letter or digit. Identifiers compare by their text, case-sensitive; {@link #toString()} returns the text,
 * which {@link #of} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class DraftId extends Identifier<DraftId> {

  private DraftId(String value) {
    super("draft", value);
  }

  /**
   * Returns the identifier with the given text, for example {@code DraftId.of("VPTU-DT-2016-014")}.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static DraftId of(String value) {
    return new DraftId(value);
  }
}
