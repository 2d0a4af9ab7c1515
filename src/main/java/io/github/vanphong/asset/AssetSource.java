package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;

/**
 * Where an asset of a Party body comes from (nguồn hình thành tài sản), the five sources of Nghị định
 * 165/2017/NĐ-CP, Điều 3: for example a computer bought with the State budget allocated to the provincial office is
 * {@link #STATE_ALLOCATION_OR_BUDGET}; a car given by a company is {@link #GIFT_OR_AID}.
 *
 * <p>The list is that of Nghị định 165/2017/NĐ-CP (verified); whether Nghị định 52/2026/NĐ-CP, which replaced it on
 * 2026-02-02, keeps the same five was not read.
 */
public enum AssetSource implements Bilingual {
  /** Tài sản do Nhà nước giao, đầu tư xây dựng, mua sắm bằng ngân sách nhà nước: allocated by the State or bought. */
  STATE_ALLOCATION_OR_BUDGET(
      "Nhà nước giao hoặc đầu tư, mua sắm từ ngân sách nhà nước", "State allocation or State budget"),
  /** Tài sản được Nhà nước chuyển giao quyền sở hữu: ownership transferred by the State. */
  STATE_TRANSFER("Nhà nước chuyển giao quyền sở hữu", "Transferred by the State"),
  /** Quỹ dự trữ tài chính của Đảng, các quỹ và nguồn thu khác của Đảng: the Party's reserve and other funds. */
  PARTY_FUNDS("Quỹ dự trữ tài chính và nguồn thu khác của Đảng", "Party reserve fund and other Party funds"),
  /** Tài sản được biếu, tặng, cho, viện trợ: gifts, donations and aid. */
  GIFT_OR_AID("Được biếu, tặng, cho, viện trợ", "Gift, donation or aid"),
  /**
   * Quỹ phát triển hoạt động sự nghiệp, vốn vay, vốn liên doanh, liên kết: the development fund, loans and joint
   * ventures of a Party public-service unit.
   */
  SERVICE_UNIT_FUNDS_LOANS_OR_VENTURES(
      "Quỹ phát triển hoạt động sự nghiệp, vốn vay, liên doanh, liên kết",
      "Service unit development fund, loan or joint venture");

  private final String vietnameseName;
  private final String englishName;

  AssetSource(String vietnameseName, String englishName) {
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
   * Returns the article that lists the sources: Nghị định 165/2017/NĐ-CP, Điều 3, verified.
   *
   * @return the basis, not null
   */
  public static LegalBasis basis() {
    return LegalBasis.builder()
        .instrument(Instruments.PARTY_ASSETS_DECREE_2017)
        .article("Điều 3")
        .confirmation(Confirmation.VERIFIED)
        .build();
  }
}
