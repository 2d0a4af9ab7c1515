package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * How a candidate came onto a Party election list: proposed by the convening committee (cấp ủy triệu tập giới
 * thiệu, the official nomination), nominated from the floor (đề cử) or standing themselves (ứng cử). A nomination
 * from the floor or a self-nomination enters the list only if more than 30% of those present agree (Quy định
 * 190-QĐ/TW, Điều 14, khoản 2); see {@link PartyCandidateList}.
 */
public enum PartyNomination implements Bilingual {
  /** Cấp ủy triệu tập giới thiệu: proposed by the convening committee. */
  CONVENING_COMMITTEE("Cấp ủy triệu tập giới thiệu", "Proposed by the convening committee"),
  /** Đề cử: nominated from the floor of the congress. */
  FLOOR("Đề cử", "Nominated from the floor"),
  /** Ứng cử: standing themselves. */
  SELF("Ứng cử", "Self-nominated");

  private final String vietnameseName;
  private final String englishName;

  PartyNomination(String vietnameseName, String englishName) {
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
