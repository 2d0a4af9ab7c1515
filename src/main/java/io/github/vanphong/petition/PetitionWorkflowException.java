package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.stream.Collectors;

/**
 * Thrown when a petition refuses a command: the command is not allowed in the petition's state, or a rule forbids
 * it there, such as forwarding a denunciation a second time. For example "petition P-2016-0042 is FORWARDED (Đã
 * chuyển đơn); ACCEPT is not allowed there; allowed: NOTIFY, ACCESS_IDENTITY".
 *
 * <p>The petition the command was given to is unchanged: petitions are immutable.
 */
public final class PetitionWorkflowException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final PetitionId petition;
  private final PetitionState state;
  private final PetitionCommand command;
  private final ImmutableSet<PetitionCommand> allowed;

  PetitionWorkflowException(
      PetitionId petition,
      PetitionState state,
      PetitionCommand command,
      ImmutableSet<PetitionCommand> allowed,
      String rule) {
    super(message(petition, state, command, allowed, rule));
    this.petition = requireNonNull(petition);
    this.state = requireNonNull(state);
    this.command = requireNonNull(command);
    this.allowed = requireNonNull(allowed);
  }

  private static String message(
      PetitionId petition,
      PetitionState state,
      PetitionCommand command,
      ImmutableSet<PetitionCommand> allowed,
      String rule) {
    String head = rule.isEmpty() ? "" : rule + "; ";
    return head
        + "petition "
        + petition
        + " is "
        + state
        + " ("
        + state.vietnameseName()
        + "); "
        + command
        + " is not allowed there; allowed: "
        + (allowed.isEmpty()
            ? "none"
            : allowed.stream().map(PetitionCommand::name).collect(Collectors.joining(", ")));
  }

  /**
   * Returns the petition that refused the command.
   *
   * @return its identifier, not null
   */
  public PetitionId petition() {
    return petition;
  }

  /**
   * Returns the state the petition was in.
   *
   * @return the state, not null
   */
  public PetitionState state() {
    return state;
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  public PetitionCommand command() {
    return command;
  }

  /**
   * Returns the commands the petition allows in its state.
   *
   * @return the allowed commands, possibly empty, not null
   */
  public ImmutableSet<PetitionCommand> allowed() {
    return allowed;
  }
}
