package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the org chart over the charts of {@code io.github.vanphong.testing.OrganizationArbitraries}. */
class OrgChartProperties {

  /** The days on which something changes, and the days either side: every distinct state of the chart. */
  private static Set<LocalDate> daysOf(OrgChart chart) {
    Set<LocalDate> days = new TreeSet<>();
    for (Restructuring event : chart.events()) {
      days.add(event.effectiveOn().minusDays(1));
      days.add(event.effectiveOn());
      days.add(event.effectiveOn().plusDays(1));
    }
    return days;
  }

  private static Set<UnitId> idsOf(OrgChart chart) {
    Set<UnitId> ids = new TreeSet<>();
    chart.events().forEach(e -> ids.addAll(e.subjects()));
    return ids;
  }

  @Property
  void eventsAppliedInAnyOrderGiveTheSameChart(@ForAll OrgChart chart, @ForAll Random random) {
    List<Restructuring> shuffled = new ArrayList<>(chart.events());
    Collections.shuffle(shuffled, random);
    assertThat(OrgChart.of(shuffled)).isEqualTo(chart);
    OrgChart oneByOne = OrgChart.empty();
    for (Restructuring event : chart.events()) {
      oneByOne = oneByOne.apply(event);
    }
    assertThat(oneByOne).isEqualTo(chart).hasSameHashCodeAs(chart);
  }

  @Property
  void theUnitsHashedByIdentifierAreTheUnitsInOrder(@ForAll OrgChart chart, @ForAll Random random) {
    OrgChartTest.assertUnitIndexesAgree(chart);
    OrgChartTest.assertUnitIndexesAgree(OrgChart.of(chart.events()));
    OrgChart oneByOne = OrgChart.empty();
    for (Restructuring event : chart.events()) {
      oneByOne = oneByOne.apply(event);
      OrgChartTest.assertUnitIndexesAgree(oneByOne);
    }
    List<Restructuring> shuffled = new ArrayList<>(chart.events());
    Collections.shuffle(shuffled, random);
    OrgChart halves;
    try {
      halves = OrgChart.of(shuffled.subList(0, shuffled.size() / 2));
    } catch (InvalidOrganizationException e) {
      return; // the first half alone may break a rule the second half mends
    }
    OrgChartTest.assertUnitIndexesAgree(halves);
    OrgChartTest.assertUnitIndexesAgree(halves.applyAll(shuffled.subList(shuffled.size() / 2, shuffled.size())));
  }

  @Property
  void everyTreeOfTheChartIsAValidTree(@ForAll OrgChart chart) {
    for (LocalDate day : daysOf(chart)) {
      UnitTree tree = chart.asOf(day);
      assertThat(UnitTree.of(day, tree.units())).isEqualTo(tree);
      int reachable = tree.roots().size();
      for (Unit root : tree.roots()) {
        reachable += tree.descendants(root.id()).size();
      }
      assertThat(reachable).isEqualTo(tree.size());
      for (Unit unit : tree.units()) {
        assertThat(unit.isAliveOn(day)).isTrue();
        assertThat(chart.lives(unit.id())).contains(unit.life());
        unit.parent().ifPresent(p -> assertThat(unit.level().isAbove(tree.unit(p).level())).isFalse());
        if (day.isAfter(LocalDate.of(2025, 6, 30)) && unit.level() == Level.DISTRICT) {
          assertThat(unit.life().start()).isBefore(LocalDate.of(2025, 7, 1));
        }
      }
    }
  }

  @Property
  void theHistoryCarrierOfAUnitAliveOnADayIsItself(@ForAll OrgChart chart) {
    for (LocalDate day : daysOf(chart)) {
      for (Unit unit : chart.asOf(day).units()) {
        assertThat(chart.historyCarrier(unit.id(), day)).contains(unit.id());
      }
    }
  }

  @Property
  void aHistoryCarrierIsAliveOnTheDayAndFollowsTheSuccessors(@ForAll OrgChart chart) {
    for (UnitId id : idsOf(chart)) {
      for (LocalDate day : daysOf(chart)) {
        Optional<UnitId> carrier = chart.historyCarrier(id, day);
        carrier.ifPresent(c -> assertThat(chart.unit(c, day)).isPresent());
        if (carrier.isPresent() && !carrier.get().equals(id)) {
          assertThat(chart.successors(id)).isNotEmpty();
        }
      }
    }
  }

  @Property
  void anEventChangesNoDayBeforeItTakesEffect(@ForAll OrgChart chart) {
    ImmutableList<Restructuring> events = chart.events();
    if (events.isEmpty()) {
      return;
    }
    Restructuring last = events.get(events.size() - 1);
    OrgChart before = OrgChart.of(events.subList(0, events.size() - 1));
    for (LocalDate day : daysOf(chart)) {
      if (day.isBefore(last.effectiveOn())) {
        assertThat(shape(chart.asOf(day))).isEqualTo(shape(before.asOf(day)));
      }
    }
    assertThat(chart.history(last.subjects().iterator().next())).contains(last);
  }

  private static List<String> shape(UnitTree tree) {
    return tree.units().stream()
        .map(u -> u.id() + "|" + u.name() + "|" + u.kind() + "|" + u.parent())
        .collect(Collectors.toList());
  }

  @Provide
  Arbitrary<Restructuring> anyEvent() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 20_000).map(LocalDate.of(1976, 1, 1)::plusDays);
    Arbitrary<UnitId> ids = Arbitraries.integers().between(0, 30).map(n -> UnitId.of("U" + n));
    Arbitrary<Level> levels = Arbitraries.of(Level.class);
    return Arbitraries.oneOf(
        net.jqwik.api.Combinators.combine(days, ids, levels, ids.optional())
            .as((d, id, level, parent) -> Restructuring.create(d, id, "Đơn vị", UnitKind.OFFICE, level,
                parent.filter(p -> !p.equals(id)))),
        net.jqwik.api.Combinators.combine(days, ids).as((d, id) -> Restructuring.rename(d, id, "Tên")),
        net.jqwik.api.Combinators.combine(days, ids, ids)
            .as((d, id, p) -> p.equals(id) ? Restructuring.dissolve(d, id) : Restructuring.reattach(d, id, p)),
        net.jqwik.api.Combinators.combine(days, ids, ids)
            .as((d, id, p) -> p.equals(id) ? Restructuring.dissolve(d, id) : Restructuring.merge(d, ImmutableList.of(id), p)));
  }

  @Property
  void aRefusedEventLeavesTheChartAsItWas(@ForAll OrgChart chart, @ForAll("anyEvent") Restructuring event) {
    ImmutableList<Restructuring> events = chart.events();
    List<String> shapes = daysOf(chart).stream().map(d -> shape(chart.asOf(d)).toString()).collect(Collectors.toList());
    try {
      OrgChart changed = chart.apply(event);
      assertThat(changed.events()).hasSize(events.size() + 1).contains(event);
    } catch (InvalidOrganizationException e) {
      assertThat(e.violations()).isNotEmpty();
    }
    assertThat(chart.events()).isEqualTo(events);
    assertThat(OrgChart.of(events)).isEqualTo(chart);
    assertThat(daysOf(chart).stream().map(d -> shape(chart.asOf(d)).toString()).collect(Collectors.toList()))
        .isEqualTo(shapes);
  }

  @Property
  void aUnitCreatedOnTheDayAfterTheLastEventIsAlwaysAccepted(
      @ForAll OrgChart chart, @ForAll @IntRange(min = 1, max = 400) int later) {
    LocalDate last = chart.events().get(chart.events().size() - 1).effectiveOn();
    LocalDate on = last.plusDays(later);
    OrgChart grown =
        chart.apply(
            Restructuring.create(
                on, UnitId.of("NEW"), "Đơn vị mới", UnitKind.OFFICE, Level.COMMUNE, Optional.empty()));
    assertThat(grown.unit(UnitId.of("NEW"), on)).isPresent();
    assertThat(grown.unit(UnitId.of("NEW"), on.minusDays(1))).isEmpty();
  }
}
