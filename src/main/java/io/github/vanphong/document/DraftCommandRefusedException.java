package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;

/**
 * Thrown when a {@link Draft} refuses a command: the command is not allowed in the draft's state, or a rule forbids
 * it there. For example "a draft in state RETURNED (Trả lại để chỉnh sửa) cannot be signed (SIGN); allowed there:
 * [REVISE]". The draft is left as it was.
 *
 * <p>It names the state, the command and the commands allowed in that state. It is not thrown for a bad argument (a
 * date going backwards, say), which raises an {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DraftCommandRefusedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final DraftState state;
  private final DraftCommand command;

  @SuppressWarnings("serial") // an ImmutableSet of enum constants, serializable
  private final ImmutableSet<DraftCommand> allowed;

  /**
   * Creates the exception.
   *
   * @param state the state of the draft, not null
   * @param command the command refused, not null
   * @param reason the rule and the facts, for the message, not null
   */
  DraftCommandRefusedException(DraftState state, DraftCommand command, String reason) {
    super(
        requireNonNull(reason, "reason")
            + "; the draft is "
            + requireNonNull(state, "state")
            + " ("
            + state.vietnameseName()
            + "), where the commands allowed are "
            + state.allowedCommands());
    this.state = state;
    this.command = requireNonNull(command, "command");
    this.allowed = state.allowedCommands();
  }

  /**
   * Returns the state of the draft that refused the command.
   *
   * @return the state, not null
   */
  public DraftState state() {
    return state;
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  public DraftCommand command() {
    return command;
  }

  /**
   * Returns the commands allowed in the draft's state.
   *
   * @return the commands, possibly empty, not null
   */
  public ImmutableSet<DraftCommand> allowed() {
    return allowed;
  }
}
