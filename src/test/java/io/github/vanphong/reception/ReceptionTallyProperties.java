package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
}
