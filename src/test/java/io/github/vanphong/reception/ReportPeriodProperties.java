package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Report months partition the days under any cut-off, and every period is made of whole report months. */
class ReportPeriodProperties {

  @Provide
  Arbitrary<LocalDate> days() {
    return ReceptionArbitraries.days();
  }

  @Property(tries = 300)
  void everyDayLiesInExactlyTheReportMonthItsCutOffGivesIt(@ForAll("days") LocalDate day, @ForAll CutOff cutOff) {
    YearMonth month = cutOff.reportMonthOf(day);
    assertThat(ReportPeriod.month(month, cutOff).contains(day)).isTrue();
    assertThat(ReportPeriod.month(month.minusMonths(1), cutOff).contains(day)).isFalse();
    assertThat(ReportPeriod.month(month.plusMonths(1), cutOff).contains(day)).isFalse();
  }

  @Property(tries = 300)
  void consecutiveReportMonthsMeetWithoutAGap(@ForAll("days") LocalDate day, @ForAll CutOff cutOff) {
    YearMonth month = YearMonth.from(day);
    assertThat(ReportPeriod.month(month, cutOff).last().plusDays(1))
        .isEqualTo(ReportPeriod.month(month.plusMonths(1), cutOff).first());
  }

  @Property(tries = 300)
  void aPeriodRunsFromTheFirstDayOfItsFirstMonthToTheLastDayOfItsLast(@ForAll ReportPeriod period) {
    assertThat(period.first()).isEqualTo(ReportPeriod.month(period.firstMonth(), period.cutOff()).first());
    assertThat(period.last()).isEqualTo(ReportPeriod.month(period.lastMonth(), period.cutOff()).last());
    assertThat(period.first()).isBefore(period.last());
    assertThat(period.contains(period.first())).isTrue();
    assertThat(period.contains(period.last())).isTrue();
    assertThat(period.contains(period.last().plusDays(1))).isFalse();
  }
}
