package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The append-only persistent vector behaves as a list copied at every append: the oracle is {@link ArrayList}. */
class PersistentVectorProperties {

  private static void assertSame(PersistentVector<Integer> vector, List<Integer> model) {
    assertThat(vector.size()).isEqualTo(model.size());
    assertThat(vector.asList()).containsExactlyElementsOf(model);
    List<Integer> iterated = new ArrayList<>();
    vector.forEach(iterated::add);
    assertThat(iterated).isEqualTo(model);
    for (int i = 0; i < model.size(); i++) {
      assertThat(vector.get(i)).isEqualTo(model.get(i));
    }
    if (!model.isEmpty()) {
      assertThat(vector.last()).isEqualTo(model.get(model.size() - 1));
    }
  }

  @Property(tries = 50)
  void everyVersionKeepsWhatItHeldWhenLongerOnesAreMadeFromIt(
      @ForAll @IntRange(min = 0, max = 2_000) int common, @ForAll @IntRange(min = 0, max = 70) int more) {
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
    assertSame(base, model);
    assertSame(left, leftModel);
    assertSame(right, rightModel);
  }

  @Test
  void aVectorOfFortyThousandElementsCrossesThreeLevelsOfTheTree() {
    PersistentVector<Integer> vector = PersistentVector.empty();
    List<Integer> model = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      vector = vector.plus(i);
      model.add(i);
    }
    assertSame(vector, model);
  }

  @Test
  void aVectorRefusesIndicesOutsideItAndNulls() {
    PersistentVector<Integer> vector = PersistentVector.<Integer>empty().plus(1);
    assertThatThrownBy(() -> vector.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> vector.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> PersistentVector.empty().last()).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> vector.plus(null)).isInstanceOf(NullPointerException.class);
    Iterator<Integer> iterator = vector.iterator();
    assertThat(iterator.next()).isEqualTo(1);
    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
  }
}
