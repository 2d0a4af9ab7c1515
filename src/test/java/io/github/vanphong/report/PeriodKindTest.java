package io.github.vanphong.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodKindTest {

  @Test
  void specialAdHocAndTermReportsHaveNoFixedPeriod() {
    assertThat(PeriodKind.SPECIAL.hasFixedPeriod()).isFalse();
    assertThat(PeriodKind.AD_HOC.hasFixedPeriod()).isFalse();
    assertThat(PeriodKind.TERM.hasFixedPeriod()).isFalse();
    assertThat(PeriodKind.MONTH.hasFixedPeriod()).isTrue();
    assertThat(PeriodKind.FIRST_QUARTER.hasFixedPeriod()).isTrue();
    assertThat(PeriodKind.YEAR.hasFixedPeriod()).isTrue();
  }

  @Test
  void theKindsOfAYearNameTheirFirstAndLastMonths() {
    assertThat(PeriodKind.FIRST_QUARTER.firstMonth()).hasValue(1);
    assertThat(PeriodKind.FIRST_QUARTER.lastMonth()).hasValue(3);
    assertThat(PeriodKind.LAST_SIX_MONTHS.firstMonth()).hasValue(7);
    assertThat(PeriodKind.LAST_SIX_MONTHS.lastMonth()).hasValue(12);
    assertThat(PeriodKind.NINE_MONTHS.lastMonth()).hasValue(9);
    assertThat(PeriodKind.MONTH.firstMonth()).isEmpty();
    assertThat(PeriodKind.MONTH.lastMonth()).isEmpty();
    assertThat(PeriodKind.TERM.firstMonth()).isEmpty();
  }

  @Test
  void everyKindHasItsVietnameseName() {
    assertThat(PeriodKind.FIRST_QUARTER.vietnameseName()).isEqualTo("Báo cáo quý I");
    assertThat(PeriodKind.AD_HOC.englishName()).isEqualTo("Ad-hoc report");
    assertThat(ReportStatus.MISSING.vietnameseName()).isEqualTo("Chưa gửi, quá hạn");
    assertThat(ReportStatus.ON_TIME.englishName()).isEqualTo("Sent on time");
    assertThat(ReportStatus.ON_TIME.isSent()).isTrue();
    assertThat(ReportStatus.LATE.isSent()).isTrue();
    assertThat(ReportStatus.MISSING.isSent()).isFalse();
    assertThat(ReportStatus.NOT_YET_DUE.isSent()).isFalse();
    assertThat(DayOffPolicy.NEXT_WORKING_DAY.vietnameseName()).isEqualTo("Ngày làm việc tiếp theo");
    assertThat(DayOffPolicy.PREVIOUS_WORKING_DAY.englishName()).isEqualTo("Previous working day");
    assertThat(ReportingRule.MINIMUM_GAP.englishName()).isEqualTo("At least one working day from cut-off to due day");
    assertThat(ReportingRule.KIND_OF_REGIME.vietnameseName()).isEqualTo("Kỳ báo cáo thuộc chế độ");
  }
}
