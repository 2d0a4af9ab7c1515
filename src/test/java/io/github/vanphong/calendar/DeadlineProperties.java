package io.github.vanphong.calendar;

import io.github.vanphong.law.Instruments;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlineProperties {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final LegalBasis BASIS = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30");

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(WorkingCalendar.FIRST_DAY.toEpochDay(), LocalDate.of(2199, 1, 1).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void aDeadlineNeverFallsOnANonWorkingDay(
      @ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 90) int days, @ForAll boolean working) {
    TimeLimit limit = working ? TimeLimit.workingDays(days, BASIS) : TimeLimit.calendarDays(days, BASIS);
    Deadline deadline = limit.from("sự kiện", event, VIETNAM);
    assertThat(VIETNAM.isWorkingDay(deadline.dueDate())).isTrue();
    assertThat(deadline.firstCountedDay()).isAfter(event);
    assertThat(deadline.dueDate()).isAfterOrEqualTo(deadline.lastCountedDay());
    assertThat(VIETNAM.workingDaysBetween(deadline.lastCountedDay(), deadline.dueDate())).isLessThanOrEqualTo(1);
  }

  @Property
  void everyDayUpToTheDueDateIsCountedOrSkipped(
      @ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 40) int days, @ForAll boolean working) {
    TimeLimit limit = working ? TimeLimit.workingDays(days, BASIS) : TimeLimit.calendarDays(days, BASIS);
    Deadline deadline = limit.from("sự kiện", event, VIETNAM);
    long span = deadline.dueDate().toEpochDay() - event.toEpochDay();
    long counted = span - deadline.skippedDays().size();
    // The due date is counted, or is the working day the end moved to.
    assertThat(counted).isEqualTo(deadline.movedToWorkingDay() ? days + 1 : days);
  }

  @Property
  void anExtensionNeverBringsTheDueDateForward(
      @ForAll("days") LocalDate event, @ForAll @IntRange(min = 1, max = 40) int days, @ForAll @IntRange(min = 1, max = 30) int more) {
    Deadline deadline = TimeLimit.workingDays(days, BASIS).from("sự kiện", event, VIETNAM);
    assertThat(deadline.extendedBy(Extension.of(more, BASIS)).dueDate()).isAfter(deadline.dueDate());
  }
}
