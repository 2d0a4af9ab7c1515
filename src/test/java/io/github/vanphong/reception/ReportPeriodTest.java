package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

  @Test
  void theFirstQuarterAtTheMonthsEndAndUnderACutOffOnThe14th() {
    ReportPeriod calendar = ReportPeriod.quarter(2016, 1, CutOff.monthEnd());
    assertThat(calendar.first()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(calendar.last()).isEqualTo(LocalDate.of(2016, 3, 31));
    ReportPeriod fourteenth = ReportPeriod.quarter(2016, 1, CutOff.onDay(14));
    assertThat(fourteenth.first()).isEqualTo(LocalDate.of(2015, 12, 15));
    assertThat(fourteenth.last()).isEqualTo(LocalDate.of(2016, 3, 14));
    assertThat(fourteenth.contains(LocalDate.of(2015, 12, 15))).isTrue();
    assertThat(fourteenth.contains(LocalDate.of(2016, 3, 15))).isFalse();
    assertThat(fourteenth).hasToString("2016-Q1 [2015-12-15..2016-03-14] (day 14)");
  }

  @Test
  void sixAndNineMonthsAndTheYearCountFromTheStartOfTheYear() {
    CutOff cutOff = CutOff.onDay(14);
    assertThat(ReportPeriod.sixMonths(2016, cutOff).first()).isEqualTo(LocalDate.of(2015, 12, 15));
    assertThat(ReportPeriod.sixMonths(2016, cutOff).last()).isEqualTo(LocalDate.of(2016, 6, 14));
    assertThat(ReportPeriod.nineMonths(2016, cutOff).last()).isEqualTo(LocalDate.of(2016, 9, 14));
    assertThat(ReportPeriod.year(2016, CutOff.monthEnd()).last()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(ReportPeriod.month(YearMonth.of(2016, 3), CutOff.monthEnd()))
        .hasToString("2016-03 [2016-03-01..2016-03-31] (month end)");
    assertThat(ReportPeriod.sixMonths(2016, cutOff).toString()).startsWith("2016-6M");
    assertThat(ReportPeriod.nineMonths(2016, cutOff).toString()).startsWith("2016-9M");
    assertThat(ReportPeriod.year(2016, cutOff).kind()).isEqualTo(ReportPeriodKind.YEAR);
    assertThat(ReportPeriod.year(2016, cutOff).firstMonth()).isEqualTo(YearMonth.of(2016, 1));
    assertThat(ReportPeriod.quarter(2016, 3, cutOff).firstMonth()).isEqualTo(YearMonth.of(2016, 7));
    assertThat(ReportPeriod.quarter(2016, 3, cutOff).lastMonth()).isEqualTo(YearMonth.of(2016, 9));
  }

  @Test
  void thePartysPeriodsAreThoseOfConclusion215() {
    assertThat(ReportPeriod.PARTY_PERIODS.instrument()).isEqualTo(Instruments.PARTY_REGULATION_11_2019);
    assertThat(ReportPeriod.PARTY_PERIODS.asAmendedBy()).containsExactly(Instruments.PARTY_CONCLUSION_215_2025);
    assertThat(ReportPeriod.PARTY_PERIODS.confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void aPeriodOutOfRangeIsRefused() {
    assertThatThrownBy(() -> ReportPeriod.quarter(2016, 5, CutOff.monthEnd()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 4");
    assertThatThrownBy(() -> ReportPeriod.year(1900, CutOff.monthEnd()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1901 to 2199");
  }

  @Test
  void equalityCoversTheKindTheYearTheNumberAndTheCutOff() {
    new EqualsTester()
        .addEqualityGroup(ReportPeriod.quarter(2016, 1, CutOff.monthEnd()), ReportPeriod.quarter(2016, 1, CutOff.monthEnd()))
        .addEqualityGroup(ReportPeriod.quarter(2016, 2, CutOff.monthEnd()))
        .addEqualityGroup(ReportPeriod.quarter(2017, 1, CutOff.monthEnd()))
        .addEqualityGroup(ReportPeriod.quarter(2016, 1, CutOff.onDay(14)))
        .addEqualityGroup(ReportPeriod.month(YearMonth.of(2016, 1), CutOff.monthEnd()))
        .testEquals();
  }
}
