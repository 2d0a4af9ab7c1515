package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A ground on which a member is exempted from dues or pays less (miễn, giảm đảng phí), under Quy định 01-QĐ/TW, Điều
 * 5, as reported: for example {@link #LONG_MEMBERSHIP}, fifty years or more in the Party. Every ground but {@link
 * #HARDSHIP} exempts in full; hardship exempts or reduces by 30, 50 or 70% for at most 12 months a decision.
 *
 * <p>The grounds are those of the regulation in force from February 2026; the exemptions of Quy định 342-QĐ/TW were
 * not in the sources read, so a relief is for months from February 2026.
 */
public enum ReliefGround implements Bilingual, Rule {
  /** Đảng viên có tuổi đảng từ 50 năm trở lên: fifty years or more of membership. */
  LONG_MEMBERSHIP("Đảng viên có tuổi đảng từ 50 năm trở lên", "Fifty years or more of membership"),
  /** Đảng viên hưởng trợ cấp hưu trí xã hội: a member receiving the social pension. */
  SOCIAL_PENSION("Đảng viên hưởng trợ cấp hưu trí xã hội", "Social pension"),
  /** Đảng viên thuộc hộ nghèo, hộ cận nghèo: a member of a poor or near-poor household, on application. */
  POOR_HOUSEHOLD("Đảng viên thuộc hộ nghèo, hộ cận nghèo", "Poor or near-poor household"),
  /** Đảng viên mắc bệnh hiểm nghèo theo danh mục: a member with a listed serious illness, on application. */
  SERIOUS_ILLNESS("Đảng viên mắc bệnh hiểm nghèo theo danh mục", "Listed serious illness"),
  /**
   * Đảng viên có hoàn cảnh khó khăn: other hardship, exempted or reduced by 30, 50 or 70% for at most 12 months a
   * decision.
   */
  HARDSHIP("Đảng viên có hoàn cảnh khó khăn khác", "Other hardship");

  private static final LegalBasis BASIS =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_DUES_REGULATION_01_2026)
          .article("Điều 5")
          .confirmation(Confirmation.REPORTED)
          .build();

  private final String vietnameseName;
  private final String englishName;

  ReliefGround(String vietnameseName, String englishName) {
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
   * Returns the legal basis: Quy định 01-QĐ/TW, Điều 5, as reported.
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
