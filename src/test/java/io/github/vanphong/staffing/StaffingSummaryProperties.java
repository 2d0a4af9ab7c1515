package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.testing.StaffingArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class StaffingSummaryProperties {

  @Provide
  Arbitrary<List<QuotaCompliance>> compliances() {
    return StaffingArbitraries.quotaCompliances().list().ofMaxSize(60);
  }

  @Property
  void summariesMergeWithAnIdentityAssociativelyAndCommutatively(
      @ForAll StaffingSummary a, @ForAll StaffingSummary b, @ForAll StaffingSummary c) {
    SummaryLaws.mergeLaws(StaffingSummary.empty(), a, b, c);
  }

  @Property(tries = 300)
  void theCollectorGivesThePlusOfTheSingleSummariesInAnyOrderAndSplit(
      @ForAll("compliances") List<QuotaCompliance> list, @ForAll @IntRange(max = 60) int at) {
    SummaryLaws.collectorLaws(list, at, StaffingSummary.collector(), StaffingSummary::of, StaffingSummary.empty());
  }

  @Property
  void theTotalsAgree(@ForAll("compliances") List<QuotaCompliance> list) {
    StaffingSummary s = list.stream().collect(StaffingSummary.collector());
    assertThat(s.units()).isEqualTo(list.size());
    assertThat(s.totalStaff()).isEqualTo(list.stream().mapToInt(QuotaCompliance::counted).sum());
    assertThat(s.staffByKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.totalStaff());
    assertThat(s.staffWithUniversityDegree()).isBetween(0, s.totalStaff());
    assertThat(s.universityShare()).isBetween(0.0, 1.0);
    assertThat(s.unitsBelowNorm())
        .containsExactlyInAnyOrderElementsOf(
            list.stream()
                .filter(c -> c.status() == QuotaStatus.BELOW)
                .map(c -> c.unit().id())
                .distinct()
                .collect(java.util.stream.Collectors.toList()));
  }

  @Property
  void aSummaryMadeFromTheFiguresOfACollectedOneEqualsIt(@ForAll("compliances") List<QuotaCompliance> list) {
    StaffingSummary collected = list.stream().collect(StaffingSummary.collector());
    StaffingSummary made =
        StaffingSummary.of(
            collected.units(),
            collected.staffByLevel(),
            collected.staffByKind(),
            collected.unitsBelowNorm(),
            collected.unitsAboveNormInTransition(),
            collected.staffWithUniversityDegree());
    assertThat(made).isEqualTo(collected);
  }
}
