package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * How the date of a milestone is counted. "Chậm nhất là N ngày trước ngày bầu cử" is read as the date N calendar days
 * before election day, {@code electionDay.minusDays(N)}: day 0 is election day, and the deadline is the N-th day
 * before it, itself included, with no shift off a weekend or a holiday. Every dated row of the published timelines of
 * 2016, 2021 and 2026 follows this reading (2016-05-22 minus 105 days is 2016-02-07, a Sunday, published as such).
 * "N ngày sau ngày bầu cử" is {@code electionDay.plusDays(N)}; a time "kể từ ngày công bố kết quả" is counted from
 * the latest day the results of the same election are announced.
 */
public enum DayCounting implements Bilingual {
  /** Trước ngày bầu cử: N calendar days before election day. */
  BEFORE_ELECTION_DAY("Trước ngày bầu cử", "Before election day"),
  /** Sau ngày bầu cử: N calendar days after election day. */
  AFTER_ELECTION_DAY("Sau ngày bầu cử", "After election day"),
  /** Kể từ ngày công bố kết quả: N calendar days after the latest day the results are announced. */
  AFTER_RESULTS("Kể từ ngày công bố kết quả bầu cử", "After the results are announced");

  private final String vietnameseName;
  private final String englishName;

  DayCounting(String vietnameseName, String englishName) {
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
