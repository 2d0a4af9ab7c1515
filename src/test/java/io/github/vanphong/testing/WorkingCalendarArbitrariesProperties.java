package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.PublicHoliday;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

class WorkingCalendarArbitrariesProperties {

  @Property(tries = 100)
  void theProviderSuppliesTimeLimitsExtensionsAndHolidays(
      @ForAll TimeLimit limit, @ForAll Extension extension, @ForAll PublicHoliday holiday) {
    assertThat(limit.days()).isBetween(1, 90);
    assertThat(extension.days()).isBetween(1, 60);
    assertThat(WorkingCalendar.vietnam().isWorkingDay(holiday.date())).isFalse();
  }

  @Provide
  Arbitrary<LocalDate> workingDays() {
    return WorkingCalendarArbitraries.workingDays();
  }

  @Property(tries = 100)
  void workingDaysAreWorkingDays(@ForAll("workingDays") LocalDate day) {
    assertThat(WorkingCalendar.vietnam().isWorkingDay(day)).isTrue();
    assertThat(WorkingCalendarArbitraries.holidayKinds().sample()).isNotNull();
    assertThat(WorkingCalendarArbitraries.bases().sample().instrument().name()).isNotBlank();
  }
}
