package io.github.vanphong.document;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;

/**
 * How an {@link OutgoingRegister} numbers documents: which documents share a sequence, and over what period a
 * sequence runs from 01. For example under {@link #PARTY_TERM} the reports of an office are numbered 01, 02, … and
 * its plans 01, 02, … on their own, each from the start of the party committee's term to its end.
 *
 * <p>In every policy a number is given when the document is issued, never while it is drafted; numbers follow the
 * order of issue without gaps; a number is never given twice, and a voided number stays in the register; secret
 * documents take their numbers from the sequence of their type, as other documents do ({@link
 * #SECRET_DOCUMENTS_SHARE_THE_SEQUENCE}). A policy is not a symbol form: the form follows the {@link
 * DocumentSystem} of the policy.
 */
public enum NumberingPolicy implements Bilingual {
  /**
   * Party committees and their bodies: from 01 for each document type within one term of the party committee, the
   * term running from the day after the closing day of one congress to the closing day of the next (Hướng dẫn
   * 36-HD/VPTW, Mục II, điểm 1.3.1, reported). Not per calendar year.
   */
  PARTY_TERM(
      "Đánh số từ 01 theo từng tên loại trong nhiệm kỳ cấp ủy",
      "From 01 for each type within a party committee term",
      DocumentSystem.PARTY,
      true,
      NumberingBases.HD_36_NUMBERING),
  /**
   * A party congress: one sequence from 01 across all the document types of the congress, its presidium,
   * secretariat, credentials committee and vote-counting committee, from the opening (the preparatory session
   * included) to the closing day (Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3.1, reported).
   */
  PARTY_CONGRESS(
      "Đánh số chung từ 01 cho mọi văn bản của đại hội",
      "One sequence from 01 across all types of a congress",
      DocumentSystem.PARTY,
      false,
      NumberingBases.HD_36_NUMBERING),
  /**
   * State bodies: one sequence for the year, from 01 on 1 January to 31 December; number and symbol are unique
   * within the year (Nghị định 30/2020/NĐ-CP, Điều 15, khoản 1, verified).
   */
  STATE_YEAR(
      "Đánh số từ 01 ngày 01 tháng 01 hằng năm",
      "From 01 every 1 January, one sequence for all types",
      DocumentSystem.STATE,
      false,
      NumberingBases.ND_30_NUMBERING),
  /**
   * State bodies that keep a sequence per document type: from 01 on 1 January for each type (Nghị định
   * 30/2020/NĐ-CP, Điều 15, khoản 1, verified, for the yearly restart). Number and symbol stay unique within the
   * year, since the symbol names the type; whether a body numbers per type is its own choice.
   */
  STATE_YEAR_PER_TYPE(
      "Đánh số từ 01 ngày 01 tháng 01 hằng năm, theo từng loại văn bản",
      "From 01 every 1 January, for each type",
      DocumentSystem.STATE,
      true,
      NumberingBases.ND_30_NUMBERING);

  /**
   * Secret documents (văn bản mật) are numbered in the same sequence as other documents of their type: Hướng dẫn
   * 36-HD/VPTW, Mục II, điểm 1.3.1 (reported).
   */
  public static final LegalBasis SECRET_DOCUMENTS_SHARE_THE_SEQUENCE = NumberingBases.HD_36_NUMBERING;

  private final String vietnameseName;
  private final String englishName;
  private final DocumentSystem system;
  private final boolean perType;
  private final LegalBasis basis;

  NumberingPolicy(
      String vietnameseName, String englishName, DocumentSystem system, boolean perType, LegalBasis basis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.system = system;
    this.perType = perType;
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
   * Returns the system whose documents this policy numbers.
   *
   * @return the system, not null
   */
  public DocumentSystem system() {
    return system;
  }

  /**
   * Tells whether each document type has its own sequence.
   *
   * @return true for {@link #PARTY_TERM} and {@link #STATE_YEAR_PER_TYPE}; false where all types share one
   */
  public boolean perType() {
    return perType;
  }

  /**
   * Returns the instrument and article of the policy, with its confirmation.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /** The bases, held apart so that the constants can name them. */
  private static final class NumberingBases {
    static final LegalBasis HD_36_NUMBERING =
        LegalBasis.of(Instruments.PARTY_DOCUMENT_FORMAT_2018, "Mục II, điểm 1.3.1");
    static final LegalBasis ND_30_NUMBERING =
        LegalBasis.builder()
            .instrument(Instruments.STATE_CLERICAL_DECREE_2020)
            .article("Điều 15, khoản 1")
            .confirmation(Confirmation.VERIFIED)
            .build();

    private NumberingBases() {}
  }
}
