package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/** A rule a cell's dues ledger is checked against ({@link DuesLedger#findings(int, java.time.LocalDate)}). */
public enum DuesFindingRule implements Bilingual, Rule {
  /**
   * A member who has not paid dues for 3 months of a year without a good reason is proposed by the cell for removal
   * from the list of members (xóa tên), Quy định 01-QĐ/TW, Điều 2, as reported.
   */
  UNPAID_THREE_MONTHS("Không đóng đảng phí 3 tháng trong năm mà không có lý do chính đáng", "Dues unpaid for 3 months of a year");

  /** The months unpaid in a year from which the cell proposes removal. */
  public static final int UNPAID_MONTHS = 3;

  private static final LegalBasis BASIS =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_DUES_REGULATION_01_2026)
          .article("Điều 2")
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
   * Returns the legal basis: Quy định 01-QĐ/TW, Điều 2, as reported.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return BASIS;
  }

  @Override
  public Optional<String> citation() {
    return Optional.of(BASIS.citation());
  }
}
