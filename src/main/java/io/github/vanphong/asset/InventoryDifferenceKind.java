package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;

/**
 * How a count differs from the register (Luật 15/2017/QH14, Điều 38, khoản 3): an asset found that the register does
 * not hold ({@link #SURPLUS}, thừa) or an asset the register holds that was not found ({@link #SHORTFALL}, thiếu).
 */
public enum InventoryDifferenceKind implements Bilingual {
  /** Thừa: found at the count, not in the register on 31 December. */
  SURPLUS("Thừa", "Surplus"),
  /** Thiếu: in the register on 31 December, not found at the count. */
  SHORTFALL("Thiếu", "Shortfall");

  private final String vietnameseName;
  private final String englishName;

  InventoryDifferenceKind(String vietnameseName, String englishName) {
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
