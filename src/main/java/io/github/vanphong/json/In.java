package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON object as a codec reads them: each field by name, with its path for messages. The codec
 * that made it checks afterwards that every field of the object was read, so that an unknown or misspelt field is
 * an error rather than silently dropped data.
 */
final class In {
  private final JsonNode object;
  private final String path;
  private final Set<String> read = new LinkedHashSet<>();

  private In(JsonNode object, String path) {
    this.object = object;
    this.path = path;
  }

  /**
   * Starts reading an object.
   *
   * @throws ReadError if the node is not a JSON object
   */
  static In of(JsonNode node, String path, String expected) {
    if (!node.isObject()) {
      throw new ReadError(path, "expected " + expected + ", got " + Codecs.describe(node));
    }
    return new In(node, path);
  }

  /** Returns the path of this object in the document. */
  String path() {
    return path;
  }

  /** Returns the path of one of this object's fields. */
  String pathOf(String field) {
    return path + "." + field;
  }

  /**
   * Reads a field that must be present.
   *
   * @throws ReadError if it is missing, null, or not the codec's form
   */
  <V> V get(String field, Codec<V> codec) {
    JsonNode node = present(field);
    return codec.read(node, pathOf(field));
  }

  /** Reads a text field that must be present. */
  String text(String field) {
    return get(field, Codecs.TEXT);
  }

  /** Reads a whole-number field that must be present. */
  int integer(String field) {
    return get(field, Codecs.INTEGER);
  }

  /** Reads a true-or-false field that must be present. */
  boolean bool(String field) {
    return get(field, Codecs.BOOLEAN);
  }

  /**
   * Reads a field that may be left out.
   *
   * @throws ReadError if it is present but null or not the codec's form
   */
  <V> Optional<V> optional(String field, Codec<V> codec) {
    read.add(field);
    JsonNode node = object.get(field);
    if (node == null) {
      return Optional.empty();
    }
    if (node.isNull()) {
      throw new ReadError(pathOf(field), "null is not a value here; leave the field out instead");
    }
    return Optional.of(codec.read(node, pathOf(field)));
  }

  /**
   * Reads a list field; a list left out is empty.
   *
   * @throws ReadError if it is not an array, or an element is not the codec's form
   */
  <V> ImmutableList<V> list(String field, Codec<V> codec) {
    read.add(field);
    JsonNode node = object.get(field);
    if (node == null) {
      return ImmutableList.of();
    }
    if (!node.isArray()) {
      throw new ReadError(
          pathOf(field), "expected an array of " + codec.expected() + ", got " + Codecs.describe(node));
    }
    ImmutableList.Builder<V> values = ImmutableList.builderWithExpectedSize(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      String at = pathOf(field) + "[" + i + "]";
      if (element.isNull()) {
        throw new ReadError(at, "null is not a value here");
      }
      values.add(codec.read(element, at));
    }
    return values.build();
  }

  /**
   * Reads a set field; a set left out is empty.
   *
   * @throws ReadError if an element is repeated, as well as for what {@link #list} refuses
   */
  <V> ImmutableSet<V> set(String field, Codec<V> codec) {
    ImmutableList<V> values = list(field, codec);
    ImmutableSet<V> set = ImmutableSet.copyOf(values);
    if (set.size() != values.size()) {
      throw new ReadError(pathOf(field), "an element is repeated in what is a set");
    }
    return set;
  }

  /**
   * Reads a list field of entries that each name their own key, such as the counts of a summary by level, as a map
   * in the order read; a list left out is empty.
   *
   * @throws ReadError naming the entry, if its key is repeated, as well as for what {@link #list} refuses
   */
  <K, E> ImmutableMap<K, E> keyed(String field, Codec<E> codec, Function<E, K> key) {
    ImmutableList<E> entries = list(field, codec);
    Map<K, E> byKey = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      E entry = entries.get(i);
      K k = key.apply(entry);
      if (byKey.putIfAbsent(k, entry) != null) {
        throw new ReadError(
            pathOf(field) + "[" + i + "]", "the key " + Codecs.show(String.valueOf(k)) + " is listed twice");
      }
    }
    return ImmutableMap.copyOf(byKey);
  }

  /**
   * Checks that every field of the object was read.
   *
   * @throws ReadError naming the first field that no codec asked for
   */
  void requireAllRead() {
    for (String name : object.propertyNames()) {
      if (!read.contains(name)) {
        throw new ReadError(
            pathOf(name), "unknown field \"" + name + "\"; the fields of this object are " + read);
      }
    }
  }

  private JsonNode present(String field) {
    read.add(field);
    JsonNode node = object.get(field);
    if (node == null) {
      throw new ReadError(path, "missing field \"" + field + "\"");
    }
    if (node.isNull()) {
      throw new ReadError(pathOf(field), "null is not a value here");
    }
    return node;
  }
}
