package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The laws every type's JSON form obeys, checked by each package's properties on generated values:
 *
 * <ul>
 *   <li>reading what was written gives an equal value, and writing it again gives the same text;
 *   <li>an unknown field added to any object of the tree is refused, naming its path;
 *   <li>any leaf replaced by a value of another JSON type is refused, naming its path;
 *   <li>any field removed either reads as a whole value or is refused, naming the object's path and the field.
 * </ul>
 */
final class JsonLaws {
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new VanphongModule()).build();

  private JsonLaws() {}

  /** Writes a value as JSON text. */
  static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Reads a value from JSON text. */
  static <T> T read(String json, Class<T> type) {
    return MAPPER.readValue(json, type);
  }

  /** Checks that a value reads back equal to itself, and returns what was read. */
  static <T> T assertRoundTrip(T value, Class<T> type) {
    String json = write(value);
    T back = read(json, type);
    assertThat(back).as("%s read back from %s", type.getSimpleName(), json).isEqualTo(value);
    assertThat(write(back)).as("written again").isEqualTo(json);
    return back;
  }

  /** Checks every law of the list above on one value. */
  static <T> void assertLaws(T value, Class<T> type) {
    assertRoundTrip(value, type);
    assertUnknownFieldsRefused(value, type);
    assertWrongTypesRefused(value, type);
    assertRemovedFieldsReadWholeOrRefused(value, type);
  }

  /** Checks that reading fails with a message that starts with the path. */
  static void assertRefusedAt(String json, Class<?> type, String path) {
    assertThatThrownBy(() -> read(json, type))
        .as("reading %s", json)
        .isInstanceOf(MismatchedInputException.class)
        .satisfies(
            e ->
                assertThat(((MismatchedInputException) e).getOriginalMessage())
                    .startsWith("at " + path + ":"));
  }

  static <T> void assertUnknownFieldsRefused(T value, Class<T> type) {
    JsonNode tree = MAPPER.valueToTree(value);
    for (Located object : objects(tree, "$")) {
      JsonNode copy = tree.deepCopy();
      ObjectNode target = (ObjectNode) find(copy, object.steps());
      target.put("surplus", 1);
      assertRefusedAt(copy.toString(), type, object.path() + ".surplus");
    }
  }

  static <T> void assertWrongTypesRefused(T value, Class<T> type) {
    JsonNode tree = MAPPER.valueToTree(value);
    for (Located leaf : leaves(tree, "$")) {
      JsonNode copy = tree.deepCopy();
      JsonNode original = find(copy, leaf.steps());
      JsonNode wrong = original.isString() ? Out.NODES.numberNode(7) : Out.NODES.stringNode("seven");
      String json = leaf.steps().isEmpty() ? wrong.toString() : replace(copy, leaf.steps(), wrong).toString();
      assertRefusedAt(json, type, leaf.path());
    }
  }

  static <T> void assertRemovedFieldsReadWholeOrRefused(T value, Class<T> type) {
    JsonNode tree = MAPPER.valueToTree(value);
    for (Located object : objects(tree, "$")) {
      for (String field : List.copyOf(find(tree, object.steps()).propertyNames())) {
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) find(copy, object.steps())).remove(field);
        try {
          T back = read(copy.toString(), type);
          assertThat(back).as("read without %s.%s", object.path(), field).isNotNull();
        } catch (MismatchedInputException e) {
          assertThat(e.getOriginalMessage())
              .as("refusal without %s.%s", object.path(), field)
              .satisfiesAnyOf(
                  m -> assertThat(m).startsWith("at " + object.path() + ": missing field \"" + field + "\""),
                  m -> assertThat(m).startsWith("at " + object.path()));
        } catch (JacksonException e) {
          fail("reading without %s.%s raised %s", object.path(), field, e);
        }
      }
    }
  }

  /** A node of a tree: the steps to it (field names and indexes) and its path as messages print it. */
  record Located(List<Object> steps, String path) {}

  private static List<Located> objects(JsonNode tree, String path) {
    List<Located> found = new ArrayList<>();
    walk(tree, new ArrayList<>(), path, found, true);
    return found;
  }

  private static List<Located> leaves(JsonNode tree, String path) {
    List<Located> found = new ArrayList<>();
    walk(tree, new ArrayList<>(), path, found, false);
    return found;
  }

  private static void walk(JsonNode node, List<Object> steps, String path, List<Located> found, boolean objects) {
    if (node.isObject()) {
      if (objects) {
        found.add(new Located(List.copyOf(steps), path));
      }
      for (String field : node.propertyNames()) {
        steps.add(field);
        walk(node.get(field), steps, path + "." + field, found, objects);
        steps.remove(steps.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        steps.add(i);
        walk(node.get(i), steps, path + "[" + i + "]", found, objects);
        steps.remove(steps.size() - 1);
      }
    } else if (!objects) {
      found.add(new Located(List.copyOf(steps), path));
    }
  }

  private static JsonNode find(JsonNode tree, List<Object> steps) {
    JsonNode node = tree;
    for (Object step : steps) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }

  private static JsonNode replace(JsonNode tree, List<Object> steps, JsonNode with) {
    JsonNode parent = find(tree, steps.subList(0, steps.size() - 1));
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer index) {
      ((ArrayNode) parent).set(index, with);
    } else {
      ((ObjectNode) parent).set((String) last, with);
    }
    return tree;
  }
}
