package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The golden files of the format: one document of each top-level format and version, under {@code
 * src/test/resources/io/github/vanphong/json/golden/}, named {@code <format>-v<version>.json}. A golden file is
 * written once, when its format version is made, and never edited: every later version of the library must read it
 * to the same value. A change that breaks one is a breaking change of the format, and says so in CHANGELOG.md.
 *
 * <p>To write a new golden file, run its test with {@code -Dvanphong.golden.create=true}: a missing file is then
 * written from the expected value; an existing one is never overwritten.
 */
final class Golden {
  static final String DIRECTORY = "io/github/vanphong/json/golden/";

  private Golden() {}

  /** Returns the name of the golden file of a format's version. */
  static String fileName(String format, int version) {
    return format + "-v" + version + ".json";
  }

  /**
   * Checks a golden file: it reads to the expected value and, if it is of the version the library writes, the
   * expected value writes to the same tree.
   */
  static <T> void assertGolden(String format, int version, Class<T> type, T expected) {
    String file = fileName(format, version);
    Optional<String> text = resource(file);
    if (text.isEmpty()) {
      create(file, expected);
      return;
    }
    T read = JsonLaws.read(text.get(), type);
    assertThat(read).as("%s read from %s", type.getSimpleName(), file).isEqualTo(expected);
    DocumentCodec<?> codec = documentOf(type);
    if (codec.version() == version) {
      JsonNode written = JsonLaws.MAPPER.valueToTree(expected);
      assertThat(written).as("%s written as %s", type.getSimpleName(), file).isEqualTo(JsonLaws.MAPPER.readTree(text.get()));
    }
  }

  /** Returns the codec of a top-level document type. */
  static DocumentCodec<?> documentOf(Class<?> type) {
    return VanphongModule.codecs().stream()
        .filter(c -> c.type().equals(type) && c instanceof DocumentCodec)
        .map(c -> (DocumentCodec<?>) c)
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getSimpleName() + " is not a top-level document"));
  }

  static Optional<String> resource(String file) {
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void create(String file, Object expected) {
    String json = JsonLaws.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n";
    if (!Boolean.getBoolean("vanphong.golden.create")) {
      fail("no golden file %s; run with -Dvanphong.golden.create=true to write it once from:%n%s", file, json);
    }
    Path path = Path.of("src/test/resources", DIRECTORY, file);
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, json, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
