package io.github.vanphong.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ProgrammePeriodTest {

  @Test
  void eachSpanHasItsDaysAndItsName() {
    assertThat(ProgrammePeriod.year(2016).start()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(ProgrammePeriod.year(2016).end()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(ProgrammePeriod.year(2016)).hasToString("2016");
    ProgrammePeriod q2 = ProgrammePeriod.quarter(2016, 2);
    assertThat(q2.start()).isEqualTo(LocalDate.of(2016, 4, 1));
    assertThat(q2.end()).isEqualTo(LocalDate.of(2016, 6, 30));
    assertThat(q2).hasToString("2016-Q2");
    assertThat(ProgrammePeriod.quarter(2016, 4).end()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(ProgrammePeriod.month(YearMonth.of(2016, 2)).end()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(ProgrammePeriod.month(YearMonth.of(2016, 2))).hasToString("2016-02");
    assertThat(ProgrammePeriod.week(LocalDate.of(2016, 3, 7)).end()).isEqualTo(LocalDate.of(2016, 3, 13));
    assertThat(ProgrammePeriod.week(LocalDate.of(2016, 3, 7))).hasToString("week 2016-03-07");
    ProgrammePeriod term = ProgrammePeriod.term(LocalDate.of(2015, 10, 15), LocalDate.of(2020, 10, 14));
    assertThat(term).hasToString("term 2015-10-15..2020-10-14");
    assertThat(term.scope()).isEqualTo(ProgrammeScope.TERM);
  }

  @Test
  void theNextPeriodFollowsWithTheSameSpan() {
    assertThat(ProgrammePeriod.year(2016).next()).isEqualTo(ProgrammePeriod.year(2017));
    assertThat(ProgrammePeriod.quarter(2016, 4).next()).isEqualTo(ProgrammePeriod.quarter(2017, 1));
    assertThat(ProgrammePeriod.quarter(2016, 2).next()).isEqualTo(ProgrammePeriod.quarter(2016, 3));
    assertThat(ProgrammePeriod.month(YearMonth.of(2016, 12)).next())
        .isEqualTo(ProgrammePeriod.month(YearMonth.of(2017, 1)));
    assertThat(ProgrammePeriod.week(LocalDate.of(2016, 12, 26)).next())
        .isEqualTo(ProgrammePeriod.week(LocalDate.of(2017, 1, 2)));
    assertThat(ProgrammePeriod.term(LocalDate.of(2015, 10, 15), LocalDate.of(2020, 10, 14)).next())
        .isEqualTo(ProgrammePeriod.term(LocalDate.of(2020, 10, 15), LocalDate.of(2025, 10, 14)));
    assertThatThrownBy(() -> ProgrammePeriod.year(2199).next()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTermLastsAtMostSixYearsAndEndsAfterItStarts() {
    LocalDate start = LocalDate.of(2015, 10, 15);
    assertThat(ProgrammePeriod.term(start, start.plusYears(6).minusDays(1)).end())
        .isEqualTo(start.plusYears(6).minusDays(1));
    assertThatThrownBy(() -> ProgrammePeriod.term(start, start.plusYears(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Điều 15");
    assertThatThrownBy(() -> ProgrammePeriod.term(start, start)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammePeriod.term(start, start.plusDays(1)).end()).isEqualTo(start.plusDays(1));
  }

  @Test
  void aPeriodLiesBetweenTheFoundingOfThePartyAndTheEndOfTheCalendar() {
    assertThatThrownBy(() -> ProgrammePeriod.year(1930)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammePeriod.year(1931).start()).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(ProgrammePeriod.year(2199).end()).isEqualTo(LocalDate.of(2199, 12, 31));
    assertThatThrownBy(() -> ProgrammePeriod.year(2200)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.year(Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.month(YearMonth.of(1930, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammePeriod.month(YearMonth.of(1930, 3)).start()).isEqualTo(LocalDate.of(1930, 3, 1));
    assertThatThrownBy(() -> ProgrammePeriod.month(YearMonth.of(2200, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammePeriod.month(YearMonth.of(2199, 12)).end()).isEqualTo(LocalDate.of(2199, 12, 31));
    assertThatThrownBy(() -> ProgrammePeriod.week(LocalDate.of(2199, 12, 30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.week(LocalDate.of(2200, 1, 6)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.term(LocalDate.of(1930, 2, 2), LocalDate.of(1931, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammePeriod.term(LocalDate.of(1930, 2, 3), LocalDate.of(1931, 1, 1)).start())
        .isEqualTo(ProgrammePeriod.EARLIEST);
  }

  @Test
  void quartersAndWeeksAreChecked() {
    assertThatThrownBy(() -> ProgrammePeriod.quarter(2016, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammePeriod.quarter(2016, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammePeriod.quarter(2016, 1).start()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThatThrownBy(() -> ProgrammePeriod.week(LocalDate.of(2016, 3, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Monday");
  }

  @Test
  void ofReadsBackEveryPeriodAndRefusesOtherDays() {
    for (ProgrammePeriod p :
        java.util.List.of(
            ProgrammePeriod.year(2016),
            ProgrammePeriod.quarter(2016, 3),
            ProgrammePeriod.month(YearMonth.of(2016, 7)),
            ProgrammePeriod.week(LocalDate.of(2016, 3, 7)),
            ProgrammePeriod.term(LocalDate.of(2015, 10, 15), LocalDate.of(2020, 10, 14)))) {
      assertThat(ProgrammePeriod.of(p.scope(), p.start(), p.end())).isEqualTo(p);
    }
    assertThatThrownBy(
            () -> ProgrammePeriod.of(ProgrammeScope.YEAR, LocalDate.of(2016, 1, 2), LocalDate.of(2016, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ProgrammePeriod.of(ProgrammeScope.MONTH, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void containsAndOverlapsIncludeBothEnds() {
    ProgrammePeriod q2 = ProgrammePeriod.quarter(2016, 2);
    assertThat(q2.contains(LocalDate.of(2016, 3, 31))).isFalse();
    assertThat(q2.contains(LocalDate.of(2016, 4, 1))).isTrue();
    assertThat(q2.contains(LocalDate.of(2016, 6, 30))).isTrue();
    assertThat(q2.contains(LocalDate.of(2016, 7, 1))).isFalse();
    assertThat(q2.overlaps(YearMonth.of(2016, 3))).isFalse();
    assertThat(q2.overlaps(YearMonth.of(2016, 4))).isTrue();
    assertThat(q2.overlaps(YearMonth.of(2016, 6))).isTrue();
    assertThat(q2.overlaps(YearMonth.of(2016, 7))).isFalse();
    ProgrammePeriod week = ProgrammePeriod.week(LocalDate.of(2016, 2, 29));
    assertThat(week.overlaps(YearMonth.of(2016, 2))).isTrue();
    assertThat(week.overlaps(YearMonth.of(2016, 3))).isTrue();
  }

  @Test
  void periodsOrderByTheirDays() {
    assertThat(ProgrammePeriod.year(2016).compareTo(ProgrammePeriod.year(2017))).isNegative();
    assertThat(ProgrammePeriod.year(2016).compareTo(ProgrammePeriod.quarter(2016, 1))).isPositive();
    assertThat(ProgrammePeriod.quarter(2016, 1).compareTo(ProgrammePeriod.year(2016))).isNegative();
    assertThat(ProgrammePeriod.year(2016).compareTo(ProgrammePeriod.year(2016))).isZero();
    assertThat(ProgrammePeriod.year(2016)).isEqualTo(ProgrammePeriod.year(2016));
    assertThat(ProgrammePeriod.year(2016).hashCode()).isEqualTo(ProgrammePeriod.year(2016).hashCode());
    assertThat(ProgrammePeriod.year(2016)).isNotEqualTo(ProgrammePeriod.year(2017));
  }
}
