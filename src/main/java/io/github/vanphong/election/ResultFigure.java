package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/** A figure of the results that {@link ResultSummary} counts by unit and rolls up. */
public enum ResultFigure implements Bilingual {
  /** Đơn vị bầu cử: the constituencies counted. */
  CONSTITUENCIES("Số đơn vị bầu cử", "Constituencies"),
  /** Tổng số cử tri: the voters on the lists on election day. */
  VOTERS("Tổng số cử tri", "Voters"),
  /** Số cử tri đã bỏ phiếu: the voters who voted on election day. */
  VOTED("Số cử tri đã tham gia bỏ phiếu", "Voters who voted"),
  /** Số đại biểu được bầu: the seats. */
  SEATS("Số đại biểu được bầu", "Seats"),
  /** Số người trúng cử: the seats filled, every round. */
  FILLED("Số người trúng cử", "Seats filled"),
  /** Bầu cử lại: the constituencies whose election called a re-run. */
  RE_RUNS("Bầu cử lại", "Re-runs called"),
  /** Bầu cử thêm: the constituencies whose result called a top-up election. */
  TOP_UPS("Bầu cử thêm", "Top-up elections called");

  private final String vietnameseName;
  private final String englishName;

  ResultFigure(String vietnameseName, String englishName) {
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
