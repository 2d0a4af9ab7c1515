package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * The round of voting a {@link ConstituencyResult} is of: the election on election day, the re-run called by a
 * turnout of half or less (Luật 85/2015/QH13, Điều 80) or the top-up election called by a shortfall of winners (Điều
 * 79).
 */
public enum Round implements Bilingual {
  /** Bầu cử: the election on election day. */
  FIRST("Bầu cử", "Election"),
  /** Bầu cử lại: the re-run, with the same candidates (Điều 80). */
  RE_RUN("Bầu cử lại", "Re-run"),
  /** Bầu cử thêm: the top-up election, among the candidates not elected (Điều 79). */
  TOP_UP("Bầu cử thêm", "Top-up election");

  private final String vietnameseName;
  private final String englishName;

  Round(String vietnameseName, String englishName) {
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
