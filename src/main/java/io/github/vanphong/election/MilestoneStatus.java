package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * How a milestone of an election timeline stands for an office on a day: for example the voter lists of the 2016
 * election, due by 2016-04-12, are {@link #DUE} with 2 days left on 2016-04-10 if not yet posted, and {@link #OVERDUE}
 * on 2016-04-13.
 */
public enum MilestoneStatus implements Bilingual {
  /** Đã hoàn thành: recorded done on or before its date, and on or before the day asked about. */
  DONE("Đã hoàn thành đúng hạn", "Done"),
  /** Hoàn thành chậm: recorded done after its date, and on or before the day asked about. */
  DONE_LATE("Hoàn thành chậm", "Done late"),
  /** Trong hạn: not done yet, and its date is the day asked about or later. */
  DUE("Trong hạn", "Due"),
  /** Quá hạn: not done, and its date has passed on the day asked about. */
  OVERDUE("Quá hạn", "Overdue");

  private final String vietnameseName;
  private final String englishName;

  MilestoneStatus(String vietnameseName, String englishName) {
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
