package io.github.vanphong.report;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * The rules that refuse a link between a concluded item of a work programme and the session that concluded it
 * ({@link ProgrammeConclusion}), each named so that a refusal says which one: for example {@link
 * #CONCLUDED_ON_THE_BRIEFING_DAY}, an item concluded on 2016-07-20 was concluded at a session held that day.
 *
 * <p>No instrument read so far states them, and {@link #citation()} is empty. Hướng dẫn 03-HD/VPTW (1998), whose
 * Mục I was read, lists the programmes of a committee's bodies; the part read does not say how a matter on a
 * programme is concluded or followed up. Two rules are the office's practice ({@link #isOfficePractice()}): a matter
 * is linked once concluded, and its conclusion is given at the session it was discussed at. The others are
 * structural: the data must follow them to mean anything.
 */
public enum ConclusionLinkRule implements Rule, Bilingual {
  /** Office practice: only a matter the body has concluded on is linked to the conclusions of a session. */
  ITEM_CONCLUDED("Nội dung đã có kết luận", "The programme item is concluded", true),
  /**
   * Office practice: the item was concluded on the day of the briefing or session that concluded it, the day its
   * workflow records for the conclusion.
   */
  CONCLUDED_ON_THE_BRIEFING_DAY(
      "Kết luận vào ngày của phiên họp", "Concluded on the day of the session", true),
  /** Structural: the number is that of one of the briefing's conclusions, from 1 to their count. */
  CONCLUSION_OF_THE_BRIEFING("Kết luận của phiên họp", "A conclusion of the session", false),
  /**
   * Structural: every action item linked was assigned from the briefing linked and from the conclusion linked, not
   * from another briefing or another of its conclusions.
   */
  ACTION_ITEM_OF_THE_CONCLUSION(
      "Việc được giao từ chính kết luận đó", "An action item of that conclusion", false),
  /** Structural: an action item, by its identifier, is linked once. */
  ACTION_ITEM_ONCE("Mỗi việc được giao chỉ một lần", "Each action item once", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean officePractice;

  ConclusionLinkRule(String vietnameseName, String englishName, boolean officePractice) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.officePractice = officePractice;
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
   * Tells whether the rule is the office's practice rather than a structural rule of the data.
   *
   * @return true for {@link #ITEM_CONCLUDED} and {@link #CONCLUDED_ON_THE_BRIEFING_DAY}
   */
  public boolean isOfficePractice() {
    return officePractice;
  }

  /**
   * Returns the instrument and article of the rule: none, since no instrument read states it.
   *
   * @return empty
   */
  public Optional<LegalBasis> basis() {
    return Optional.empty();
  }

  /**
   * Returns the citation of the rule's basis: empty, the rule being office practice or structural.
   *
   * @return empty
   */
  @Override
  public Optional<String> citation() {
    return Optional.empty();
  }
}
