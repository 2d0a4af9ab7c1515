package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** The sorted list a tally copies without sorting again is a sorted set in full, views included. */
class InOrderTest {

  private final SortedSet<Integer> set = new PetitionTally.InOrder<>(List.of(2, 4, 6, 8));

  @Test
  void itIsTheSortedSetOfItsList() {
    assertThat(set).containsExactly(2, 4, 6, 8);
    assertThat(set.first()).isEqualTo(2);
    assertThat(set.last()).isEqualTo(8);
    assertThat(set.comparator()).isNull();
    assertThat(ImmutableSortedSet.copyOfSorted(set)).containsExactly(2, 4, 6, 8);
  }

  @Test
  void itsViewsAreTheElementsBetweenTheirBounds() {
    assertThat(set.headSet(6)).containsExactly(2, 4);
    assertThat(set.headSet(5)).containsExactly(2, 4);
    assertThat(set.tailSet(4)).containsExactly(4, 6, 8);
    assertThat(set.tailSet(9)).isEmpty();
    assertThat(set.subSet(3, 8)).containsExactly(4, 6);
    assertThat(set.subSet(4, 4)).isEmpty();
    assertThat(set.subSet(2, 9).headSet(6).tailSet(4)).containsExactly(4);
    assertThatThrownBy(() -> set.subSet(8, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> set.headSet(null)).isInstanceOf(NullPointerException.class).hasMessage("element");
  }
}
