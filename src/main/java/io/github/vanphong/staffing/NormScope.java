package io.github.vanphong.staffing;

import io.github.vanphong.Bilingual;

/**
 * Which staff a {@link StaffingNorm} counts: those of the unit itself, or those of the unit and of every unit under
 * it. For example the 11–13 norm of a district party committee office counts the office's own staff ({@link
 * #UNIT_ITSELF}); the 15–17 norm of a commune party committee from 2025-07-01 counts all its advisory bodies and
 * units together ({@link #UNIT_AND_DESCENDANTS}).
 */
public enum NormScope implements Bilingual {
  /** Chỉ đơn vị: the staff of the unit itself, not of the units under it. */
  UNIT_ITSELF("Chỉ đơn vị", "The unit itself"),
  /** Đơn vị và các đơn vị trực thuộc: the staff of the unit and of every unit under it, each person once. */
  UNIT_AND_DESCENDANTS("Đơn vị và các đơn vị trực thuộc", "The unit and every unit under it");

  private final String vietnameseName;
  private final String englishName;

  NormScope(String vietnameseName, String englishName) {
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
