package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;

/** What an event of an asset register records: an asset recorded, transferred, revalued or disposed of, or a year's inventory reconciled. */
public enum AssetEventKind implements Bilingual {
  /** Ghi tăng: an asset recorded in the register. */
  RECORDED("Ghi tăng tài sản", "Recorded"),
  /** Điều chuyển: an asset moved to another holder. */
  TRANSFERRED("Điều chuyển tài sản", "Transferred"),
  /** Đánh giá lại: an asset given a new value in the books, for a trigger the law names. */
  REVALUED("Đánh giá lại tài sản", "Revalued"),
  /** Ghi giảm: an asset written off, sold, liquidated or otherwise disposed of. */
  DISPOSED("Ghi giảm, xử lý tài sản", "Disposed of"),
  /** Xử lý kết quả kiểm kê: a year's inventory reconciled with the register. */
  INVENTORY_RECONCILED("Xử lý kết quả kiểm kê", "Inventory reconciled");

  private final String vietnameseName;
  private final String englishName;

  AssetEventKind(String vietnameseName, String englishName) {
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
}
