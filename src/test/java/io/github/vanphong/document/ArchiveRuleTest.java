package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import org.junit.jupiter.api.Test;

class ArchiveRuleTest {

  @Test
  void handOverOnlyClosedRestsOnDecree30Articles29And30Verified() {
    assertThat(ArchiveRule.HAND_OVER_ONLY_CLOSED.basis().instrument()).isEqualTo(Instruments.STATE_CLERICAL_DECREE_2020);
    assertThat(ArchiveRule.HAND_OVER_ONLY_CLOSED.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(ArchiveRule.HAND_OVER_ONLY_CLOSED.citation())
        .contains("Nghị định 30/2020/NĐ-CP, Điều 29, khoản 4, điểm a; Điều 30, khoản 2");
  }

  @Test
  void disposalOnlyAfterRetentionCountsAsTheRetentionPeriodDoesUnconfirmed() {
    assertThat(ArchiveRule.DISPOSAL_ONLY_AFTER_RETENTION.basis()).isEqualTo(RetentionPeriod.COUNTING);
    assertThat(ArchiveRule.DISPOSAL_ONLY_AFTER_RETENTION.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void noDisposalOfPermanentFilesRestsOnTheTwoLevelScheme() {
    assertThat(ArchiveRule.NO_DISPOSAL_OF_PERMANENT_FILES.basis()).isEqualTo(RetentionPeriod.TWO_LEVEL_SCHEME);
  }

  @Test
  void destructionOnlyAfterApprovalAndTransferOnlyPermanentFilesRestOnTheArchivesLawUnconfirmed() {
    for (ArchiveRule rule :
        new ArchiveRule[] {ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL, ArchiveRule.TRANSFER_ONLY_PERMANENT_FILES}) {
      assertThat(rule.basis().instrument()).isEqualTo(Instruments.ARCHIVES_LAW_2024);
      assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
      assertThat(rule.citation()).hasValueSatisfying(c -> assertThat(c).startsWith("Luật Lưu trữ 33/2024/QH15"));
    }
  }

  @Test
  void everyRuleHasBothNames() {
    for (ArchiveRule rule : ArchiveRule.values()) {
      assertThat(rule.vietnameseName()).isNotBlank();
      assertThat(rule.englishName()).isNotBlank();
    }
    assertThat(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL.vietnameseName())
        .contains("hội đồng xác định giá trị tài liệu");
  }

  @Test
  void theArchivesLawIsInForceFromJuly2025() {
    assertThat(Instruments.ARCHIVES_LAW_2024.inForceFrom()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
    assertThat(Instruments.all()).contains(Instruments.ARCHIVES_LAW_2024);
  }
}
