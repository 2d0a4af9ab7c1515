package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * What a {@link WorkflowRule} requires of a petition before a command is carried out: for example {@link
 * #NOT_FORWARDED_BEFORE}, a denunciation of the same content is forwarded only once (Thông tư 05/2021/TT-TTCP, Điều
 * 14). Each requirement reads a fact the petition already holds: its classification, its round, its history, its
 * petitioners.
 *
 * <p>{@link #PROVIDED_BY_LAW} is a permission: a step such as suspending the resolution exists only where the law in
 * force provides it for the kind of petition, so the command is refused unless a rule in force provides it. The
 * others are conditions: the command is refused when a rule in force requires the condition and the petition does not
 * meet it.
 */
public enum Requirement implements Bilingual {
  /** The law in force provides the step for the petition's kind: suspension, withdrawal, refusal, a second complaint. */
  PROVIDED_BY_LAW("Được pháp luật quy định", "Provided by law"),
  /** The classification found the petition eligible for processing: no {@link ProcessingDefect}. */
  ELIGIBLE("Đủ điều kiện xử lý", "Eligible for processing"),
  /** The classification found the petition within the receiving office's competence. */
  WITHIN_COMPETENCE("Thuộc thẩm quyền", "Within competence"),
  /** The classification found the petition outside the receiving office's competence. */
  OUTSIDE_COMPETENCE("Không thuộc thẩm quyền", "Outside competence"),
  /** The classification did not find the same content forwarded before ({@link ProcessingDefect#ALREADY_FORWARDED}). */
  NOT_FORWARDED_BEFORE("Chưa chuyển đơn cùng nội dung", "Not forwarded before"),
  /** The classification did not find the petitioner guided before on the same content. */
  NOT_GUIDED_BEFORE("Chưa hướng dẫn về cùng nội dung", "Not guided before"),
  /** A complaint's decision became final before the case is closed. */
  FINAL_BEFORE_CLOSING("Quyết định đã có hiệu lực pháp luật", "Final before closing"),
  /** The complaint is in its first round: a second complaint follows only a first-time decision. */
  FIRST_ROUND("Khiếu nại lần đầu", "First round"),
  /**
   * A complexity found is recorded in writing ({@link PetitionEvent#writtenRecord()}), a condition on the
   * assessment's own data, so an assessment without it is bad data: "Việc xác định vụ việc phức
   * tạp phải được thể hiện bằng văn bản" (Nghị định 124/2020/NĐ-CP, Điều 3a, khoản 2, added by Nghị định
   * 155/2026/NĐ-CP).
   */
  COMPLEXITY_IN_WRITING("Xác định vụ việc phức tạp bằng văn bản", "Complexity recorded in writing");

  private final String vietnameseName;
  private final String englishName;

  Requirement(String vietnameseName, String englishName) {
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
