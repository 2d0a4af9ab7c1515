package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule a cell's dues ledger is checked against: {@link #UNPAID_THREE_MONTHS} ({@link DuesLedger#findings(int,
 * java.time.LocalDate)}) and {@link #ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD} ({@link
 * DuesLedger#advanceFindings(java.time.LocalDate)}).
 */
public enum DuesFindingRule implements Bilingual, Rule {
  /**
   * A member who has not paid dues for 3 months of a year without a good reason is proposed by the cell for removal
   * from the list of members (xóa tên), Quy định 01-QĐ/TW, Điều 2, as reported.
   */
  UNPAID_THREE_MONTHS("Không đóng đảng phí 3 tháng trong năm mà không có lý do chính đáng", "Dues unpaid for 3 months of a year"),
  /**
   * Only a member excused from cell activities (miễn sinh hoạt đảng) may pay dues late or in advance, and for at most
   * the excused period: the dues of a month paid before the month began are found unless the month is excused, Quy
   * định 01-QĐ/TW, Điều 5, as reported (the sources give the passage with the exemptions of Điều 5; its clause was not
   * read). It is checked for the months from February 2026: whether Quy định 342-QĐ/TW said the same was not read.
   */
  ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD(
      "Đóng đảng phí trước ngoài thời gian được miễn sinh hoạt đảng", "Dues paid in advance outside an excused period");

  /** The months unpaid in a year from which the cell proposes removal. */
  public static final int UNPAID_MONTHS = 3;

  private static final LegalBasis ARTICLE_2 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_DUES_REGULATION_01_2026)
          .article("Điều 2")
          .confirmation(Confirmation.REPORTED)
          .build();

  private static final LegalBasis ARTICLE_5 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_DUES_REGULATION_01_2026)
          .article("Điều 5")
          .confirmation(Confirmation.REPORTED)
          .build();

  private final String vietnameseName;
  private final String englishName;

  DuesFindingRule(String vietnameseName, String englishName) {
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
   * Returns the legal basis: Quy định 01-QĐ/TW, Điều 2 (unpaid months) or Điều 5 (advance payments), as reported.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return this == UNPAID_THREE_MONTHS ? ARTICLE_2 : ARTICLE_5;
  }

  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }
}
