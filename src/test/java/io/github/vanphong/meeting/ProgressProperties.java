package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.testing.MeetingArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The merge laws of {@link Progress}: an identity, associative and commutative addition, any split, any order. */
class ProgressProperties {

  record Items(List<ActionItem> items, LocalDate day) {}

  @Provide
  Arbitrary<Items> items() {
    return MeetingArbitraries.distinctActionItems()
        .flatMap(items -> MeetingArbitraries.daysAround(items).map(day -> new Items(items, day)));
  }

  @Property
  void plusIsAssociative(@ForAll Progress a, @ForAll Progress b, @ForAll Progress c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plusIsCommutative(@ForAll Progress a, @ForAll Progress b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).hashCode()).isEqualTo(b.plus(a).hashCode());
  }

  @Property
  void emptyIsTheIdentity(@ForAll Progress a) {
    assertThat(a.plus(Progress.empty())).isEqualTo(a);
    assertThat(Progress.empty().plus(a)).isEqualTo(a);
  }

  @Property
  void theFiguresOfAListAreThePlusOfTheFiguresOfAnySplit(
      @ForAll("items") Items items, @ForAll @IntRange(max = 10) int at) {
    List<ActionItem> list = items.items();
    int split = Math.min(at, list.size());
    Progress whole = list.stream().collect(Progress.toProgress(items.day()));
    Progress left = list.subList(0, split).stream().collect(Progress.toProgress(items.day()));
    Progress right = list.subList(split, list.size()).stream().collect(Progress.toProgress(items.day()));
    assertThat(left.plus(right)).isEqualTo(whole);
    assertThat(list.parallelStream().collect(Progress.toProgress(items.day()))).isEqualTo(whole);
  }

  @Property
  void theCountsAgree(@ForAll("items") Items items) {
    Progress p = items.items().stream().collect(Progress.toProgress(items.day()));
    long assigned = items.items().stream().filter(i -> i.stateOn(items.day()).isPresent()).count();
    assertThat(p.total()).isEqualTo((int) assigned);
    assertThat(p.overdue()).isBetween(0, p.open());
    assertThat(p.doneLate()).isBetween(0, p.done());
    assertThat(p.open() + p.done() + p.count(ActionItemState.CANCELLED)).isEqualTo(p.total());
    assertThat(p.overdue())
        .isEqualTo((int) items.items().stream().filter(i -> i.isOverdueOn(items.day())).count());
  }

  @Property
  void arbitraryFiguresAreConsistent(@ForAll Progress p) {
    assertThat(p.isEmpty()).isEqualTo(p.total() == 0);
    assertThat(p.byState().values()).allSatisfy(n -> assertThat(n).isPositive());
  }
}
