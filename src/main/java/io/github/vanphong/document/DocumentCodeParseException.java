package io.github.vanphong.document;

/**
 * Thrown when a text of document codes cannot be read, with the line and the index at fault: for example {@code
 * DocumentCodeBook.parse("basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | verified\ntype PARTY BC | Báo cáo |
 * Report")} fails with "cannot parse document codes at line 2, index 5: expected the system 'party' or 'state',
 * found 'PARTY'".
 *
 * <p>The line is counted from 1, the index from 0 in the {@code char}s of the line after normalisation to Unicode
 * NFC; for a line given in NFC both are as given. It is an {@link IllegalArgumentException}: the text is a bad
 * argument of {@link DocumentCodeBook#parse(CharSequence) DocumentCodeBook.parse} and {@link DocumentCodeBook#withCodes(CharSequence) DocumentCodeBook.withCodes}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentCodeParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;
  private final int errorIndex;

  /**
   * Creates the exception.
   *
   * @param lineNumber the line at fault, from 1
   * @param errorIndex the index in the line at which reading failed, from 0 to the length of the line
   * @param what what was wrong, for example "expected 'party' or 'state', found 'PARTY'", not null
   */
  DocumentCodeParseException(int lineNumber, int errorIndex, String what) {
    super(message(lineNumber, errorIndex, what));
    this.lineNumber = lineNumber;
    this.errorIndex = errorIndex;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param lineNumber the line at fault, from 1
   * @param errorIndex the index in the line at which reading failed, from 0 to the length of the line
   * @param what what was wrong, not null
   * @param cause the refusal of the value read, not null
   */
  DocumentCodeParseException(int lineNumber, int errorIndex, String what, Throwable cause) {
    super(message(lineNumber, errorIndex, what), cause);
    this.lineNumber = lineNumber;
    this.errorIndex = errorIndex;
  }

  private static String message(int lineNumber, int errorIndex, String what) {
    return "cannot parse document codes at line " + lineNumber + ", index " + errorIndex + ": " + what;
  }

  /**
   * Returns the line at fault.
   *
   * @return the line number, from 1
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the index in the line at which reading failed.
   *
   * @return the index, from 0 to the length of the line
   */
  public int errorIndex() {
    return errorIndex;
  }
}
