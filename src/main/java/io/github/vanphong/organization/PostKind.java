package io.github.vanphong.organization;

import io.github.vanphong.Bilingual;

/**
 * A kind of post in a unit: the secretary of a party committee (Bí thư), the chief of an office (Chánh Văn
 * phòng), a specialist (Chuyên viên), and so on. For example Huỳnh Thanh Tạo held {@link
 * #STANDING_DEPUTY_SECRETARY} of the Hậu Giang Provincial Party Committee and {@link #CHAIR} of the provincial
 * People's Council at the same time.
 *
 * <p>Some posts have one holder at a time ({@link #singleHolder()}): a committee has one secretary, an office one
 * chief. Others have several: deputies, members, specialists.
 */
public enum PostKind implements Bilingual {
  /** Bí thư: the secretary of a party committee or cell. */
  SECRETARY("Bí thư", "Secretary", true),
  /** Phó Bí thư Thường trực: the standing deputy secretary. */
  STANDING_DEPUTY_SECRETARY("Phó Bí thư Thường trực", "Standing Deputy Secretary", true),
  /** Phó Bí thư: a deputy secretary. */
  DEPUTY_SECRETARY("Phó Bí thư", "Deputy Secretary", false),
  /** Ủy viên Ban Thường vụ: a member of the standing board. */
  STANDING_COMMITTEE_MEMBER("Ủy viên Ban Thường vụ", "Standing Committee Member", false),
  /** Ủy viên Ban Chấp hành: a member of the executive committee. */
  COMMITTEE_MEMBER("Ủy viên Ban Chấp hành", "Executive Committee Member", false),
  /** Chủ tịch: the chair of a People's Council, a People's Committee or a front body. */
  CHAIR("Chủ tịch", "Chair", true),
  /** Phó Chủ tịch: a vice chair. */
  VICE_CHAIR("Phó Chủ tịch", "Vice Chair", false),
  /** Trưởng ban: the head of a board. */
  HEAD("Trưởng ban", "Head", true),
  /** Phó Trưởng ban: a deputy head of a board. */
  DEPUTY_HEAD("Phó Trưởng ban", "Deputy Head", false),
  /** Chánh Văn phòng: the chief of an office. */
  CHIEF_OF_OFFICE("Chánh Văn phòng", "Chief of Office", true),
  /** Phó Chánh Văn phòng: a deputy chief of an office. */
  DEPUTY_CHIEF_OF_OFFICE("Phó Chánh Văn phòng", "Deputy Chief of Office", false),
  /** Trưởng phòng: the head of a section. */
  HEAD_OF_SECTION("Trưởng phòng", "Head of Section", true),
  /** Phó Trưởng phòng: a deputy head of a section. */
  DEPUTY_HEAD_OF_SECTION("Phó Trưởng phòng", "Deputy Head of Section", false),
  /** Trưởng đoàn: the head of a delegation, for example of the National Assembly deputies of a province. */
  HEAD_OF_DELEGATION("Trưởng đoàn", "Head of Delegation", true),
  /** Chuyên viên: a specialist. */
  SPECIALIST("Chuyên viên", "Specialist", false),
  /** Nhân viên: a member of the support staff. */
  STAFF("Nhân viên", "Staff", false),
  /**
   * Đại biểu Quốc hội: a deputy of the National Assembly, a member of a province's delegation, who receives citizens
   * on a schedule notified in advance (Luật Tiếp công dân 42/2013/QH13, Điều 21).
   */
  NATIONAL_ASSEMBLY_DEPUTY("Đại biểu Quốc hội", "National Assembly Deputy", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean singleHolder;

  PostKind(String vietnameseName, String englishName, boolean singleHolder) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.singleHolder = singleHolder;
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
   * Tells whether a post of this kind has one holder at a time in a unit.
   *
   * @return true for a secretary, a standing deputy secretary, a chair, a head, a chief of office, a head of
   *     section and a head of delegation
   */
  public boolean singleHolder() {
    return singleHolder;
  }
}
