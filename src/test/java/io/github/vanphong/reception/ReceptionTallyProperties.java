package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.ReceptionArbitraries;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.petition.PetitionKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The merge laws of {@link ReceptionTally}, checked with {@link SummaryLaws}. */
class ReceptionTallyProperties {

  private static final OrgChart PROVINCE = ReceptionArbitraries.province();

  @Provide
  Arbitrary<List<ReceptionSession>> sessions() {
    return ReceptionArbitraries.sessions().list().ofMaxSize(4);
  }

  private static ReceptionTally tally(List<ReceptionSession> sessions, CutOff cutOff) {
    return sessions.stream().collect(ReceptionTally.collector(PROVINCE, cutOff));
  }

  @Property(tries = 100)
  void talliesMergeAssociativelyAndCommutativelyWithTheEmptyTallyAsIdentity(
      @ForAll("sessions") List<ReceptionSession> a,
      @ForAll("sessions") List<ReceptionSession> b,
      @ForAll("sessions") List<ReceptionSession> c,
      @ForAll CutOff cutOff) {
    SummaryLaws.mergeLaws(ReceptionTally.empty(), tally(a, cutOff), tally(b, cutOff), tally(c, cutOff));
  }

  @Property(tries = 100)
  void theCollectorIsTheFoldOfSingleTalliesAtAnySplit(
      @ForAll("sessions") List<ReceptionSession> sessions, @ForAll int at, @ForAll CutOff cutOff) {
    SummaryLaws.collectorLaws(
        sessions,
        at,
        ReceptionTally.collector(PROVINCE, cutOff),
        s -> ReceptionTally.of(s, PROVINCE, cutOff),
        ReceptionTally.empty());
  }

  @Property(tries = 100)
  void talliesOfDifferentCutOffsAreRefusedBothWaysAndLeftAsTheyWere(
      @ForAll ReceptionSession session, @ForAll CutOff one, @ForAll CutOff other) {
    if (one.equals(other)) {
      return;
    }
    ReceptionTally a = ReceptionTally.of(session, PROVINCE, one);
    ReceptionTally b = ReceptionTally.of(session, PROVINCE, other);
    String textOfA = a.toString();
    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.plus(a)).isInstanceOf(IllegalArgumentException.class);
    assertThat(a).hasToString(textOfA);
  }

  @Property(tries = 100)
  void reassigningOntoSuccessorsKeepsEveryTotal(
      @ForAll("sessions") List<ReceptionSession> sessions, @ForAll CutOff cutOff) {
    ReceptionTally tally = tally(sessions, cutOff);
    ReceptionTally moved = tally.reassignedTo(PROVINCE, LocalDate.of(2026, 1, 1));
    assertThat(moved.sessionsByUnit().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(tally.sessions());
    assertThat(moved.mattersByUnit().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(tally.matters());
    assertThat(moved.sessionsByUnit().keySet())
        .allSatisfy(unit -> assertThat(PROVINCE.unit(unit, LocalDate.of(2026, 1, 1))).isPresent());
    assertThat(moved.reassignedTo(PROVINCE, LocalDate.of(2026, 1, 1))).isEqualTo(moved);
    assertThat(sum(moved.sessionsByUnitAndMonth())).isEqualTo(tally.sessions());
    assertThat(sum(moved.mattersByUnitAndMonth())).isEqualTo(tally.matters());
    assertThat(moved.sessionsByUnitAndMonth().keySet()).isEqualTo(moved.sessionsByUnit().keySet());
    // unit by unit, each count under the carrier the chart names for its unit
    java.util.Map<UnitId, Integer> sessionsMoved = new java.util.TreeMap<>();
    java.util.Map<UnitId, Integer> mattersMoved = new java.util.TreeMap<>();
    LocalDate in2026 = LocalDate.of(2026, 1, 1);
    tally.sessionsByUnit().forEach(
        (unit, n) -> sessionsMoved.merge(PROVINCE.historyCarrier(unit, in2026).orElse(unit), n, Integer::sum));
    tally.mattersByUnit().forEach(
        (unit, n) -> mattersMoved.merge(PROVINCE.historyCarrier(unit, in2026).orElse(unit), n, Integer::sum));
    assertThat(moved.sessionsByUnit()).isEqualTo(sessionsMoved);
    assertThat(moved.mattersByUnit()).isEqualTo(mattersMoved);
  }

  private static int sum(java.util.Map<?, ? extends java.util.Map<?, Integer>> table) {
    return table.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
  }

  @Property(tries = 100)
  void theCountsByUnitAndMonthAndBySizeAddUpToTheTotals(
      @ForAll("sessions") List<ReceptionSession> sessions, @ForAll CutOff cutOff) {
    ReceptionTally tally = tally(sessions, cutOff);
    assertThat(sum(tally.sessionsByUnitAndMonth())).isEqualTo(tally.sessions());
    assertThat(sum(tally.mattersByUnitAndMonth())).isEqualTo(tally.matters());
    tally.sessionsByUnitAndMonth()
        .forEach(
            (unit, months) ->
                assertThat(months.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(tally.sessionsByUnit().get(unit)));
    tally.mattersByUnitAndMonth()
        .forEach((unit, months) -> months.forEach((month, n) -> assertThat(tally.matters(unit, month)).isEqualTo(n)));
    assertThat(tally.delegationsBySize().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(tally.delegations());
    assertThat(tally.delegationsBySize().entrySet().stream().mapToInt(e -> e.getKey() * e.getValue()).sum())
        .isEqualTo(tally.delegationPeople());
    assertThat(tally.delegations(com.google.common.collect.Range.all())).isEqualTo(tally.delegations());
  }

  // ---- from figures ----------------------------------------------------------------------------------------------

  private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 1);

  @Provide
  Arbitrary<ReceptionTally> tallies() {
    return ReceptionArbitraries.tallies();
  }

  @Property(tries = 200)
  void aTallyMadeFromItsOwnFiguresEqualsIt(@ForAll("tallies") ReceptionTally tally, @ForAll CutOff cutOff) {
    assertThat(TallyFigures.of(tally, cutOff).tally()).isEqualTo(tally);
    ReceptionTally moved = tally.reassignedTo(PROVINCE, IN_2026);
    assertThat(TallyFigures.of(moved, cutOff).tally()).as("reassigned").isEqualTo(moved);
    ReceptionTally twice = tally.plus(moved);
    assertThat(TallyFigures.of(twice, cutOff).tally()).as("merged").isEqualTo(twice);
  }

  /** Adds one to the first count of a table, or counts one of a key if it has none. */
  private static <K> void plusOne(Map<K, Integer> counts, K otherwise) {
    K key = counts.isEmpty() ? otherwise : counts.keySet().iterator().next();
    counts.merge(key, 1, Integer::sum);
  }

  /** Adds one to the first count of a table by unit and month, or counts one in a unit and month if it has none. */
  private static void plusOne(Map<UnitId, Map<YearMonth, Integer>> table) {
    if (table.isEmpty()) {
      table.put(UnitId.of("HG-UBND"), new TreeMap<>(Map.of(YearMonth.of(2016, 3), 1)));
    } else {
      plusOne(table.values().iterator().next(), YearMonth.of(2016, 3));
    }
  }

  private static final Map<String, Consumer<TallyFigures>> ONE_MORE =
      Map.of(
          "sessionsByKind", f -> plusOne(f.sessionsByKind, SessionKind.REGULAR),
          "sessionsByUnitAndMonth", f -> plusOne(f.sessionsByUnitAndMonth),
          "mattersByKind", f -> plusOne(f.mattersByKind, PetitionKind.COMPLAINT),
          "mattersByLevel", f -> plusOne(f.mattersByLevel, Level.PROVINCIAL),
          "mattersByPost", f -> plusOne(f.mattersByPost, PostKind.CHAIR),
          "mattersByOutcome", f -> plusOne(f.mattersByOutcome, ReceptionOutcome.GUIDED),
          "mattersByUnitAndMonth", f -> plusOne(f.mattersByUnitAndMonth));

  @Property(tries = 100)
  void oneMoreInATableTheOthersCrossIsRefusedNamingIt(
      @ForAll("tallies") ReceptionTally tally, @ForAll("crossChecked") String figure) {
    TallyFigures figures = TallyFigures.of(tally, CutOff.monthEnd());
    ONE_MORE.get(figure).accept(figures);
    assertThatThrownBy(figures::tally).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(figure);
  }

  @Provide
  Arbitrary<String> crossChecked() {
    return Arbitraries.of(ONE_MORE.keySet());
  }

  /** Sets the first count of a table to a value, or counts the value of a key if it has none. */
  private static <K> void set(Map<K, Integer> counts, K otherwise, int n) {
    counts.put(counts.isEmpty() ? otherwise : counts.keySet().iterator().next(), n);
  }

  private static void set(Map<UnitId, Map<YearMonth, Integer>> table, int n) {
    if (table.isEmpty()) {
      table.put(UnitId.of("HG-UBND"), new TreeMap<>());
    }
    set(table.values().iterator().next(), YearMonth.of(2016, 3), n);
  }

  @Property(tries = 200)
  void aCountOfZeroOrLessIsRefusedNamingTheFigure(
      @ForAll("tallies") ReceptionTally tally,
      @ForAll("counted") String figure,
      @ForAll @IntRange(min = -3, max = 0) int n) {
    TallyFigures f = TallyFigures.of(tally, CutOff.monthEnd());
    switch (figure) {
      case "sessionsByKind" -> set(f.sessionsByKind, SessionKind.REGULAR, n);
      case "sessionsByUnitAndMonth" -> set(f.sessionsByUnitAndMonth, n);
      case "mattersByKind" -> set(f.mattersByKind, PetitionKind.COMPLAINT, n);
      case "mattersByLevel" -> set(f.mattersByLevel, Level.PROVINCIAL, n);
      case "mattersByPost" -> set(f.mattersByPost, PostKind.CHAIR, n);
      case "mattersByOutcome" -> set(f.mattersByOutcome, ReceptionOutcome.GUIDED, n);
      case "mattersByUnitAndMonth" -> set(f.mattersByUnitAndMonth, n);
      case "delegationsBySize" -> set(f.delegationsBySize, 5, n);
      default -> set(f.refusalsByGround, RefusalGround.DRAWN_OUT, n);
    }
    assertThatThrownBy(f::tally)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(figure)
        .hasMessageContaining("=" + n);
  }

  @Provide
  Arbitrary<String> counted() {
    return Arbitraries.of(
        "sessionsByKind",
        "sessionsByUnitAndMonth",
        "mattersByKind",
        "mattersByLevel",
        "mattersByPost",
        "mattersByOutcome",
        "mattersByUnitAndMonth",
        "delegationsBySize",
        "refusalsByGround");
  }

  @Property(tries = 100)
  void fewerCitizensThanTheMattersOrRefusalsBringAreRefusedNamingThem(
      @ForAll("tallies") ReceptionTally tally, @ForAll @IntRange(min = 1, max = 3) int fewer) {
    TallyFigures received = TallyFigures.of(tally, CutOff.monthEnd());
    received.citizens = tally.delegationPeople() + tally.matters() - tally.delegations() - fewer;
    assertThatThrownBy(received::tally)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("citizens " + received.citizens);
    TallyFigures refused = TallyFigures.of(tally, CutOff.monthEnd());
    refused.citizensRefused = tally.refusals() == 0 ? fewer : tally.refusals() - fewer;
    assertThatThrownBy(refused::tally)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("citizensRefused " + refused.citizensRefused);
  }
}
