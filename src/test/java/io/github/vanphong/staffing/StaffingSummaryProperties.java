package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

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
  void plusIsAssociative(@ForAll StaffingSummary a, @ForAll StaffingSummary b, @ForAll StaffingSummary c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void plusIsCommutative(@ForAll StaffingSummary a, @ForAll StaffingSummary b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).hashCode()).isEqualTo(b.plus(a).hashCode());
  }

  @Property
  void emptyIsTheIdentity(@ForAll StaffingSummary a) {
    assertThat(a.plus(StaffingSummary.empty())).isEqualTo(a);
    assertThat(StaffingSummary.empty().plus(a)).isEqualTo(a);
  }

  @Property
  void theSummaryOfAListIsThePlusOfTheSummariesOfAnySplit(
      @ForAll("compliances") List<QuotaCompliance> list, @ForAll @IntRange(max = 60) int at) {
    int split = Math.min(at, list.size());
    StaffingSummary whole = list.stream().collect(StaffingSummary.toSummary());
    StaffingSummary left = list.subList(0, split).stream().collect(StaffingSummary.toSummary());
    StaffingSummary right = list.subList(split, list.size()).stream().collect(StaffingSummary.toSummary());
    assertThat(left.plus(right)).isEqualTo(whole);
  }

  @Property(tries = 100)
  void aParallelStreamGivesTheSequentialResult(@ForAll("compliances") List<QuotaCompliance> list) {
    assertThat(list.parallelStream().collect(StaffingSummary.toSummary()))
        .isEqualTo(list.stream().collect(StaffingSummary.toSummary()));
  }

  @Property
  void theTotalsAgree(@ForAll("compliances") List<QuotaCompliance> list) {
    StaffingSummary s = list.stream().collect(StaffingSummary.toSummary());
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
}
