package io.github.vanphong.document;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;

/**
 * A step of the drafting and appraisal of a Party document (biên tập, thẩm định văn bản), recorded as an event of a
 * {@link Draft}: for example {@link #APPRAISE}, the chief of the office appraises the format and content of a
 * submitted draft.
 *
 * <p>Under Hướng dẫn 36-HD/VPTW, Mục I.4 (reported), the signer is responsible for the format, the chief of the
 * office (or whoever is in charge of the office's work) appraises the format and its presentation, the drafter
 * complies, and the văn thư checks before signing and issue. The number is given by the register at issue ({@link
 * #ISSUE}).
 */
public enum DraftCommand implements Bilingual {
  /** Soạn thảo: the drafter writes the first draft. */
  START("Soạn thảo", "Start"),
  /** Trình thẩm định: the drafter submits the draft for appraisal. */
  SUBMIT("Trình thẩm định", "Submit for appraisal"),
  /** Trả lại kèm ý kiến: the appraiser or the signer returns the draft with findings. */
  RETURN("Trả lại kèm ý kiến", "Return with findings"),
  /** Chỉnh sửa: the drafter revises the draft. */
  REVISE("Chỉnh sửa", "Revise"),
  /** Thẩm định: the chief of the office appraises the draft's format and content. */
  APPRAISE("Thẩm định", "Appraise"),
  /** Ký: the competent person signs. */
  SIGN("Ký", "Sign"),
  /** Phát hành: the document is issued and numbered by the register. */
  ISSUE("Phát hành", "Issue");

  /**
   * The duties of drafter, appraiser, signer and văn thư: Hướng dẫn 36-HD/VPTW, Mục I.4, as quoted by secondary
   * sources (reported).
   */
  public static final LegalBasis DUTIES =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_DOCUMENT_FORMAT_2018)
          .article("Mục I, điểm 4")
          .confirmation(Confirmation.REPORTED)
          .build();

  private final String vietnameseName;
  private final String englishName;

  DraftCommand(String vietnameseName, String englishName) {
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
   * Returns the state a draft is in after this command.
   *
   * @return the state, not null
   */
  public DraftState resultingState() {
    return switch (this) {
      case START -> DraftState.DRAFTED;
      case SUBMIT -> DraftState.SUBMITTED;
      case RETURN -> DraftState.RETURNED;
      case REVISE -> DraftState.REVISED;
      case APPRAISE -> DraftState.APPRAISED;
      case SIGN -> DraftState.SIGNED;
      case ISSUE -> DraftState.ISSUED;
    };
  }
}
