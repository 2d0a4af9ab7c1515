package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * What a Party congress or committee elects: the committee (cấp ủy), its standing committee (ban thường vụ), the
 * delegates to the higher congress (đại biểu dự đại hội cấp trên), or another post (bí thư, phó bí thư, ủy ban kiểm
 * tra). The lists for a committee and a standing committee must have a surplus (Quy định 190-QĐ/TW, Điều 14, khoản
 * 1); see {@link PartyCandidateList}.
 */
public enum PartyElectedBody implements Bilingual {
  /** Cấp ủy: the Party committee of the organisation. */
  COMMITTEE("Cấp ủy", "Party committee"),
  /** Ban thường vụ cấp ủy: the standing committee, elected by the committee. */
  STANDING_COMMITTEE("Ban thường vụ", "Standing committee"),
  /** Đại biểu dự đại hội cấp trên: the delegates to the higher congress. */
  DELEGATES("Đại biểu dự đại hội cấp trên", "Delegates to the higher congress"),
  /** Another post: bí thư, phó bí thư, ủy ban kiểm tra and its chair. */
  OTHER("Chức danh khác", "Other post");

  private final String vietnameseName;
  private final String englishName;

  PartyElectedBody(String vietnameseName, String englishName) {
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
