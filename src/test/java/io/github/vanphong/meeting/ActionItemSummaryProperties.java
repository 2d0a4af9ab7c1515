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

/** The merge laws of {@link ActionItemSummary}, and its totals against its units. */
class ActionItemSummaryProperties {

  record Items(List<ActionItem> items, LocalDate day) {}

  @Provide
  Arbitrary<Items> items() {
    return MeetingArbitraries.distinctActionItems()
        .flatMap(items -> MeetingArbitraries.daysAround(items).map(day -> new Items(items, day)));
  }

  @Property
  void plusIsAssociative(
      @ForAll ActionItemSummary a, @ForAll ActionItemSummary b, @ForAll ActionItemSummary c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plusIsCommutative(@ForAll ActionItemSummary a, @ForAll ActionItemSummary b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).hashCode()).isEqualTo(b.plus(a).hashCode());
  }

  @Property
  void emptyIsTheIdentity(@ForAll ActionItemSummary a) {
    assertThat(a.plus(ActionItemSummary.empty())).isEqualTo(a);
    assertThat(ActionItemSummary.empty().plus(a)).isEqualTo(a);
  }

  @Property
  void theSummaryOfAListIsThePlusOfTheSummariesOfAnySplit(
      @ForAll("items") Items items, @ForAll @IntRange(max = 10) int at) {
    List<ActionItem> list = items.items();
    int split = Math.min(at, list.size());
    ActionItemSummary whole = list.stream().collect(ActionItemSummary.toSummary(items.day()));
    ActionItemSummary left = list.subList(0, split).stream().collect(ActionItemSummary.toSummary(items.day()));
    ActionItemSummary right =
        list.subList(split, list.size()).stream().collect(ActionItemSummary.toSummary(items.day()));
    assertThat(left.plus(right)).isEqualTo(whole);
    assertThat(list.parallelStream().collect(ActionItemSummary.toSummary(items.day()))).isEqualTo(whole);
  }

  @Property
  void theTotalIsTheSumOfTheUnitsAndTheFiguresOfTheItems(@ForAll("items") Items items) {
    ActionItemSummary s = items.items().stream().collect(ActionItemSummary.toSummary(items.day()));
    assertThat(s.byUnit().values().stream().reduce(Progress.empty(), Progress::plus)).isEqualTo(s.total());
    assertThat(s.total()).isEqualTo(items.items().stream().collect(Progress.toProgress(items.day())));
    assertThat(s.byUnit().values()).allSatisfy(p -> assertThat(p.isEmpty()).isFalse());
    s.byUnit()
        .forEach(
            (unit, p) ->
                assertThat(p)
                    .isEqualTo(
                        items.items().stream()
                            .filter(i -> i.owner().equals(unit))
                            .collect(Progress.toProgress(items.day()))));
  }
}
