package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.money.Money;
import java.util.Optional;

/**
 * A post named by Nghị định 72/2023/NĐ-CP, with whether its holder has a car for the post's work and the standard price
 * cap of that car. For example {@link #PROVINCIAL_PARTY_SECRETARY}: a car while in office, at most VND 1,550,000,000
 * (Điều 6, khoản 2, verified). The caps are the original text's; an application that applies another figure replaces
 * it in its {@link CarNormBook} ({@link CarNormBook#withPriceCap with}).
 */
public enum CarPost implements Bilingual {
  /** Tổng Bí thư: a car for life, without a price cap (Điều 4, verified). */
  GENERAL_SECRETARY("Tổng Bí thư", "General Secretary", true, 0, "Điều 4"),
  /** Chủ tịch nước: a car for life, without a price cap (Điều 4, verified). */
  STATE_PRESIDENT("Chủ tịch nước", "State President", true, 0, "Điều 4"),
  /** Thủ tướng Chính phủ: a car for life, without a price cap (Điều 4, verified). */
  PRIME_MINISTER("Thủ tướng Chính phủ", "Prime Minister", true, 0, "Điều 4"),
  /** Chủ tịch Quốc hội: a car for life, without a price cap (Điều 4, verified). */
  NATIONAL_ASSEMBLY_CHAIR("Chủ tịch Quốc hội", "Chair of the National Assembly", true, 0, "Điều 4"),
  /** Ủy viên Trung ương Đảng chính thức: a car while in office, at most VND 1,600,000,000 (Điều 6, khoản 1). */
  CENTRAL_COMMITTEE_MEMBER(
      "Ủy viên Trung ương Đảng chính thức", "Full member of the Central Committee", true, 1_600_000_000L, "Điều 6, khoản 1"),
  /** Trưởng ban, cơ quan Đảng ở Trung ương: a car while in office, at most VND 1,600,000,000 (Điều 6, khoản 1). */
  CENTRAL_PARTY_BOARD_HEAD(
      "Trưởng ban, cơ quan Đảng ở Trung ương", "Head of a central Party board", true, 1_600_000_000L, "Điều 6, khoản 1"),
  /** Bí thư Tỉnh ủy, Thành ủy: a car while in office, at most VND 1,550,000,000 (Điều 6, khoản 2). */
  PROVINCIAL_PARTY_SECRETARY(
      "Bí thư Tỉnh ủy, Thành ủy", "Provincial Party Secretary", true, 1_550_000_000L, "Điều 6, khoản 2"),
  /** Phó Bí thư Thành ủy Hà Nội, Thành phố Hồ Chí Minh: at most VND 1,550,000,000 (Điều 6, khoản 2). */
  HANOI_HCMC_DEPUTY_SECRETARY(
      "Phó Bí thư Thành ủy Hà Nội, Thành phố Hồ Chí Minh",
      "Deputy Secretary of the Hà Nội or Hồ Chí Minh City Party Committee",
      true,
      1_550_000_000L,
      "Điều 6, khoản 2"),
  /** Phó Bí thư Tỉnh ủy, Thành ủy: home-to-office and business trips, at most VND 1,400,000,000 (Điều 7, khoản 1). */
  PROVINCIAL_DEPUTY_SECRETARY(
      "Phó Bí thư Tỉnh ủy, Thành ủy", "Provincial Deputy Party Secretary", true, 1_400_000_000L, "Điều 7, khoản 1"),
  /** Chủ tịch HĐND tỉnh: at most VND 1,400,000,000 (Điều 7, khoản 1). */
  PROVINCIAL_COUNCIL_CHAIR(
      "Chủ tịch Hội đồng nhân dân tỉnh", "Chair of the provincial People's Council", true, 1_400_000_000L, "Điều 7, khoản 1"),
  /** Chủ tịch UBND tỉnh: at most VND 1,400,000,000 (Điều 7, khoản 1). */
  PROVINCIAL_COMMITTEE_CHAIR(
      "Chủ tịch Ủy ban nhân dân tỉnh",
      "Chair of the provincial People's Committee",
      true,
      1_400_000_000L,
      "Điều 7, khoản 1"),
  /** Ủy viên Ban Thường vụ Thành ủy Hà Nội, Thành phố Hồ Chí Minh: at most VND 1,250,000,000 (Điều 7, khoản 2). */
  HANOI_HCMC_STANDING_MEMBER(
      "Ủy viên Ban Thường vụ Thành ủy Hà Nội, Thành phố Hồ Chí Minh",
      "Standing member of the Hà Nội or Hồ Chí Minh City Party Committee",
      true,
      1_250_000_000L,
      "Điều 7, khoản 2"),
  /**
   * Giám đốc, Phó Giám đốc sở và tương đương cấp tỉnh: served by the pooled cars, without a car of the post (Điều 8,
   * khoản 1, điểm d).
   */
  DEPARTMENT_DIRECTOR(
      "Giám đốc, Phó Giám đốc sở và tương đương",
      "Director or deputy director of a provincial department",
      false,
      0,
      "Điều 8, khoản 1, điểm d");

  private final String vietnameseName;
  private final String englishName;
  private final boolean ownCar;
  private final long capDong;
  private final LegalBasis basis;

  CarPost(String vietnameseName, String englishName, boolean ownCar, long capDong, String article) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.ownCar = ownCar;
    this.capDong = capDong;
    this.basis =
        LegalBasis.builder()
            .instrument(Instruments.CAR_DECREE_2023)
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
   * Tells whether the holder has a car for the post's work.
   *
   * @return true for a post of Điều 4, 6 or 7; false for a post served by the pooled cars
   */
  public boolean ownCar() {
    return ownCar;
  }

  /**
   * Returns the standard price cap of the post's car.
   *
   * @return the cap, or empty for a car for life (no cap) or a post without a car of its own
   */
  public Optional<Money> standardPriceCap() {
    return capDong == 0 ? Optional.empty() : Optional.of(Money.ofDong(capDong));
  }

  /**
   * Returns the article naming the post, verified in the original text.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }
}
