package io.github.vanphong.document;

import io.github.vanphong.Bilingual;

/**
 * The secrecy mark of a document (độ mật): none, or one of the three levels of state secrets. For example a report
 * marked "Mật" is {@link #CONFIDENTIAL}.
 *
 * <p>The mark is an optional component of a Party document's format (Hướng dẫn 36-HD/VPTW). It does not change the
 * number a document takes: secret documents share the sequence of their type ({@link
 * NumberingPolicy#SECRET_DOCUMENTS_SHARE_THE_SEQUENCE}). It is not the urgency mark (độ khẩn).
 */
public enum Secrecy implements Bilingual {
  /** No secrecy mark. */
  NONE("Không mật", "Not secret"),
  /** Mật. */
  CONFIDENTIAL("Mật", "Confidential"),
  /** Tối mật. */
  SECRET("Tối mật", "Secret"),
  /** Tuyệt mật. */
  TOP_SECRET("Tuyệt mật", "Top secret");

  private final String vietnameseName;
  private final String englishName;

  Secrecy(String vietnameseName, String englishName) {
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
