package io.github.vanphong.calendar;

import io.github.vanphong.Bilingual;

/**
 * Where a {@link Deadline} stands on a given day: for example {@link #DUE_SOON} three working days before the due
 * date, {@link #OVERDUE} the day after it, {@link #MET_LATE} once the work was done after it.
 */
public enum DeadlineStatus implements Bilingual {
  /** Trong hạn: not done, and more working days remain than the warning threshold. */
  ON_TRACK("Trong hạn", "On track"),
  /** Sắp đến hạn: not done, and the due date is within the warning threshold of working days. */
  DUE_SOON("Sắp đến hạn", "Due soon"),
  /** Đến hạn hôm nay: not done, and today is the due date (it ends at 24:00). */
  DUE_TODAY("Đến hạn hôm nay", "Due today"),
  /** Quá hạn: not done, and the due date has passed. */
  OVERDUE("Quá hạn", "Overdue"),
  /** Hoàn thành đúng hạn: done on or before the due date. */
  MET("Hoàn thành đúng hạn", "Met"),
  /** Hoàn thành quá hạn: done after the due date. */
  MET_LATE("Hoàn thành quá hạn", "Met late");

  private final String vietnameseName;
  private final String englishName;

  DeadlineStatus(String vietnameseName, String englishName) {
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
