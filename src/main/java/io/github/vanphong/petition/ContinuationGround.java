package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * Why a denunciation is still resolved after the denouncer withdrew it: for example {@link #COERCED} when the
 * denouncer was threatened into withdrawing (Luật Tố cáo 25/2018/QH14, Điều 33, khoản 2).
 */
public enum ContinuationGround implements Bilingual {
  /** Có dấu hiệu vi phạm pháp luật: the matter shows signs of a violation of the law. */
  SIGNS_OF_VIOLATION("Có dấu hiệu vi phạm pháp luật", "Signs of a violation"),
  /** Rút tố cáo do bị đe dọa, mua chuộc: the withdrawal was coerced or bought. */
  COERCED("Rút tố cáo do bị đe dọa, mua chuộc", "Withdrawal coerced");

  private final String vietnameseName;
  private final String englishName;

  ContinuationGround(String vietnameseName, String englishName) {
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
