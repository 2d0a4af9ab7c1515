package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.Bilingual;

/**
 * Where a {@link Draft} stands, derived from its history: for example a draft the chief of the office has returned
 * with findings is {@link #RETURNED}, and may only be revised. Each state allows some {@link DraftCommand}s; a draft
 * refuses the others with a {@link DraftWorkflowException}.
 */
public enum DraftState implements Bilingual {
  /** Dự thảo: written, not yet submitted. */
  DRAFTED("Dự thảo", "Drafted"),
  /** Đã trình thẩm định: submitted for appraisal of format and content. */
  SUBMITTED("Đã trình thẩm định", "Submitted for appraisal"),
  /** Trả lại để chỉnh sửa: returned to the drafter with findings. */
  RETURNED("Trả lại để chỉnh sửa", "Returned with findings"),
  /** Đã chỉnh sửa: revised after a return, not yet submitted again. */
  REVISED("Đã chỉnh sửa", "Revised"),
  /** Đã thẩm định: appraised, ready for signature. */
  APPRAISED("Đã thẩm định", "Appraised"),
  /** Đã ký: signed, awaiting issue. */
  SIGNED("Đã ký", "Signed"),
  /** Đã phát hành: issued, numbered by the register. Nothing more may be done. */
  ISSUED("Đã phát hành", "Issued");

  private final String vietnameseName;
  private final String englishName;

  DraftState(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
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
   * Returns the commands allowed in this state: submit or revise a drafted or revised draft; return or appraise a
   * submitted one; revise a returned one; sign or return an appraised one; issue a signed one; nothing once issued.
   *
   * @return the commands allowed, possibly empty, not null
   */
  public ImmutableSet<DraftCommand> allowedCommands() {
    return switch (this) {
      case DRAFTED, REVISED -> Sets.immutableEnumSet(DraftCommand.SUBMIT, DraftCommand.REVISE);
      case SUBMITTED -> Sets.immutableEnumSet(DraftCommand.RETURN, DraftCommand.APPRAISE);
      case RETURNED -> Sets.immutableEnumSet(DraftCommand.REVISE);
      case APPRAISED -> Sets.immutableEnumSet(DraftCommand.RETURN, DraftCommand.SIGN);
      case SIGNED -> Sets.immutableEnumSet(DraftCommand.ISSUE);
      case ISSUED -> ImmutableSet.of();
    };
  }

  /**
   * Tells whether a command is allowed in this state.
   *
   * @param command the command, not null
   * @return true if the command is among {@link #allowedCommands()}
   */
  public boolean allows(DraftCommand command) {
    requireNonNull(command, "command");
    return allowedCommands().contains(command);
  }
}
