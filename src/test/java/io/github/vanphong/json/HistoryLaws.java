package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The laws of {@link JsonLaws} for a history, whose events are replayed on read. A field removed from an event
 * (an optional part of a revised form, say) may leave that event readable but make a later one impossible: the
 * replay then refuses the later event, at its own path. So a removed field either reads as a whole value, or is
 * refused at the object's path, or at the path of an event of the history at or after the one that held it.
 */
final class HistoryLaws {
  private static final Pattern EVENT = Pattern.compile("^at \\$\\.(\\w+)\\[(\\d+)\\]");

  private HistoryLaws() {}

  static <T> void assertLaws(T value, Class<T> type, String events) {
    JsonLaws.assertRoundTrip(value, type);
    JsonLaws.assertUnknownFieldsRefused(value, type);
    JsonLaws.assertWrongTypesRefused(value, type);
    assertRemovedFieldsReadWholeOrRefused(value, type, events);
  }

  static <T> void assertRemovedFieldsReadWholeOrRefused(T value, Class<T> type, String events) {
    JsonNode tree = JsonLaws.MAPPER.valueToTree(value);
    for (Located object : objects(tree, new ArrayList<>(), "$", new ArrayList<>())) {
      for (String field : List.copyOf(find(tree, object.steps()).propertyNames())) {
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) find(copy, object.steps())).remove(field);
        try {
          assertThat(JsonLaws.read(copy.toString(), type)).as("read without %s.%s", object.path(), field).isNotNull();
        } catch (MismatchedInputException e) {
          String message = e.getOriginalMessage();
          if (message.startsWith("at " + object.path())) {
            continue;
          }
          Matcher at = EVENT.matcher(message);
          int first = eventOf(object, events);
          assertThat(at.find() && at.group(1).equals(events) && Integer.parseInt(at.group(2)) >= first)
              .as("refusal without %s.%s: %s", object.path(), field, message)
              .isTrue();
        } catch (JacksonException e) {
          fail("reading without %s.%s raised %s", object.path(), field, e);
        }
      }
    }
  }

  /** Returns the index of the event that holds an object, or 0 if the object lies outside the events. */
  private static int eventOf(Located object, String events) {
    List<Object> steps = object.steps();
    return steps.size() >= 2 && steps.get(0).equals(events) ? (Integer) steps.get(1) : 0;
  }

  private record Located(List<Object> steps, String path) {}

  private static List<Located> objects(JsonNode node, List<Object> steps, String path, List<Located> found) {
    if (node.isObject()) {
      found.add(new Located(List.copyOf(steps), path));
      for (String field : node.propertyNames()) {
        steps.add(field);
        objects(node.get(field), steps, path + "." + field, found);
        steps.remove(steps.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        steps.add(i);
        objects(node.get(i), steps, path + "[" + i + "]", found);
        steps.remove(steps.size() - 1);
      }
    }
    return found;
  }

  private static JsonNode find(JsonNode tree, List<Object> steps) {
    JsonNode node = tree;
    for (Object step : steps) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }
}
