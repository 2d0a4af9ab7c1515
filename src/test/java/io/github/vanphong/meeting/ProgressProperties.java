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
 * The merge laws of {@link Progress} ({@link SummaryLaws}): an identity, associative and commutative addition of the
 * figures of one day, any split, any order; figures of different days never merge.
 */
class ProgressProperties {

  record Items(List<ActionItem> items, LocalDate day) {}

  /** Three sets of figures of one day, from three parts of one list of items. */
  record SameDay(Progress a, Progress b, Progress c) {}

  /** One item, and two days on or after its assignment. */
  record TwoDays(ActionItem item, LocalDate first, LocalDate second) {}

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
                  list.subList(0, first).stream().collect(Progress.collector(items.day())),
                  list.subList(first, second).stream().collect(Progress.collector(items.day())),
                  list.subList(second, list.size()).stream().collect(Progress.collector(items.day())));
            });
  }

  @Provide
  Arbitrary<TwoDays> twoDays() {
    return Combinators.combine(
            MeetingArbitraries.actionItems(),
            Arbitraries.integers().between(0, 300),
            Arbitraries.integers().between(1, 300))
        .as(
            (item, after, later) ->
                new TwoDays(item, item.assignedOn().plusDays(after), item.assignedOn().plusDays(after + later)));
  }

  @Property
  void figuresOfOneDayMergeWithAnIdentityAssociativelyAndCommutatively(@ForAll("sameDay") SameDay figures) {
    SummaryLaws.mergeLaws(Progress.empty(), figures.a(), figures.b(), figures.c());
  }

  @Property(tries = 300)
  void theCollectorGivesThePlusOfTheFiguresOfEachItemInAnyOrderAndSplit(
      @ForAll("items") Items items, @ForAll @IntRange(max = 10) int at) {
    SummaryLaws.collectorLaws(
        items.items(),
        at,
        Progress.collector(items.day()),
        item -> Progress.of(item, items.day()),
        Progress.empty());
  }

  @Property(tries = 200)
  void figuresOfDifferentDaysNeverMerge(@ForAll("twoDays") TwoDays days) {
    SummaryLaws.anotherDayIsRefused(
        Progress.of(days.item(), days.first()),
        Progress.of(days.item(), days.second()),
        Progress.empty(),
        Progress::asOf);
  }

  @Property
  void theCountsAgree(@ForAll("items") Items items) {
    Progress p = items.items().stream().collect(Progress.collector(items.day()));
    long assigned = items.items().stream().filter(i -> i.stateOn(items.day()).isPresent()).count();
    assertThat(p.total()).isEqualTo((int) assigned);
    assertThat(p.asOf().isPresent()).isEqualTo(assigned > 0);
    p.asOf().ifPresent(day -> assertThat(day).isEqualTo(items.day()));
    assertThat(p.overdue()).isBetween(0, p.open());
    assertThat(p.doneLate()).isBetween(0, p.done());
    assertThat(p.open() + p.done() + p.count(ActionItemState.CANCELLED)).isEqualTo(p.total());
    assertThat(p.overdue())
        .isEqualTo((int) items.items().stream().filter(i -> i.isOverdueOn(items.day())).count());
  }

  @Property
  void arbitraryFiguresAreConsistent(@ForAll Progress p) {
    assertThat(p.isEmpty()).isEqualTo(p.total() == 0);
    assertThat(p.asOf().isEmpty()).isEqualTo(p.isEmpty());
    assertThat(p.byState().values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Property
  void figuresMadeFromTheCountsOfCollectedOnesEqualThem(@ForAll("items") Items items) {
    Progress collected = items.items().stream().collect(Progress.collector(items.day()));
    Progress made = Progress.of(items.day(), collected.byState(), collected.overdue(), collected.doneLate());
    assertThat(made).isEqualTo(collected);
  }
}
