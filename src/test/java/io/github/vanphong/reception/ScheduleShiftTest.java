package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleShiftTest {

  private static final LocalDate TET_SUNDAY = LocalDate.of(2026, 2, 15);

  @Test
  void aWorkingDayStaysWhereItIs() {
    LocalDate monday = LocalDate.of(2026, 3, 16);
    for (ScheduleShift shift : ScheduleShift.values()) {
      assertThat(shift.apply(monday, VIETNAM)).isEqualTo(monday);
    }
  }

  @Test
  void aDayOffInTetGoesToTheNextWorkingDayOrTheOneBefore() {
    assertThat(ScheduleShift.NEXT_WORKING_DAY.apply(TET_SUNDAY, VIETNAM)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(ScheduleShift.PREVIOUS_WORKING_DAY.apply(TET_SUNDAY, VIETNAM)).isEqualTo(LocalDate.of(2026, 2, 13));
    assertThat(ScheduleShift.NEXT_WORKING_DAY_IN_MONTH.apply(TET_SUNDAY, VIETNAM)).isEqualTo(LocalDate.of(2026, 2, 23));
  }

  @Test
  void theShiftWithinTheMonthGoesBackWhenTheMonthHasNoWorkingDayLeft() {
    LocalDate saturday = LocalDate.of(2026, 2, 28);
    assertThat(ScheduleShift.NEXT_WORKING_DAY.apply(saturday, VIETNAM)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(ScheduleShift.NEXT_WORKING_DAY_IN_MONTH.apply(saturday, VIETNAM)).isEqualTo(LocalDate.of(2026, 2, 27));
  }
}
