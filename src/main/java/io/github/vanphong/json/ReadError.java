package io.github.vanphong.json;

/**
 * A document that cannot be read: the path of the field at fault and what is wrong with it. The module turns it
 * into Jackson's {@code MismatchedInputException} at the boundary, so an application catches Jackson's exception.
 */
final class ReadError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String path;

  ReadError(String path, String problem) {
    super("at " + path + ": " + problem);
    this.path = path;
  }

  ReadError(String path, String problem, Throwable cause) {
    super("at " + path + ": " + problem, cause);
    this.path = path;
  }

  /** Returns the path of the field at fault, {@code $} for the document itself. */
  String path() {
    return path;
  }
}
