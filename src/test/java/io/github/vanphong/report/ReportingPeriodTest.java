package io.github.vanphong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReportPeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  private static final CutOff FOURTEENTH = CutOffConventions.STATE_2019;
  private static final CutOff MONTH_END = CutOffConventions.CALENDAR_MONTH;

  @Test
  void aMonthRunsFromTheFifteenthToTheFourteenth() {
    ReportingPeriod march = ReportingPeriod.month(YearMonth.of(2026, 3), FOURTEENTH);
    assertThat(march.kind()).isEqualTo(PeriodKind.MONTH);
    assertThat(march.first()).isEqualTo(LocalDate.of(2026, 2, 15));
    assertThat(march.last()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(march.lastMonth()).isEqualTo(YearMonth.of(2026, 3));
    assertThat(march.cutOff()).contains(FOURTEENTH);
    assertThat(march).hasToString("MONTH [2026-02-15..2026-03-14]");
  }

  @Test
  void aCalendarMonthRunsFromTheFirstToTheLastDay() {
    ReportingPeriod february = ReportingPeriod.month(YearMonth.of(2024, 2), MONTH_END);
    assertThat(february.first()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(february.last()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void theYearAndItsCumulativePeriodsStartOnTheFifteenthOfDecember() {
    for (PeriodKind kind : new PeriodKind[] {PeriodKind.FIRST_QUARTER, PeriodKind.FIRST_SIX_MONTHS,
        PeriodKind.NINE_MONTHS, PeriodKind.YEAR}) {
      assertThat(ReportingPeriod.of(kind, 2026, FOURTEENTH).first()).as("%s", kind).isEqualTo(LocalDate.of(2025, 12, 15));
    }
    assertThat(ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2026, FOURTEENTH).last()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(ReportingPeriod.of(PeriodKind.FIRST_SIX_MONTHS, 2026, FOURTEENTH).last())
        .isEqualTo(LocalDate.of(2026, 6, 14));
    assertThat(ReportingPeriod.of(PeriodKind.NINE_MONTHS, 2026, FOURTEENTH).last()).isEqualTo(LocalDate.of(2026, 9, 14));
    assertThat(ReportingPeriod.of(PeriodKind.YEAR, 2026, FOURTEENTH).last()).isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void theLaterQuartersRunFromTheFifteenthOfTheLastMonthOfTheQuarterBefore() {
    ReportingPeriod second = ReportingPeriod.of(PeriodKind.SECOND_QUARTER, 2026, FOURTEENTH);
    assertThat(second.first()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(second.last()).isEqualTo(LocalDate.of(2026, 6, 14));
    ReportingPeriod fourth = ReportingPeriod.of(PeriodKind.FOURTH_QUARTER, 2026, FOURTEENTH);
    assertThat(fourth.first()).isEqualTo(LocalDate.of(2026, 9, 15));
    assertThat(fourth.last()).isEqualTo(LocalDate.of(2026, 12, 14));
    ReportingPeriod third = ReportingPeriod.of(PeriodKind.THIRD_QUARTER, 2026, MONTH_END);
    assertThat(third.first()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(third.last()).isEqualTo(LocalDate.of(2026, 9, 30));
  }

  @Test
  void theLastSixMonthsRunFromTheFifteenthOfJuneToTheFourteenthOfDecember() {
    ReportingPeriod half = ReportingPeriod.of(PeriodKind.LAST_SIX_MONTHS, 2026, FOURTEENTH);
    assertThat(half.first()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(half.last()).isEqualTo(LocalDate.of(2026, 12, 14));
  }

  @Test
  void aPeriodCountsTheSameDaysAsTheReceptionPackagesReportPeriod() {
    CutOff cutOff = CutOff.onDay(14);
    ReportPeriod reception = ReportPeriod.nineMonths(2016, cutOff);
    ReportingPeriod period = ReportingPeriod.of(PeriodKind.NINE_MONTHS, 2016, cutOff);
    assertThat(period.first()).isEqualTo(reception.first());
    assertThat(period.last()).isEqualTo(reception.last());
  }

  @Test
  void aDayAfterTheCutOffOfDecemberBelongsToTheNextYear() {
    LocalDate day = LocalDate.of(2026, 12, 20);
    assertThat(ReportingPeriod.containing(PeriodKind.MONTH, day, FOURTEENTH))
        .contains(ReportingPeriod.month(YearMonth.of(2027, 1), FOURTEENTH));
    assertThat(ReportingPeriod.containing(PeriodKind.YEAR, day, FOURTEENTH))
        .contains(ReportingPeriod.of(PeriodKind.YEAR, 2027, FOURTEENTH));
    assertThat(ReportingPeriod.containing(PeriodKind.FIRST_QUARTER, day, FOURTEENTH))
        .contains(ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2027, FOURTEENTH));
    assertThat(ReportingPeriod.containing(PeriodKind.SECOND_QUARTER, day, FOURTEENTH)).isEmpty();
    assertThat(ReportingPeriod.containing(PeriodKind.LAST_SIX_MONTHS, day, FOURTEENTH)).isEmpty();
    assertThat(ReportingPeriod.containing(PeriodKind.LAST_SIX_MONTHS, LocalDate.of(2026, 12, 14), FOURTEENTH))
        .contains(ReportingPeriod.of(PeriodKind.LAST_SIX_MONTHS, 2026, FOURTEENTH));
    assertThat(ReportingPeriod.containing(PeriodKind.FIRST_QUARTER, LocalDate.of(2026, 3, 14), FOURTEENTH))
        .isPresent();
    assertThat(ReportingPeriod.containing(PeriodKind.FIRST_QUARTER, LocalDate.of(2026, 3, 15), FOURTEENTH))
        .isEmpty();
  }

  @Test
  void aPeriodHoldsItsFirstAndLastDaysOnly() {
    ReportingPeriod march = ReportingPeriod.month(YearMonth.of(2026, 3), FOURTEENTH);
    assertThat(march.contains(LocalDate.of(2026, 2, 15))).isTrue();
    assertThat(march.contains(LocalDate.of(2026, 3, 14))).isTrue();
    assertThat(march.contains(LocalDate.of(2026, 2, 14))).isFalse();
    assertThat(march.contains(LocalDate.of(2026, 3, 15))).isFalse();
  }

  @Test
  void aTermHasTheApplicationsDaysAndNoCutOff() {
    ReportingPeriod term = ReportingPeriod.term(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30));
    assertThat(term.kind()).isEqualTo(PeriodKind.TERM);
    assertThat(term.cutOff()).isEmpty();
    assertThat(term.lastMonth()).isEqualTo(YearMonth.of(2025, 9));
    assertThat(ReportingPeriod.term(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 1)).first())
        .isEqualTo(LocalDate.of(2020, 10, 1));
    assertThatThrownBy(() -> ReportingPeriod.term(LocalDate.of(2020, 10, 2), LocalDate.of(2020, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-10-02");
    assertThatThrownBy(() -> ReportingPeriod.term(LocalDate.of(1900, 10, 2), LocalDate.of(2020, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingPeriod.term(LocalDate.of(2020, 10, 2), LocalDate.of(2200, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPeriodOfAYearIsAQuarterHalfNineMonthsOrTheYear() {
    for (PeriodKind kind : new PeriodKind[] {PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.SPECIAL, PeriodKind.AD_HOC}) {
      assertThatThrownBy(() -> ReportingPeriod.of(kind, 2026, FOURTEENTH))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(kind.name());
    }
    for (PeriodKind kind : new PeriodKind[] {PeriodKind.TERM, PeriodKind.SPECIAL, PeriodKind.AD_HOC}) {
      assertThatThrownBy(() -> ReportingPeriod.containing(kind, LocalDate.of(2026, 1, 1), FOURTEENTH))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no fixed period")
          .hasMessageContaining(kind.name());
    }
  }

  @Test
  void theYearsRangeFrom1901To2199() {
    assertThat(ReportingPeriod.of(PeriodKind.YEAR, 1901, FOURTEENTH).first()).isEqualTo(LocalDate.of(1900, 12, 15));
    assertThat(ReportingPeriod.of(PeriodKind.YEAR, 2199, FOURTEENTH).last()).isEqualTo(LocalDate.of(2199, 12, 14));
    assertThatThrownBy(() -> ReportingPeriod.of(PeriodKind.YEAR, 1900, FOURTEENTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1900");
    assertThatThrownBy(() -> ReportingPeriod.of(PeriodKind.YEAR, 2200, FOURTEENTH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2200");
    assertThatThrownBy(() -> ReportingPeriod.month(YearMonth.of(2200, 1), FOURTEENTH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void periodsAreEqualByKindDaysAndCutOff() {
    ReportingPeriod a = ReportingPeriod.of(PeriodKind.YEAR, 2026, FOURTEENTH);
    assertThat(a).isEqualTo(ReportingPeriod.of(PeriodKind.YEAR, 2026, FOURTEENTH)).hasSameHashCodeAs(
        ReportingPeriod.of(PeriodKind.YEAR, 2026, FOURTEENTH));
    assertThat(a).isNotEqualTo(ReportingPeriod.of(PeriodKind.YEAR, 2026, CutOff.onDay(14)));
    assertThat(a).isNotEqualTo(ReportingPeriod.of(PeriodKind.YEAR, 2027, FOURTEENTH));
    assertThat(a).isNotEqualTo(ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2026, FOURTEENTH));
    assertThat(ReportingPeriod.of(PeriodKind.FOURTH_QUARTER, 2026, FOURTEENTH))
        .isNotEqualTo(ReportingPeriod.of(PeriodKind.LAST_SIX_MONTHS, 2026, FOURTEENTH));
    assertThat(a).isNotEqualTo("2026");
  }
}
