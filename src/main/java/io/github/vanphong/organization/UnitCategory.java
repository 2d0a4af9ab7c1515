package io.github.vanphong.organization;

import io.github.vanphong.Bilingual;

/**
 * The broad family of a unit kind: a party committee, an advisory or support body of a committee, or a state body
 * the office works with.
 */
public enum UnitCategory implements Bilingual {
  /** Cấp ủy, tổ chức đảng: a party committee or party organisation. */
  PARTY_COMMITTEE("Cấp ủy", "Party committee"),
  /** Cơ quan tham mưu, giúp việc: an advisory or support body of a party committee, or a section of one. */
  ADVISORY_BODY("Cơ quan tham mưu, giúp việc", "Advisory body"),
  /** Cơ quan nhà nước: a state body, or its office. */
  STATE_BODY("Cơ quan nhà nước", "State body");

  private final String vietnameseName;
  private final String englishName;

  UnitCategory(String vietnameseName, String englishName) {
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
