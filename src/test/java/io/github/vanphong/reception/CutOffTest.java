package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CutOffTest {

  private static final LegalBasis OWN =
      LegalBasis.of(Instrument.of("Quyết định 12/2019/QĐ-UBND", LocalDate.of(2019, 5, 1)), "Điều 4");

  @Test
  void underACutOffOnThe14thTheReportMonthOfMarchRunsFrom15February() {
    CutOff fourteenth = CutOff.onDay(14);
    assertThat(fourteenth.lastDayOf(YearMonth.of(2016, 3))).isEqualTo(LocalDate.of(2016, 3, 14));
    assertThat(fourteenth.reportMonthOf(LocalDate.of(2016, 3, 14))).isEqualTo(YearMonth.of(2016, 3));
    assertThat(fourteenth.reportMonthOf(LocalDate.of(2016, 3, 15))).isEqualTo(YearMonth.of(2016, 4));
    assertThat(fourteenth.reportMonthOf(LocalDate.of(2016, 12, 20))).isEqualTo(YearMonth.of(2017, 1));
    assertThat(fourteenth.dayOfMonth()).hasValue(14);
  }

  @Test
  void atTheMonthsEndAReportMonthIsTheCalendarMonth() {
    CutOff end = CutOff.monthEnd();
    assertThat(end.lastDayOf(YearMonth.of(2016, 2))).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(end.reportMonthOf(LocalDate.of(2016, 2, 29))).isEqualTo(YearMonth.of(2016, 2));
    assertThat(end.dayOfMonth()).isEmpty();
    assertThat(end.basis()).isEmpty();
  }

  @Test
  void aFixedCutOffIsADayEveryMonthHas() {
    assertThatThrownBy(() -> CutOff.onDay(29)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 28");
    assertThatThrownBy(() -> CutOff.onDay(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anApplicationCitesItsOwnCutOff() {
    CutOff cited = CutOff.onDay(14).withBasis(OWN);
    assertThat(cited.basis()).contains(OWN);
    assertThat(cited).hasToString("day 14 (Quyết định 12/2019/QĐ-UBND, Điều 4)");
    assertThat(CutOff.monthEnd()).hasToString("month end");
    new EqualsTester()
        .addEqualityGroup(CutOff.onDay(14), CutOff.onDay(14))
        .addEqualityGroup(cited)
        .addEqualityGroup(CutOff.monthEnd())
        .testEquals();
  }
}
