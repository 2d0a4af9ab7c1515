package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;

/**
 * Thrown when a text is not a document number and symbol: for example {@code DocumentSymbol.parse("12-BC VPTU")}
 * fails with "cannot parse document symbol '12-BC VPTU' at index 5: expected '/'". It carries the text read and the
 * index at which reading failed.
 *
 * <p>The text is the one read, after normalisation to Unicode NFC, and the index counts its {@code char}s; for text
 * given in NFC (as almost every symbol, which is mostly ASCII, is), both are as given. {@link
 * DocumentSymbol#parse(CharSequence) DocumentSymbol.parse} reads the codes without checking them; {@link
 * DocumentSymbol#parse(CharSequence, DocumentCodeBook) DocumentSymbol.parse} also throws this for a symbol that names a type or issuer the
 * table does not know, at the index of that code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentSymbolParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final int errorIndex;

  /**
   * Creates the exception.
   *
   * @param input the text read, in NFC, not null
   * @param errorIndex the index in {@code input} at which reading failed, from 0 to its length
   * @param expected what was expected there, for example "'/'", not null
   */
  DocumentSymbolParseException(String input, int errorIndex, String expected) {
    super(
        "cannot parse document symbol "
            + Texts.quote(requireNonNull(input, "input"))
            + " at index "
            + errorIndex
            + ": expected "
            + expected);
    this.input = input;
    this.errorIndex = errorIndex;
  }

  /**
   * Returns the text that was read, in NFC.
   *
   * @return the text, not null
   */
  public String input() {
    return input;
  }

  /**
   * Returns the index in {@link #input()} at which reading failed.
   *
   * @return the index, from 0 to the length of the input
   */
  public int errorIndex() {
    return errorIndex;
  }
}
