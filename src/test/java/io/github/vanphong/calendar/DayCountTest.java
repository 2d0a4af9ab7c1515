package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DayCountTest {

  @Test
  void daysAreCalendarOrWorkingDays() {
    assertThat(DayCount.CALENDAR_DAYS.vietnameseName()).isEqualTo("ngày");
    assertThat(DayCount.WORKING_DAYS.vietnameseName()).isEqualTo("ngày làm việc");
    assertThat(DayCount.WORKING_DAYS.englishName()).isEqualTo("working days");
  }
}
