package io.github.vanphong.document;

import static io.github.vanphong.document.ArchiveFixtures.ARCHIVIST;
import static io.github.vanphong.document.ArchiveFixtures.CLERK;
import static io.github.vanphong.document.ArchiveFixtures.CLOSED;
import static io.github.vanphong.document.ArchiveFixtures.ELECTIONS;
import static io.github.vanphong.document.ArchiveFixtures.ONE_YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveRegisterTest {

  private static final ArchiveFile ELECTION = ArchiveFixtures.handedOverElectionFile();
  private static final ArchiveFile RESOLUTION = ArchiveFixtures.handedOverResolutionFile();
  private static final ArchiveFile SHORT =
      ArchiveFixtures.opened("VPTU-HS-2016-09", ONE_YEAR).close(CLOSED, CLERK).handOver(LocalDate.of(2017, 1, 5), CLERK);
  private static final ArchiveFile OPEN = ArchiveFixtures.opened("VPTU-HS-2016-10", ELECTIONS);

  private static final ArchiveRegister REGISTER = ArchiveRegister.of(List.of(SHORT, OPEN, ELECTION, RESOLUTION));

  @Test
  void theRegisterHoldsEachFileOnceInTheOrderOfIdentifiers() {
    assertThat(REGISTER.files()).containsExactly(RESOLUTION, ELECTION, SHORT, OPEN);
    assertThat(REGISTER.file(ELECTION.id())).contains(ELECTION);
    assertThat(REGISTER.file(ArchiveFileId.of("NONE"))).isEmpty();
    assertThat(REGISTER).hasToString("ArchiveRegister[4 files]");
    assertThatThrownBy(() -> ArchiveRegister.of(List.of(OPEN, OPEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VPTU-HS-2016-10");
    assertThat(ArchiveRegister.empty().files()).isEmpty();
  }

  @Test
  void aFilesNewStepTakesThePlaceOfItsOldOne() {
    ArchiveFile closed = OPEN.close(CLOSED, CLERK);
    ArchiveRegister next = REGISTER.with(closed);
    assertThat(next.file(OPEN.id())).contains(closed);
    assertThat(next.files()).hasSize(4);
    assertThat(REGISTER.file(OPEN.id())).contains(OPEN);
    assertThat(next).isNotEqualTo(REGISTER);
    assertThat(REGISTER).isEqualTo(ArchiveRegister.of(List.of(OPEN, SHORT, RESOLUTION, ELECTION)));
    assertThat(REGISTER.hashCode()).isEqualTo(ArchiveRegister.of(List.of(OPEN, SHORT, RESOLUTION, ELECTION)).hashCode());
  }

  @Test
  void theFilesWhoseRetentionHasEndedByAYearAreListedForDisposal() {
    assertThat(REGISTER.dueForDisposal(Year.of(2017))).isEmpty();
    assertThat(REGISTER.dueForDisposal(Year.of(2018))).containsExactly(SHORT);
    assertThat(REGISTER.dueForDisposal(Year.of(2026))).containsExactly(SHORT);
    assertThat(REGISTER.dueForDisposal(Year.of(2027))).containsExactly(ELECTION, SHORT);
    ArchiveRegister proposed = REGISTER.with(SHORT.proposeDisposal(LocalDate.of(2018, 1, 2), ARCHIVIST));
    assertThat(proposed.dueForDisposal(Year.of(2027))).containsExactly(ELECTION);
  }

  @Test
  void thePermanentFilesHandedOverAreDueForTransfer() {
    assertThat(REGISTER.dueForTransfer()).containsExactly(RESOLUTION);
    assertThat(REGISTER.with(RESOLUTION.transfer(LocalDate.of(2027, 1, 1), ARCHIVIST)).dueForTransfer()).isEmpty();
  }

  @Test
  void theSummaryCountsTheFilesByStateOnADay() {
    ArchiveSummary summary = REGISTER.summary(LocalDate.of(2017, 2, 1));
    assertThat(summary.asOf()).contains(LocalDate.of(2017, 2, 1));
    assertThat(summary.count(ArchiveFileState.OPEN)).isEqualTo(1);
    assertThat(summary.count(ArchiveFileState.CLOSED)).isEqualTo(2);
    assertThat(summary.count(ArchiveFileState.HANDED_OVER)).isEqualTo(1);
    assertThat(summary.total()).isEqualTo(4);
    assertThat(REGISTER.summary(LocalDate.of(2016, 1, 1))).isEqualTo(ArchiveSummary.empty());
  }
}
