package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportPeriodKindTest {

  @Test
  void thePeriodsOfConclusion215AreMonthlyQuarterlySixNineMonthsAndTheYear() {
    assertThat(ReportPeriodKind.values()).hasSize(5);
    assertThat(ReportPeriodKind.NINE_MONTHS.vietnameseName()).isEqualTo("Báo cáo 9 tháng");
    assertThat(ReportPeriodKind.MONTH.englishName()).isEqualTo("Monthly");
  }
}
