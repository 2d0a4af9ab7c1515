package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * One of the seven marks of a complex denunciation case (vụ việc phức tạp) of Nghị định 31/2019/NĐ-CP, Điều 3: for
 * example {@link #SEVERAL_PLACES_TO_VERIFY}. One mark makes a case complex, two or more especially complex; {@link
 * Complexity#of(java.util.Set) Complexity.of} applies the rule.
 */
public enum ComplexityCriterion implements Bilingual {
  /** Verification at two or more places. */
  SEVERAL_PLACES_TO_VERIFY("Phải xác minh ở nhiều địa điểm", "Verification at several places"),
  /** Two or more contents denounced. */
  SEVERAL_CONTENTS("Có nhiều nội dung", "Several contents"),
  /** Many denouncers, or many people affected. */
  MANY_PEOPLE("Nhiều người tố cáo hoặc nhiều người liên quan", "Many denouncers or people affected"),
  /** A foreign element. */
  FOREIGN_ELEMENT("Có yếu tố nước ngoài", "Foreign element"),
  /** Several bodies manage the matter. */
  SEVERAL_MANAGING_BODIES("Liên quan đến trách nhiệm quản lý của nhiều cơ quan", "Several managing bodies"),
  /** The bodies concerned disagree. */
  DISAGREEMENT_BETWEEN_BODIES("Có ý kiến khác nhau giữa các cơ quan", "Disagreement between bodies"),
  /** The evidence is contradictory. */
  CONTRADICTORY_EVIDENCE("Tình tiết, chứng cứ mâu thuẫn", "Contradictory evidence");

  private final String vietnameseName;
  private final String englishName;

  ComplexityCriterion(String vietnameseName, String englishName) {
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
