package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;

/**
 * Why an asset is revalued (đánh giá lại), the cases of Luật Quản lý, sử dụng tài sản công 15/2017/QH14, Điều 38,
 * khoản 4: for example a computer whose parts are upgraded is revalued for {@link #UPGRADE}. A revaluation in the
 * register ({@link AssetRegister#revalue}) carries its trigger in the asset's history.
 */
public enum RevaluationTrigger implements Bilingual {
  /** Kiểm kê, đánh giá lại theo quyết định của Thủ tướng Chính phủ: a stock-take ordered by the Prime Minister. */
  STOCKTAKE_ORDERED_BY_PRIME_MINISTER(
      "Kiểm kê, đánh giá lại theo quyết định của Thủ tướng Chính phủ", "Stock-take ordered by the Prime Minister"),
  /** Thực hiện nâng cấp tài sản: the asset is upgraded. */
  UPGRADE("Nâng cấp tài sản", "Upgrade"),
  /**
   * Tài sản được giao, kiểm kê hoặc chuyển giao mà chưa được ghi sổ: an asset handed over, counted or transferred
   * but not yet booked.
   */
  HANDED_OVER_OR_COUNTED_UNBOOKED("Được giao, kiểm kê, chuyển giao nhưng chưa ghi sổ", "Handed over or counted, unbooked"),
  /** Bán, thanh lý tài sản: the asset is to be sold or liquidated. */
  SALE_OR_LIQUIDATION("Bán, thanh lý tài sản", "Sale or liquidation"),
  /** Tài sản bị hư hỏng nặng: serious damage. */
  SERIOUS_DAMAGE("Tài sản bị hư hỏng nặng", "Serious damage"),
  /** Các trường hợp khác theo quy định của pháp luật: another case the law names. */
  OTHER_LEGAL_CASE("Trường hợp khác theo quy định của pháp luật", "Other case the law names");

  private final String vietnameseName;
  private final String englishName;

  RevaluationTrigger(String vietnameseName, String englishName) {
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
   * Returns the article that lists the triggers: Luật 15/2017/QH14, Điều 38, khoản 4, verified.
   *
   * @return the basis, not null
   */
  public static LegalBasis basis() {
    return LegalBasis.builder()
        .instrument(Instruments.PUBLIC_ASSETS_LAW_2017)
        .article("Điều 38, khoản 4")
        .confirmation(Confirmation.VERIFIED)
        .build();
  }
}
