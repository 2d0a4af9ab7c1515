package io.github.vanphong.calendar;

import io.github.vanphong.Bilingual;

/**
 * How a time limit counts its days: every calendar day, or working days only. For example "30 ngày" of Luật Tố cáo
 * 2018, Điều 30 counts {@link #CALENDAR_DAYS}, and "10 ngày làm việc" counts {@link #WORKING_DAYS}.
 *
 * <p>Under Bộ luật Dân sự 91/2015/QH13, Điều 145, khoản 2, days are solar days unless agreed otherwise; either way
 * counting starts the day after the event (Điều 147) and a last day that is not a working day moves to the next
 * working day (Điều 148, khoản 5).
 */
public enum DayCount implements Bilingual {
  /** Ngày: every day counts, rest days and holidays included. */
  CALENDAR_DAYS("ngày", "calendar days"),
  /** Ngày làm việc: only the working days of the {@link WorkingCalendar} count. */
  WORKING_DAYS("ngày làm việc", "working days");

  private final String vietnameseName;
  private final String englishName;

  DayCount(String vietnameseName, String englishName) {
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
}
