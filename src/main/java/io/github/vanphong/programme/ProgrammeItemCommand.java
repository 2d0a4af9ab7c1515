package io.github.vanphong.programme;

import io.github.vanphong.Bilingual;

/**
 * What can be done to an item of a work programme, each command recorded as one {@link ProgrammeItemEvent} of its
 * history: for example {@link #POSTPONE}, the matter moved to a later period. Which commands an item accepts depends
 * on its {@link ProgrammeItemState}; {@link #PLAN} only opens the history.
 */
public enum ProgrammeItemCommand implements Bilingual {
  /** Đưa vào chương trình: the matter is put on the programme, with the body preparing it and the month due. */
  PLAN("Đưa vào chương trình", "Plan"),
  /** Chuẩn bị xong: the body preparing the matter has its draft ready. */
  PREPARE("Chuẩn bị xong", "Prepare"),
  /** Trình: the matter is submitted to the session. */
  SUBMIT("Trình", "Submit"),
  /** Thảo luận, kết luận: the body discussed the matter and concluded on it. */
  CONCLUDE("Thảo luận, kết luận", "Conclude"),
  /** Lùi thời gian: the matter is moved to a later period, with a reason. */
  POSTPONE("Lùi thời gian", "Postpone"),
  /** Chuyển sang kỳ sau: a postponed matter is taken into the next period's programme, with its new month due. */
  CARRY_OVER("Chuyển sang kỳ sau", "Carry over"),
  /** Rút khỏi chương trình: the matter is taken off the programme, with a reason. */
  DROP("Rút khỏi chương trình", "Drop");

  private final String vietnameseName;
  private final String englishName;

  ProgrammeItemCommand(String vietnameseName, String englishName) {
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
   * Returns the state an item is in after this command: {@link ProgrammeItemState#PLANNED} after {@link #PLAN} and
   * {@link #CARRY_OVER}.
   *
   * @return the state the command leads to, not null
   */
  public ProgrammeItemState leadsTo() {
    return switch (this) {
      case PLAN, CARRY_OVER -> ProgrammeItemState.PLANNED;
      case PREPARE -> ProgrammeItemState.PREPARED;
      case SUBMIT -> ProgrammeItemState.SUBMITTED;
      case CONCLUDE -> ProgrammeItemState.CONCLUDED;
      case POSTPONE -> ProgrammeItemState.POSTPONED;
      case DROP -> ProgrammeItemState.DROPPED;
    };
  }

  /**
   * Tells whether the command must carry a note: the reason of a postponement or of a drop.
   *
   * @return true for {@link #POSTPONE} and {@link #DROP}
   */
  public boolean needsReason() {
    return this == POSTPONE || this == DROP;
  }
}
