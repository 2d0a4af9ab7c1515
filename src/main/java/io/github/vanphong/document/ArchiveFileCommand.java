package io.github.vanphong.document;

import io.github.vanphong.Bilingual;

/**
 * A step in the life of a file (hồ sơ), recorded as an event of an {@link ArchiveFile}: for example {@link
 * #HAND_OVER}, the person who formed the file hands it to the office's archive (nộp lưu vào lưu trữ cơ quan).
 *
 * <p>Nghị định 30/2020/NĐ-CP, Điều 29 and 30, sets the first steps for State bodies (open, gather, close when the
 * work is done, hand over); the disposal steps follow the archive law's procedure as reported ({@link ArchiveRule}).
 */
public enum ArchiveFileCommand implements Bilingual {
  /** Mở hồ sơ: the person in charge of the work opens the file. */
  OPEN("Mở hồ sơ", "Open"),
  /** Thu thập văn bản vào hồ sơ: a document is added to the open file. */
  ADD_DOCUMENT("Thu thập văn bản vào hồ sơ", "Add a document"),
  /** Kết thúc hồ sơ: the work is done and the file closed. */
  CLOSE("Kết thúc hồ sơ", "Close"),
  /** Nộp lưu vào lưu trữ cơ quan: the file is handed to the office's archive. */
  HAND_OVER("Nộp lưu vào lưu trữ cơ quan", "Hand over to the office's archive"),
  /** Nộp lưu vào lưu trữ lịch sử: a permanent file is transferred to the historical archive. */
  TRANSFER("Nộp lưu vào lưu trữ lịch sử", "Transfer to the historical archive"),
  /** Đề nghị hủy: a file whose retention has ended is listed for disposal. */
  PROPOSE_DISPOSAL("Đề nghị hủy tài liệu hết giá trị", "Propose for disposal"),
  /** Hội đồng xác định giá trị tài liệu thông qua: the appraisal council approves the disposal. */
  APPROVE_DISPOSAL("Hội đồng xác định giá trị tài liệu thông qua", "Approve the disposal"),
  /** Tiêu hủy: the file is destroyed. */
  DESTROY("Tiêu hủy", "Destroy");

  private final String vietnameseName;
  private final String englishName;

  ArchiveFileCommand(String vietnameseName, String englishName) {
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
   * Returns the state a file is in after this command.
   *
   * @return the state, not null
   */
  public ArchiveFileState resultingState() {
    return switch (this) {
      case OPEN, ADD_DOCUMENT -> ArchiveFileState.OPEN;
      case CLOSE -> ArchiveFileState.CLOSED;
      case HAND_OVER -> ArchiveFileState.HANDED_OVER;
      case TRANSFER -> ArchiveFileState.TRANSFERRED;
      case PROPOSE_DISPOSAL -> ArchiveFileState.PROPOSED_FOR_DISPOSAL;
      case APPROVE_DISPOSAL -> ArchiveFileState.DISPOSAL_APPROVED;
      case DESTROY -> ArchiveFileState.DESTROYED;
    };
  }
}
