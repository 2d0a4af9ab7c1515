package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * A column of a Party election ballot. A list with no surplus (as many candidates as places) is voted on with four
 * columns: number, name, agree (đồng ý) and disagree (không đồng ý); a list with a surplus has the number and name,
 * a name rejected by striking it through (Quy định 244-QĐ/TW, Điều 17, as quoted; Quy định 190-QĐ/TW, Điều 15, is
 * its successor, not read). See {@link PartyCandidateList#ballotColumns()}.
 */
public enum PartyBallotColumn implements Bilingual {
  /** STT: the number on the list. */
  NUMBER("Số thứ tự", "Number"),
  /** Họ và tên: the full name. */
  NAME("Họ và tên", "Full name"),
  /** Đồng ý: agree, on a list with no surplus. */
  AGREE("Đồng ý", "Agree"),
  /** Không đồng ý: disagree, on a list with no surplus. */
  DISAGREE("Không đồng ý", "Disagree");

  private final String vietnameseName;
  private final String englishName;

  PartyBallotColumn(String vietnameseName, String englishName) {
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
