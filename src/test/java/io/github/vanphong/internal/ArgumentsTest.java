package io.github.vanphong.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void aNullCollectionIsRefusedByTheParametersName() {
    assertThatThrownBy(() -> Arguments.list(ArgumentsTest.<Iterable<String>>nothing(), "history"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
    assertThatThrownBy(() -> Arguments.list("values", ArgumentsTest.<String[]>nothing()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("values");
    assertThatThrownBy(() -> Arguments.elements(ArgumentsTest.<Set<String>>nothing(), "criteria"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("criteria");
    assertThatThrownBy(() -> Arguments.entries(ArgumentsTest.<Map<String, Integer>>nothing(), "byKind"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("byKind");
  }

  @Test
  void aNullElementIsRefusedNamingTheParameter() {
    List<String> withNull = Arrays.asList("a", null, "c");
    assertThatThrownBy(() -> Arguments.list(withNull, "history"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("an element of history");
    assertThatThrownBy(() -> Arguments.list("values", withNull.toArray(new String[0])))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("an element of values");
    assertThatThrownBy(() -> Arguments.elements(new LinkedHashSet<>(withNull), "criteria"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("an element of criteria");
  }

  @Test
  void aNullKeyOrValueIsRefusedNamingTheParameter() {
    Map<String, Integer> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> Arguments.entries(nullKey, "byKind"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a key of byKind");
    Map<String, Integer> nullValue = new HashMap<>();
    nullValue.put("a", null);
    assertThatThrownBy(() -> Arguments.entries(nullValue, "byKind"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a value of byKind");
  }

  @Test
  void theElementsKeepTheirOrder() {
    List<String> elements = new ArrayList<>(List.of("c", "a", "b", "a"));
    assertThat(Arguments.list(elements, "elements")).containsExactly("c", "a", "b", "a");
    assertThat(Arguments.list("elements", new String[] {"c", "a", "b"})).containsExactly("c", "a", "b");
    assertThat(Arguments.list(List.<String>of(), "elements")).isEmpty();
  }

  @Test
  void aCheckedCollectionOrMapIsReturnedAsItIs() {
    Set<String> set = new LinkedHashSet<>(List.of("b", "a"));
    assertThat(Arguments.elements(set, "set")).isSameAs(set);
    Map<String, Integer> map = new LinkedHashMap<>(Map.of("a", 1));
    assertThat(Arguments.entries(map, "map")).isSameAs(map);
  }

  @Test
  void theCopyDoesNotFollowTheCollectionLater() {
    List<String> elements = new ArrayList<>(List.of("a"));
    List<String> copy = Arguments.list(elements, "elements");
    elements.add("b");
    assertThat(copy).containsExactly("a");
  }

  /** A null that the compiler's null checks let through, as a caller outside the module may pass one. */
  @SuppressWarnings("NullAway")
  private static <T> T nothing() {
    return null;
  }
}
