package io.github.vanphong.document;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;

/**
 * Thrown when a {@link Draft} refuses a command: the command is not allowed in the draft's state, or a {@link
 * DraftRule} forbids it there. For example "APPRAISE_ONLY_WITHOUT_FINDINGS (Hướng dẫn 36-HD/VPTW, Mục I, điểm 4):
 * the form has 2 format findings: …; draft VPTU-DT-2016-014 is SUBMITTED (Đã trình thẩm định); APPRAISE is not
 * allowed there; allowed: RETURN". The draft is left as it was.
 *
 * <p>It names the draft ({@link #subject()}), its state, the command, the commands the draft allowed ({@link
 * Draft#allowedCommands()}) and the rule, if a rule refused, each with its own type. It is not thrown for a bad argument (a day before the last event, a
 * register of another issuer), which raises an {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DraftWorkflowException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param draft the draft that refused, not null
   * @param state the draft's state, not null
   * @param command the command refused, not null
   * @param allowed the commands the draft allowed: those of its state less those a rule forbade, not null
   * @param rule the rule that refused, or empty if the state alone forbids the command
   * @param facts the facts of the case, for the message; empty if there are none to add
   */
  DraftWorkflowException(
      DraftId draft,
      DraftState state,
      DraftCommand command,
      ImmutableSet<DraftCommand> allowed,
      Optional<DraftRule> rule,
      String facts) {
    super("draft", draft, state, command, allowed, rule, facts);
  }

  /**
   * Returns the draft that refused the command.
   *
   * @return the draft's identifier, not null
   */
  @Override
  public DraftId subject() {
    return (DraftId) super.subject();
  }

  /**
   * Returns the draft that refused the command; the same as {@link #subject()}.
   *
   * @return the draft's identifier, not null
   */
  public DraftId draft() {
    return subject();
  }

  /**
   * Returns the draft's state when the command was refused.
   *
   * @return the state, not null
   */
  @Override
  public DraftState state() {
    return (DraftState) super.state();
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  @Override
  public DraftCommand command() {
    return (DraftCommand) super.command();
  }

  /**
   * Returns the commands the draft allowed when it refused: those of its state, less those a rule forbade ({@link
   * Draft#allowedCommands()}).
   *
   * @return the commands, possibly empty, not null
   */
  @Override
  @SuppressWarnings("unchecked") // the constructor took an ImmutableSet<DraftCommand>
  public ImmutableSet<DraftCommand> allowedCommands() {
    return (ImmutableSet<DraftCommand>) super.allowedCommands();
  }

  /**
   * Returns the rule that refused the command, with its basis; empty if the state alone forbids it.
   *
   * @return the rule, or empty if the state forbids the command
   */
  @Override
  public Optional<DraftRule> rule() {
    return super.rule().map(DraftRule.class::cast);
  }
}
