package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule an office's cars are checked against ({@link CarNormBook#check}), with its legal basis: for example {@link
 * #MAY_BE_RETIRED}, a car over 250,000 km or whose repair would cost more than 30% of its price (Nghị định
 * 72/2023/NĐ-CP, Điều 3, khoản 4, verified).
 */
public enum VehicleRule implements Bilingual, Rule {
  /** A car of a post costs no more than the post's cap (Nghị định 72/2023/NĐ-CP, Điều 6 and Điều 7, verified). */
  WITHIN_THE_PRICE_CAP(
      "Giá mua xe không vượt mức giá tối đa của chức danh",
      "A post's car costs no more than the post's cap",
      basis(Instruments.CAR_DECREE_2023, "Điều 6, Điều 7", Confirmation.VERIFIED)),
  /**
   * A pooled car costs no more than the cap of its type: VND 950,000,000 for an ordinary one, VND 1,300,000,000 for 12
   * to 16 seats, VND 1,600,000,000 for a two-axle-drive car of 7 or 8 seats (Nghị định 72/2023/NĐ-CP, Điều 15,
   * khoản 1, verified in the original text; {@link PooledCarType}).
   */
  POOLED_CAR_WITHIN_THE_PRICE_CAP(
      "Giá mua xe phục vụ công tác chung không vượt mức giá tối đa",
      "A pooled car costs no more than the cap of its type",
      basis(Instruments.CAR_DECREE_2023, "Điều 15, khoản 1", Confirmation.VERIFIED)),
  /**
   * A car is assigned to a post only if the post has a car of its own; the others are served by the pooled cars
   * (Nghị định 72/2023/NĐ-CP, Điều 8, khoản 1, verified).
   */
  POST_ENTITLED_TO_A_CAR(
      "Chức danh được trang bị xe riêng",
      "A car is assigned only to a post entitled to one",
      basis(Instruments.CAR_DECREE_2023, "Điều 8, khoản 1", Confirmation.VERIFIED)),
  /**
   * A provincial office has no more pooled cars than its norm: 10 in Hà Nội and Hồ Chí Minh City, 5 elsewhere plus
   * the extras by area and for a mostly mountainous province or one balancing its own budget (Nghị định
   * 153/2025/NĐ-CP, amending Điều 11 of Nghị định 72/2023/NĐ-CP, reported).
   */
  POOLED_CARS_WITHIN_THE_NORM(
      "Số xe phục vụ công tác chung không vượt định mức",
      "No more pooled cars than the norm",
      basis(Instruments.CAR_DECREE_AMENDMENT_2025, "Điều 11, khoản 1 (sửa đổi)", Confirmation.REPORTED)),
  /**
   * A body under the provincial committee other than its office has no more cars than its norm: 1, or 2 with 20 to
   * 50 staff, or 3 with more than 50, and 1 more in a province of 5,000 km² or more, mostly mountainous or balancing
   * its own budget (Nghị định 72/2023/NĐ-CP, Điều 11, khoản 2, verified in the original text). Whether Nghị định
   * 153/2025/NĐ-CP changed this clause from 2025-07-01 has not been read: the book carries the original figures over
   * and marks them unconfirmed from that day ({@link CarNormBook#bodyCarsBasis}).
   */
  BODY_CARS_WITHIN_THE_NORM(
      "Số xe của cơ quan, đơn vị thuộc Tỉnh ủy không vượt định mức",
      "A body of the provincial committee has no more cars than its norm",
      basis(Instruments.CAR_DECREE_2023, "Điều 11, khoản 2", Confirmation.VERIFIED)),
  /**
   * A car over 250,000 km, or whose repair estimate is above 30% of its original price, may be replaced or disposed of
   * (Nghị định 72/2023/NĐ-CP, Điều 3, khoản 4, verified).
   */
  MAY_BE_RETIRED(
      "Xe đủ điều kiện thay thế, xử lý",
      "The car may be replaced or disposed of",
      basis(Instruments.CAR_DECREE_2023, "Điều 3, khoản 4", Confirmation.VERIFIED));

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;

  VehicleRule(String vietnameseName, String englishName, LegalBasis basis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
  }

  private static LegalBasis basis(Instrument instrument, String article, Confirmation confirmation) {
    return LegalBasis.builder().instrument(instrument).article(article).confirmation(confirmation).build();
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
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }
}
