package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;

/**
 * A region of the minimum wage (vùng lương tối thiểu), from {@link #REGION_I}, the largest cities, to {@link
 * #REGION_IV}. Which commune lies in which region is set by an appendix of each decree; the application knows where
 * its members are active.
 */
public enum MinimumWageRegion implements Bilingual {
  /** Vùng I. */
  REGION_I("Vùng I", "Region I"),
  /** Vùng II. */
  REGION_II("Vùng II", "Region II"),
  /** Vùng III. */
  REGION_III("Vùng III", "Region III"),
  /** Vùng IV. */
  REGION_IV("Vùng IV", "Region IV");

  private final String vietnameseName;
  private final String englishName;

  MinimumWageRegion(String vietnameseName, String englishName) {
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
