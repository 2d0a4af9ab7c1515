package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * A step of a petition's handling, each a method of {@link Petition} and each recorded as a {@link PetitionEvent}:
 * for example {@link #FORWARD} sends a petition outside the office's competence to the competent body.
 */
public enum PetitionCommand implements Bilingual {
  /** Tiếp nhận: register a received petition. */
  RECEIVE("Tiếp nhận", "Receive"),
  /** Phân loại: classify it by content, eligibility and competence (Thông tư 05/2021/TT-TTCP). */
  CLASSIFY("Phân loại", "Classify"),
  /** Thụ lý: accept it for resolution. */
  ACCEPT("Thụ lý", "Accept"),
  /** Không thụ lý: refuse it, for a statutory reason. */
  REFUSE("Không thụ lý", "Refuse"),
  /** Chuyển đơn: forward it to the competent body. */
  FORWARD("Chuyển đơn", "Forward"),
  /** Hướng dẫn: guide the petitioner to the competent body. */
  GUIDE("Hướng dẫn", "Guide"),
  /** Lưu đơn: file it. */
  FILE("Lưu đơn", "File"),
  /** Xác minh: begin verification. */
  START_VERIFICATION("Xác minh", "Start verification"),
  /** Xác định vụ việc phức tạp: record the criteria of complexity found. */
  ASSESS_COMPLEXITY("Xác định mức độ phức tạp", "Assess complexity"),
  /** Gia hạn: extend the time to resolve. */
  EXTEND("Gia hạn giải quyết", "Extend"),
  /** Tạm đình chỉ: suspend the resolution. */
  SUSPEND("Tạm đình chỉ", "Suspend"),
  /** Tiếp tục giải quyết: resume after a suspension. */
  RESUME("Tiếp tục giải quyết", "Resume"),
  /** Ban hành quyết định, kết luận: resolve it. */
  RESOLVE("Ban hành quyết định, kết luận", "Resolve"),
  /** Khiếu nại lần hai: lodge a second complaint. */
  LODGE_SECOND_COMPLAINT("Khiếu nại lần hai", "Lodge a second complaint"),
  /** Có hiệu lực pháp luật: record that a complaint decision became final. */
  RECORD_FINALITY("Ghi nhận quyết định có hiệu lực pháp luật", "Record finality"),
  /** Kết thúc: close it. */
  CLOSE("Kết thúc, lưu hồ sơ", "Close"),
  /** Rút đơn: the petitioner withdraws it, in whole or in part. */
  WITHDRAW("Rút đơn", "Withdraw"),
  /** Thông báo: send a notice the law requires. */
  NOTIFY("Thông báo", "Notify"),
  /** Tiếp cận thông tin người tố cáo: reveal the petitioner's identity, for a stated reason. */
  ACCESS_IDENTITY("Tiếp cận thông tin về người gửi đơn", "Access identity"),
  /**
   * Ghi nhận ngày nhận quyết định: record the day the complainant received the first-round decision, from which the
   * window for a second complaint runs (Luật Khiếu nại 02/2011/QH13, Điều 33, khoản 1).
   */
  RECORD_DECISION_RECEIPT("Ghi nhận ngày người khiếu nại nhận được quyết định", "Record decision receipt"),
  /**
   * Nhận thông báo kết quả: record that the body a matter was forwarded to reported its result, which the office
   * relays to a citizen who asked for it (Luật Tiếp công dân 42/2013/QH13, Điều 27, khoản 2 and Điều 28, khoản 2).
   */
  RECORD_RESULT("Nhận thông báo kết quả giải quyết", "Record result received");

  private final String vietnameseName;
  private final String englishName;

  PetitionCommand(String vietnameseName, String englishName) {
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
