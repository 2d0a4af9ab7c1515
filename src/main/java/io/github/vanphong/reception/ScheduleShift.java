package io.github.vanphong.reception;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;

/**
 * Where a scheduled reception goes when its day is not a working day: for example "the secretary receives citizens on
 * the 15th of each month; on a day off, the next working day" is {@link #NEXT_WORKING_DAY}, so the 15th of February
 * 2026, a Sunday in Tết, gives Monday 2026-02-23. The rule is the schedule's own, set by the body that posts it; no
 * instrument read fixes it.
 */
public enum ScheduleShift implements Bilingual {
  /** Ngày làm việc tiếp theo: the next working day, even in the next month. */
  NEXT_WORKING_DAY("Ngày làm việc tiếp theo", "Next working day"),
  /** Ngày làm việc liền trước: the working day before. */
  PREVIOUS_WORKING_DAY("Ngày làm việc liền trước", "Previous working day"),
  /**
   * Ngày làm việc tiếp theo trong tháng: the next working day of the same month, or the working day before if the month
   * has none left, so the reception stays in the month whose duty it meets.
   */
  NEXT_WORKING_DAY_IN_MONTH("Ngày làm việc tiếp theo trong tháng", "Next working day in the month");

  private final String vietnameseName;
  private final String englishName;

  ScheduleShift(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the day a reception scheduled on a day is held: the day itself if it is a working day, else the day this
   * shift gives.
   *
   * @param day the scheduled day, not null
   * @param calendar the working calendar, not null
   * @return the working day, not null
   * @throws java.time.DateTimeException if a day looked at is outside the calendar's range 2006-01-01 to 2199-12-31
   */
  public LocalDate apply(LocalDate day, WorkingCalendar calendar) {
    requireNonNull(day, "day");
    requireNonNull(calendar, "calendar");
    if (calendar.isWorkingDay(day)) {
      return day;
    }
    LocalDate next = calendar.nextWorkingDay(day);
    return switch (this) {
      case NEXT_WORKING_DAY -> next;
      case PREVIOUS_WORKING_DAY -> previousWorkingDay(day, calendar);
      case NEXT_WORKING_DAY_IN_MONTH ->
          next.getMonth() == day.getMonth() && next.getYear() == day.getYear()
              ? next
              : previousWorkingDay(day, calendar);
    };
  }

  private static LocalDate previousWorkingDay(LocalDate day, WorkingCalendar calendar) {
    LocalDate previous = day.minusDays(1);
    while (!calendar.isWorkingDay(previous)) {
      previous = previous.minusDays(1);
    }
    return previous;
  }
}
