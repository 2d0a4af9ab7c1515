package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * Which time a complaint is resolved: first by the person who made the decision (lần đầu), then, if the
 * complainant disagrees, by the direct superior (lần hai). For example a second complaint is resolved within 45
 * days, not 30 (Luật Khiếu nại 02/2011/QH13, Điều 7, 28 and 37).
 *
 * <p>Denunciations, recommendations and feedback have no rounds; their rules hold for either value.
 */
public enum ComplaintRound implements Bilingual {
  /** Giải quyết khiếu nại lần đầu: the first resolution (Luật Khiếu nại 02/2011/QH13, Điều 27 to 31). */
  FIRST("Lần đầu", "First round"),
  /** Giải quyết khiếu nại lần hai: the second resolution (Luật Khiếu nại 02/2011/QH13, Điều 36 to 41). */
  SECOND("Lần hai", "Second round");

  private final String vietnameseName;
  private final String englishName;

  ComplaintRound(String vietnameseName, String englishName) {
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
