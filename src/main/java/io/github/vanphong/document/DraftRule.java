package io.github.vanphong.document;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule of the drafting of a Party document that can refuse a command the draft's state allows: for example {@link
 * #APPRAISE_ONLY_WITHOUT_FINDINGS}, a submitted draft whose form has format findings is not appraised but returned.
 * A {@link DraftWorkflowException} names the rule that refused ({@link DraftWorkflowException#rule()}); a command the
 * state alone forbids (signing a draft not yet appraised) names none.
 *
 * <p>The rules rest on Hướng dẫn 36-HD/VPTW, Mục I, điểm 4 ({@link DraftCommand#DUTIES}, reported): the chief of
 * the office appraises the format and its presentation before the draft goes to signature.
 */
public enum DraftRule implements Bilingual, Rule {
  /**
   * A draft is appraised only when its form has no format finding ({@link FormatRule}); otherwise it is returned to
   * its drafter with the findings. Hướng dẫn 36-HD/VPTW, Mục I, điểm 4.
   */
  APPRAISE_ONLY_WITHOUT_FINDINGS(
      "Chỉ thẩm định dự thảo đúng thể thức",
      "A draft is appraised only without format findings",
      DraftCommand.DUTIES);

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;

  DraftRule(String vietnameseName, String englishName, LegalBasis basis) {
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
   * Returns the instrument and article the rule rests on, with its confirmation: Hướng dẫn 36-HD/VPTW, Mục I, điểm
   * 4, reported.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the citation of the rule's basis: "Hướng dẫn 36-HD/VPTW, Mục I, điểm 4".
   *
   * @return the citation, present for every draft rule
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }
}
