package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * The full replay over numbered units: the steps taken day by day and phase by phase in one pass, a life's changes
 * kept in a map only once one happens, the lives of a unit found by its number, and the records of the new chart
 * the same whether the chart is replayed in full or built one event at a time.
 */
class ChartReplayNumbersTest {

  private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
  private static final LocalDate SECOND = LocalDate.of(2011, 1, 1);
  private static final LocalDate THIRD = LocalDate.of(2012, 1, 1);
  private static final UnitId R = UnitId.of("R");
  private static final UnitId P = UnitId.of("P");
  private static final UnitId Q = UnitId.of("Q");
  private static final UnitId A = UnitId.of("A");
  private static final UnitId B = UnitId.of("B");

  /** A step of a test: its day, its phase and a name. */
  private record Step(LocalDate day, int phase, String name) {}

  private static Restructuring.Create create(LocalDate on, UnitId id, Optional<UnitId> parent) {
    return Restructuring.create(on, id, "Đơn vị " + id, UnitKind.OFFICE, Level.DISTRICT, parent);
  }

  private static List<String> names(List<Step> steps) {
    List<String> names = new ArrayList<>();
    steps.forEach(step -> names.add(step.name()));
    return names;
  }

  @Test
  void eachDaysStepsAreTakenByPhaseAndInTheOrderGivenWithinAPhase() {
    List<Step> steps =
        List.of(
            new Step(FIRST, 1, "a"),
            new Step(FIRST, 0, "b"),
            new Step(FIRST, 2, "c"),
            new Step(FIRST, 0, "d"),
            new Step(SECOND, 2, "e"),
            new Step(SECOND, 1, "f"),
            new Step(SECOND, 2, "g"),
            new Step(THIRD, 0, "h"));
    assertThat(names(ChartReplay.byDayAndPhase(steps, Step::day, Step::phase)))
        .containsExactly("b", "d", "a", "c", "f", "e", "g", "h");
    assertThat(ChartReplay.byDayAndPhase(List.<Step>of(), Step::day, Step::phase)).isEmpty();
    assertThat(names(ChartReplay.byDayAndPhase(List.of(new Step(FIRST, 2, "x")), Step::day, Step::phase)))
        .containsExactly("x");
  }

  @Test
  void aLifesFirstChangeMakesItsMapWithTheValueOfTheCreation() {
    SortedMap<LocalDate, String> made = ChartReplay.put(null, FIRST, "first", SECOND, "second");
    assertThat(made).containsExactly(entry(FIRST, "first"), entry(SECOND, "second"));
    SortedMap<LocalDate, String> again = ChartReplay.put(made, FIRST, "ignored", THIRD, "third");
    assertThat(again).isSameAs(made);
    assertThat(again).containsExactly(entry(FIRST, "first"), entry(SECOND, "second"), entry(THIRD, "third"));
    // a change on the day of the creation replaces the creation's value
    assertThat(ChartReplay.put(null, FIRST, "first", FIRST, "renamed")).containsExactly(entry(FIRST, "renamed"));
  }

  private static java.util.Map.Entry<LocalDate, String> entry(LocalDate day, String value) {
    return java.util.Map.entry(day, value);
  }

  @Test
  void theLivesOfAUnitAreFoundByItsNumberAndAUnitNumberedLaterHasNone() {
    List<Restructuring> events =
        List.of(
            create(FIRST, R, Optional.empty()),
            create(FIRST, A, Optional.of(R)),
            Restructuring.dissolve(SECOND, A),
            create(THIRD, A, Optional.of(R)));
    ChartReplay.Result result = ChartReplay.replay(events, ImmutableMap.of(), List.of());
    assertThat(result.violations).isEmpty();
    ChartReplay.Parents parents = result.parents;
    assertThat(parents.livesOf(A)).hasSize(2).allMatch(life -> life.id.equals(A));
    assertThat(parents.livesOf(A).get(0).start).isEqualTo(FIRST);
    assertThat(parents.livesOf(A).get(1).start).isEqualTo(THIRD);
    assertThat(parents.livesOf(R)).hasSize(1);
    int last = parents.numbers.size() - 1;
    assertThat(parents.livesOf(last)).isNotEmpty();
    assertThat(parents.livesOf(UnitNumbers.NONE)).isEmpty();
    assertThat(parents.livesOf(Q)).isEmpty();
    int later = parents.numbers.number(Q);
    assertThat(later).isEqualTo(last + 1);
    assertThat(parents.livesOf(later)).isEmpty();
  }

  /** R at the top, P and Q under it, A under P, all on the first day; then more events; in the events' order. */
  private static List<Restructuring> fourUnitsAnd(Restructuring... more) {
    List<Restructuring> events =
        new ArrayList<>(
            List.of(
                create(FIRST, R, Optional.empty()),
                create(FIRST, P, Optional.of(R)),
                create(FIRST, Q, Optional.of(R)),
                create(FIRST, A, Optional.of(P))));
    events.addAll(List.of(more));
    events.sort(RestructuringOrder.ORDER);
    return events;
  }

  @Test
  void aLifesParentsAreNumberedAsTheyAreGivenAndASecondMoveOnADayReplacesTheFirst() {
    List<Restructuring> events =
        fourUnitsAnd(
            // moved on the day of its creation: the creation's parent is replaced
            Restructuring.reattach(FIRST, A, Q),
            // moved twice on one day: the later of the two in the events' order stays
            Restructuring.reattach(SECOND, A, P),
            Restructuring.reattach(SECOND, A, R),
            Restructuring.reattach(THIRD, A, Q));
    ChartReplay.Result result = ChartReplay.replay(events, ImmutableMap.of(), List.of());
    assertThat(result.violations).isEmpty();
    ChartReplay.Parents parents = result.parents;
    int life = result.lives.indexOf(parents.livesOf(A).get(0));
    UnitNumbers numbers = parents.numbers;
    List<String> segments = new ArrayList<>();
    for (int s = parents.firstSegment[life]; s < parents.firstSegment[life + 1]; s++) {
      segments.add(LocalDate.ofEpochDay(parents.segmentDays[s]) + " " + numbers.id(parents.segmentParents[s]));
    }
    assertThat(segments).containsExactly(FIRST + " Q", SECOND + " R", THIRD + " Q");
    // the same days and parents as the life's own map
    List<String> map = new ArrayList<>();
    parents.livesOf(A).get(0).parents.forEach((day, parent) -> map.add(day + " " + parent.orElseThrow()));
    assertThat(map).isEqualTo(segments);
    // a top unit's life has one segment with no parent
    int top = result.lives.indexOf(parents.livesOf(R).get(0));
    assertThat(parents.firstSegment[top + 1] - parents.firstSegment[top]).isEqualTo(1);
    assertThat(parents.segmentParents[parents.firstSegment[top]]).isEqualTo(UnitNumbers.NONE);
  }

  @Test
  void theReplayGivesTheUnitsEachEventIsAboutAndThoseThatCarryAHistoryByTheirNumbers() {
    List<Restructuring> events =
        fourUnitsAnd(
            create(FIRST, B, Optional.of(R)),
            Restructuring.rename(SECOND, A, "Tên mới"),
            Restructuring.merge(THIRD, List.of(A), Q),
            Restructuring.dissolve(THIRD, P, Q),
            Restructuring.dissolve(THIRD, B));
    ChartReplay.Result result = ChartReplay.replay(events, ImmutableMap.of(), List.of());
    assertThat(result.violations).isEmpty();
    UnitNumbers numbers = result.parents.numbers;
    List<String> subjects = new ArrayList<>();
    for (int k = 0; k < result.subjectEvents.length; k++) {
      subjects.add(result.subjectEvents[k] + " " + numbers.id(result.subjectUnits[k]));
    }
    List<String> expected = new ArrayList<>();
    for (int place = 0; place < events.size(); place++) {
      Restructuring event = events.get(place);
      // the units whose lives it creates, changes or ends: not the unit a merger goes into or a successor
      Iterable<UnitId> about =
          event instanceof Restructuring.Merge merge
              ? merge.merged()
              : event instanceof Restructuring.Dissolve dissolve ? List.of(dissolve.id()) : event.subjects();
      for (UnitId id : about) {
        expected.add(place + " " + id);
      }
    }
    assertThat(subjects).isEqualTo(expected);
    // the merger passes A's history to Q, the dissolution of P its own; B's dissolution, with no successor, none
    int merger = events.indexOf(Restructuring.merge(THIRD, List.of(A), Q));
    int dissolution = events.indexOf(Restructuring.dissolve(THIRD, P, Q));
    assertThat(result.carrierEvents).containsExactly(merger, dissolution);
    assertThat(numbers.id(result.carrierUnits[0])).isEqualTo(Q);
    assertThat(numbers.id(result.carrierUnits[1])).isEqualTo(Q);
  }

  @Test
  void theUnitsInIdentifierOrderAreTheirNumbersSortedByTheirIdentifiers() {
    UnitNumbers numbers = new UnitNumbers(2);
    for (String id : List.of("X2", "A", "X10", "B")) {
      numbers.number(UnitId.of(id));
    }
    List<UnitId> inOrder = new ArrayList<>();
    for (int number : numbers.inIdOrder()) {
      inOrder.add(numbers.id(number));
    }
    assertThat(inOrder).isSortedAccordingTo(java.util.Comparator.naturalOrder()).hasSize(4);
    assertThat(inOrder.get(0)).isEqualTo(UnitId.of("A"));
  }

  /** Units numbered past the first slots of the replay's table of lives, one of them ended before it begins. */
  @Test
  void aUnitNumberedLateIsNotAliveBeforeItsCreation() {
    List<Restructuring> events = new ArrayList<>();
    events.add(create(FIRST, R, Optional.empty()));
    for (int i = 0; i < 40; i++) {
      events.add(create(SECOND, UnitId.of("U" + i), Optional.of(R)));
    }
    UnitId late = UnitId.of("U39");
    events.add(Restructuring.dissolve(FIRST, late));
    events.add(Restructuring.rename(FIRST, UnitId.of("U38"), "Tên mới"));
    List<OrganizationViolation> violations =
        catchThrowableOfType(InvalidOrganizationException.class, () -> OrgChart.of(events)).violations();
    assertThat(violations).hasSize(2).allMatch(v -> v.rule() == OrganizationRule.UNIT_ALIVE);
    assertThat(violations.get(0).units()).contains(late);
    assertThat(violations.get(1).units()).contains(UnitId.of("U38"));
    // and without the faults, the forty units are all alive under R
    events.remove(events.size() - 1);
    events.remove(events.size() - 1);
    assertThat(OrgChart.of(events).asOf(SECOND).children(R)).hasSize(40);
  }

  /** A moved away and back, a merger and a dissolution with a successor, one event given twice. */
  private static List<Restructuring> restructured() {
    UnitId b = UnitId.of("B");
    UnitId c = UnitId.of("C");
    return List.of(
        create(FIRST, R, Optional.empty()),
        create(FIRST, P, Optional.of(R)),
        create(FIRST, Q, Optional.of(R)),
        create(FIRST, A, Optional.of(P)),
        create(FIRST, b, Optional.of(P)),
        create(FIRST, c, Optional.of(Q)),
        Restructuring.reattach(SECOND, A, Q),
        Restructuring.reattach(THIRD, A, P),
        Restructuring.rename(SECOND, b, "Tên mới"),
        Restructuring.rename(SECOND, b, "Tên mới"),
        Restructuring.merge(THIRD, List.of(c), Q),
        Restructuring.dissolve(THIRD, b, P));
  }

  @Test
  void aLifeMovedAwayAndBackIsUnderItsParentOnce() {
    OrgChart chart = OrgChart.of(restructured());
    assertThat(chart.recordText(P)).contains("children A@2010-01-01 B@2010-01-01;");
    assertThat(chart.recordText(Q)).contains("children A@2010-01-01 C@2010-01-01;");
    assertThat(chart.recordText(UnitId.of("B"))).contains(" x2 ").contains("; carried; children; appointments []");
    assertThat(chart.recordText(Q)).contains("; carried 2012-01-01 merge C into Q x1;");
    assertThat(chart.recordText(P)).contains("; carried 2012-01-01 dissolve B").contains(" x1;");
    assertThat(chart.recordText(UnitId.of("Z"))).isEqualTo("lives []; events; carried; children; appointments []");
  }

  @Test
  void theRecordsOfAFullReplayAreThoseOfTheChartBuiltOneEventAtATime() {
    List<Restructuring> events = restructured();
    OrgChart stepwise = OrgChart.empty();
    for (Restructuring event : events) {
      stepwise = stepwise.apply(event);
    }
    assertSameRecords(OrgChart.of(events), stepwise);
    // with appointments: replayed in full by many events at once, or appointed after the replay
    OrgChart replayed = Fixtures.withTao(Fixtures.hauGiang2016()).applyAll(Fixtures.hauGiangAfter2016());
    OrgChart oneByOne = Fixtures.withTao(Fixtures.hauGiangTo2026());
    assertThat(replayed.holdersOf(Post.of(Fixtures.TU, PostKind.STANDING_DEPUTY_SECRETARY), LocalDate.of(2016, 1, 1)))
        .isNotEmpty();
    assertSameRecords(replayed, oneByOne);
  }

  private static void assertSameRecords(OrgChart replayed, OrgChart stepwise) {
    assertThat(replayed).isEqualTo(stepwise);
    assertThat(replayed.unitsInOrder().keys()).containsExactlyElementsOf(stepwise.unitsInOrder().keys());
    for (UnitId id : stepwise.unitsInOrder().keys()) {
      assertThat(replayed.recordText(id)).as("record of %s", id).isEqualTo(stepwise.recordText(id));
    }
    OrgChartTest.assertUnitIndexesAgree(replayed);
  }
}
