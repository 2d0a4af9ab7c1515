package io.github.vanphong.document;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Identifier;

/**
 * The identifier of an {@link ArchiveFile} (số và ký hiệu hồ sơ), as the office's list of files (danh mục hồ sơ)
 * names it: for example {@code VPTU-HS-2016-07} for the seventh file of Văn phòng Tỉnh ủy in 2016. It is not the
 * number and symbol of a document ({@link DocumentSymbol}).
 *
 * <p>An identifier is 1 to 64 characters of ASCII letters, digits, {@code -}, {@code _} and {@code .}, starting with
 * a letter or digit. Identifiers compare by their text, case-sensitive; {@link #toString()} returns the text, which
 * {@link #of} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ArchiveFileId extends Identifier<ArchiveFileId> {

  private ArchiveFileId(String value) {
    super("file", value);
  }

  /**
   * Returns the identifier with the given text, for example {@code ArchiveFileId.of("VPTU-HS-2016-07")}.
   *
   * @param value the text, 1 to 64 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static ArchiveFileId of(String value) {
    return new ArchiveFileId(value);
  }
}
