package io.github.vanphong.meeting;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;

/**
 * Thrown when an {@link ActionItem} is given a command its state does not accept: for example reporting done an item
 * that was cancelled, "action item A-1 is CANCELLED (Đã hủy bỏ); REPORT_DONE is not allowed there; allowed: none".
 * The item is left as it was.
 *
 * <p>It names the item ({@link #subject()}), its state, the command and the commands the state allows, each with its
 * own type. An action item's commands are refused by its state alone: its workflow is a convention of the library,
 * and no instrument read so far adds a rule to it, so {@link #rule()} is empty and {@link #isForbiddenByState()}
 * true. It is not thrown for a bad argument (a day before the last event, a blank reason), which raises an {@link
 * IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionItemWorkflowException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a command refused in a state.
   *
   * @param item the item the command was given to, not null
   * @param state the item's state, not null
   * @param command the command refused, not null
   */
  ActionItemWorkflowException(ActionItemId item, ActionItemState state, ActionItemCommand command) {
    super("action item", item, state, command, state.allowedCommands(), Optional.empty(), "");
  }

  /**
   * Returns the item the command was given to.
   *
   * @return the item's identifier, not null
   */
  @Override
  public ActionItemId subject() {
    return (ActionItemId) super.subject();
  }

  /**
   * Returns the item the command was given to; the same as {@link #subject()}.
   *
   * @return the item's identifier, not null
   */
  public ActionItemId item() {
    return subject();
  }

  /**
   * Returns the state of the item when the command was refused.
   *
   * @return the state, not null
   */
  @Override
  public ActionItemState state() {
    return (ActionItemState) super.state();
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  @Override
  public ActionItemCommand command() {
    return (ActionItemCommand) super.command();
  }

  /**
   * Returns the commands the item's state accepts.
   *
   * @return the allowed commands, empty for a final state, not null
   */
  @Override
  @SuppressWarnings("unchecked") // the constructor took the state's ImmutableSet<ActionItemCommand>
  public ImmutableSet<ActionItemCommand> allowedCommands() {
    return (ImmutableSet<ActionItemCommand>) super.allowedCommands();
  }
}
