package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;

/**
 * The kind of Party organisation that splits the dues it holds between what it keeps and what it sends up: for
 * example a cell under a grassroots committee ({@link #CELL_UNDER_GRASSROOTS}), which keeps between 30% and 50% under
 * Quy định 342-QĐ/TW. It is not the organisation chart's {@code UnitKind}: an application says which kind each unit
 * of its tree is.
 *
 * <p>The split of each kind is a {@link DuesSplitRule} of a {@link DuesSplitRuleBook}.
 */
public enum DuesLevel implements Bilingual {
  /** Chi bộ trực thuộc đảng bộ cơ sở: a cell under a grassroots committee. */
  CELL_UNDER_GRASSROOTS("Chi bộ trực thuộc đảng bộ cơ sở", "Cell under a grassroots committee"),
  /** Tổ chức cơ sở đảng ở xã, phường, thị trấn: a grassroots organisation of a commune, ward or town. */
  COMMUNE_GRASSROOTS("Tổ chức cơ sở đảng ở xã, phường, thị trấn", "Grassroots organisation of a commune or ward"),
  /** Tổ chức cơ sở đảng khác: another grassroots organisation (an agency's, an enterprise's, ...). */
  OTHER_GRASSROOTS("Tổ chức cơ sở đảng khác", "Other grassroots organisation"),
  /** Cấp trên cơ sở: a committee at any level above the grassroots. */
  ABOVE_GRASSROOTS("Cấp ủy cấp trên cơ sở", "Level above the grassroots");

  private final String vietnameseName;
  private final String englishName;

  DuesLevel(String vietnameseName, String englishName) {
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
