package io.github.vanphong.reception;

import io.github.vanphong.Bilingual;

/**
 * What a {@link ProcedureRule} of reception requires: for example {@link #SCHEDULE_NOTIFIED_AHEAD}, a National
 * Assembly deputy's reception schedule is notified at least 10 working days ahead (Luật Tiếp công dân 42/2013/QH13,
 * Điều 21). The rule carries the basis and the days in force; the requirement says what is checked.
 */
public enum ProcedureRequirement implements Bilingual {
  /** The representatives of a delegation are among its petitioners. */
  REPRESENTATIVES_AMONG_PETITIONERS(
      "Người đại diện phải là người khiếu nại, tố cáo, kiến nghị, phản ánh", "Representatives among the petitioners"),
  /** The representatives are named in writing, signed by all the petitioners. */
  APPOINTMENT_SIGNED_BY_ALL(
      "Việc cử người đại diện được thể hiện bằng văn bản có chữ ký của những người cùng khiếu nại",
      "Representatives named in writing signed by all"),
  /** The head's own reception ends with a conclusion notice. */
  CONCLUSION_NOTICE("Thông báo kết luận việc tiếp công dân của người đứng đầu", "Conclusion notice of the head's reception"),
  /** A head of a State body may have a deputy receive in his stead. */
  DEPUTY_STANDS_IN("Người đứng đầu ủy quyền cho cấp phó tiếp công dân", "A deputy stands in for the head"),
  /** The reception schedule is posted publicly before its days. */
  SCHEDULE_POSTED("Niêm yết công khai lịch tiếp công dân", "Schedule posted"),
  /** A deputy's reception schedule is notified a number of working days ahead. */
  SCHEDULE_NOTIFIED_AHEAD("Thông báo trước lịch tiếp công dân", "Schedule notified ahead"),
  /** A deputy's absence from a scheduled reception is notified a number of working days ahead. */
  ABSENCE_NOTIFIED_AHEAD("Thông báo trước việc vắng mặt", "Absence notified ahead"),
  /** Citizens may be received online. */
  ONLINE_RECEPTION("Tiếp công dân trực tuyến", "Online reception");

  private final String vietnameseName;
  private final String englishName;

  ProcedureRequirement(String vietnameseName, String englishName) {
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

  /**
   * Tells whether a rule of this requirement counts a time limit of working days ahead.
   *
   * @return true for {@link #SCHEDULE_NOTIFIED_AHEAD} and {@link #ABSENCE_NOTIFIED_AHEAD}
   */
  public boolean countsDaysAhead() {
    return this == SCHEDULE_NOTIFIED_AHEAD || this == ABSENCE_NOTIFIED_AHEAD;
  }
}
