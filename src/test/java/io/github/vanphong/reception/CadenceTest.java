package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTest {

  @Test
  void aMonthRunsFromItsFirstDayToItsLast() {
    LocalDate tet = LocalDate.of(2016, 2, 8);
    assertThat(Cadence.MONTH.firstDayOf(tet)).isEqualTo(LocalDate.of(2016, 2, 1));
    assertThat(Cadence.MONTH.lastDayOf(tet)).isEqualTo(LocalDate.of(2016, 2, 29));
  }

  @Test
  void aWeekRunsFromMondayToSunday() {
    LocalDate thursday = LocalDate.of(2016, 3, 10);
    assertThat(Cadence.WEEK.firstDayOf(thursday)).isEqualTo(LocalDate.of(2016, 3, 7));
    assertThat(Cadence.WEEK.lastDayOf(thursday)).isEqualTo(LocalDate.of(2016, 3, 13));
    assertThat(Cadence.WEEK.firstDayOf(LocalDate.of(2016, 3, 7))).isEqualTo(LocalDate.of(2016, 3, 7));
    assertThat(Cadence.WEEK.lastDayOf(LocalDate.of(2016, 3, 13))).isEqualTo(LocalDate.of(2016, 3, 13));
  }

  @Test
  void theCadencesAreNamedAsTheLawNamesThem() {
    assertThat(Cadence.MONTH.vietnameseName()).isEqualTo("tháng");
    assertThat(Cadence.WEEK.englishName()).isEqualTo("week");
  }
}
