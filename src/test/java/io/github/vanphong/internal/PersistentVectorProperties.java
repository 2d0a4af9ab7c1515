package io.github.vanphong.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The persistent vector behaves as a list copied at every change: an independent oracle, {@link ArrayList}. */
class PersistentVectorProperties {

  private static void assertSame(PersistentVector<Integer> vector, List<Integer> model) {
    assertThat(vector.size()).isEqualTo(model.size());
    assertThat(vector.isEmpty()).isEqualTo(model.isEmpty());
    assertThat(vector.asList()).containsExactlyElementsOf(model);
    List<Integer> iterated = new ArrayList<>();
    vector.forEach(iterated::add);
    assertThat(iterated).isEqualTo(model);
    for (int i = 0; i < model.size(); i += 1 + model.size() / 50) {
      assertThat(vector.get(i)).isEqualTo(model.get(i));
    }
    if (!model.isEmpty()) {
      assertThat(vector.last()).isEqualTo(model.get(model.size() - 1));
    }
  }

  /** An operation: append a value, or replace the element at a position (taken modulo the size). */
  @Provide
  Arbitrary<List<int[]>> operations() {
    return Arbitraries.integers().between(0, 9).flatMap(kind ->
            Arbitraries.integers().between(0, 1_000_000).map(n -> new int[] {kind, n}))
        .list().ofMaxSize(400);
  }

  @Property
  void everyVersionHoldsWhatAListCopiedAtEveryChangeWouldHold(@ForAll("operations") List<int[]> operations) {
    PersistentVector<Integer> vector = PersistentVector.empty();
    List<Integer> model = new ArrayList<>();
    List<PersistentVector<Integer>> versions = new ArrayList<>();
    List<List<Integer>> models = new ArrayList<>();
    for (int[] op : operations) {
      if (op[0] < 8 || model.isEmpty()) {
        vector = vector.plus(op[1]);
        model.add(op[1]);
      } else {
        int at = op[1] % model.size();
        vector = vector.with(at, -op[1]);
        model.set(at, -op[1]);
      }
      versions.add(vector);
      models.add(new ArrayList<>(model));
    }
    for (int i = 0; i < versions.size(); i++) {
      assertSame(versions.get(i), models.get(i));
    }
  }

  @Property(tries = 20)
  void aVersionBranchedFromAnOlderOneLeavesBothAsTheyWere(
      @ForAll @IntRange(min = 0, max = 3000) int common, @ForAll @IntRange(min = 1, max = 100) int more) {
    PersistentVector<Integer> base = PersistentVector.empty();
    List<Integer> model = new ArrayList<>();
    for (int i = 0; i < common; i++) {
      base = base.plus(i);
      model.add(i);
    }
    PersistentVector<Integer> left = base;
    PersistentVector<Integer> right = base;
    List<Integer> leftModel = new ArrayList<>(model);
    List<Integer> rightModel = new ArrayList<>(model);
    for (int i = 0; i < more; i++) {
      left = left.plus(-i);
      leftModel.add(-i);
      right = right.plus(100_000 + i);
      rightModel.add(100_000 + i);
    }
    if (common > 0) {
      left = left.with(common / 2, 7);
      leftModel.set(common / 2, 7);
    }
    assertSame(base, model);
    assertSame(left, leftModel);
    assertSame(right, rightModel);
  }

  @Test
  void aVectorOfFortyThousandElementsCrossesThreeLevelsOfTheTree() {
    PersistentVector<Integer> vector = PersistentVector.empty();
    int size = 40_000;
    for (int i = 0; i < size; i++) {
      vector = vector.plus(i);
    }
    for (int i = 0; i < size; i++) {
      assertThat(vector.get(i)).isEqualTo(i);
    }
    PersistentVector<Integer> changed = vector;
    for (int i : new int[] {0, 31, 32, 1023, 1024, 1055, 1056, 32_767, 32_768, 39_999}) {
      changed = changed.with(i, -i);
    }
    assertThat(vector.get(32_768)).isEqualTo(32_768);
    assertThat(changed.get(32_768)).isEqualTo(-32_768);
    assertThat(changed.get(1056)).isEqualTo(-1056);
    assertThat(changed.get(1057)).isEqualTo(1057);
    assertThat(changed.asList()).hasSize(size);
    assertThat(PersistentVector.copyOf(vector.asList()).asList()).isEqualTo(vector.asList());
  }

  @Test
  void aVectorRefusesIndicesOutsideItAndNulls() {
    PersistentVector<Integer> vector = PersistentVector.<Integer>empty().plus(1);
    assertThatThrownBy(() -> vector.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> vector.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> vector.with(1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> PersistentVector.empty().last()).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> vector.plus(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> vector.with(0, null)).isInstanceOf(NullPointerException.class);
    Iterator<Integer> iterator = vector.iterator();
    assertThat(iterator.next()).isEqualTo(1);
    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    assertThat(PersistentVector.empty().asList()).isEqualTo(ImmutableList.of());
  }
}
