package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule the asset register, its wear and its inventory follow, with its legal basis: for example {@link
 * #INVENTORY_RECONCILED_ONCE}, the year-end inventory of Luật 15/2017/QH14, Điều 38, khoản 3, reconciled once in
 * the register. A refusal's message names the rule; a rule without basis is structural (data must follow it to mean
 * anything).
 */
public enum AssetRule implements Bilingual, Rule {
  /** An asset is recorded once: a second record of its id is refused. Structural. */
  ONE_RECORD_PER_ASSET("Mỗi tài sản được ghi sổ một lần", "An asset is recorded once", Optional.empty()),
  /** The history runs in order of days: an event dated before the last one is refused. Structural. */
  EVENTS_IN_ORDER(
      "Các nghiệp vụ ghi sổ theo thứ tự thời gian", "The register's events run in order of days", Optional.empty()),
  /** Only an asset in the register, not disposed of, is transferred, revalued or disposed of. Structural. */
  ONLY_ASSETS_IN_USE_CHANGE(
      "Chỉ tài sản đang quản lý mới được điều chuyển, đánh giá lại, xử lý",
      "Only an asset in the register and not disposed of changes",
      Optional.empty()),
  /** A transfer moves the asset to another holder. Structural. */
  TRANSFER_TO_ANOTHER_HOLDER(
      "Điều chuyển tài sản cho đơn vị khác", "A transfer goes to another holder", Optional.empty()),
  /**
   * The body using an asset keeps its records, does its accounting, counts and revalues it (Nghị định
   * 165/2017/NĐ-CP, Điều 6, khoản 2, verified).
   */
  KEEP_ASSET_RECORDS(
      "Lập, quản lý hồ sơ, hạch toán, kiểm kê, đánh giá lại tài sản",
      "Keep the asset's records, account for it, count and revalue it",
      Optional.of(basis(Instruments.PARTY_ASSETS_DECREE_2017, "Điều 6, khoản 2"))),
  /** An asset is revalued only in a case the law names (Luật 15/2017/QH14, Điều 38, khoản 4, verified). */
  REVALUATION_FOR_A_TRIGGER(
      "Đánh giá lại tài sản trong các trường hợp luật định",
      "Revalue an asset only in a case the law names",
      Optional.of(basis(Instruments.PUBLIC_ASSETS_LAW_2017, "Điều 38, khoản 4"))),
  /**
   * The body counts its assets at the end of each annual accounting period, and finds the surpluses and shortfalls
   * with their causes (Luật 15/2017/QH14, Điều 38, khoản 3; Nghị định 165/2017/NĐ-CP, Điều 31, khoản 1; verified).
   */
  YEAR_END_INVENTORY(
      "Kiểm kê tài sản khi kết thúc kỳ kế toán năm, xác định thừa, thiếu và nguyên nhân",
      "Count the assets at the end of each accounting year, with each surplus and shortfall and its cause",
      Optional.of(basis(Instruments.PUBLIC_ASSETS_LAW_2017, "Điều 38, khoản 3"))),
  /** The reconciliation of a year's inventory is recorded once. Structural, following {@link #YEAR_END_INVENTORY}. */
  INVENTORY_RECONCILED_ONCE(
      "Kết quả kiểm kê một năm được ghi sổ một lần", "A year's inventory is reconciled once", Optional.empty()),
  /**
   * Wear is computed once a year, in December, before the books close (Thông tư 23/2023/TT-BTC, Điều 12, khoản 1,
   * điểm a, verified).
   */
  YEARLY_WEAR(
      "Tính hao mòn mỗi năm một lần vào tháng 12",
      "Compute wear once a year, in December",
      Optional.of(basis(Instruments.FIXED_ASSETS_CIRCULAR_2023, "Điều 12, khoản 1, điểm a"))),
  /**
   * Annual wear is the original value times the class's yearly rate (Thông tư 23/2023/TT-BTC, Điều 14, khoản 1,
   * verified); the residual value never goes below zero, so the last year's wear is what remains.
   */
  WEAR_FORMULA(
      "Mức hao mòn hằng năm bằng nguyên giá nhân tỷ lệ hao mòn",
      "Annual wear is the original value times the yearly rate",
      Optional.of(basis(Instruments.FIXED_ASSETS_CIRCULAR_2023, "Điều 14, khoản 1"))),
  /**
   * The yearly rate of each class comes from Phụ lục 01 of Thông tư 23/2023/TT-BTC, which the library has not read:
   * unconfirmed, the rates are the application's ({@link WearRates}).
   */
  WEAR_RATE_OF_THE_CLASS(
      "Tỷ lệ hao mòn theo loại tài sản (Phụ lục 01)",
      "The yearly wear rate of the asset's class (Phụ lục 01)",
      Optional.of(
          LegalBasis.builder()
              .instrument(Instruments.FIXED_ASSETS_CIRCULAR_2023)
              .article("Phụ lục 01")
              .confirmation(Confirmation.UNCONFIRMED)
              .build()));

  private final String vietnameseName;
  private final String englishName;
  private final Optional<LegalBasis> basis;

  AssetRule(String vietnameseName, String englishName, Optional<LegalBasis> basis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
  }

  private static LegalBasis basis(Instrument instrument, String article) {
    return LegalBasis.builder()
        .instrument(instrument)
        .article(article)
        .confirmation(Confirmation.VERIFIED)
        .build();
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
   * Returns the legal basis of the rule.
   *
   * @return the basis, or empty for a structural rule
   */
  public Optional<LegalBasis> basis() {
    return basis;
  }

  @Override
  public Optional<String> citation() {
    return basis.map(LegalBasis::citation);
  }

  /** The start of a refusal's message: the rule, then its citation if it has one. */
  String cite() {
    return name() + basis.map(b -> " (" + b.citation() + ")").orElse("");
  }
}
