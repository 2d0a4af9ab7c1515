package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A schedule's days are held on working days, near and on the right side of the days named. */
class ReceptionScheduleProperties {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  @Provide
  Arbitrary<LocalDate> days() {
    return ReceptionArbitraries.days();
  }

  @Property(tries = 300)
  void aShiftGivesAWorkingDayOnTheRightSideOfTheDayNamed(@ForAll("days") LocalDate day, @ForAll ScheduleShift shift) {
    LocalDate held = shift.apply(day, VIETNAM);
    assertThat(VIETNAM.isWorkingDay(held)).isTrue();
    switch (shift) {
      case NEXT_WORKING_DAY -> assertThat(held).isAfterOrEqualTo(day);
      case PREVIOUS_WORKING_DAY -> assertThat(held).isBeforeOrEqualTo(day);
      case NEXT_WORKING_DAY_IN_MONTH -> assertThat(YearMonth.from(held)).isEqualTo(YearMonth.from(day));
    }
    assertThat(shift.apply(held, VIETNAM)).isEqualTo(held);
  }

  @Property(tries = 150)
  void aSchedulesDaysAreDistinctWorkingDaysInOrder(
      @ForAll ReceptionSchedule schedule, @ForAll("days") LocalDate from) {
    List<ScheduledDate> dates = schedule.datesIn(from, from.plusDays(120), VIETNAM);
    for (int i = 0; i < dates.size(); i++) {
      ScheduledDate date = dates.get(i);
      assertThat(VIETNAM.isWorkingDay(date.held())).isTrue();
      assertThat(date.named()).isBetween(from, from.plusDays(120));
      assertThat(schedule.validity().contains(date.named())).isTrue();
      if (i > 0) {
        assertThat(date.held()).isAfter(dates.get(i - 1).held());
      }
    }
    assertThat(schedule.findings(ReceptionRuleBook.standard(), VIETNAM, from, from.plusDays(120)))
        .allSatisfy(f -> assertThat(f.values()).contains(schedule.post()));
  }
}
