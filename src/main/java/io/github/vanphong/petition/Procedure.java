package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * The body of rules a petition is handled under: the State's laws, or the Party's own rules. For example a
 * denunciation of a party member for breaching the Party's Statute or resolutions goes to the competent Party body
 * to be handled under the Party's rules (Thông tư 05/2021/TT-TTCP, Điều 15; Quy định 22-QĐ/TW, Điều 19), with the
 * Party's time limits.
 */
public enum Procedure implements Bilingual {
  /** Theo pháp luật: under Luật Khiếu nại, Luật Tố cáo and Luật Tiếp công dân. */
  STATE_LAW("Theo quy định của pháp luật", "State law"),
  /** Theo quy định của Đảng: under the Party's rules (Quy định 30-QĐ/TW, then 22-QĐ/TW). */
  PARTY_RULES("Theo quy định của Đảng", "Party rules");

  private final String vietnameseName;
  private final String englishName;

  Procedure(String vietnameseName, String englishName) {
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
