package io.github.vanphong.election;

import io.github.vanphong.Bilingual;

/**
 * The form of a Party congress, which decides the base of the winning threshold: a congress of all members (đại hội
 * đảng viên) or of delegates (đại hội đại biểu). See {@link PartyElectorate}.
 */
public enum PartyCongressKind implements Bilingual {
  /** Đại hội đảng viên: a congress of all the members of the Party organisation. */
  MEMBERS("Đại hội đảng viên", "Congress of members"),
  /** Đại hội đại biểu: a congress of delegates elected by the organisations below. */
  DELEGATES("Đại hội đại biểu", "Congress of delegates");

  private final String vietnameseName;
  private final String englishName;

  PartyCongressKind(String vietnameseName, String englishName) {
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
