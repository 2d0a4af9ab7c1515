package io.github.vanphong.meeting;

import io.github.vanphong.Bilingual;

/**
 * What can be done to an action item, each command recorded as one {@link ActionItemEvent} of its history: for
 * example {@link #EXTEND}, the deadline given more days. Which commands an item accepts depends on its {@link
 * ActionItemState}; {@link #ASSIGN} only opens the history.
 */
public enum ActionItemCommand implements Bilingual {
  /** Giao nhiệm vụ: the conclusion is assigned to a unit with a deadline; the first event of every item. */
  ASSIGN("Giao nhiệm vụ", "Assign"),
  /** Triển khai thực hiện: the unit in charge starts the work. */
  START("Triển khai thực hiện", "Start"),
  /** Gia hạn: the deadline is given more days. */
  EXTEND("Gia hạn", "Extend"),
  /** Báo cáo hoàn thành: the unit in charge reports the work done. */
  REPORT_DONE("Báo cáo hoàn thành", "Report done"),
  /** Hủy bỏ: the item is withdrawn, with a reason, and no longer followed up. */
  CANCEL("Hủy bỏ", "Cancel");

  private final String vietnameseName;
  private final String englishName;

  ActionItemCommand(String vietnameseName, String englishName) {
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
   * Returns the state an item is in after this command: {@link ActionItemState#EXTENDED} after {@link #EXTEND}.
   *
   * @return the state the command leads to, not null
   */
  public ActionItemState leadsTo() {
    return switch (this) {
      case ASSIGN -> ActionItemState.ASSIGNED;
      case START -> ActionItemState.IN_PROGRESS;
      case EXTEND -> ActionItemState.EXTENDED;
      case REPORT_DONE -> ActionItemState.REPORTED_DONE;
      case CANCEL -> ActionItemState.CANCELLED;
    };
  }
}
