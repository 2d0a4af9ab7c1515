package io.github.vanphong.meeting;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A check of a {@link Briefing}'s record against the {@link io.github.vanphong.organization.OrgChart} of the day it
 * was held, named so that each {@link BriefingInconsistency} can say which check failed. For example {@link
 * #CHAIR_HOLDS_POST}: the chair held, on the day, the post the record names.
 *
 * <p>These rules are structural: a record of a briefing must agree with the organisation to mean anything, and no
 * instrument states them. They rest on no legal basis, and {@link #citation()} is empty.
 */
public enum BriefingRule implements Bilingual, Rule {
  /** The chair is a person of the chart. */
  CHAIR_KNOWN("Người chủ trì có trong sơ đồ tổ chức", "The chair is a person of the chart"),
  /** The chair holds, on the day of the briefing, the post in which the record says the chair presided. */
  CHAIR_HOLDS_POST(
      "Người chủ trì giữ chức danh đã ghi vào ngày họp", "The chair holds the post named on the day"),
  /** The convening unit is alive on the day of the briefing. */
  CONVENER_ALIVE("Đơn vị triệu tập tồn tại vào ngày họp", "The convening unit is alive on the day"),
  /** Each invited unit is alive on the day of the briefing. */
  INVITED_UNIT_ALIVE("Đơn vị được mời tồn tại vào ngày họp", "Each invited unit is alive on the day"),
  /** Each person invited by name is a person of the chart. */
  INVITED_PERSON_KNOWN("Người được mời có trong sơ đồ tổ chức", "Each invited person is a person of the chart");

  private final String vietnameseName;
  private final String englishName;

  BriefingRule(String vietnameseName, String englishName) {
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
   * Returns the instrument the rule rests on: none, since every check of a briefing's record is structural.
   *
   * @return empty
   */
  public Optional<LegalBasis> basis() {
    return Optional.empty();
  }

  /**
   * Returns the citation of the rule's basis: empty, the rule being structural.
   *
   * @return empty
   */
  @Override
  public Optional<String> citation() {
    return basis().map(LegalBasis::citation);
  }
}
