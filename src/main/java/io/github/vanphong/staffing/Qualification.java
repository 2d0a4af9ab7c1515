package io.github.vanphong.staffing;

import io.github.vanphong.Bilingual;

/**
 * The highest level of professional education (trình độ chuyên môn) of a staff member: postgraduate, university,
 * college, intermediate or other. For example a specialist with a bachelor's degree is {@link #UNIVERSITY}.
 *
 * <p>It is not a political-theory qualification (lý luận chính trị), which is a separate scale.
 */
public enum Qualification implements Bilingual {
  /** Sau đại học: a master's or doctoral degree. */
  POSTGRADUATE("Sau đại học", "Postgraduate", true),
  /** Đại học: a university degree. */
  UNIVERSITY("Đại học", "University", true),
  /** Cao đẳng: a college diploma. */
  COLLEGE("Cao đẳng", "College", false),
  /** Trung cấp: an intermediate vocational diploma. */
  INTERMEDIATE("Trung cấp", "Intermediate", false),
  /** Khác: any other or no professional qualification. */
  OTHER("Khác", "Other", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean universityOrHigher;

  Qualification(String vietnameseName, String englishName, boolean universityOrHigher) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.universityOrHigher = universityOrHigher;
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
   * Tells whether this qualification is a university degree or higher, as staffing reports count it.
   *
   * @return true for {@link #UNIVERSITY} and {@link #POSTGRADUATE}
   */
  public boolean isUniversityOrHigher() {
    return universityOrHigher;
  }
}
