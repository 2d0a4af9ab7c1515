package io.github.vanphong.meeting;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Bilingual;

/**
 * Where an action item stands in its workflow, derived from its history: for example {@link #IN_PROGRESS} once the
 * unit in charge has started the work. The workflow is: assigned → in progress → reported done, extended (and
 * then reported done, extended again or cancelled) or cancelled; an item not yet started may also be cancelled.
 *
 * <p>The state says what was done, not whether it was on time: that is the {@link
 * io.github.vanphong.calendar.DeadlineStatus} of the item's deadline on a day ({@link
 * ActionItem#deadlineStatusOn(java.time.LocalDate) ActionItem.deadlineStatusOn}). The workflow is a convention of the library: no instrument
 * read so far prescribes it.
 */
public enum ActionItemState implements Bilingual {
  /** Đã giao: assigned to a unit with a deadline, not yet started. */
  ASSIGNED("Đã giao", "Assigned", ImmutableSet.of(ActionItemCommand.START, ActionItemCommand.CANCEL)),
  /** Đang thực hiện: the unit in charge is at work. */
  IN_PROGRESS(
      "Đang thực hiện",
      "In progress",
      ImmutableSet.of(ActionItemCommand.REPORT_DONE, ActionItemCommand.EXTEND, ActionItemCommand.CANCEL)),
  /** Đã gia hạn: at work under a deadline given more days. */
  EXTENDED(
      "Đã gia hạn",
      "Extended",
      ImmutableSet.of(ActionItemCommand.REPORT_DONE, ActionItemCommand.EXTEND, ActionItemCommand.CANCEL)),
  /** Đã báo cáo hoàn thành: the unit in charge has reported the work done; final. */
  REPORTED_DONE("Đã báo cáo hoàn thành", "Reported done", ImmutableSet.of()),
  /** Đã hủy bỏ: withdrawn and no longer followed up; final. */
  CANCELLED("Đã hủy bỏ", "Cancelled", ImmutableSet.of());

  private final String vietnameseName;
  private final String englishName;
  private final ImmutableSet<ActionItemCommand> allowed;

  ActionItemState(String vietnameseName, String englishName, ImmutableSet<ActionItemCommand> allowed) {
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
   * Returns the commands an item in this state accepts, in the order a user would usually consider them.
   *
   * @return the commands, empty for a final state, not null
   */
  public ImmutableSet<ActionItemCommand> allowedCommands() {
    return allowed;
  }

  /**
   * Tells whether an item in this state accepts a command.
   *
   * @param command the command, not null
   * @return true if the command is among {@link #allowedCommands()}
   */
  public boolean allows(ActionItemCommand command) {
    requireNonNull(command, "command");
    return allowed.contains(command);
  }

  /**
   * Tells whether work is still expected: assigned, in progress or extended.
   *
   * @return true unless the state is {@link #REPORTED_DONE} or {@link #CANCELLED}
   */
  public boolean isOpen() {
    return !allowed.isEmpty();
  }
}
