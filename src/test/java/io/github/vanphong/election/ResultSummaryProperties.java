package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.ElectionArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The merge laws of {@link ResultSummary}, checked with {@link SummaryLaws}, and its roll-up. */
class ResultSummaryProperties {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

  private static UnitId unitOf(ConstituencyResult result) {
    return UnitId.of("U" + Math.floorMod(result.constituency().hashCode(), 4));
  }

  @Provide
  Arbitrary<List<List<ConstituencyResult>>> results() {
    Arbitrary<List<ConstituencyResult>> list = ElectionArbitraries.constituencyResultsOf(DAY).list().ofMaxSize(4);
    return Combinators.combine(list, list, list).as(List::of);
  }

  private static ResultSummary summary(List<ConstituencyResult> results) {
    return results.stream().collect(ResultSummary.collector(ResultSummaryProperties::unitOf));
  }

  @Property(tries = 40)
  void summariesOfOneElectionMergeAssociativelyAndCommutatively(
      @ForAll("results") List<List<ConstituencyResult>> lists) {
    SummaryLaws.mergeLaws(
        ResultSummary.empty(), summary(lists.get(0)), summary(lists.get(1)), summary(lists.get(2)));
  }

  @Property(tries = 40)
  void theCollectorIsTheFoldOfSingleSummariesAtAnySplit(
      @ForAll("results") List<List<ConstituencyResult>> lists, @ForAll int at) {
    SummaryLaws.collectorLaws(
        lists.get(0),
        at,
        ResultSummary.collector(ResultSummaryProperties::unitOf),
        r -> ResultSummary.of(unitOf(r), r),
        ResultSummary.empty());
  }

  @Property(tries = 40)
  void summariesOfAnotherElectionAreRefused(@ForAll("results") List<List<ConstituencyResult>> lists) {
    List<ConstituencyResult> one = lists.get(0);
    if (one.isEmpty()) {
      return;
    }
    ConstituencyResult first = one.get(0);
    ConstituencyResult earlier =
        ConstituencyResult.of(first.level(), LocalDate.of(2021, 5, 23), first.rounds().get(0));
    SummaryLaws.anotherDayIsRefused(
        summary(one), ResultSummary.of(unitOf(first), earlier), ResultSummary.empty(), ResultSummary::electionDay);
  }

  @Property(tries = 40)
  void aRollUpLosesNoConstituencyAndATopUnitHoldsThoseUnderIt(@ForAll ResultRollUp rollUp) {
    int total = rollUp.total().count(ResultFigure.CONSTITUENCIES);
    int own = rollUp.rolledUp().keySet().stream().mapToInt(u -> rollUp.ownSummaryOf(u).count(ResultFigure.CONSTITUENCIES)).sum();
    int unplaced = rollUp.unplaced().values().stream().mapToInt(s -> s.count(ResultFigure.CONSTITUENCIES)).sum();
    assertThat(own + unplaced).isEqualTo(total);
    rollUp.rolledUp().forEach((unit, s) -> assertThat(s.count(ResultFigure.CONSTITUENCIES))
        .isGreaterThanOrEqualTo(rollUp.ownSummaryOf(unit).count(ResultFigure.CONSTITUENCIES)));
  }
}
