package io.github.vanphong.suite;

import io.github.vanphong.calendar.LunarDate;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;

/** What the application does with the library: the lunar date and the next working day of a day. */
public final class Almanac {
  private Almanac() {}

  /** Returns the lunar date and the next working day of the day, for example "2016-02-08: 2016-01-01, 2016-02-15". */
  public static String entry(LocalDate day) {
    return day + ": " + LunarDate.from(day) + ", " + WorkingCalendar.vietnam().nextWorkingDay(day);
  }
}
