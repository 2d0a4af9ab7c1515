package io.github.vanphong;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a workflow refuses a command: the command is not allowed in the subject's state, or a rule forbids it
 * there. For example "FORWARD_DENUNCIATION_ONCE (Thông tư 05/2021/TT-TTCP, Điều 14): the same content was already
 * forwarded; petition P-2016-0042 is CLASSIFIED (Đã phân loại); FORWARD is not allowed there; allowed: FILE,
 * NOTIFY".
 *
 * <p>Every workflow of the library (a petition, a draft document, an action item, and those after them) throws a
 * subclass of its own, which names the subject's identifier, the state, the command, the commands allowed in that
 * state and the rule with their own types. The subject the command was given to is unchanged: workflows are
 * immutable values, and a refused command returns nothing.
 *
 * <p>A refusal is not a bad argument: data that does not fit the command (a day before the last event, an extension
 * longer than the law allows) raises an {@link IllegalArgumentException} instead.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class CommandRefusedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // identifiers, enum constants and rules of the library are immutable values
  private final Identifier<?> subject;

  @SuppressWarnings("serial")
  private final Enum<?> state;

  @SuppressWarnings("serial")
  private final Enum<?> command;

  @SuppressWarnings("serial")
  private final ImmutableSet<? extends Enum<?>> allowedCommands;

  @SuppressWarnings("serial")
  private final @Nullable Rule rule;

  /**
   * Creates the exception and its message: the rule and the facts first, if a rule refused, then the subject, its
   * state, the command and the commands allowed.
   *
   * @param what what the subject is, for the message, for example "petition"
   * @param subject the subject's identifier, not null
   * @param state the subject's state, an enum constant that is {@link Bilingual}, not null
   * @param command the command refused, not null
   * @param allowedCommands the commands the subject allows in its state, not null
   * @param rule the rule that refused the command, or empty if the state alone does
   * @param facts the facts of the case, for the message, for example "the same content was already forwarded";
   *     empty if there are none to add
   */
  protected <S extends Enum<S> & Bilingual, C extends Enum<C>> CommandRefusedException(
      String what,
      Identifier<?> subject,
      S state,
      C command,
      ImmutableSet<C> allowedCommands,
      Optional<? extends Rule> rule,
      String facts) {
    super(message(what, subject, state, command, allowedCommands, rule, facts));
    this.subject = subject;
    this.state = state;
    this.command = command;
    this.allowedCommands = allowedCommands;
    this.rule = rule.orElse(null);
  }

  private static String message(
      String what,
      Identifier<?> subject,
      Enum<?> state,
      Enum<?> command,
      ImmutableSet<? extends Enum<?>> allowed,
      Optional<? extends Rule> rule,
      String facts) {
    requireNonNull(subject, "subject");
    requireNonNull(state, "state");
    requireNonNull(command, "command");
    requireNonNull(allowed, "allowedCommands");
    requireNonNull(facts, "facts");
    StringBuilder text = new StringBuilder();
    rule.ifPresent(
        r -> {
          text.append(r.name());
          r.citation().ifPresent(c -> text.append(" (").append(c).append(')'));
        });
    if (!facts.isEmpty()) {
      text.append(text.length() == 0 ? "" : ": ").append(facts);
    }
    if (text.length() > 0) {
      text.append("; ");
    }
    return text.append(what)
        .append(' ')
        .append(subject)
        .append(" is ")
        .append(state.name())
        .append(" (")
        .append(((Bilingual) state).vietnameseName())
        .append("); ")
        .append(command.name())
        .append(" is not allowed there; allowed: ")
        .append(
            allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).collect(Collectors.joining(", ")))
        .toString();
  }

  /**
   * Returns the identifier of the subject that refused the command.
   *
   * @return the identifier, not null
   */
  public Identifier<?> subject() {
    return subject;
  }

  /**
   * Returns the subject's state when the command was refused.
   *
   * @return the state, not null
   */
  public Enum<?> state() {
    return state;
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  public Enum<?> command() {
    return command;
  }

  /**
   * Returns the commands the subject allowed when the command was refused.
   *
   * @return the commands, possibly empty, not null
   */
  public ImmutableSet<? extends Enum<?>> allowedCommands() {
    return allowedCommands;
  }

  /**
   * Returns the rule that refused the command, with its basis; empty if no rule of law refused it but the subject
   * itself: its state (a closed petition allows no step) or its own facts (an anonymous petition has no identity to
   * reveal), which the message states.
   *
   * @return the rule, or empty if the subject's state or facts forbid the command
   */
  public Optional<? extends Rule> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * Tells whether the subject's state or facts forbid the command, with no rule of law to name.
   *
   * @return true if {@link #rule()} is empty
   */
  public boolean isForbiddenByState() {
    return rule == null;
  }
}
