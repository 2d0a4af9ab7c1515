package io.github.vanphong.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A top-level document: {@code "format"} names what the document is ({@code "vanphong.petition"}) and
 * {@code "version"} the version of its format; the value's own fields follow.
 */
final class DocumentCodec<T> extends ObjectCodec<T> {
  private final String format;
  private final int version;

  DocumentCodec(Class<T> type, String format, int version, BiConsumer<Out, T> write, Function<In, T> read) {
    super(type, write, read);
    this.format = format;
    this.version = version;
  }

  /** Returns the name of the format, the value of the {@code format} field. */
  String format() {
    return format;
  }

  /** Returns the version of the format this library writes, the newest it reads. */
  int version() {
    return version;
  }

  @Override
  JsonNode write(T value) {
    Out out = new Out().text("format", format).integer("version", version);
    writeFields(out, value);
    return out.node();
  }

  @Override
  T read(JsonNode node, String path) {
    In in = In.of(node, path, expected());
    String named = in.text("format");
    if (!named.equals(format)) {
      throw new ReadError(
          in.pathOf("format"), "expected the format \"" + format + "\", got " + Codecs.show(named));
    }
    int written = in.integer("version");
    if (written < 1 || written > version) {
      throw new ReadError(
          in.pathOf("version"),
          "this library reads versions 1 to " + version + " of \"" + format + "\", got " + written);
    }
    return readFields(in);
  }

  @Override
  String expected() {
    return "a document of the format \"" + format + "\"";
  }
}
