package io.github.vanphong.json;

import java.util.Collection;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of one JSON object as a codec writes them, in the order written. Optional fields that are empty are
 * left out; lists are always written, empty or not.
 */
final class Out {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode object = NODES.objectNode();

  /** Writes a field. */
  <V> Out put(String field, Codec<V> codec, V value) {
    object.set(field, codec.write(value));
    return this;
  }

  /** Writes a text field. */
  Out text(String field, String value) {
    object.put(field, value);
    return this;
  }

  /** Writes a whole-number field. */
  Out integer(String field, int value) {
    object.put(field, value);
    return this;
  }

  /** Writes a true-or-false field. */
  Out bool(String field, boolean value) {
    object.put(field, value);
    return this;
  }

  /** Writes a field if the value is present; leaves it out if not. */
  <V> Out optional(String field, Codec<V> codec, Optional<V> value) {
    value.ifPresent(v -> put(field, codec, v));
    return this;
  }

  /** Writes a list field, in the collection's order. */
  <V> Out list(String field, Codec<V> codec, Collection<V> values) {
    ArrayNode array = NODES.arrayNode(values.size());
    for (V value : values) {
      array.add(codec.write(value));
    }
    object.set(field, array);
    return this;
  }

  ObjectNode node() {
    return object;
  }
}
