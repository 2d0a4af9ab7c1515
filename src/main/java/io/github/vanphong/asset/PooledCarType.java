package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.money.Money;

/**
 * The type of a pooled car (xe phục vụ công tác chung), which sets the highest price it may be bought at under Nghị
 * định 72/2023/NĐ-CP, Điều 15, khoản 1 (original text, verified): an ordinary pooled car at most VND 950,000,000, a
 * car of 12 to 16 seats at most VND 1,300,000,000, and a two-axle-drive car of 7 or 8 seats at most VND 1,600,000,000.
 *
 * <p>Whether Nghị định 153/2025/NĐ-CP changed these figures has not been read; an application that applies another
 * figure puts it in its {@link CarNormBook} ({@link CarNormBook#withPooledPriceCap}).
 */
public enum PooledCarType implements Bilingual {
  /** An ordinary pooled car: at most VND 950,000,000. */
  ORDINARY("Xe phục vụ công tác chung", "An ordinary pooled car", 950_000_000L),
  /** A car of 12 to 16 seats: at most VND 1,300,000,000. */
  SEATS_12_TO_16("Xe từ 12 đến 16 chỗ ngồi", "A car of 12 to 16 seats", 1_300_000_000L),
  /** A two-axle-drive car of 7 or 8 seats: at most VND 1,600,000,000. */
  FOUR_WHEEL_DRIVE_7_TO_8_SEATS("Xe 2 cầu từ 7 đến 8 chỗ ngồi", "A two-axle-drive car of 7 or 8 seats", 1_600_000_000L);

  /** The article that sets the caps: Nghị định 72/2023/NĐ-CP, Điều 15, khoản 1, verified in the original text. */
  public static final LegalBasis BASIS =
      LegalBasis.builder()
          .instrument(Instruments.CAR_DECREE_2023)
          .article("Điều 15, khoản 1")
          .confirmation(Confirmation.VERIFIED)
          .build();

  private final String vietnameseName;
  private final String englishName;
  private final long capDong;

  PooledCarType(String vietnameseName, String englishName, long capDong) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.capDong = capDong;
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
   * Returns the standard price cap of a car of this type.
   *
   * @return the cap, more than 0 đồng
   */
  public Money standardPriceCap() {
    return Money.ofDong(capDong);
  }
}
