package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.Bilingual;

/**
 * Where an {@link ArchiveFile} stands, derived from its history: for example a file handed to the office's archive
 * ({@link #HANDED_OVER}) may be proposed for disposal once its retention has run, or transferred to the historical
 * archive if it is kept permanently. Each state allows some {@link ArchiveFileCommand}s; a file refuses the others
 * with an {@link ArchiveWorkflowException}.
 */
public enum ArchiveFileState implements Bilingual {
  /** Đang lập hồ sơ: opened, documents being gathered. */
  OPEN("Đang lập hồ sơ", "Open"),
  /** Đã kết thúc hồ sơ: the work is done and the file closed, not yet handed over. */
  CLOSED("Đã kết thúc hồ sơ", "Closed"),
  /** Đã nộp lưu: handed to the office's archive (lưu trữ cơ quan). */
  HANDED_OVER("Đã nộp lưu vào lưu trữ cơ quan", "Handed to the office's archive"),
  /** Đề nghị hủy: its retention ended, listed for disposal and awaiting the appraisal council. */
  PROPOSED_FOR_DISPOSAL("Đề nghị hủy", "Proposed for disposal"),
  /** Được duyệt hủy: the appraisal council approved its disposal. */
  DISPOSAL_APPROVED("Đã được duyệt hủy", "Disposal approved"),
  /** Đã tiêu hủy: destroyed. Nothing more may be done. */
  DESTROYED("Đã tiêu hủy", "Destroyed"),
  /** Đã nộp lưu vào lưu trữ lịch sử: a permanent file transferred to the historical archive. Nothing more. */
  TRANSFERRED("Đã nộp lưu vào lưu trữ lịch sử", "Transferred to the historical archive");

  private final String vietnameseName;
  private final String englishName;

  ArchiveFileState(String vietnameseName, String englishName) {
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
   * Returns the commands allowed in this state: add a document to or close an open file; hand over a closed one;
   * transfer or propose for disposal a file handed over (which of the two depends on its period, {@link
   * ArchiveRule}); approve a proposed disposal; destroy an approved one; nothing once destroyed or transferred.
   *
   * @return the commands allowed, possibly empty, not null
   */
  public ImmutableSet<ArchiveFileCommand> allowedCommands() {
    return switch (this) {
      case OPEN -> Sets.immutableEnumSet(ArchiveFileCommand.ADD_DOCUMENT, ArchiveFileCommand.CLOSE);
      case CLOSED -> Sets.immutableEnumSet(ArchiveFileCommand.HAND_OVER);
      case HANDED_OVER -> Sets.immutableEnumSet(ArchiveFileCommand.TRANSFER, ArchiveFileCommand.PROPOSE_DISPOSAL);
      case PROPOSED_FOR_DISPOSAL -> Sets.immutableEnumSet(ArchiveFileCommand.APPROVE_DISPOSAL);
      case DISPOSAL_APPROVED -> Sets.immutableEnumSet(ArchiveFileCommand.DESTROY);
      case DESTROYED, TRANSFERRED -> ImmutableSet.of();
    };
  }

  /**
   * Tells whether a command is allowed in this state.
   *
   * @param command the command, not null
   * @return true if the command is among {@link #allowedCommands()}
   */
  public boolean allows(ArchiveFileCommand command) {
    requireNonNull(command, "command");
    return allowedCommands().contains(command);
  }
}
