package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * How a petition relates to an earlier one: for example {@link #SECOND_COMPLAINT} for a complaint to the superior
 * about the first-time decision. A link records the relation; the rules that use it (a repeat with no new facts is
 * filed, a denunciation is forwarded only once) live with classification and the workflow.
 */
public enum LinkKind implements Bilingual {
  /** Đơn trùng, đơn lặp lại: the same content again, to the same body. */
  REPEAT("Đơn trùng nội dung", "Repeat"),
  /** Đơn gửi nhiều nơi, vượt cấp: the same content sent to another body or a higher level. */
  ESCALATION("Đơn gửi nhiều nơi, vượt cấp", "Escalation"),
  /** Khiếu nại lần hai: the second complaint (Luật Khiếu nại 02/2011/QH13, Điều 7, Điều 33). */
  SECOND_COMPLAINT("Khiếu nại lần hai", "Second complaint"),
  /** Tố cáo tiếp: a denunciation renewed to the superior (Luật Tố cáo 25/2018/QH14, Điều 37). */
  RENEWED_DENUNCIATION("Tố cáo tiếp", "Renewed denunciation");

  private final String vietnameseName;
  private final String englishName;

  LinkKind(String vietnameseName, String englishName) {
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
