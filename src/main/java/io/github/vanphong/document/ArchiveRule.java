package io.github.vanphong.document;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule of the life of a file (hồ sơ) that refuses a command: for example {@link #DESTRUCTION_ONLY_AFTER_APPROVAL},
 * a file is not destroyed before the appraisal council (hội đồng xác định giá trị tài liệu) has approved its disposal.
 * An {@link ArchiveWorkflowException} names the rule that refused ({@link ArchiveWorkflowException#rule()}); a
 * command the state alone forbids (closing a file already destroyed) names none.
 *
 * <p>The hand-over of a closed file rests on Nghị định 30/2020/NĐ-CP, Điều 29.4 and 30 (verified): a file is closed
 * when the work is done, and handed over within a time counted from the work's end. The disposal rules rest on the
 * retention schedule's periods ({@link RetentionPeriod#COUNTING}, the library's reading, unconfirmed) and on the
 * archive law's procedure of disposal (Luật Lưu trữ 33/2024/QH15), whose articles were not read: those rules are
 * marked unconfirmed and describe the practice the reported sources state. The hand-over deadline itself is not one
 * of these rules but data of a {@link HandOverRuleBook}.
 */
public enum ArchiveRule implements Bilingual, Rule {
  /**
   * Only a closed file is handed to the office's archive: a file is closed when the work is done, and the time to
   * hand it over counts from the work's end. Nghị định 30/2020/NĐ-CP, Điều 29.4.a and Điều 30.2 (verified).
   */
  HAND_OVER_ONLY_CLOSED(
      "Chỉ nộp lưu hồ sơ đã kết thúc",
      "Only a closed file is handed over",
      LegalBasis.builder()
          .instrument(Instruments.STATE_CLERICAL_DECREE_2020)
          .article("Điều 29, khoản 4, điểm a; Điều 30, khoản 2")
          .confirmation(Confirmation.VERIFIED)
          .build()),
  /**
   * A file is proposed for disposal only from the year its retention has run: from {@link
   * RetentionPeriod#disposableFrom} of the year it was closed. The counting is the library's reading, unconfirmed
   * ({@link RetentionPeriod#COUNTING}).
   */
  DISPOSAL_ONLY_AFTER_RETENTION(
      "Chỉ đề nghị hủy hồ sơ đã hết thời hạn bảo quản",
      "A file is proposed for disposal only after its retention",
      RetentionPeriod.COUNTING),
  /**
   * A file kept permanently (vĩnh viễn) is never proposed for disposal: Công văn 160-CV/TW's two levels, reported
   * ({@link RetentionPeriod#TWO_LEVEL_SCHEME}).
   */
  NO_DISPOSAL_OF_PERMANENT_FILES(
      "Không hủy hồ sơ bảo quản vĩnh viễn", "A permanent file is not disposed of", RetentionPeriod.TWO_LEVEL_SCHEME),
  /**
   * A file is destroyed only after the appraisal council (hội đồng xác định giá trị tài liệu) has approved the
   * disposal: the archive law's procedure of disposal as reported, its article not read (unconfirmed).
   */
  DESTRUCTION_ONLY_AFTER_APPROVAL(
      "Chỉ tiêu hủy khi hội đồng xác định giá trị tài liệu đã thông qua",
      "A file is destroyed only after the appraisal council approves",
      LegalBasis.builder()
          .instrument(Instruments.ARCHIVES_LAW_2024)
          .article("hủy tài liệu hết giá trị, hội đồng xác định giá trị tài liệu (điều chưa đọc)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build()),
  /**
   * Only a file kept permanently is transferred to the historical archive (lưu trữ lịch sử): the archive law as
   * reported, its article not read (unconfirmed).
   */
  TRANSFER_ONLY_PERMANENT_FILES(
      "Chỉ nộp lưu vào lưu trữ lịch sử hồ sơ bảo quản vĩnh viễn",
      "Only a permanent file is transferred to the historical archive",
      LegalBasis.builder()
          .instrument(Instruments.ARCHIVES_LAW_2024)
          .article("nộp lưu tài liệu vào lưu trữ lịch sử (điều chưa đọc)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build());

  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;

  ArchiveRule(String vietnameseName, String englishName, LegalBasis basis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
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
   * Returns the instrument and article the rule rests on, with its confirmation.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the citation of the rule's basis, for example "Nghị định 30/2020/NĐ-CP, Điều 29, khoản 4, điểm a; Điều
   * 30, khoản 2".
   *
   * @return the citation, present for every archive rule
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }
}
