package io.github.vanphong.json;

import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** A value written as a JSON object of named fields. */
class ObjectCodec<T> extends Codec<T> {
  private final BiConsumer<Out, T> write;
  private final Function<In, T> read;

  ObjectCodec(Class<T> type, BiConsumer<Out, T> write, Function<In, T> read) {
    super(type);
    this.write = write;
    this.read = read;
  }

  @Override
  JsonNode write(T value) {
    Out out = new Out();
    writeFields(out, value);
    return out.node();
  }

  /** Writes the value's fields into an object begun by someone else: a document's header, a union's tag. */
  void writeFields(Out out, T value) {
    write.accept(out, value);
  }

  @Override
  T read(JsonNode node, String path) {
    return readFields(In.of(node, path, expected()));
  }

  /** Reads the value's fields from an object whose other fields someone else has read. */
  T readFields(In in) {
    T value;
    try {
      value = read.apply(in);
    } catch (ReadError e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ReadError(
          in.path(), "the library refuses this " + type().getSimpleName() + ": " + e.getMessage(), e);
    }
    in.requireAllRead();
    return value;
  }
}
