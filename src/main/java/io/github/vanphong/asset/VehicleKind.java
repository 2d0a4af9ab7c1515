package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;

/**
 * What an office car is for: the work of one post, or the office's common work (Nghị định 72/2023/NĐ-CP, Điều 6 to
 * Điều 8).
 */
public enum VehicleKind implements Bilingual {
  /** A car for the work of the holder of one post ({@link CarPost}), Điều 6 or Điều 7. */
  FOR_A_POST("Xe phục vụ chức danh", "A car for a post"),
  /** A pooled car for the office's common work (xe phục vụ công tác chung), Điều 8. */
  POOLED("Xe phục vụ công tác chung", "A pooled car");

  private final String vietnameseName;
  private final String englishName;

  VehicleKind(String vietnameseName, String englishName) {
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
