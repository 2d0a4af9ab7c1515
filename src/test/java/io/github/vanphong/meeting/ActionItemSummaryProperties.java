package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.testing.MeetingArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The merge laws of {@link ActionItemSummary} ({@link SummaryLaws}), summaries of different days never merging, and
 * its totals against its units.
 */
class ActionItemSummaryProperties {

  record Items(List<ActionItem> items, LocalDate day) {}

  /** Three summaries of one day, from three parts of one list of items. */
  record SameDay(ActionItemSummary a, ActionItemSummary b, ActionItemSummary c) {}

  @Provide
  Arbitrary<Items> items() {
    return MeetingArbitraries.distinctActionItems()
        .flatMap(items -> MeetingArbitraries.daysAround(items).map(day -> new Items(items, day)));
  }

  @Provide
  Arbitrary<SameDay> sameDay() {
    return Combinators.combine(items(), Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 10))
        .as(
            (items, i, j) -> {
              List<ActionItem> list = items.items();
              int first = Math.min(Math.min(i, j), list.size());
              int second = Math.min(Math.max(i, j), list.size());
              return new SameDay(
                  list.subList(0, first).stream().collect(ActionItemSummary.collector(items.day())),
                  list.subList(first, second).stream().collect(ActionItemSummary.collector(items.day())),
                  list.subList(second, list.size()).stream().collect(ActionItemSummary.collector(items.day())));
            });
  }

  @Property
  void summariesOfOneDayMergeWithAnIdentityAssociativelyAndCommutatively(@ForAll("sameDay") SameDay summaries) {
    SummaryLaws.mergeLaws(ActionItemSummary.empty(), summaries.a(), summaries.b(), summaries.c());
  }

  @Property(tries = 300)
  void theCollectorGivesThePlusOfTheSummariesOfEachItemInAnyOrderAndSplit(
      @ForAll("items") Items items, @ForAll @IntRange(max = 10) int at) {
    SummaryLaws.collectorLaws(
        items.items(),
        at,
        ActionItemSummary.collector(items.day()),
        item -> ActionItemSummary.of(item, items.day()),
        ActionItemSummary.empty());
  }

  @Property(tries = 200)
  void summariesOfDifferentDaysNeverMerge(
      @ForAll ActionItem item,
      @ForAll @IntRange(max = 300) int after,
      @ForAll @IntRange(min = 1, max = 300) int later) {
    LocalDate first = item.assignedOn().plusDays(after);
    SummaryLaws.anotherDayIsRefused(
        ActionItemSummary.of(item, first),
        ActionItemSummary.of(item, first.plusDays(later)),
        ActionItemSummary.empty(),
        ActionItemSummary::asOf);
  }

  @Property
  void theTotalIsTheSumOfTheUnitsAndTheFiguresOfTheItems(@ForAll("items") Items items) {
    ActionItemSummary s = items.items().stream().collect(ActionItemSummary.collector(items.day()));
    assertThat(s.byUnit().values().stream().reduce(Progress.empty(), Progress::plus)).isEqualTo(s.total());
    assertThat(s.total()).isEqualTo(items.items().stream().collect(Progress.collector(items.day())));
    assertThat(s.asOf()).isEqualTo(s.total().asOf());
    assertThat(s.byUnit().values()).allSatisfy(p -> assertThat(p.isEmpty()).isFalse());
    assertThat(s.byUnitAndState().keySet()).isEqualTo(s.byUnit().keySet());
    for (ActionItemState state : ActionItemState.values()) {
      assertThat(s.byUnitAndState().values().stream().mapToInt(m -> m.getOrDefault(state, 0)).sum())
          .isEqualTo(s.total().count(state));
      s.byUnit().keySet().forEach(unit -> assertThat(s.count(unit, state)).isEqualTo(
          (int) items.items().stream()
              .filter(i -> i.owner().equals(unit) && i.stateOn(items.day()).filter(state::equals).isPresent())
              .count()));
    }
    s.byUnit()
        .forEach(
            (unit, p) ->
                assertThat(p)
                    .isEqualTo(
                        items.items().stream()
                            .filter(i -> i.owner().equals(unit))
                            .collect(Progress.collector(items.day()))));
  }

  @Property
  void aSummaryMadeFromTheFiguresOfACollectedOneEqualsIt(@ForAll("items") Items items) {
    ActionItemSummary collected = items.items().stream().collect(ActionItemSummary.collector(items.day()));
    assertThat(ActionItemSummary.of(collected.byUnit())).isEqualTo(collected);
  }
}
