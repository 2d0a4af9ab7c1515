package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The merge laws of {@link ComplianceSummary}, checked with {@link SummaryLaws}, and its re-aggregation. */
class ComplianceSummaryProperties {

  private static final OrgChart PROVINCE = ReceptionArbitraries.province();

  /** Three lists of compliances over one period as of one day. */
  @Provide
  Arbitrary<List<List<ReceptionCompliance>>> sameDay() {
    return Combinators.combine(ReceptionArbitraries.reportPeriods(), Arbitraries.integers().between(0, 200))
        .flatAs(
            (period, offset) -> {
              LocalDate asOf = period.first().plusDays(offset);
              Arbitrary<List<ReceptionCompliance>> lists = ReceptionArbitraries.compliancesOn(period, asOf);
              return Combinators.combine(lists, lists, lists).as(List::of);
            });
  }

  /** Two lists of compliances over one period as of two different days. */
  @Provide
  Arbitrary<List<List<ReceptionCompliance>>> twoDays() {
    return Combinators.combine(
            ReceptionArbitraries.reportPeriods(),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(1, 100))
        .flatAs(
            (period, offset, later) -> {
              LocalDate asOf = period.first().plusDays(offset);
              return Combinators.combine(
                      ReceptionArbitraries.compliancesOn(period, asOf),
                      ReceptionArbitraries.compliancesOn(period, asOf.plusDays(later)))
                  .as(List::of);
            });
  }

  private static ComplianceSummary summary(List<ReceptionCompliance> compliances) {
    return compliances.stream().collect(ComplianceSummary.collector());
  }

  @Property(tries = 60)
  void summariesOfOneDayMergeAssociativelyAndCommutatively(@ForAll("sameDay") List<List<ReceptionCompliance>> lists) {
    SummaryLaws.mergeLaws(
        ComplianceSummary.empty(), summary(lists.get(0)), summary(lists.get(1)), summary(lists.get(2)));
  }

  @Property(tries = 60)
  void theCollectorIsTheFoldOfSingleSummariesAtAnySplit(
      @ForAll("sameDay") List<List<ReceptionCompliance>> lists, @ForAll int at) {
    SummaryLaws.collectorLaws(
        lists.get(0), at, ComplianceSummary.collector(), ComplianceSummary::of, ComplianceSummary.empty());
  }

  @Property(tries = 60)
  void summariesOfAnotherDayAreRefused(@ForAll("twoDays") List<List<ReceptionCompliance>> lists) {
    SummaryLaws.anotherDayIsRefused(
        summary(lists.get(0)), summary(lists.get(1)), ComplianceSummary.empty(), ComplianceSummary::asOf);
  }

  @Property(tries = 60)
  void reassigningOntoSuccessorsKeepsEveryTotalAndTheRollUpPlacesEveryPost(
      @ForAll ComplianceSummary summary, @ForAll("days") LocalDate day) {
    ComplianceSummary moved = summary.reassignedTo(PROVINCE, day);
    assertThat(moved.posts()).isEqualTo(summary.posts());
    assertThat(moved.required()).isEqualTo(summary.required());
    assertThat(moved.shortfall()).isEqualTo(summary.shortfall());
    assertThat(moved.adHocCalls()).isEqualTo(summary.adHocCalls());
    // unit by unit, each unit's figures under the carrier the chart names for it
    ComplianceSummary expected = ComplianceSummary.empty();
    for (UnitId unit : summary.units()) {
      UnitId carrier = PROVINCE.historyCarrier(unit, day).orElse(unit);
      expected = expected.plus(summary.forUnit(unit).countedUnder(carrier));
    }
    assertThat(moved).isEqualTo(expected);
    ComplianceRollUp rollUp = ComplianceRollUp.of(summary, PROVINCE, day);
    assertThat(rollUp.total().posts()).isEqualTo(summary.posts());
    assertThat(rollUp.total().held()).isEqualTo(summary.held());
  }

  @Property(tries = 100)
  void theRollUpEqualsTheUnitByUnitPlacement(@ForAll ComplianceSummary summary, @ForAll("days") LocalDate day) {
    UnitTree tree = PROVINCE.asOf(day);
    Map<UnitId, ComplianceSummary> own = new TreeMap<>();
    Map<UnitId, ComplianceSummary> rolledUp = new TreeMap<>();
    Map<UnitId, ComplianceSummary> unplaced = new TreeMap<>();
    for (UnitId unit : summary.units()) {
      ComplianceSummary figures = summary.forUnit(unit);
      Optional<UnitId> carrier = PROVINCE.historyCarrier(unit, day).filter(tree::contains);
      if (carrier.isEmpty()) {
        unplaced.put(unit, figures);
        continue;
      }
      ComplianceSummary moved = figures.reassignedTo(PROVINCE, day);
      own.merge(carrier.get(), moved, ComplianceSummary::plus);
      rolledUp.merge(carrier.get(), moved, ComplianceSummary::plus);
      for (Unit above : tree.ancestors(carrier.get())) {
        rolledUp.merge(above.id(), moved, ComplianceSummary::plus);
      }
    }
    ComplianceRollUp rollUp = ComplianceRollUp.of(summary, PROVINCE, day);
    assertThat(rollUp.rolledUp()).containsExactlyEntriesOf(rolledUp);
    assertThat(rollUp.unplaced()).containsExactlyEntriesOf(unplaced);
    for (UnitId unit : rolledUp.keySet()) {
      assertThat(rollUp.ownSummaryOf(unit)).as("%s", unit).isEqualTo(own.getOrDefault(unit, ComplianceSummary.empty()));
    }
    assertThat(ComplianceRollUp.of(summary, tree).rolledUp().keySet()).isSubsetOf(rolledUp.keySet());
  }

  @Property(tries = 100)
  void aComplianceAddsUpItsPeriods(@ForAll ReceptionCompliance compliance) {
    assertThat(compliance.shortfall() + compliance.pending()).isLessThanOrEqualTo(compliance.required());
    assertThat(compliance.answered()).isSubsetOf(compliance.adHocCalls());
    assertThat(compliance.dutyPeriods())
        .allSatisfy(p -> assertThat(compliance.period().contains(p.first())).isTrue());
    assertThat(compliance.status() == ComplianceStatus.NO_DUTY).isEqualTo(compliance.required() == 0);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return ReceptionArbitraries.days();
  }

  @Property
  void aSummaryMadeFromEachUnitsFiguresEqualsTheCollectedOne(@ForAll ComplianceSummary collected) {
    ComplianceSummary made = ComplianceSummary.empty();
    for (UnitId unit : collected.units()) {
      ComplianceSummary one = collected.forUnit(unit);
      made =
          made.plus(
              ComplianceSummary.of(
                  one.asOf().orElseThrow(),
                  unit,
                  one.posts(),
                  one.postsWithDuty(),
                  one.postsShort(),
                  one.required(),
                  one.held(),
                  one.shortfall(),
                  one.pending(),
                  one.adHocCalls(),
                  one.adHocAnswered()));
    }
    assertThat(made).isEqualTo(collected);
  }
}
