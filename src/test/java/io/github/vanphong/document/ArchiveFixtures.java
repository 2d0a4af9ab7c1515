package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.time.Period;

/** Files of a provincial Party office and of a State body, for the archive's tests. */
final class ArchiveFixtures {

  static final PersonId CLERK = PersonId.of("HG-VT-01");
  static final PersonId ARCHIVIST = PersonId.of("HG-LT-01");
  static final PersonId CHAIR = PersonId.of("HG-CVP");

  static final String ELECTIONS = "Hồ sơ tổ chức bầu cử";
  static final String RESOLUTIONS = "Nghị quyết của Tỉnh ủy";
  static final String ONE_YEAR = "Công văn trao đổi ngắn hạn";

  static final LocalDate OPENED = LocalDate.of(2016, 3, 1);
  static final LocalDate CLOSED = LocalDate.of(2016, 12, 30);

  /** An office's own source, as an application would cite it. */
  static final LegalBasis OWN_TABLE =
      LegalBasis.of(
          Instrument.builder().name("Quy chế lưu trữ của Văn phòng Tỉnh ủy").inForceFrom(LocalDate.of(2010, 1, 1)).build(),
          "Điều 5");

  static final RetentionSchedule SCHEDULE =
      RetentionSchedule.of(
          java.util.List.of(
              RetentionRule.of(ELECTIONS, RetentionPeriod.years(10), OWN_TABLE),
              RetentionRule.of(RESOLUTIONS, RetentionPeriod.permanent(), OWN_TABLE),
              RetentionRule.of(ONE_YEAR, RetentionPeriod.years(1), OWN_TABLE)));

  /** A Party office's hand-over period as an application supplies it. */
  static final HandOverRule PARTY_ONE_YEAR =
      HandOverRule.of(
          DocumentSystem.PARTY,
          Period.ofYears(1),
          LegalBasis.of(
              Instrument.builder().name("Quy chế công tác văn thư của Tỉnh ủy").inForceFrom(LocalDate.of(2012, 1, 1)).build(),
              "Điều 12"));

  private ArchiveFixtures() {}

  static ArchiveFile opened(String id, String group) {
    return ArchiveFile.open(ArchiveFileId.of(id), "Hồ sơ " + id, group, SCHEDULE, OPENED, CLERK);
  }

  /** The election file of 2016, kept 10 years, with two documents, closed on 2016-12-30. */
  static ArchiveFile closedElectionFile() {
    return opened("VPTU-HS-2016-07", ELECTIONS)
        .add(DocumentSymbol.parse("12-BC/VPTU"), LocalDate.of(2016, 3, 2), CLERK)
        .add(DocumentSymbol.parse("15-TB/VPTU"), LocalDate.of(2016, 5, 20), CLERK)
        .close(CLOSED, CLERK);
  }

  static ArchiveFile handedOverElectionFile() {
    return closedElectionFile().handOver(LocalDate.of(2017, 3, 1), CLERK);
  }

  static ArchiveFile handedOverResolutionFile() {
    return opened("VPTU-HS-2016-01", RESOLUTIONS).close(CLOSED, CLERK).handOver(LocalDate.of(2017, 3, 1), CLERK);
  }
}
