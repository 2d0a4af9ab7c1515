package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The persistent sorted map made from keys known to be increasing, without comparing them. */
class PersistentSortedMapTest {

  @Test
  void aMapOfIncreasingKeysHoldsEachKeyWithItsValueInOrder() {
    String[] keys = {"a", "b", "c", "d", "e"};
    PersistentSortedMap<String, Integer> map =
        PersistentSortedMap.ofIncreasing(Comparator.naturalOrder(), keys.length, i -> keys[i], i -> 10 * i);
    assertThat(map.size()).isEqualTo(5);
    List<String> seen = new ArrayList<>();
    map.forEach((key, value) -> seen.add(key + value));
    assertThat(seen).containsExactly("a0", "b10", "c20", "d30", "e40");
    assertThat(map.get("c")).isEqualTo(20);
    assertThat(map.get("e")).isEqualTo(40);
    assertThat(map.get("f")).isNull();
    // the map takes further keys in its order
    assertThat(map.with("ab", 5).keys()).containsExactly("a", "ab", "b", "c", "d", "e");
  }

  @Test
  void aMapOfNoKeyIsEmpty() {
    PersistentSortedMap<String, Integer> map =
        PersistentSortedMap.ofIncreasing(Comparator.naturalOrder(), 0, i -> "x", i -> 1);
    assertThat(map.isEmpty()).isTrue();
    assertThat(map.size()).isZero();
  }

  @Test
  void aMapOfOneKeyHoldsIt() {
    PersistentSortedMap<String, Integer> map =
        PersistentSortedMap.ofIncreasing(Comparator.naturalOrder(), 1, i -> "only", i -> 7);
    assertThat(map.size()).isEqualTo(1);
    assertThat(map.get("only")).isEqualTo(7);
  }
}
