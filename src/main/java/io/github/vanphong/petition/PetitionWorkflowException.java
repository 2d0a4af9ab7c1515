package io.github.vanphong.petition;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;

/**
 * Thrown when a petition refuses a command: the command is not allowed in the petition's state, or a rule of its
 * {@link PetitionRuleBook} forbids it there, such as forwarding a denunciation a second time. For example
 * "FORWARD_DENUNCIATION_ONCE (Thông tư 05/2021/TT-TTCP, Điều 14): the same content was already forwarded; petition
 * P-2022-0042 is CLASSIFIED (Đã phân loại); FORWARD is not allowed there; allowed: FILE, NOTIFY, ACCESS_IDENTITY".
 *
 * <p>{@link #rule()} names the rule as a value, with its basis: the rule in force on the petition's days, so a
 * refusal of a petition received in 2016 cites the law of that year. It is empty when the state forbids the command,
 * or the petition's own facts do (there is no identity to reveal); the message then says which.
 *
 * <p>The petition the command was given to is unchanged: petitions are immutable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PetitionWorkflowException extends CommandRefusedException {

  private static final long serialVersionUID = 2L;

  PetitionWorkflowException(
      PetitionId petition,
      PetitionState state,
      PetitionCommand command,
      ImmutableSet<PetitionCommand> allowed,
      Optional<PetitionRule> rule,
      String facts) {
    super("petition", petition, state, command, allowed, rule, facts);
  }

  /**
   * Returns the petition that refused the command.
   *
   * @return its identifier, not null
   */
  public PetitionId petition() {
    return (PetitionId) super.subject();
  }

  @Override
  public PetitionId subject() {
    return petition();
  }

  /**
   * Returns the state the petition was in.
   *
   * @return the state, not null
   */
  @Override
  public PetitionState state() {
    return (PetitionState) super.state();
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  @Override
  public PetitionCommand command() {
    return (PetitionCommand) super.command();
  }

  /**
   * Returns the commands the petition allowed on the day of the refused command.
   *
   * @return the allowed commands, possibly empty, not null
   */
  @Override
  @SuppressWarnings("unchecked") // the constructor takes an ImmutableSet<PetitionCommand>
  public ImmutableSet<PetitionCommand> allowedCommands() {
    return (ImmutableSet<PetitionCommand>) super.allowedCommands();
  }

  /**
   * Returns the rule of the rule book that refused the command, with its basis; empty if the state or the
   * petition's own facts forbid it.
   *
   * @return the rule, or empty
   */
  @Override
  public Optional<PetitionRule> rule() {
    return super.rule().map(PetitionRule.class::cast);
  }
}
