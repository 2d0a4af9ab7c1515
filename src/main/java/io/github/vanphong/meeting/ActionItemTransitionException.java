package io.github.vanphong.meeting;

import com.google.common.collect.ImmutableSet;

/**
 * Thrown when an action item is given a command its state does not accept: for example reporting done an item
 * that was cancelled. The message names the state, the commands it accepts and the command refused; the item is
 * left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionItemTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final ActionItemId item;
  private final ActionItemState state;
  private final ActionItemCommand command;

  /**
   * Creates the exception for a command refused in a state.
   *
   * @param item the item the command was given to, not null
   * @param state the item's state, not null
   * @param command the command refused, not null
   */
  public ActionItemTransitionException(ActionItemId item, ActionItemState state, ActionItemCommand command) {
    super(message(item, state, command));
    this.item = item;
    this.state = state;
    this.command = command;
  }

  private static String message(ActionItemId item, ActionItemState state, ActionItemCommand command) {
    String allowed =
        state.allowedCommands().isEmpty() ? "no command" : state.allowedCommands().toString();
    return "an action item that is "
        + state
        + " ("
        + state.vietnameseName()
        + ") accepts "
        + allowed
        + "; "
        + command
        + " was refused for action item "
        + item;
  }

  /**
   * Returns the item the command was given to.
   *
   * @return the item's identifier, not null
   */
  public ActionItemId item() {
    return item;
  }

  /**
   * Returns the state of the item when the command was refused.
   *
   * @return the state, not null
   */
  public ActionItemState state() {
    return state;
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  public ActionItemCommand command() {
    return command;
  }

  /**
   * Returns the commands the state accepts.
   *
   * @return the allowed commands, empty for a final state, not null
   */
  public ImmutableSet<ActionItemCommand> allowed() {
    return state.allowedCommands();
  }
}
