package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PersistentHashMapProperties.Key;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersistentHashMapTest {

  private static Map<Key, String> entries(PersistentHashMap<Key, String> map) {
    Map<Key, String> seen = new HashMap<>();
    map.forEach(seen::put);
    return seen;
  }

  @Test
  void theEmptyMapHoldsNothingAndIsShared() {
    PersistentHashMap<Key, String> empty = PersistentHashMap.empty();
    assertThat(empty.size()).isZero();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.get(new Key(0, 0))).isNull();
    assertThat(empty.getOrDefault(new Key(0, 0), "none")).isEqualTo("none");
    assertThat(empty.without(new Key(0, 0))).isSameAs(empty);
    assertThat(entries(empty)).isEmpty();
    assertThat(PersistentHashMap.<String, Integer>empty()).isSameAs(empty);
  }

  @Test
  void aKeyIsAddedReplacedAndRemovedWithoutChangingTheMapsItCameFrom() {
    Key key = new Key(1, 12345);
    PersistentHashMap<Key, String> empty = PersistentHashMap.empty();
    PersistentHashMap<Key, String> one = empty.with(key, "a");
    PersistentHashMap<Key, String> replaced = one.with(key, "b");
    PersistentHashMap<Key, String> none = replaced.without(key);

    assertThat(one.get(key)).isEqualTo("a");
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.isEmpty()).isFalse();
    assertThat(replaced.get(key)).isEqualTo("b");
    assertThat(replaced.size()).isEqualTo(1);
    assertThat(none.get(key)).isNull();
    assertThat(none.size()).isZero();
    assertThat(none.isEmpty()).isTrue();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(one.getOrDefault(key, "z")).isEqualTo("a");
  }

  @Test
  void keysWithEqualHashCodesAreToldApartByEquality() {
    Key a = new Key(0, 77);
    Key b = new Key(1, 77);
    Key c = new Key(2, 77);
    PersistentHashMap<Key, String> map = PersistentHashMap.<Key, String>empty().with(a, "a").with(b, "b");
    PersistentHashMap<Key, String> three = map.with(c, "c");

    assertThat(entries(three)).containsExactlyInAnyOrderEntriesOf(Map.of(a, "a", b, "b", c, "c"));
    assertThat(three.get(a)).isEqualTo("a");
    assertThat(three.get(b)).isEqualTo("b");
    assertThat(three.get(c)).isEqualTo("c");
    assertThat(three.with(a, "A").get(a)).isEqualTo("A");
    assertThat(three.with(a, "A").get(b)).isEqualTo("b");
    assertThat(three.with(a, "A").size()).isEqualTo(3);
    assertThat(entries(three.with(a, "A"))).hasSize(3);
    assertThat(three.size()).isEqualTo(3);
    assertThat(three.with(b, "B").get(b)).isEqualTo("B");
    assertThat(three.with(b, "B").size()).isEqualTo(3);
    assertThat(map.get(c)).isNull();
    assertThat(map.without(c)).isSameAs(map);
    assertThat(three.without(a).get(a)).isNull();
    assertThat(three.without(a).get(c)).isEqualTo("c");
    assertThat(entries(three.without(b).without(a))).containsExactlyEntriesOf(Map.of(c, "c"));
    assertThat(three.without(b).without(a).without(c).isEmpty()).isTrue();
    assertThat(entries(three)).hasSize(3);
  }

  @Test
  void hashCodesThatDifferOnlyInTheirHighestBitsOrTheirSignAreToldApart() {
    Key[] keys = {
      new Key(0, 0), new Key(0, 1 << 30), new Key(0, 2 << 30), new Key(0, 3 << 30),
      new Key(0, -1), new Key(0, Integer.MAX_VALUE), new Key(0, 1 << 25), new Key(0, 31)
    };
    PersistentHashMap<Key, String> map = PersistentHashMap.empty();
    for (int i = 0; i < keys.length; i++) {
      map = map.with(keys[i], "v" + i);
    }
    assertThat(map.size()).isEqualTo(keys.length);
    for (int i = 0; i < keys.length; i++) {
      assertThat(map.get(keys[i])).isEqualTo("v" + i);
      assertThat(map.get(new Key(1, keys[i].hash()))).isNull();
    }
    for (int i = 0; i < keys.length; i++) {
      map = map.without(keys[i]);
      assertThat(map.size()).isEqualTo(keys.length - i - 1);
      for (int j = i + 1; j < keys.length; j++) {
        assertThat(map.get(keys[j])).isEqualTo("v" + j);
      }
    }
  }

  @Test
  void anEntryLeftAloneDeepInTheTrieIsFoundAfterItsNeighbourIsRemoved() {
    // both keys share the first five bits, so they sit in a node below the root; the last one moves up to the root
    Key first = new Key(0, 3);
    Key second = new Key(0, 3 | (1 << 5));
    Key third = new Key(0, 3 | (1 << 5) | (1 << 10));
    PersistentHashMap<Key, String> map =
        PersistentHashMap.<Key, String>empty().with(first, "1").with(second, "2").with(third, "3");

    PersistentHashMap<Key, String> left = map.without(second).without(third);
    assertThat(left.get(first)).isEqualTo("1");
    assertThat(left.with(second, "2b").get(second)).isEqualTo("2b");
    assertThat(left.with(second, "2b").get(first)).isEqualTo("1");
    assertThat(map.without(first).without(third).get(second)).isEqualTo("2");
    assertThat(map.without(first).without(second).get(third)).isEqualTo("3");
    assertThat(map.without(first).without(second).with(first, "1b").get(third)).isEqualTo("3");
  }

  @Test
  void aCollisionNodeLeftWithOneKeyFoldsBackAndTakesNewNeighbours() {
    Key a = new Key(0, 5);
    Key b = new Key(1, 5);
    Key near = new Key(0, 5 | (1 << 30));
    PersistentHashMap<Key, String> map = PersistentHashMap.<Key, String>empty().with(a, "a").with(b, "b");

    PersistentHashMap<Key, String> one = map.without(a);
    assertThat(entries(one)).containsExactlyEntriesOf(Map.of(b, "b"));
    assertThat(one.with(near, "n").get(b)).isEqualTo("b");
    assertThat(one.with(near, "n").get(near)).isEqualTo("n");
    assertThat(one.with(a, "a2").get(a)).isEqualTo("a2");
    assertThat(map.with(near, "n").without(b).get(a)).isEqualTo("a");
    assertThat(map.with(near, "n").without(b).get(near)).isEqualTo("n");
  }

  @Test
  void nullsAreRefused() {
    PersistentHashMap<Key, String> map = PersistentHashMap.empty();
    Key key = new Key(0, 0);
    assertThatThrownBy(() -> map.with(null, "a")).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> map.with(key, null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    assertThatThrownBy(() -> map.without(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    assertThatThrownBy(() -> map.forEach(null)).isInstanceOf(NullPointerException.class).hasMessage("action");
  }

  @Test
  void thousandsOfKeysSpreadOverSeveralLevels() {
    PersistentHashMap<Integer, Integer> map = PersistentHashMap.empty();
    for (int i = 0; i < 40_000; i++) {
      map = map.with(i * 7919, i);
    }
    assertThat(map.size()).isEqualTo(40_000);
    for (int i = 0; i < 40_000; i++) {
      assertThat(map.get(i * 7919)).isEqualTo(i);
    }
    for (int i = 0; i < 40_000; i += 2) {
      map = map.without(i * 7919);
    }
    assertThat(map.size()).isEqualTo(20_000);
    for (int i = 0; i < 40_000; i++) {
      assertThat(map.get(i * 7919)).isEqualTo(i % 2 == 0 ? null : i);
    }
  }

  @Test
  void aMapBuiltAtOnceHoldsWhatAddingTheKeysOneAtATimeWould() {
    List<Key> keys =
        List.of(
            new Key(0, 0), new Key(1, 0), new Key(2, 0), new Key(0, 1 << 30), new Key(0, 2 << 30),
            new Key(0, 32), new Key(0, 64), new Key(0, 31), new Key(0, -1), new Key(1, -1), new Key(0, 5),
            new Key(0, 5 | (1 << 5)), new Key(0, 3 << 30));
    List<String> values = new ArrayList<>();
    PersistentHashMap<Key, String> oneByOne = PersistentHashMap.empty();
    for (Key key : keys) {
      values.add("v" + key);
      oneByOne = oneByOne.with(key, "v" + key);
    }
    PersistentHashMap<Key, String> atOnce = PersistentHashMap.ofDistinct(keys, values);

    assertThat(atOnce.size()).isEqualTo(keys.size());
    assertThat(entries(atOnce)).isEqualTo(entries(oneByOne));
    for (Key key : keys) {
      assertThat(atOnce.get(key)).isEqualTo("v" + key);
      assertThat(atOnce.without(key).get(key)).isNull();
      assertThat(atOnce.without(key).size()).isEqualTo(keys.size() - 1);
      assertThat(atOnce.with(key, "new").get(key)).isEqualTo("new");
    }
    assertThat(atOnce.get(new Key(3, 0))).isNull();
    assertThat(atOnce.get(new Key(0, 7))).isNull();
    assertThat(PersistentHashMap.ofDistinct(List.of(), List.of()).isEmpty()).isTrue();
    assertThat(PersistentHashMap.ofDistinct(List.of(new Key(0, 9)), List.of("a")).get(new Key(0, 9))).isEqualTo("a");
  }

  @Test
  void aMapBuiltAtOnceRefusesAKeyGivenTwiceAndKeysWithoutTheirValues() {
    assertThatThrownBy(() -> PersistentHashMap.ofDistinct(List.of(new Key(0, 3), new Key(1, 3), new Key(0, 3)), List.of(1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key given twice: Key[name=0, hash=3]");
    assertThatThrownBy(() -> PersistentHashMap.ofDistinct(List.of(new Key(0, 3), new Key(0, 3)), List.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("key given twice: Key[name=0, hash=3]");
    assertThatThrownBy(() -> PersistentHashMap.ofDistinct(List.of(new Key(0, 3)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 keys and 0 values");
  }
}
