package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Counts add like numbers, and their approximations combine the same way in any order. */
class AttendanceCountProperties {

  @Property
  void countsMergeWithExactZeroAsIdentityAssociativelyAndCommutatively(
      @ForAll AttendanceCount a, @ForAll AttendanceCount b, @ForAll AttendanceCount c) {
    SummaryLaws.mergeLaws(AttendanceCount.empty(), a, b, c);
    assertThat(AttendanceCount.empty()).isEqualTo(AttendanceCount.of(0));
    assertThat(a.plus(b).number()).isEqualTo(a.number() + b.number());
    assertThat(a.plus(b).isExact()).isEqualTo(a.isExact() && b.isExact());
  }

  /** Exact counts add as their numbers do, and stay exact; an exact count read back from its text is itself. */
  @Property
  void exactCountsAddAsNumbers(@ForAll @IntRange(max = 1_000_000) int a, @ForAll @IntRange(max = 1_000_000) int b) {
    assertThat(AttendanceCount.exactly(a).plus(AttendanceCount.exactly(b))).isEqualTo(AttendanceCount.exactly(a + b));
    assertThat(AttendanceCount.exactly(a)).isEqualTo(AttendanceCount.of(a)).hasToString(Integer.toString(a));
    assertThat(AttendanceCount.exactly(a).toVietnamese()).isEqualTo(Integer.toString(a));
  }

  @Property(tries = 300)
  void theCollectorAddsTheCountsInAnyOrderAndSplit(
      @ForAll @Size(max = 20) List<AttendanceCount> counts, @ForAll @IntRange(max = 20) int at) {
    SummaryLaws.collectorLaws(
        counts, at, AttendanceCount.collector(), Function.identity(), AttendanceCount.empty());
  }

  @Property
  void theTotalsOfAnAttendanceAddItsLevels(@ForAll Attendance attendance) {
    int present = attendance.present().values().stream().mapToInt(AttendanceCount::number).sum();
    assertThat(attendance.presentTotal().map(AttendanceCount::number).orElse(0)).isEqualTo(present);
    assertThat(attendance.expectedTotal().isPresent()).isEqualTo(!attendance.expected().isEmpty());
  }
}
