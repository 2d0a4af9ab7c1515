package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * What a constituency's result calls for after a round: nothing, a re-run, a top-up election, or no top-up although
 * seats are left (Luật 85/2015/QH13, Điều 79 và 80).
 */
public enum NextRound implements Bilingual {
  /** Every seat is filled. */
  NONE("Đủ số đại biểu được bầu", "Every seat filled"),
  /** Half of the voters or fewer voted: a re-run is held (Điều 80, khoản 1). */
  RE_RUN("Bầu cử lại", "Re-run required"),
  /**
   * Seats are left: any for the National Assembly, more than a third for a People's Council; a top-up election is held
   * (Điều 79, khoản 1 và 2).
   */
  TOP_UP("Bầu cử thêm", "Top-up election required"),
  /** A People's Council filled two thirds of its seats or more: no top-up election (Điều 79, khoản 2). */
  TOP_UP_NOT_REQUIRED("Không bầu cử thêm", "No top-up election required"),
  /** Seats are left after a top-up election: it is not held a second time (Điều 79, khoản 3). */
  NO_SECOND_TOP_UP("Không bầu cử thêm lần thứ hai", "No second top-up election");

  private final String vietnameseName;
  private final String englishName;

  NextRound(String vietnameseName, String englishName) {
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
