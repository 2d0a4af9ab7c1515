package io.github.vanphong.document;

import io.github.vanphong.Bilingual;

/**
 * The system a document belongs to, which decides how its number and symbol are written and numbered: the Party's
 * ({@code 12-BC/VPTU}, Hướng dẫn 36-HD/VPTW) or the State's ({@code 12/BC-UBND}, Nghị định 30/2020/NĐ-CP). For
 * example a report of the Office of a Provincial Party Committee is a {@link #PARTY} document, one of a provincial
 * People's Committee a {@link #STATE} document.
 *
 * <p>The two systems share some codes with different meanings: the Party writes a quy định as {@code QĐi}, the State
 * as {@code QyĐ}; the Party's {@code TT} is a thông tri, the State's a thông tư. A code is therefore always read
 * within its system.
 */
public enum DocumentSystem implements Bilingual {
  /** Văn bản của Đảng: symbol {@code {số}-{tên loại}/{cơ quan}}, shown as "Số 12-BC/VPTU" (Hướng dẫn 36-HD/VPTW). */
  PARTY("Văn bản của Đảng", "Party document"),
  /**
   * Văn bản của Nhà nước: symbol {@code {số}/[{năm}/]{tên loại}-{cơ quan}}, shown as "Số: 12/BC-UBND" (Nghị định
   * 30/2020/NĐ-CP).
   */
  STATE("Văn bản của Nhà nước", "State document");

  private final String vietnameseName;
  private final String englishName;

  DocumentSystem(String vietnameseName, String englishName) {
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
