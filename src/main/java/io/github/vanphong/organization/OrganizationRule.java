package io.github.vanphong.organization;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule that every org chart obeys, named so that a refused change can say which rule it broke. For example
 * {@link #PARENT_ALIVE}: a unit's parent exists on every day the unit is under it.
 *
 * <p>Most of these rules are structural: they keep the tree a tree and the dates consistent, and rest on no
 * instrument. {@link #DISTRICT_LEVEL_ENDED} rests on the end of district-level party organisations on 2025-06-30.
 * Each breach is an {@link OrganizationViolation} that names the rule and the values at fault.
 */
public enum OrganizationRule implements Bilingual, Rule {
  /** A change names only units the chart knows. */
  KNOWN_UNIT("Đơn vị phải tồn tại trong sơ đồ", "A change names only units the chart knows", null),
  /** The lives of one unit identifier never overlap: a unit is created once until it ends. */
  ONE_LIFE_AT_A_TIME(
      "Mỗi mã đơn vị chỉ có một đơn vị tại một thời điểm",
      "The lives of one unit identifier never overlap",
      null),
  /** A change to a unit falls within the unit's life. */
  UNIT_ALIVE("Thay đổi phải trong thời gian đơn vị tồn tại", "A change to a unit falls within its life", null),
  /** A unit's parent exists on every day the unit is under it. */
  PARENT_ALIVE(
      "Đơn vị cấp trên phải tồn tại trong thời gian đơn vị trực thuộc",
      "A unit's parent exists on every day the unit is under it",
      null),
  /** Following parents upwards never returns to the unit. */
  NO_CYCLE("Không có vòng lặp trong quan hệ cấp trên", "Following parents upwards never returns to the unit", null),
  /** A unit's level is never above its parent's. */
  LEVEL_NOT_ABOVE_PARENT(
      "Cấp của đơn vị không cao hơn cấp của đơn vị cấp trên",
      "A unit's level is never above its parent's",
      null),
  /** No unit of the district level exists after 2025-06-30. */
  DISTRICT_LEVEL_ENDED(
      "Cấp huyện kết thúc hoạt động từ 01/7/2025",
      "No unit of the district level exists after 2025-06-30",
      Level.DISTRICT.endedBy().orElse(null)),
  /** A person holds a post only while the post's unit is alive. */
  APPOINTMENT_WITHIN_UNIT_LIFE(
      "Bổ nhiệm trong thời gian đơn vị tồn tại",
      "A person holds a post only while the post's unit is alive",
      null),
  /** A single-holder post (a secretary, a chair, a chief of office) has one holder at a time. */
  ONE_HOLDER_AT_A_TIME(
      "Chức danh một người đảm nhiệm chỉ có một người tại một thời điểm",
      "A single-holder post has one holder at a time",
      null),
  /** An appointment names only persons the chart knows. */
  KNOWN_PERSON("Người được bổ nhiệm phải có trong sơ đồ", "An appointment names only persons the chart knows", null);

  private final String vietnameseName;
  private final String englishName;
  private final @Nullable LegalBasis basis;

  OrganizationRule(String vietnameseName, String englishName, @Nullable LegalBasis basis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
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
   * Returns the instrument the rule rests on; empty for the structural rules, which rest on none.
   *
   * @return the legal basis, or empty for a structural rule
   */
  public Optional<LegalBasis> basis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Returns the citation of the rule's basis, for example "Hướng dẫn 31-HD/BTCTW, Mục kết thúc hoạt động của đảng
   * bộ cấp huyện" for {@link #DISTRICT_LEVEL_ENDED}; empty for the structural rules, which rest on none.
   *
   * @return the citation, or empty for a structural rule
   */
  @Override
  public Optional<String> citation() {
    return basis().map(LegalBasis::citation);
  }
}
