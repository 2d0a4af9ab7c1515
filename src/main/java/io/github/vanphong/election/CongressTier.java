package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The tier of a Party organisation whose congress (đại hội) a {@link CongressTerm} dates: the national congress, a
 * provincial or district party organisation's, a grassroots organisation's (a commune, ward or agency đảng bộ, or a
 * cell directly under a higher committee) or a cell's under a grassroots committee. For example Chi bộ Văn phòng,
 * under the Đảng ủy cơ sở of the provincial agencies, is a {@link #CELL}; Tỉnh ủy Hậu Giang is {@link #PROVINCIAL}.
 */
public enum CongressTier implements Bilingual {
  /** Đại hội đại biểu toàn quốc: the national congress, convened by the Central Committee. */
  NATIONAL("Đại hội đại biểu toàn quốc", "National congress"),
  /** Đại hội đảng bộ tỉnh, thành phố trực thuộc Trung ương: a provincial congress. */
  PROVINCIAL("Đại hội đảng bộ tỉnh", "Provincial congress"),
  /** Đại hội đảng bộ huyện, quận, thị xã, thành phố thuộc tỉnh: a district congress, until 2025-06-30. */
  DISTRICT("Đại hội đảng bộ huyện", "District congress"),
  /** Đại hội đảng bộ cơ sở, chi bộ cơ sở: a grassroots congress, communes and wards among them. */
  GRASSROOTS("Đại hội tổ chức cơ sở đảng", "Grassroots congress"),
  /** Đại hội chi bộ trực thuộc đảng ủy cơ sở: the congress of a cell under a grassroots committee. */
  CELL("Đại hội chi bộ", "Cell congress");

  private static final Set<UnitKind> GRASSROOTS_COMMITTEES =
      EnumSet.of(
          UnitKind.GRASSROOTS_COMMITTEE,
          UnitKind.COMMUNE_COMMITTEE,
          UnitKind.WARD_COMMITTEE,
          UnitKind.SPECIAL_ZONE_COMMITTEE);

  private final String vietnameseName;
  private final String englishName;

  CongressTier(String vietnameseName, String englishName) {
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

  /**
   * Returns the tier of a unit of a tree: none for a unit that holds no congress (an office, a board, a State body);
   * for a cell, {@link #CELL} if its parent is a grassroots committee (of an agency, commune, ward or special zone),
   * else {@link #GRASSROOTS}; for another party committee, by its level: {@link #NATIONAL}, {@link #PROVINCIAL},
   * {@link #DISTRICT}, or {@link #GRASSROOTS} for the commune and grassroots levels.
   *
   * @param tree the units on a day, not null
   * @param unit the unit, not null
   * @return the tier, or empty if the unit holds no congress or is not in the tree
   */
  public static Optional<CongressTier> of(UnitTree tree, UnitId unit) {
    requireNonNull(tree, "tree");
    requireNonNull(unit, "unit");
    return tree.find(unit).flatMap(u -> of(tree, u));
  }

  static Optional<CongressTier> of(UnitTree tree, Unit unit) {
    if (!unit.kind().isPartyCommittee()) {
      return Optional.empty();
    }
    if (unit.kind() == UnitKind.PARTY_CELL) {
      boolean underGrassroots =
          unit.parent().flatMap(tree::find).map(p -> GRASSROOTS_COMMITTEES.contains(p.kind())).orElse(false);
      return Optional.of(underGrassroots ? CELL : GRASSROOTS);
    }
    return Optional.of(byLevel(unit.level()));
  }

  private static CongressTier byLevel(Level level) {
    return switch (level) {
      case CENTRAL -> NATIONAL;
      case PROVINCIAL -> PROVINCIAL;
      case DISTRICT -> DISTRICT;
      case COMMUNE, GRASSROOTS -> GRASSROOTS;
    };
  }
}
