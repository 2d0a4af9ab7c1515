package io.github.vanphong.reception;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Bilingual;

/**
 * Where a reception session stands, derived from its history: {@link #OPEN} while citizens are received, {@link
 * #ENDED} once it is over, {@link #CONCLUDED} when the conclusion notice of the head's reception is issued. For
 * example the secretary's periodic day is open in the morning, ended at noon and concluded when the notice is issued
 * days later.
 *
 * <p>Each state allows some commands ({@link #allowedCommands()}): the workflow's table of steps. A session allows
 * fewer, as the rules of its {@link ReceptionRuleBook} and its own facts may forbid a step the state allows ({@link
 * ReceptionSession#allowedCommands()}).
 */
public enum SessionState implements Bilingual {
  /** Đang tiếp: the session is open on its day; matters are received and citizens refused. */
  OPEN(
      "Đang tiếp công dân",
      "Open",
      ImmutableSet.of(SessionCommand.RECEIVE, SessionCommand.REFUSE, SessionCommand.END)),
  /** Đã kết thúc buổi tiếp: over, its conclusion notice not yet issued. */
  ENDED(
      "Đã kết thúc buổi tiếp",
      "Ended",
      ImmutableSet.of(SessionCommand.ISSUE_CONCLUSION_NOTICE, SessionCommand.NOTIFY_REFUSAL)),
  /** Đã thông báo kết luận: the conclusion notice of the head's reception was issued. */
  CONCLUDED("Đã thông báo kết luận", "Concluded", ImmutableSet.of(SessionCommand.NOTIFY_REFUSAL));

  private final String vietnameseName;
  private final String englishName;
  private final ImmutableSet<SessionCommand> allowed;

  SessionState(String vietnameseName, String englishName, ImmutableSet<SessionCommand> allowed) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.allowed = allowed;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the commands this state allows, before any rule: {@code RECEIVE}, {@code REFUSE} and {@code END} while
   * open, on the session's day; once it has ended, the conclusion notice and the written notices of its refusals;
   * {@code OPEN} in none, as it starts a session.
   *
   * @return the commands, not null
   */
  public ImmutableSet<SessionCommand> allowedCommands() {
    return allowed;
  }
}
