package io.github.vanphong.internal;

/**
 * Not API: what the library counts as a text with nothing to read, and how a message quotes an input, the same in
 * every package.
 *
 * <p>{@link String#isBlank()} counts only {@link Character#isWhitespace whitespace}, so a text made of a zero-width
 * space (U+200B), a byte order mark (U+FEFF) or a no-break space (U+00A0) would pass for a name, a summary or an
 * article that nobody can read. Here a text is blank if every code point in it is whitespace, a space character of
 * Unicode ({@link Character#isSpaceChar}), a control character or an invisible format character (Unicode category
 * Cf: zero-width spaces and joiners, direction marks, the byte order mark, soft hyphens).
 *
 * <p>This class has no state.
 */
public final class Texts {

  /** The longest part of an input a message quotes whole. */
  private static final int QUOTED = 60;

  private Texts() {}

  /**
   * Returns whether a text has nothing visible to read.
   *
   * @param text the text, not null
   * @return true if the text is empty or made only of whitespace, space, control and format characters
   */
  public static boolean isBlank(String text) {
    return text.codePoints().allMatch(Texts::isInvisible);
  }

  /**
   * Quotes a part of an input for a message, cut short, so that a message stays short whatever the input: {@code
   * 'HG-VPTU'}, or the first 60 characters and the length of a longer text, {@code 'xxx…' (100000 characters)}.
   *
   * @param text the text, not null
   * @return the text quoted, at most about 90 characters, not null
   */
  public static String quote(CharSequence text) {
    if (text.length() <= QUOTED) {
      return "'" + text + "'";
    }
    int end = Character.isHighSurrogate(text.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
    return "'" + text.subSequence(0, end) + "…' (" + text.length() + " characters)";
  }

  private static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || type == Character.CONTROL
        || type == Character.FORMAT;
  }
}
