package io.github.vanphong.document;

import io.github.vanphong.Bilingual;

/**
 * A mandatory component of the format (thành phần thể thức) of a Party document, in the order of Hướng dẫn
 * 36-HD/VPTW (reported): for example {@link #HEADING}, the line "ĐẢNG CỘNG SẢN VIỆT NAM". The format check of a draft
 * ({@link FormatRule}) names the component of each finding.
 *
 * <p>The content and the seal cannot be checked from a draft's form; no rule names them. Optional components
 * (secrecy and urgency marks, the circulation scope, "dự thảo", the typist's code) are not listed.
 */
public enum FormatComponent implements Bilingual {
  /** Tiêu đề: "ĐẢNG CỘNG SẢN VIỆT NAM". */
  HEADING("Tiêu đề", "Heading"),
  /** Tên cơ quan ban hành, with the superior body above it where there is one. */
  ISSUING_BODY("Tên cơ quan ban hành", "Issuing body"),
  /** Số và ký hiệu: "Số 12-BC/VPTU". */
  NUMBER_AND_SYMBOL("Số và ký hiệu", "Number and symbol"),
  /** Địa danh, ngày tháng năm ban hành: "Vị Thanh, ngày 04 tháng 3 năm 2016". */
  PLACE_AND_DATE("Địa danh, ngày tháng năm", "Place and date"),
  /** Tên loại và trích yếu nội dung: "BÁO CÁO" and the summary; a công văn has a summary only. */
  TYPE_AND_SUMMARY("Tên loại và trích yếu nội dung", "Type and summary"),
  /** Nội dung. */
  CONTENT("Nội dung", "Content"),
  /** Quyền hạn, chức vụ, họ tên và chữ ký của người có thẩm quyền. */
  SIGNATURE("Quyền hạn, chức vụ, họ tên và chữ ký", "Signature block"),
  /** Dấu của cơ quan ban hành. */
  SEAL("Dấu", "Seal"),
  /** Nơi nhận. */
  RECIPIENTS("Nơi nhận", "Recipients");

  private final String vietnameseName;
  private final String englishName;

  FormatComponent(String vietnameseName, String englishName) {
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
