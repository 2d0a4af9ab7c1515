package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.testing.ElectionArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The merge laws of {@link MilestoneSummary}, checked with {@link SummaryLaws}, and its roll-up. */
class MilestoneSummaryProperties {

  private static final LocalDate DAY = LocalDate.of(2021, 5, 23);

  /** Lists of follow-ups of one election and a day to count them on. */
  @Provide
  Arbitrary<List<List<ElectionFollowUp>>> followUps() {
    Arbitrary<List<ElectionFollowUp>> list = ElectionArbitraries.followUpsOf(DAY).list().ofMaxSize(5);
    return Combinators.combine(list, list, list).as(List::of);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(-130, 40).map(DAY::plusDays);
  }

  private static MilestoneSummary summary(List<ElectionFollowUp> followUps, LocalDate asOf) {
    return followUps.stream().collect(MilestoneSummary.collector(asOf));
  }

  @Property(tries = 60)
  void summariesOfOneDayMergeAssociativelyAndCommutatively(
      @ForAll("followUps") List<List<ElectionFollowUp>> lists, @ForAll("days") LocalDate asOf) {
    SummaryLaws.mergeLaws(
        MilestoneSummary.empty(),
        summary(lists.get(0), asOf),
        summary(lists.get(1), asOf),
        summary(lists.get(2), asOf));
  }

  @Property(tries = 60)
  void theCollectorIsTheFoldOfSingleSummariesAtAnySplit(
      @ForAll("followUps") List<List<ElectionFollowUp>> lists, @ForAll("days") LocalDate asOf, @ForAll int at) {
    SummaryLaws.collectorLaws(
        lists.get(0), at, MilestoneSummary.collector(asOf), f -> MilestoneSummary.of(f, asOf), MilestoneSummary.empty());
  }

  @Property(tries = 60)
  void summariesOfAnotherDayAreRefused(
      @ForAll("followUps") List<List<ElectionFollowUp>> lists, @ForAll("days") LocalDate asOf) {
    List<ElectionFollowUp> one = lists.get(0);
    if (one.isEmpty()) {
      return;
    }
    SummaryLaws.anotherDayIsRefused(
        summary(one, asOf), summary(lists.get(1).isEmpty() ? one : lists.get(1), asOf.plusDays(1)),
        MilestoneSummary.empty(), MilestoneSummary::asOf);
  }

  @Property(tries = 60)
  void everyMilestoneIsCountedOnce(@ForAll("followUps") List<List<ElectionFollowUp>> lists, @ForAll("days") LocalDate asOf) {
    List<ElectionFollowUp> followUps = lists.get(0);
    MilestoneSummary summary = summary(followUps, asOf);
    assertThat(summary.total()).isEqualTo(followUps.size() * ElectionTimeline.of(DAY).milestones().size());
    int byStatus = 0;
    for (MilestoneStatus status : MilestoneStatus.values()) {
      byStatus += summary.count(status);
    }
    assertThat(byStatus).isEqualTo(summary.total());
  }

  @Property(tries = 60)
  void aRollUpLosesNoMilestoneAndATopUnitHoldsThoseUnderIt(@ForAll MilestoneRollUp rollUp) {
    assertThat(rollUp.total().total())
        .isEqualTo(
            rollUp.unplaced().values().stream().mapToInt(MilestoneSummary::total).sum()
                + rollUp.rolledUp().keySet().stream()
                    .filter(u -> !rollUp.ownSummaryOf(u).isEmpty())
                    .mapToInt(u -> rollUp.ownSummaryOf(u).total())
                    .sum());
    rollUp.rolledUp().forEach((unit, figures) -> assertThat(figures.total()).isGreaterThanOrEqualTo(rollUp.ownSummaryOf(unit).total()));
  }
}
