package io.github.vanphong.json;

import com.google.common.collect.ImmutableSet;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of one type: how a value is written as a tree, and how it is read back from one at a path. A codec
 * reads all or nothing: it returns a whole value or throws {@link ReadError}, naming the path.
 *
 * @param <T> the type written and read
 */
abstract class Codec<T> {
  private final Class<T> type;

  Codec(Class<T> type) {
    this.type = type;
  }

  /** Returns the type this codec writes and reads. */
  final Class<T> type() {
    return type;
  }

  /** Returns the types whose values this codec writes: its type and, for a union, each variant's. */
  ImmutableSet<Class<?>> coveredTypes() {
    return ImmutableSet.of(type);
  }

  /** Writes a value as a tree. */
  abstract JsonNode write(T value);

  /**
   * Reads a value from a tree.
   *
   * @param node the tree, never a JSON null
   * @param path where the tree lies in the document, {@code $} for the document itself
   * @throws ReadError if the tree is not this type's form or the library's rules refuse the value it holds
   */
  abstract T read(JsonNode node, String path);

  /** Describes what a value of this type looks like in JSON, for messages. */
  String expected() {
    return "an object (" + type.getSimpleName() + ")";
  }
}
