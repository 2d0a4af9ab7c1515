package io.github.vanphong.programme;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Bilingual;

/**
 * Where an item of a work programme stands, derived from its history: for example {@link #SUBMITTED} once the
 * matter is before the session. The workflow is: planned → prepared → submitted → discussed and concluded; an item
 * not yet concluded may be postponed (then carried over into the next period's programme, planned again) or
 * dropped.
 *
 * <p>The workflow is a convention of the library: Hướng dẫn 03-HD/VPTW (1998) lists the programmes, and no text
 * read so far sets the steps of an item.
 */
public enum ProgrammeItemState implements Bilingual {
  /** Đã đưa vào chương trình: on the programme, being prepared. */
  PLANNED(
      "Đã đưa vào chương trình",
      "Planned",
      ImmutableSet.of(ProgrammeItemCommand.PREPARE, ProgrammeItemCommand.POSTPONE, ProgrammeItemCommand.DROP)),
  /** Đã chuẩn bị: the draft is ready, not yet submitted. */
  PREPARED(
      "Đã chuẩn bị",
      "Prepared",
      ImmutableSet.of(ProgrammeItemCommand.SUBMIT, ProgrammeItemCommand.POSTPONE, ProgrammeItemCommand.DROP)),
  /** Đã trình: before the session, not yet concluded. */
  SUBMITTED(
      "Đã trình",
      "Submitted",
      ImmutableSet.of(ProgrammeItemCommand.CONCLUDE, ProgrammeItemCommand.POSTPONE, ProgrammeItemCommand.DROP)),
  /** Đã kết luận: discussed and concluded; final. */
  CONCLUDED("Đã kết luận", "Concluded", ImmutableSet.of()),
  /** Đã lùi: moved to a later period; it waits to be carried over or dropped. */
  POSTPONED(
      "Đã lùi", "Postponed", ImmutableSet.of(ProgrammeItemCommand.CARRY_OVER, ProgrammeItemCommand.DROP)),
  /** Đã rút: taken off the programme; final. */
  DROPPED("Đã rút", "Dropped", ImmutableSet.of());

  private final String vietnameseName;
  private final String englishName;
  private final ImmutableSet<ProgrammeItemCommand> allowed;

  ProgrammeItemState(String vietnameseName, String englishName, ImmutableSet<ProgrammeItemCommand> allowed) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.allowed = allowed;
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
   * Returns the commands an item in this state accepts.
   *
   * @return the commands, empty for a final state, not null
   */
  public ImmutableSet<ProgrammeItemCommand> allowedCommands() {
    return allowed;
  }

  /**
   * Tells whether an item in this state accepts a command.
   *
   * @param command the command, not null
   * @return true if the command is among {@link #allowedCommands()}
   */
  public boolean allows(ProgrammeItemCommand command) {
    requireNonNull(command, "command");
    return allowed.contains(command);
  }

  /**
   * Tells whether the matter is still to be concluded in the period: planned, prepared or submitted.
   *
   * @return true for {@link #PLANNED}, {@link #PREPARED} and {@link #SUBMITTED}
   */
  public boolean isOpen() {
    return this == PLANNED || this == PREPARED || this == SUBMITTED;
  }
}
