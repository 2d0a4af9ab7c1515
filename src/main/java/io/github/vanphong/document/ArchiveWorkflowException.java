package io.github.vanphong.document;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.CommandRefusedException;
import java.util.Optional;

/**
 * Thrown when an {@link ArchiveFile} refuses a command: the command is not allowed in the file's state, or an {@link
 * ArchiveRule} forbids it there. For example "DESTRUCTION_ONLY_AFTER_APPROVAL (Luật Lưu trữ 33/2024/QH15, …): the
 * appraisal council has not approved the disposal; file VPTU-HS-2016-07 is PROPOSED_FOR_DISPOSAL (Đề nghị hủy);
 * DESTROY is not allowed there; allowed: APPROVE_DISPOSAL". The file is left as it was.
 *
 * <p>It names the file ({@link #subject()}), its state, the command, the commands the file allowed ({@link
 * ArchiveFile#allowedCommands()}) and the rule, if a rule refused. It is not thrown for a bad argument (a day before
 * the last event, a document added twice), which raises an {@link IllegalArgumentException}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ArchiveWorkflowException extends CommandRefusedException {

  private static final long serialVersionUID = 1L;

  ArchiveWorkflowException(
      ArchiveFileId file,
      ArchiveFileState state,
      ArchiveFileCommand command,
      ImmutableSet<ArchiveFileCommand> allowed,
      Optional<ArchiveRule> rule,
      String facts) {
    super("file", file, state, command, allowed, rule, facts);
  }

  /**
   * Returns the file that refused the command.
   *
   * @return the file's identifier, not null
   */
  @Override
  public ArchiveFileId subject() {
    return (ArchiveFileId) super.subject();
  }

  /**
   * Returns the file's state when the command was refused.
   *
   * @return the state, not null
   */
  @Override
  public ArchiveFileState state() {
    return (ArchiveFileState) super.state();
  }

  /**
   * Returns the command refused.
   *
   * @return the command, not null
   */
  @Override
  public ArchiveFileCommand command() {
    return (ArchiveFileCommand) super.command();
  }

  /**
   * Returns the commands the file allowed when it refused: those of its state, less those a rule forbade.
   *
   * @return the commands, possibly empty, not null
   */
  @Override
  @SuppressWarnings("unchecked") // the constructor took an ImmutableSet<ArchiveFileCommand>
  public ImmutableSet<ArchiveFileCommand> allowedCommands() {
    return (ImmutableSet<ArchiveFileCommand>) super.allowedCommands();
  }

  /**
   * Returns the rule that refused the command, with its basis; empty if the state alone forbids it.
   *
   * @return the rule, or empty if the state forbids the command
   */
  @Override
  public Optional<ArchiveRule> rule() {
    return super.rule().map(ArchiveRule.class::cast);
  }
}
