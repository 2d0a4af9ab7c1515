package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a petition asks for: the review of an administrative decision or act (a complaint), the handling of a
 * violation (a denunciation), a recommendation, or feedback; or several of these at once. For example a letter
 * asking to annul a disciplinary decision is a {@link #COMPLAINT}.
 *
 * <p>The kind decides which law governs the petition and so its time limits; a {@link #MIXED} petition is split
 * or handled under the law of each content (Thông tư 07/2014/TT-TTCP, Điều 6, kept in substance by Thông tư
 * 05/2021/TT-TTCP).
 */
public enum PetitionKind implements Bilingual {
  /**
   * Khiếu nại: a request to review an administrative decision or act, or a disciplinary decision, believed to
   * infringe the petitioner's rights (Luật Khiếu nại 02/2011/QH13, Điều 2, khoản 1).
   */
  COMPLAINT(
      "Khiếu nại",
      "Complaint",
      LegalBasis.of(Instruments.COMPLAINTS_LAW_2011, "Điều 2, khoản 1")),
  /**
   * Tố cáo: a report to a competent body of a violation of the law by an agency, organisation or person (Luật Tố
   * cáo 25/2018/QH14, Điều 2, khoản 1).
   */
  DENUNCIATION(
      "Tố cáo",
      "Denunciation",
      LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 2, khoản 1")),
  /**
   * Kiến nghị: a proposal on a policy, law or administrative matter (Luật Tiếp công dân 42/2013/QH13, Điều 2,
   * khoản 1 and Điều 4).
   */
  RECOMMENDATION(
      "Kiến nghị",
      "Recommendation",
      LegalBasis.of(Instruments.CITIZEN_RECEPTION_LAW_2013, "Điều 2, khoản 1")),
  /**
   * Phản ánh: information given to a competent body about a matter of concern (Luật Tiếp công dân 42/2013/QH13,
   * Điều 2, khoản 1).
   */
  FEEDBACK(
      "Phản ánh",
      "Feedback",
      LegalBasis.of(Instruments.CITIZEN_RECEPTION_LAW_2013, "Điều 2, khoản 1")),
  /**
   * Đơn có nhiều nội dung: a letter with contents of more than one kind, handled under the law of each (Thông tư
   * 07/2014/TT-TTCP, Điều 6).
   */
  MIXED("Đơn có nhiều nội dung", "Mixed", null);

  private final String vietnameseName;
  private final String englishName;
  private final @Nullable LegalBasis definedBy;

  PetitionKind(String vietnameseName, String englishName, @Nullable LegalBasis definedBy) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.definedBy = definedBy;
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
   * Returns the article that defines this kind; empty for {@link #MIXED}, which is a combination of the others.
   *
   * @return the defining article, or empty
   */
  public Optional<LegalBasis> definedBy() {
    return Optional.ofNullable(definedBy);
  }
}
