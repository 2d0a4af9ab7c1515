package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import io.github.vanphong.SummaryLaws;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The merge laws of petition tallies, and what their counts must agree on, over small generated petitions. */
class PetitionTallyProperties {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  /** The day of the tallies: after every day received, before some generated events. */
  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 31);

  private static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);
  private static final UnitId PROVINCE = UnitId.of("HG-TU");
  private static final UnitId OFFICE = UnitId.of("HG-VPTU");
  private static final UnitId CHAU_THANH = UnitId.of("HG-CT-VP");
  private static final UnitId VI_THANH = UnitId.of("HG-VT-VP");
  private static final UnitId CAN_THO = UnitId.of("CT-VPTU");

  /** Hậu Giang's offices merged into Cần Thơ's on 2025-07-01, Vị Thanh's dissolved with no successor. */
  private static final OrgChart CHART =
      OrgChart.of(
          List.of(
              Restructuring.create(LocalDate.of(2004, 1, 1), CAN_THO, "Văn phòng Thành ủy Cần Thơ", UnitKind.OFFICE,
                  Level.PROVINCIAL, Optional.empty()),
              Restructuring.create(LocalDate.of(2004, 1, 1), PROVINCE, "Tỉnh ủy Hậu Giang",
                  UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
              Restructuring.create(LocalDate.of(2004, 1, 1), OFFICE, "Văn phòng Tỉnh ủy Hậu Giang", UnitKind.OFFICE,
                  Level.PROVINCIAL, Optional.of(PROVINCE)),
              Restructuring.create(LocalDate.of(2004, 1, 1), CHAU_THANH, "Văn phòng Huyện ủy Châu Thành",
                  UnitKind.OFFICE, Level.DISTRICT, Optional.of(PROVINCE)),
              Restructuring.create(LocalDate.of(2004, 1, 1), VI_THANH, "Văn phòng Thành ủy Vị Thanh",
                  UnitKind.OFFICE, Level.DISTRICT, Optional.of(PROVINCE)),
              Restructuring.merge(TWO_TIER, List.of(OFFICE), CAN_THO),
              Restructuring.dissolve(TWO_TIER, CHAU_THANH, CAN_THO),
              Restructuring.dissolve(TWO_TIER, VI_THANH),
              Restructuring.dissolve(TWO_TIER, PROVINCE)));

  // ---- a small generator of petitions ------------------------------------------------------------------------

  private static final Classification WITHIN = PetitionFixtures.eligibleWithin();
  private static final Classification OUTSIDE =
      PetitionFixtures.eligibleOutside(Recipient.INSPECTION_COMMITTEE, Procedure.STATE_LAW);
  private static final Classification PARTY =
      Classification.builder()
          .addTopics(Topic.PARTY_DISCIPLINE)
          .competent(true)
          .recipient(Recipient.INSPECTION_COMMITTEE)
          .procedure(Procedure.PARTY_RULES)
          .build();
  private static final Classification DEFECTIVE = PetitionFixtures.withDefects(ProcessingDefect.UNSIGNED);

  /** One step of a script: a command given on a day. */
  private interface Step extends BiFunction<Petition, LocalDate, Petition> {}

  private static Finding findingFor(PetitionKind kind) {
    return kind == PetitionKind.COMPLAINT || kind == PetitionKind.DENUNCIATION
        ? Finding.PARTLY_WELL_FOUNDED
        : Finding.ANSWERED;
  }

  private static final Step ACCEPT = (p, on) -> p.accept(on, CHIEF);
  private static final Step VERIFY = (p, on) -> p.startVerification(on, CHIEF);
  private static final Step RESOLVE = (p, on) -> p.resolve(findingFor(p.kind()), on, CHIEF);
  private static final Step CLOSE = (p, on) -> p.close(on, CHIEF);
  private static final Step FINAL = (p, on) -> p.recordFinality(on, CHIEF);
  private static final Step NOTICE = (p, on) -> p.notify(PetitionStage.ACCEPTANCE_NOTICE, on, CLERK);
  private static final Step RECEIPT = (p, on) -> p.notify(PetitionStage.RECEIPT_NOTICE, on, CLERK);
  private static final Step DISPATCH = (p, on) -> p.notify(PetitionStage.DECISION_DISPATCH, on, CLERK);

  private static Step classify(Classification c) {
    return (p, on) -> p.classify(c, on, CLERK);
  }

  /** Scripts of the workflow; a step the petition refuses ends the script there. */
  private static final List<List<Step>> SCRIPTS =
      List.of(
          List.of(classify(WITHIN), ACCEPT, NOTICE, VERIFY, RESOLVE, DISPATCH, FINAL, CLOSE),
          List.of(RECEIPT, classify(WITHIN), ACCEPT, VERIFY, RESOLVE, CLOSE),
          List.of(classify(OUTSIDE), (p, on) -> p.forward(CAN_THO, on, CLERK)),
          List.of(classify(DEFECTIVE), (p, on) -> p.file(on, CLERK)),
          List.of(classify(WITHIN), ACCEPT, VERIFY, (p, on) -> p.withdraw(Withdrawal.whole(), on, CLERK)),
          List.of(classify(WITHIN), ACCEPT, VERIFY, (p, on) -> p.suspend("chờ giám định", on, CHIEF),
              (p, on) -> p.resume(on, CHIEF), RESOLVE),
          List.of(classify(WITHIN), ACCEPT, RESOLVE, (p, on) -> p.lodgeSecondComplaint(on, CLERK), ACCEPT, RESOLVE,
              FINAL, CLOSE),
          List.of(classify(PARTY), ACCEPT,
              (p, on) -> p.assessComplexity(Set.of(ComplexityCriterion.SEVERAL_CONTENTS), on, CHIEF),
              (p, on) -> p.extend(20, on, CHIEF), RESOLVE),
          List.of(classify(WITHIN), classify(OUTSIDE), (p, on) -> p.guide(CAN_THO, on, CLERK)));

  private static Petition play(
      int number, PetitionKind kind, Channel channel, UnitId unit, LocalDate received, int script, List<Integer> gaps) {
    Intake intake =
        PetitionFixtures.intake(String.format("P-%04d", number), kind, received)
            .channel(channel)
            .receivingUnit(unit)
            .build();
    Petition petition = Petition.receive(intake, CLERK);
    LocalDate day = received;
    List<Step> steps = SCRIPTS.get(script);
    for (int i = 0; i < Math.min(steps.size(), gaps.size()); i++) {
      day = day.plusDays(gaps.get(i));
      try {
        petition = steps.get(i).apply(petition, day);
      } catch (PetitionWorkflowException | IllegalArgumentException refused) {
        break;
      }
    }
    return petition;
  }

  @Provide
  Arbitrary<Petition> petitions() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 40),
            Arbitraries.of(PetitionKind.class),
            Arbitraries.of(Channel.class),
            Arbitraries.of(OFFICE, CHAU_THANH, VI_THANH, CAN_THO),
            Arbitraries.longs()
                .between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2026, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay),
            Arbitraries.integers().between(0, SCRIPTS.size() - 1),
            Arbitraries.integers().between(0, 40).list().ofMaxSize(8))
        .as(PetitionTallyProperties::play);
  }

  @Provide
  Arbitrary<List<Petition>> lists() {
    return petitions().list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<PetitionTally> tallies() {
    return lists().map(list -> list.stream().collect(PetitionTally.collector(CALENDAR, AS_OF)));
  }

  private static PetitionTally tally(List<Petition> petitions) {
    return petitions.stream().collect(PetitionTally.collector(CALENDAR, AS_OF));
  }

  // ---- merge laws --------------------------------------------------------------------------------------------

  @Property
  void talliesOfOneDayMergeWithAnIdentityAssociativelyAndCommutatively(
      @ForAll("tallies") PetitionTally a, @ForAll("tallies") PetitionTally b, @ForAll("tallies") PetitionTally c) {
    SummaryLaws.mergeLaws(PetitionTally.empty(), a, b, c);
  }

  @Property(tries = 300)
  void theCollectorGivesThePlusOfTheTalliesOfEachPetitionInAnyOrderAndSplit(
      @ForAll("lists") List<Petition> list, @ForAll @IntRange(max = 12) int at) {
    SummaryLaws.collectorLaws(
        list,
        at,
        PetitionTally.collector(CALENDAR, AS_OF),
        p -> PetitionTally.of(p, CALENDAR, AS_OF),
        PetitionTally.empty());
  }

  @Property(tries = 200)
  void aTallyMadeFromTheFiguresOfCollectedOnesEqualsIt(@ForAll("tallies") PetitionTally tally) {
    PetitionTally fromFigures =
        PetitionTally.of(
            tally.asOf().orElse(AS_OF),
            tally.byKind(),
            tally.byUnitAndState(),
            tally.byChannel(),
            tally.byMonth(),
            tally.dutiesByStatus(),
            tally.overdue());
    assertThat(fromFigures).isEqualTo(tally);
  }

  @Property(tries = 100)
  void talliesOfDifferentDaysNeverMerge(
      @ForAll("petitions") Petition p, @ForAll @IntRange(min = 1, max = 400) int later) {
    SummaryLaws.anotherDayIsRefused(
        PetitionTally.of(p, CALENDAR, AS_OF),
        PetitionTally.of(p, CALENDAR, AS_OF.plusDays(later)),
        PetitionTally.empty(),
        PetitionTally::asOf);
  }

  // ---- what the counts agree on ------------------------------------------------------------------------------

  private static int total(java.util.Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Property
  void theCountsAgree(@ForAll("lists") List<Petition> list) {
    PetitionTally t = tally(list);
    assertThat(t.petitions()).isEqualTo(list.size());
    assertThat(total(t.byKind())).isEqualTo(list.size());
    assertThat(total(t.byState())).isEqualTo(list.size());
    assertThat(total(t.byUnit())).isEqualTo(list.size());
    assertThat(total(t.byChannel())).isEqualTo(list.size());
    assertThat(total(t.byMonth())).isEqualTo(list.size());
    assertThat(t.open() + t.closed()).isEqualTo(list.size());
    Map<UnitId, Map<PetitionState, Integer>> byUnitAndState = new TreeMap<>();
    for (Petition p : list) {
      byUnitAndState
          .computeIfAbsent(p.intake().receivingUnit(), u -> new TreeMap<>())
          .merge(PetitionTally.stateOn(p, AS_OF), 1, Integer::sum);
    }
    assertThat(t.byUnitAndState()).isEqualTo(byUnitAndState);
    t.byUnitAndState().forEach((unit, states) -> assertThat(total(states)).isEqualTo(t.count(unit)));
    for (PetitionState state : PetitionState.values()) {
      assertThat(t.byUnitAndState().values().stream().mapToInt(m -> m.getOrDefault(state, 0)).sum())
          .isEqualTo(t.count(state));
    }
    assertThat(t.byKind().values()).allMatch(n -> n > 0);
    assertThat(t.byUnit().values()).allMatch(n -> n > 0);
    assertThat(t.duties()).isEqualTo(total(t.dutiesByStatus()));
    assertThat(t.dutiesJudged()).isBetween(0, t.duties());
    assertThat(t.overdue()).hasSizeLessThanOrEqualTo(t.dutiesOverdue());
    assertThat(t.overdue().isEmpty()).isEqualTo(t.dutiesOverdue() == 0);
    assertThat(t.overduePetitions())
        .isSubsetOf(list.stream().map(Petition::id).collect(Collectors.toSet()));
    assertThat(t.onTimeRate().isPresent()).isEqualTo(t.dutiesJudged() > 0);
    t.onTimeRate().ifPresent(rate -> assertThat(rate).isBetween(0.0, 1.0));
    long duties =
        list.stream()
            .flatMap(p -> p.deadlines(CALENDAR, AS_OF).stream())
            .filter(PetitionDeadline::officeDuty)
            .count();
    assertThat(t.duties()).isEqualTo(duties);
    long overdue =
        list.stream()
            .flatMap(p -> p.deadlines(CALENDAR, AS_OF).stream())
            .filter(d -> d.officeDuty() && d.status() == DeadlineStatus.OVERDUE)
            .count();
    assertThat(t.dutiesOverdue()).isEqualTo(overdue);
  }

  @Property
  void theStateOnADayIsTheStateOfTheHistoryKnownThatDay(
      @ForAll("petitions") Petition p, @ForAll @IntRange(max = 300) int after) {
    LocalDate day = p.received().plusDays(after);
    List<PetitionEvent> known = p.history().stream().filter(e -> !e.on().isAfter(day)).toList();
    PetitionState replayed = Petition.replay(p.intake(), known).state();
    assertThat(PetitionTally.stateOn(p, day)).isEqualTo(replayed);
    assertThat(PetitionTally.of(p, CALENDAR, day).byState()).containsOnlyKeys(replayed);
  }

  // ---- re-aggregation ----------------------------------------------------------------------------------------

  @Property
  void reassigningKeepsEveryTotalButTheUnits(@ForAll("tallies") PetitionTally t) {
    PetitionTally after = t.reassignedTo(CHART, LocalDate.of(2026, 1, 1));
    assertThat(after.petitions()).isEqualTo(t.petitions());
    assertThat(total(after.byUnit())).isEqualTo(t.petitions());
    assertThat(after.byUnit().keySet()).isSubsetOf(CAN_THO, VI_THANH);
    assertThat(after.byKind()).isEqualTo(t.byKind());
    assertThat(after.byState()).isEqualTo(t.byState());
    assertThat(after.dutiesByStatus()).isEqualTo(t.dutiesByStatus());
    assertThat(after.overduePetitions()).isEqualTo(t.overduePetitions());
    assertThat(after.count(CAN_THO) + after.count(VI_THANH)).isEqualTo(t.petitions());
    assertThat(after.count(VI_THANH)).isEqualTo(t.count(VI_THANH));
  }

  @Property
  void reassigningTheSumIsTheSumOfTheReassigned(
      @ForAll("tallies") PetitionTally a, @ForAll("tallies") PetitionTally b) {
    LocalDate on = LocalDate.of(2026, 1, 1);
    assertThat(a.plus(b).reassignedTo(CHART, on)).isEqualTo(a.reassignedTo(CHART, on).plus(b.reassignedTo(CHART,
        on)));
  }

  @Provide
  Arbitrary<LocalDate> reassignmentDays() {
    return Arbitraries.of(
        LocalDate.of(2000, 1, 1), LocalDate.of(2016, 3, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1));
  }

  @Property
  void reassigningMovesEachCountAndEachDutyToItsCarrier(
      @ForAll("tallies") PetitionTally t, @ForAll("reassignmentDays") LocalDate on) {
    PetitionTally after = t.reassignedTo(CHART, on);
    Map<UnitId, Integer> units = new TreeMap<>();
    t.byUnit().forEach((unit, n) -> units.merge(CHART.historyCarrier(unit, on).orElse(unit), n, Math::addExact));
    ImmutableSortedSet<OverdueDuty> overdue =
        t.overdue().stream()
            .map(
                d ->
                    OverdueDuty.of(
                        d.petition(),
                        CHART.historyCarrier(d.unit(), on).orElse(d.unit()),
                        d.stage(),
                        d.round(),
                        d.dueDate()))
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    assertThat(after.byUnit()).containsExactlyEntriesOf(units);
    Map<UnitId, Map<PetitionState, Integer>> unitStates = new TreeMap<>();
    t.byUnitAndState()
        .forEach(
            (unit, states) ->
                states.forEach(
                    (state, n) ->
                        unitStates
                            .computeIfAbsent(CHART.historyCarrier(unit, on).orElse(unit), u -> new TreeMap<>())
                            .merge(state, n, Math::addExact)));
    assertThat(after.byUnitAndState()).isEqualTo(unitStates);
    assertThat(after.overdue()).containsExactlyElementsOf(overdue);
    assertThat(after.byMonth()).isEqualTo(t.byMonth());
    assertThat(after.byChannel()).isEqualTo(t.byChannel());
  }
}
