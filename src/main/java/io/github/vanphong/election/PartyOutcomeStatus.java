package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * The outcome of a candidate in a round of a Party election, each with the rule that decided it ({@link
 * PartyOutcome#rule()}).
 */
public enum PartyOutcomeStatus implements Bilingual {
  /** Trúng cử: more votes than half of the base, and within the places to fill. */
  ELECTED("Trúng cử", "Elected"),
  /** Không đủ số phiếu: not more than half of the base. */
  BELOW_THRESHOLD("Không đủ số phiếu trúng cử", "Below the threshold"),
  /** Over the threshold, but the places went to candidates with more votes. */
  OUTNUMBERED("Đủ phiếu nhưng ít phiếu hơn", "Over the threshold, outnumbered"),
  /** Tied at the cut-off with more candidates than places, left to a further round. */
  TIED("Bằng phiếu, bầu lại", "Tied, to a further round");

  private final String vietnameseName;
  private final String englishName;

  PartyOutcomeStatus(String vietnameseName, String englishName) {
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
