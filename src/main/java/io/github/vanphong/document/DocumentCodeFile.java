package io.github.vanphong.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The table of document codes that ships in the jar, {@code io/github/vanphong/document/document-codes.txt}: with
 * {@code calendar.OfficialScheduleFile}, one of the two classes of the library that read a resource. It reads the
 * text only; {@link DocumentCodeBook#standard()} parses it.
 */
final class DocumentCodeFile {

  static final String RESOURCE = "document-codes.txt";

  private DocumentCodeFile() {}

  static String read(String resource) {
    try (InputStream in = DocumentCodeFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar must hold io/github/vanphong/document/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/github/vanphong/document/" + resource, e);
    }
  }
}
