package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The persistent map behind the chart's indexes agrees with {@link TreeMap} after any sequence of additions,
 * replacements and removals, and a map made from another leaves that one as it was.
 */
class PersistentSortedMapProperties {

  /** Put (value present) or remove (value negative) one key. */
  record Step(int key, int value) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(-30, 100))
        .as(Step::new)
        .list()
        .ofMaxSize(200);
  }

  @Property(tries = 300)
  void anySequenceOfChangesGivesTheMapATreeMapWouldHold(@ForAll("steps") List<Step> steps) {
    PersistentSortedMap<Integer, Integer> map = PersistentSortedMap.empty(Comparator.naturalOrder());
    TreeMap<Integer, Integer> expected = new TreeMap<>();
    for (Step step : steps) {
      PersistentSortedMap<Integer, Integer> before = map;
      Map<Integer, Integer> expectedBefore = new TreeMap<>(expected);
      if (step.value() < 0) {
        map = map.without(step.key());
        expected.remove(step.key());
      } else {
        map = map.with(step.key(), step.value());
        expected.put(step.key(), step.value());
      }
      assertSame(before, expectedBefore);
      assertSame(map, expected);
    }
  }

  @Property(tries = 100)
  void aMapOfSortedKeysHoldsThemInOrder(@ForAll("steps") List<Step> steps) {
    TreeMap<Integer, Integer> expected = new TreeMap<>();
    steps.forEach(s -> expected.put(s.key(), s.value()));
    PersistentSortedMap<Integer, Integer> map =
        PersistentSortedMap.ofSorted(
            Comparator.naturalOrder(), new ArrayList<>(expected.keySet()), new ArrayList<>(expected.values()));
    assertSame(map, expected);
  }

  @Example
  void keysOutOfOrderOrWithoutTheirValuesAreRefused() {
    assertThatThrownBy(() -> PersistentSortedMap.ofSorted(Comparator.<Integer>naturalOrder(), List.of(2, 1), List.of(0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keys out of order at 1: 2, 1");
    assertThatThrownBy(() -> PersistentSortedMap.ofSorted(Comparator.<Integer>naturalOrder(), List.of(1), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 keys and 0 values");
  }

  @Example
  void anIteratorPastTheLastKeyThrows() {
    PersistentSortedMap<Integer, Integer> map = PersistentSortedMap.<Integer, Integer>empty(Comparator.naturalOrder());
    assertThat(map.isEmpty()).isTrue();
    assertThatThrownBy(() -> map.keys().iterator().next()).isInstanceOf(NoSuchElementException.class);
  }

  private static void assertSame(PersistentSortedMap<Integer, Integer> map, Map<Integer, Integer> expected) {
    assertThat(map.size()).isEqualTo(expected.size());
    assertThat(map.isEmpty()).isEqualTo(expected.isEmpty());
    assertThat(map.keys()).containsExactlyElementsOf(expected.keySet());
    assertThat(map.values()).containsExactlyElementsOf(expected.values());
    Map<Integer, Integer> seen = new TreeMap<>();
    map.forEach(seen::put);
    assertThat(seen).isEqualTo(expected);
    for (int key = -1; key <= 61; key++) {
      assertThat(map.getOrDefault(key, -1)).isEqualTo(expected.getOrDefault(key, -1));
    }
  }
}
