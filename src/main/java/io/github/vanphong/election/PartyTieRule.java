package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * What happens when candidates over the threshold tie at the cut-off of the winners, with more of them than places
 * left. The rules of elections in the Party read (Quy định 190-QĐ/TW and 244-QĐ/TW as quoted) state no tie rule: the
 * application states its congress's decision by choosing one of these, explicitly, for every result ({@link
 * PartyElectionResult}); the library has no default.
 */
public enum PartyTieRule implements Bilingual {
  /** The tied candidates are not elected: the places are left to a further round among them. */
  FURTHER_ROUND("Bầu lại giữa những người bằng phiếu", "Further round among the tied"),
  /** The tied candidates are elected in the order of the list until the places are filled. */
  LIST_ORDER("Theo thứ tự trong danh sách", "In the order of the list");

  private final String vietnameseName;
  private final String englishName;

  PartyTieRule(String vietnameseName, String englishName) {
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
