package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.Level;
import org.junit.jupiter.api.Test;

class AttendanceTest {

  private static final Attendance HAU_GIANG_2016 =
      Attendance.builder().putPresent(Level.DISTRICT, AttendanceCount.nearly(200)).build();

  @Test
  void aReportGivesOnlyTheCountsItKnows() {
    assertThat(HAU_GIANG_2016.presentAt(Level.DISTRICT)).contains(AttendanceCount.nearly(200));
    assertThat(HAU_GIANG_2016.presentAt(Level.PROVINCIAL)).isEmpty();
    assertThat(HAU_GIANG_2016.expectedAt(Level.DISTRICT)).isEmpty();
    assertThat(HAU_GIANG_2016.expectedTotal()).isEmpty();
    assertThat(HAU_GIANG_2016.presentTotal()).contains(AttendanceCount.nearly(200));
    assertThat(HAU_GIANG_2016).hasToString("Attendance[expected {}, present {DISTRICT=nearly 200}]");
  }

  @Test
  void nothingRecordedIsNone() {
    assertThat(Attendance.none().expected()).isEmpty();
    assertThat(Attendance.none().present()).isEmpty();
    assertThat(Attendance.none().presentTotal()).isEmpty();
    assertThat(Attendance.none()).isEqualTo(Attendance.builder().build());
  }

  @Test
  void totalsAddTheLevelsAndTheirDoubts() {
    Attendance attendance =
        Attendance.builder()
            .putExpected(Level.PROVINCIAL, AttendanceCount.of(20))
            .putExpected(Level.DISTRICT, AttendanceCount.of(80))
            .putPresent(Level.PROVINCIAL, AttendanceCount.of(18))
            .putPresent(Level.DISTRICT, AttendanceCount.nearly(80))
            .build();
    assertThat(attendance.expectedTotal()).contains(AttendanceCount.of(100));
    assertThat(attendance.expectedAt(Level.DISTRICT)).contains(AttendanceCount.of(80));
    assertThat(attendance.expectedAt(Level.COMMUNE)).isEmpty();
    assertThat(attendance.presentTotal()).contains(AttendanceCount.nearly(98));
    assertThat(attendance.expected().keySet()).containsExactly(Level.PROVINCIAL, Level.DISTRICT);
  }

  @Test
  void turnoutIsGivenOnlyForExactCounts() {
    Attendance attendance =
        Attendance.builder()
            .putExpected(Level.PROVINCIAL, AttendanceCount.of(80))
            .putPresent(Level.PROVINCIAL, AttendanceCount.of(60))
            .putExpected(Level.DISTRICT, AttendanceCount.of(80))
            .putPresent(Level.DISTRICT, AttendanceCount.nearly(80))
            .putExpected(Level.COMMUNE, AttendanceCount.of(0))
            .putPresent(Level.COMMUNE, AttendanceCount.of(3))
            .putExpected(Level.GRASSROOTS, AttendanceCount.about(10))
            .putPresent(Level.GRASSROOTS, AttendanceCount.of(3))
            .putPresent(Level.CENTRAL, AttendanceCount.of(2))
            .build();
    assertThat(attendance.turnoutPercentAt(Level.PROVINCIAL)).contains(75.0);
    assertThat(attendance.turnoutPercentAt(Level.DISTRICT)).isEmpty();
    assertThat(attendance.turnoutPercentAt(Level.COMMUNE)).isEmpty();
    assertThat(attendance.turnoutPercentAt(Level.GRASSROOTS)).isEmpty();
    assertThat(attendance.turnoutPercentAt(Level.CENTRAL)).isEmpty();
    assertThat(HAU_GIANG_2016.turnoutPercentAt(Level.DISTRICT)).isEmpty();
    assertThat(
            Attendance.builder()
                .putExpected(Level.DISTRICT, AttendanceCount.of(4))
                .putPresent(Level.DISTRICT, AttendanceCount.of(5))
                .build()
                .turnoutPercentAt(Level.DISTRICT))
        .contains(125.0);
  }

  @Test
  void aBadCountLeavesTheBuilderUnbuilt() {
    Attendance.Builder builder = Attendance.builder().putPresent(Level.DISTRICT, AttendanceCount.of(3));
    assertThatThrownBy(() -> builder.putPresent(Level.DISTRICT, AttendanceCount.of(-3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.build().presentAt(Level.DISTRICT)).contains(AttendanceCount.of(3));
  }
}
