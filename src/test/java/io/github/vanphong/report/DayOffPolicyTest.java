package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayOffPolicyTest {

  private static final LocalDate SUNDAY = LocalDate.of(2026, 1, 25);

  @Test
  void aDueDayOnADayOffMovesToTheNextWorkingDayUnderTheCivilCodeByAnalogy() {
    assertThat(DayOffPolicy.NEXT_WORKING_DAY.apply(SUNDAY, CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 26));
    assertThat(DayOffPolicy.NEXT_WORKING_DAY.basisOn(SUNDAY).orElseThrow().citation())
        .isEqualTo("Bộ luật Dân sự 91/2015/QH13, Điều 148, khoản 5");
    assertThat(DayOffPolicy.NEXT_WORKING_DAY.basisOn(SUNDAY).orElseThrow().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
    assertThatThrownBy(() -> DayOffPolicy.NEXT_WORKING_DAY.basisOn(LocalDate.of(2005, 12, 31)))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void aDueDayOnADayOffMayMoveBackToThePreviousWorkingDay() {
    assertThat(DayOffPolicy.PREVIOUS_WORKING_DAY.apply(SUNDAY, CALENDAR)).isEqualTo(LocalDate.of(2026, 1, 23));
    assertThat(DayOffPolicy.PREVIOUS_WORKING_DAY.basisOn(SUNDAY)).isEmpty();
  }

  @Test
  void aWorkingDayStaysWhereItIs() {
    LocalDate friday = LocalDate.of(2026, 1, 23);
    assertThat(DayOffPolicy.NEXT_WORKING_DAY.apply(friday, CALENDAR)).isEqualTo(friday);
    assertThat(DayOffPolicy.PREVIOUS_WORKING_DAY.apply(friday, CALENDAR)).isEqualTo(friday);
  }
}
