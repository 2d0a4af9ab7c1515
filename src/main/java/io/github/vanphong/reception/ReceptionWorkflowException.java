package io.github.vanphong.reception;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;

/**
 * Thrown when a reception session refuses a command: the command is not allowed in the session's state, or a rule of
 * its {@link ReceptionRuleBook} forbids it there, such as receiving the matter of a delegation that names too many
 * representatives. For example "DELEGATION_OVER_10 (Luật Tiếp công dân 42/2013/QH13, Điều 29): a delegation of
 * [11..+∞) people names [1..5] representatives; this one, of 12, names 6; reception session HG-TCD-2016-03-15 is OPEN
 * (Đang tiếp công dân); RECEIVE is not allowed there; allowed: RECEIVE, REFUSE, END".
 *
 * <p>{@link #rule()} names the rule as a value, with its basis; it is empty when the state forbids the command, or
 * the session's own facts do (a regular session has no conclusion notice; no refusal awaits a written notice). A
 * delegation refused brings every finding at once ({@link #findings()}), the rule being the first's.
 *
 * <p>The session the command was given to is unchanged: sessions are immutable.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReceptionWorkflowException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an ImmutableList of immutable findings
  private final ImmutableList<ReceptionViolation> findings;

  ReceptionWorkflowException(
      SessionId session,
      SessionState state,
      SessionCommand command,
      ImmutableSet<SessionCommand> allowed,
      Optional<? extends ReceptionRule> rule,
      String facts,
      ImmutableList<ReceptionViolation> findings) {
    super("reception session", session, state, command, allowed, rule, facts);
    this.findings = findings;
  }

  /**
   * Returns the session that refused the command.
   *
   * @return its identifier, not null
   */
  public SessionId session() {
    return (SessionId) super.subject();
  }

  @Override
  public SessionId subject() {
    return session();
  }

  /**
   * Returns the state the session was in.
   *
   * @return the state, not null
   */
  @Override
  public SessionState state() {
    return (SessionState) super.state();
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  @Override
  public SessionCommand command() {
    return (SessionCommand) super.command();
  }

  /**
   * Returns the commands the session allowed on the day of the refused command.
   *
   * @return the allowed commands, possibly empty, not null
   */
  @Override
  @SuppressWarnings("unchecked") // the constructor takes an ImmutableSet<SessionCommand>
  public ImmutableSet<SessionCommand> allowedCommands() {
    return (ImmutableSet<SessionCommand>) super.allowedCommands();
  }

  /**
   * Returns the rule of the rule book that refused the command, with its basis; empty if the state or the session's
   * own facts forbid it.
   *
   * @return the rule, or empty
   */
  @Override
  public Optional<ReceptionRule> rule() {
    return super.rule().map(ReceptionRule.class::cast);
  }

  /**
   * Returns every finding behind the refusal, for a delegation that does not fit the rules; empty otherwise.
   *
   * @return the findings, the first one's rule being {@link #rule()}, not null
   */
  public ImmutableList<ReceptionViolation> findings() {
    return findings;
  }
}
