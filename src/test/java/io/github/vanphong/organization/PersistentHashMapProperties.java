package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The persistent hash map behind the chart's look-ups agrees with {@link HashMap} after any sequence of additions,
 * replacements and removals, with keys whose hash codes are chosen to share the bits of one node, of several, or all
 * of them; and a map made from another leaves that one as it was.
 */
class PersistentHashMapProperties {

  /** A key whose hash code is given: keys with the same hash code and different names collide. */
  record Key(int name, int hash) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** Put (value zero or more) or remove (value negative) one key. */
  record Step(Key key, int value) {}

  /**
   * Hash codes that fill one node, that differ only below the first node, only in the last two bits, only in the
   * sign, or anywhere.
   */
  @Provide
  Arbitrary<Integer> hashes() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, 6).map(i -> i << 5),
        Arbitraries.integers().between(0, 6).map(i -> (i << 25) | 7),
        Arbitraries.of(0, 1 << 30, 2 << 30, 3 << 30, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 31, 31 << 5),
        Arbitraries.integers());
  }

  @Provide
  Arbitrary<Key> keys() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), hashes()).as(Key::new);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(keys(), Arbitraries.integers().between(-40, 100))
        .as(Step::new)
        .list()
        .ofMaxSize(200);
  }

  @Property(tries = 400)
  void anySequenceOfChangesGivesTheMapAHashMapWouldHold(@ForAll("steps") List<Step> steps) {
    PersistentHashMap<Key, Integer> map = PersistentHashMap.empty();
    Map<Key, Integer> expected = new HashMap<>();
    for (Step step : steps) {
      PersistentHashMap<Key, Integer> before = map;
      Map<Key, Integer> expectedBefore = new HashMap<>(expected);
      if (step.value() < 0) {
        map = map.without(step.key());
        expected.remove(step.key());
      } else {
        map = map.with(step.key(), step.value());
        expected.put(step.key(), step.value());
      }
      assertSame(before, expectedBefore, steps);
      assertSame(map, expected, steps);
    }
  }

  @Property(tries = 200)
  void removingEveryKeyInAnyOrderLeavesTheEmptyMap(
      @ForAll("steps") List<Step> additions, @ForAll("steps") List<Step> removals) {
    PersistentHashMap<Key, Integer> map = PersistentHashMap.empty();
    Map<Key, Integer> expected = new HashMap<>();
    for (Step step : additions) {
      map = map.with(step.key(), Math.abs(step.value()));
      expected.put(step.key(), Math.abs(step.value()));
    }
    for (Step step : removals) {
      map = map.without(step.key());
      expected.remove(step.key());
      assertSame(map, expected, removals);
    }
    for (Key key : List.copyOf(expected.keySet())) {
      map = map.without(key);
      expected.remove(key);
      assertSame(map, expected, additions);
    }
    assertThat(map.isEmpty()).isTrue();
  }

  @Property(tries = 200)
  void aRemovedKeyLeavesTheMapHoldingWhatItWouldHadItNeverBeenAdded(
      @ForAll("steps") List<Step> additions, @ForAll("keys") Key extra) {
    PersistentHashMap<Key, Integer> without = PersistentHashMap.empty();
    for (Step step : additions) {
      if (!step.key().equals(extra)) {
        without = without.with(step.key(), Math.abs(step.value()));
      }
    }
    PersistentHashMap<Key, Integer> removed = without.with(extra, 1).without(extra);
    Map<Key, Integer> expected = new HashMap<>();
    without.forEach(expected::put);
    assertSame(removed, expected, additions);
    assertThat(removed.get(extra)).isNull();
  }

  @Property(tries = 200)
  void aMapBuiltAtOnceHoldsTheEntriesItWasGiven(@ForAll("steps") List<Step> steps) {
    Map<Key, Integer> expected = new HashMap<>();
    steps.forEach(step -> expected.put(step.key(), Math.abs(step.value())));
    List<Key> keys = new ArrayList<>(expected.keySet());
    List<Integer> values = new ArrayList<>();
    keys.forEach(key -> values.add(expected.get(key)));
    PersistentHashMap<Key, Integer> map = PersistentHashMap.ofDistinct(keys, values);
    assertSame(map, expected, steps);
    for (Key key : keys) {
      Map<Key, Integer> less = new HashMap<>(expected);
      less.remove(key);
      assertSame(map.without(key), less, key);
    }
  }

  private static void assertSame(PersistentHashMap<Key, Integer> map, Map<Key, Integer> expected, Object given) {
    assertThat(map.size()).as("size after %s", given).isEqualTo(expected.size());
    assertThat(map.isEmpty()).isEqualTo(expected.isEmpty());
    Map<Key, Integer> seen = new HashMap<>();
    map.forEach(
        (key, value) -> assertThat(seen.put(key, value)).as("%s given once", key).isNull());
    assertThat(seen).as("entries after %s", given).isEqualTo(expected);
    for (Key key : expected.keySet()) {
      assertThat(map.get(key)).isEqualTo(expected.get(key));
      for (int name = 0; name <= 4; name++) {
        Key sameHash = new Key(name, key.hash());
        assertThat(map.getOrDefault(sameHash, -1)).isEqualTo(expected.getOrDefault(sameHash, -1));
      }
    }
  }
}
