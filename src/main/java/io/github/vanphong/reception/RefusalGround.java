package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * A ground of law on which a citizen may be refused reception (từ chối tiếp công dân): for example {@link #DRAWN_OUT},
 * a citizen who keeps complaining about a case already resolved correctly, reviewed, answered in writing and
 * explained. The ground is the fact; the {@link RefusalRule} of the {@link ReceptionRuleBook} in force on the day says
 * whether it is a ground then, and how the citizen is told ({@link RefusalNotice}).
 *
 * <p>The first four are the grounds of Luật Tiếp công dân 42/2013/QH13, Điều 9 (verified); the others are the points
 * a to k of Nghị định 154/2026/NĐ-CP, Điều 4, khoản 1, from 2026-07-01 (verified), which detail the "other cases set
 * by law" of Điều 9, khoản 4.
 */
public enum RefusalGround implements Bilingual {
  /** Điều 9, khoản 1: drunk or on stimulants, mentally ill, or otherwise unable to understand or control oneself. */
  UNABLE_TO_CONTROL(
      "Say do dùng chất kích thích, mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi",
      "Unable to understand or control their behaviour"),
  /** Điều 9, khoản 2: threatens or insults the body or the officer, or breaks the rules of the reception place. */
  THREATENING(
      "Đe dọa, xúc phạm cơ quan, người tiếp công dân hoặc vi phạm nội quy nơi tiếp công dân",
      "Threatening, insulting or breaking the reception rules"),
  /**
   * Điều 9, khoản 3: keeps complaining or denouncing a case resolved correctly, reviewed and answered in writing, and
   * already received and explained (vụ việc kéo dài).
   */
  DRAWN_OUT(
      "Khiếu nại, tố cáo vụ việc đã giải quyết đúng, đã được kiểm tra, rà soát, thông báo bằng văn bản, đã được tiếp,"
          + " giải thích nhưng vẫn cố tình kéo dài",
      "Drawn out after a correct resolution"),
  /** Điều 9, khoản 4: another case set by law. */
  OTHER_BY_LAW("Trường hợp khác theo quy định của pháp luật", "Another case set by law"),
  /** Nghị định 154/2026, Điều 4.1, điểm a: carries weapons, explosives or dangerous items and will not hand them in. */
  WEAPONS(
      "Mang theo vũ khí, vật liệu nổ, vật dụng nguy hiểm mà không chịu gửi lại", "Carrying weapons or dangerous items"),
  /** Điểm b: refuses the security check. */
  SECURITY_CHECK("Không chấp hành việc kiểm tra an ninh", "Refusing the security check"),
  /** Điểm c: records or livestreams after being told not to, or in a way that disturbs order. */
  RECORDING(
      "Ghi âm, ghi hình, phát trực tiếp khi đã được nhắc nhở hoặc gây mất trật tự",
      "Recording or livestreaming against instructions"),
  /** Điểm d: incites or draws others in, or disturbs public order. */
  INCITING("Kích động, lôi kéo người khác, gây rối trật tự công cộng", "Inciting others or disturbing public order"),
  /** Điểm đ: lacks full legal capacity and has no legal representative. */
  NO_LEGAL_REPRESENTATIVE(
      "Không có hoặc hạn chế năng lực hành vi dân sự mà không có người đại diện theo pháp luật",
      "Lacking legal capacity without a legal representative"),
  /** Điểm e: a representative or an authorised person cannot prove the authority. */
  AUTHORITY_UNPROVEN(
      "Người đại diện, người được ủy quyền không chứng minh được quyền đại diện", "Authority of a representative unproven"),
  /** Điểm g: the content is not a complaint, a denunciation, a recommendation or feedback. */
  NOT_A_PETITION(
      "Nội dung không phải là khiếu nại, tố cáo, kiến nghị, phản ánh",
      "Not a complaint, denunciation, recommendation or feedback"),
  /** Điểm h: a recommendation or feedback already handled or answered in writing, with no new facts. */
  NO_NEW_FACTS(
      "Kiến nghị, phản ánh đã được xử lý, trả lời bằng văn bản mà không có tình tiết mới",
      "Already answered in writing, with no new facts"),
  /** Điểm i: a court judgment or decision is in force and the case is not reviewable. */
  FINAL_JUDGMENT(
      "Vụ việc đã có bản án, quyết định của Tòa án có hiệu lực pháp luật, không thuộc trường hợp xem xét lại",
      "Final court judgment, not reviewable"),
  /** Điểm k: the case is being handled by another competent body. */
  HANDLED_ELSEWHERE(
      "Vụ việc đang được cơ quan có thẩm quyền khác xem xét, giải quyết", "Being handled by another competent body");

  private final String vietnameseName;
  private final String englishName;

  RefusalGround(String vietnameseName, String englishName) {
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
