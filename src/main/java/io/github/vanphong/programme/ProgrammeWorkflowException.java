package io.github.vanphong.programme;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;

/**
 * Thrown when a {@link ProgrammeItem} is given a command its state does not accept: for example concluding an item
 * that was dropped, "programme item HG-BTV-2016-07 is DROPPED (Đã rút); CONCLUDE is not allowed there; allowed:
 * none". The item is left as it was.
 *
 * <p>It names the item ({@link #subject()}), its state, the command and the commands the state allows, each with its
 * own type. An item's commands are refused by its state alone (its workflow is a convention of the library), so
 * {@link #rule()} is empty. It is not thrown for a bad argument (a day before the last event, a blank reason), which
 * raises an {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeWorkflowException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  ProgrammeWorkflowException(ProgrammeItemId item, ProgrammeItemState state, ProgrammeItemCommand command) {
    super("programme item", item, state, command, state.allowedCommands(), Optional.empty(), "");
  }

  /**
   * Returns the item the command was given to.
   *
   * @return the item's identifier, not null
   */
  @Override
  public ProgrammeItemId subject() {
    return (ProgrammeItemId) super.subject();
  }

  /**
   * Returns the state of the item when the command was refused.
   *
   * @return the state, not null
   */
  @Override
  public ProgrammeItemState state() {
    return (ProgrammeItemState) super.state();
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  @Override
  public ProgrammeItemCommand command() {
    return (ProgrammeItemCommand) super.command();
  }

  /**
   * Returns the commands the item's state accepts.
   *
   * @return the allowed commands, empty for a final state, not null
   */
  @Override
  @SuppressWarnings("unchecked") // the constructor took the state's ImmutableSet<ProgrammeItemCommand>
  public ImmutableSet<ProgrammeItemCommand> allowedCommands() {
    return (ImmutableSet<ProgrammeItemCommand>) super.allowedCommands();
  }
}
