package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * What the resolution of a petition found: for example {@link #PARTLY_WELL_FOUNDED} when a complaint is right in
 * part. A complaint decision says whether the complaint is right, right in part or wrong (Luật Khiếu nại
 * 02/2011/QH13, Điều 31 and 40); a denunciation's conclusion whether it is true, true in part or untrue (Luật Tố
 * cáo 25/2018/QH14, Điều 35); a recommendation or feedback is {@link #ANSWERED}.
 */
public enum Finding implements Bilingual {
  /** Đúng: the complaint or denunciation is right. */
  WELL_FOUNDED("Đúng", "Well founded"),
  /** Đúng một phần: right in part. */
  PARTLY_WELL_FOUNDED("Đúng một phần", "Partly well founded"),
  /** Sai: wrong, or untrue. */
  UNFOUNDED("Sai", "Unfounded"),
  /** Đã trả lời: a recommendation or feedback answered. */
  ANSWERED("Đã trả lời", "Answered");

  private final String vietnameseName;
  private final String englishName;

  Finding(String vietnameseName, String englishName) {
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
