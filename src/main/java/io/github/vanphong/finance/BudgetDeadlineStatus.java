package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;

/**
 * How a deadline of the budget calendar stands on a day, given what the office recorded as done: for example the
 * reconciliation with the Treasury of budget year 2026, due by 2027-02-10, is {@link #DUE} on 2027-02-01 if not yet
 * recorded, {@link #OVERDUE} on 2027-02-11, and {@link #DONE_LATE} once recorded done on 2027-02-12.
 */
public enum BudgetDeadlineStatus implements Bilingual {
  /** Hoàn thành đúng hạn: recorded done on or before the due day, and on or before the day asked about. */
  DONE_ON_TIME("Hoàn thành đúng hạn", "Done on time"),
  /** Hoàn thành chậm: recorded done after the due day, and on or before the day asked about. */
  DONE_LATE("Hoàn thành chậm", "Done late"),
  /** Sắp đến hạn: not done, and the due day is the day asked about or within the window before it. */
  DUE("Sắp đến hạn", "Due"),
  /** Quá hạn: not done, and the due day has passed. */
  OVERDUE("Quá hạn", "Overdue"),
  /** Chưa đến hạn: not done, and the due day is further off than the window. */
  NOT_YET_DUE("Chưa đến hạn", "Not yet due");

  private final String vietnameseName;
  private final String englishName;

  BudgetDeadlineStatus(String vietnameseName, String englishName) {
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
   * Tells whether the status is one of a deadline recorded done.
   *
   * @return true for {@link #DONE_ON_TIME} and {@link #DONE_LATE}
   */
  public boolean isDone() {
    return this == DONE_ON_TIME || this == DONE_LATE;
  }
}
