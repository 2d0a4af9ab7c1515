package io.github.vanphong.staffing;

import io.github.vanphong.Bilingual;

/**
 * How a staff member is employed: as an official within the biên chế (công chức), or under a labour contract
 * (hợp đồng lao động). For example a specialist of a district party committee office is usually {@link #OFFICIAL};
 * a driver or a guard is often {@link #CONTRACT}.
 *
 * <p>Whether contract staff count toward a staffing norm is a {@link CountingRule}, not a property of this enum.
 */
public enum Employment implements Bilingual {
  /** Công chức: an official holding a position within the biên chế. */
  OFFICIAL("Công chức", "Official"),
  /** Hợp đồng lao động: an employee under a labour contract, outside the biên chế. */
  CONTRACT("Hợp đồng lao động", "Labour contract");

  private final String vietnameseName;
  private final String englishName;

  Employment(String vietnameseName, String englishName) {
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
