package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * A reason why a letter is not eligible for processing (đơn không đủ điều kiện xử lý): for example {@link
 * #ALREADY_GUIDED} for a letter whose sender was already told once, on the same content, where to turn. A letter
 * with no defect is eligible (đủ điều kiện xử lý); one with any is usually filed (lưu đơn).
 *
 * <p>The conditions are those of Thông tư 07/2014/TT-TTCP, Điều 6, which Thông tư 05/2021/TT-TTCP replaced from
 * 2021-11-15 and, as far as the library's sources show, kept in substance (unconfirmed); {@link
 * #ALREADY_FORWARDED} is Thông tư 05/2021/TT-TTCP, Điều 14, and {@link #SENT_TO_SEVERAL_BODIES} Luật Tố cáo
 * 25/2018/QH14, Điều 24, khoản 3. The rules that find each defect, with their instruments and days in force, are the
 * {@link EligibilityRule}s of {@link Classifier}; several rules may find the same defect.
 */
public enum ProcessingDefect implements Bilingual {
  /** Không dùng tiếng Việt: not written in Vietnamese. */
  NOT_IN_VIETNAMESE("Không dùng chữ viết là tiếng Việt", "Not in Vietnamese"),
  /** Không ghi ngày tháng: undated. */
  UNDATED("Không ghi ngày, tháng, năm viết đơn", "Undated"),
  /** Không ghi rõ họ tên, địa chỉ: no name or no address of the sender. */
  NO_NAME_OR_ADDRESS("Không ghi rõ họ, tên, địa chỉ của người viết đơn", "No name or address"),
  /** Không có chữ ký hoặc điểm chỉ: neither signed nor thumb-printed. */
  UNSIGNED("Không có chữ ký hoặc điểm chỉ của người viết đơn", "Unsigned"),
  /** Không rõ nội dung: the content the kind of letter requires is missing or unclear. */
  UNCLEAR_CONTENT("Nội dung không rõ ràng, không đầy đủ", "Unclear content"),
  /** Đã được giải quyết: already processed or resolved, with no new facts that allow it again. */
  ALREADY_RESOLVED("Đã được xử lý, giải quyết theo quy định", "Already resolved"),
  /** Gửi nhiều nơi: sent to several bodies, the competent one among them. */
  SENT_TO_SEVERAL_BODIES("Đơn gửi đồng thời nhiều nơi, trong đó có cơ quan có thẩm quyền", "Sent to several bodies"),
  /** Đã được hướng dẫn một lần: the sender was already guided once on the same content. */
  ALREADY_GUIDED("Đã được hướng dẫn một lần về cùng nội dung", "Already guided once"),
  /** Đã được chuyển đơn một lần: a denunciation of the same content was already forwarded once. */
  ALREADY_FORWARDED("Đơn tố cáo cùng nội dung đã được chuyển một lần", "Already forwarded once");

  private final String vietnameseName;
  private final String englishName;

  ProcessingDefect(String vietnameseName, String englishName) {
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
