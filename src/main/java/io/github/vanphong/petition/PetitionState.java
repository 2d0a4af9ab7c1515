package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * Where a petition stands in its handling, derived from its history: for example {@link #VERIFYING} after the
 * office accepted a denunciation and began to verify it. Every state is either open or closed ({@link #isOpen()})
 * for exchange with other systems, such as the national petitions database: a closed petition needs nothing more
 * from the office that holds it.
 */
public enum PetitionState implements Bilingual {
  /** Đã tiếp nhận: received and registered, not yet classified. */
  RECEIVED("Đã tiếp nhận", "Received", true),
  /** Đã phân loại: classified, awaiting the decision what to do with it. */
  CLASSIFIED("Đã phân loại", "Classified", true),
  /** Đã thụ lý: accepted for resolution. */
  ACCEPTED("Đã thụ lý", "Accepted", true),
  /** Đang xác minh: being verified. */
  VERIFYING("Đang xác minh", "Verifying", true),
  /** Tạm đình chỉ: resolution suspended; the time does not run. */
  SUSPENDED("Tạm đình chỉ giải quyết", "Suspended", true),
  /** Đã giải quyết: a decision or conclusion was issued; for a complaint it is not yet final. */
  RESOLVED("Đã giải quyết", "Resolved", true),
  /** Khiếu nại lần hai: a second complaint was lodged about the first-time decision. */
  SECOND_COMPLAINT("Khiếu nại lần hai", "Second complaint", true),
  /** Quyết định có hiệu lực pháp luật: the complaint decision became final (Luật Khiếu nại, Điều 44). */
  FINAL("Quyết định có hiệu lực pháp luật", "Final", false),
  /** Đã kết thúc: closed and archived. */
  CLOSED("Đã kết thúc", "Closed", false),
  /** Không thụ lý: not accepted, for a statutory reason. */
  REFUSED("Không thụ lý", "Refused", false),
  /** Đã chuyển đơn: forwarded to the competent body. */
  FORWARDED("Đã chuyển đơn", "Forwarded", false),
  /** Đã hướng dẫn: the petitioner was guided to the competent body. */
  GUIDED("Đã hướng dẫn", "Guided", false),
  /** Lưu đơn: filed without further action. */
  FILED("Lưu đơn", "Filed", false),
  /** Đã rút đơn: withdrawn; the handling stopped (đình chỉ). */
  WITHDRAWN("Đã rút đơn, đình chỉ giải quyết", "Withdrawn", false);

  private final String vietnameseName;
  private final String englishName;
  private final boolean open;

  PetitionState(String vietnameseName, String englishName, boolean open) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.open = open;
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
   * Returns whether a petition in this state still needs the office's action: open from receipt until a
   * decision becomes final or the petition leaves the office; closed after.
   *
   * @return true for an open state
   */
  public boolean isOpen() {
    return open;
  }
}
