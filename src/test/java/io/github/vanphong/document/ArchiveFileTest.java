package io.github.vanphong.document;

import static io.github.vanphong.document.ArchiveFixtures.ARCHIVIST;
import static io.github.vanphong.document.ArchiveFixtures.CHAIR;
import static io.github.vanphong.document.ArchiveFixtures.CLERK;
import static io.github.vanphong.document.ArchiveFixtures.CLOSED;
import static io.github.vanphong.document.ArchiveFixtures.ELECTIONS;
import static io.github.vanphong.document.ArchiveFixtures.ONE_YEAR;
import static io.github.vanphong.document.ArchiveFixtures.OPENED;
import static io.github.vanphong.document.ArchiveFixtures.SCHEDULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ArchiveFileTest {

  private static final LocalDate HANDED = LocalDate.of(2017, 3, 1);

  /** Calls a command that must be refused, checks the file is unchanged, and returns the refusal. */
  private static ArchiveWorkflowException refused(ArchiveFile file, UnaryOperator<ArchiveFile> command) {
    ArchiveFile before = ArchiveFile.replay(file.id(), file.title(), file.group(), file.period(), file.history());
    ArchiveWorkflowException e = catchThrowableOfType(ArchiveWorkflowException.class, () -> command.apply(file));
    assertThat(e).as("refused").isNotNull();
    assertThat(file).isEqualTo(before);
    assertThat(file.history()).isEqualTo(before.history());
    assertThat(e.subject()).isEqualTo(file.id());
    assertThat(e.state()).isEqualTo(file.state());
    return e;
  }

  @Test
  void aFileIsOpenedWithThePeriodOfItsGroupInTheSchedule() {
    ArchiveFile file = ArchiveFixtures.opened("VPTU-HS-2016-07", ELECTIONS);
    assertThat(file.state()).isEqualTo(ArchiveFileState.OPEN);
    assertThat(file.period()).isEqualTo(RetentionPeriod.years(10));
    assertThat(file.group()).isEqualTo(ELECTIONS);
    assertThat(file.title()).isEqualTo("Hồ sơ VPTU-HS-2016-07");
    assertThat(file.openedOn()).isEqualTo(OPENED);
    assertThat(file.documents()).isEmpty();
    assertThat(file.closedOn()).isEmpty();
    assertThat(file.disposableFrom()).isEmpty();
    assertThat(file.allowedCommands()).containsExactlyInAnyOrder(ArchiveFileCommand.ADD_DOCUMENT, ArchiveFileCommand.CLOSE);
    assertThat(file.history()).containsExactly(ArchiveFileEvent.of(ArchiveFileCommand.OPEN, OPENED, CLERK));
    assertThat(file).hasToString("ArchiveFile[VPTU-HS-2016-07, OPEN, 10 years, 0 documents]");
  }

  @Test
  void aGroupTheScheduleDoesNotHaveIsRefused() {
    assertThatThrownBy(
            () -> ArchiveFile.open(ArchiveFileId.of("X-1"), "Hồ sơ", "Nhóm khác", SCHEDULE, OPENED, CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Nhóm khác");
  }

  @Test
  void aBlankOrTooLongTitleIsRefused() {
    assertThatThrownBy(() -> ArchiveFile.open(ArchiveFileId.of("X-1"), " \u200b", ELECTIONS, SCHEDULE, OPENED, CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
    String longest = "a".repeat(ArchiveFile.MAX_TITLE_LENGTH);
    assertThat(ArchiveFile.open(ArchiveFileId.of("X-1"), longest, ELECTIONS, SCHEDULE, OPENED, CLERK).title())
        .isEqualTo(longest);
    assertThatThrownBy(
            () -> ArchiveFile.open(ArchiveFileId.of("X-1"), longest + "a", ELECTIONS, SCHEDULE, OPENED, CLERK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTitleIsKeptInNfc() {
    ArchiveFile file =
        ArchiveFile.open(ArchiveFileId.of("X-1"), "Ho\u0302\u0300 so\u031b", ELECTIONS, SCHEDULE, OPENED, CLERK);
    assertThat(file.title()).isEqualTo("Hồ sơ");
  }

  @Test
  void documentsAreAddedInOrderEachOnce() {
    ArchiveFile file = ArchiveFixtures.closedElectionFile();
    assertThat(file.documents())
        .containsExactly(DocumentSymbol.parse("12-BC/VPTU"), DocumentSymbol.parse("15-TB/VPTU"));
    ArchiveFile open = ArchiveFixtures.opened("X-1", ELECTIONS).add(DocumentSymbol.parse("12-BC/VPTU"), OPENED, CLERK);
    assertThatThrownBy(() -> open.add(DocumentSymbol.parse("12-BC/VPTU"), OPENED, CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12-BC/VPTU");
    assertThat(open.documents()).hasSize(1);
  }

  @Test
  void theDayTheFileIsClosedIsTheWorksEndFromWhichRetentionCounts() {
    ArchiveFile file = ArchiveFixtures.closedElectionFile();
    assertThat(file.state()).isEqualTo(ArchiveFileState.CLOSED);
    assertThat(file.closedOn()).contains(CLOSED);
    assertThat(file.disposableFrom()).contains(Year.of(2027));
    assertThat(file.allowedCommands()).containsExactly(ArchiveFileCommand.HAND_OVER);
  }

  @Test
  void eventsDoNotGoBackwards() {
    ArchiveFile file = ArchiveFixtures.closedElectionFile();
    assertThatThrownBy(() -> file.handOver(CLOSED.minusDays(1), CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(CLOSED.toString());
    assertThat(file.handOver(CLOSED, CLERK).state()).isEqualTo(ArchiveFileState.HANDED_OVER);
  }

  @Test
  void anOpenFileIsNotHandedOver() {
    ArchiveFile open = ArchiveFixtures.opened("X-1", ELECTIONS);
    ArchiveWorkflowException e = refused(open, f -> f.handOver(HANDED, CLERK));
    assertThat(e.rule()).contains(ArchiveRule.HAND_OVER_ONLY_CLOSED);
    assertThat(e.command()).isEqualTo(ArchiveFileCommand.HAND_OVER);
    assertThat(e.allowedCommands()).containsExactlyInAnyOrder(ArchiveFileCommand.ADD_DOCUMENT, ArchiveFileCommand.CLOSE);
    assertThat(e).hasMessageContaining("HAND_OVER_ONLY_CLOSED").hasMessageContaining("still open");
  }

  @Test
  void aClosedFileIsHandedOverAndThenAllowsNoTransferOfALimitedFile() {
    ArchiveFile file = ArchiveFixtures.handedOverElectionFile();
    assertThat(file.state()).isEqualTo(ArchiveFileState.HANDED_OVER);
    assertThat(file.allowedCommands()).isEmpty();
    ArchiveWorkflowException e = refused(file, f -> f.transfer(HANDED, ARCHIVIST));
    assertThat(e.rule()).contains(ArchiveRule.TRANSFER_ONLY_PERMANENT_FILES);
    assertThat(e).hasMessageContaining("10 years");
  }

  @Test
  void aPermanentFileIsTransferredToTheHistoricalArchive() {
    ArchiveFile file = ArchiveFixtures.handedOverResolutionFile();
    assertThat(file.allowedCommands()).containsExactly(ArchiveFileCommand.TRANSFER);
    ArchiveFile transferred = file.transfer(LocalDate.of(2027, 6, 1), ARCHIVIST);
    assertThat(transferred.state()).isEqualTo(ArchiveFileState.TRANSFERRED);
    assertThat(transferred.allowedCommands()).isEmpty();
    assertThat(refused(transferred, f -> f.destroy(LocalDate.of(2028, 1, 1), ARCHIVIST)).rule()).isEmpty();
    assertThat(refused(transferred, f -> f.transfer(LocalDate.of(2028, 1, 1), ARCHIVIST)).isForbiddenByState())
        .isTrue();
  }

  @Test
  void aPermanentFileIsNotProposedForDisposal() {
    ArchiveFile file = ArchiveFixtures.handedOverResolutionFile();
    ArchiveWorkflowException e = refused(file, f -> f.proposeDisposal(LocalDate.of(2090, 1, 1), ARCHIVIST));
    assertThat(e.rule()).contains(ArchiveRule.NO_DISPOSAL_OF_PERMANENT_FILES);
    assertThat(e).hasMessageContaining("permanently");
  }

  @Test
  void aFileProposedForDisposalBeforeItsRetentionEndsIsRefused() {
    ArchiveFile file = ArchiveFixtures.handedOverElectionFile();
    ArchiveWorkflowException e = refused(file, f -> f.proposeDisposal(LocalDate.of(2026, 12, 31), ARCHIVIST));
    assertThat(e.rule()).contains(ArchiveRule.DISPOSAL_ONLY_AFTER_RETENTION);
    assertThat(e.allowedCommands()).isEmpty();
    assertThat(e)
        .hasMessageContaining("DISPOSAL_ONLY_AFTER_RETENTION")
        .hasMessageContaining("closed in 2016")
        .hasMessageContaining("from 2027")
        .hasMessageContaining("2026-12-31");
    ArchiveFile proposed = file.proposeDisposal(LocalDate.of(2027, 1, 1), ARCHIVIST);
    assertThat(proposed.state()).isEqualTo(ArchiveFileState.PROPOSED_FOR_DISPOSAL);
  }

  @Test
  void aFileOfOneYearMayBeProposedFromTheSecondYearAfterItWasClosed() {
    ArchiveFile file =
        ArchiveFixtures.opened("X-1", ONE_YEAR).close(CLOSED, CLERK).handOver(HANDED, CLERK);
    assertThat(file.disposableFrom()).contains(Year.of(2018));
    refused(file, f -> f.proposeDisposal(LocalDate.of(2017, 12, 31), ARCHIVIST));
    assertThat(file.proposeDisposal(LocalDate.of(2018, 1, 1), ARCHIVIST).state())
        .isEqualTo(ArchiveFileState.PROPOSED_FOR_DISPOSAL);
  }

  @Test
  void aDisposalThatSkipsApprovalIsRefused() {
    ArchiveFile proposed = ArchiveFixtures.handedOverElectionFile().proposeDisposal(LocalDate.of(2027, 2, 1), ARCHIVIST);
    ArchiveWorkflowException e = refused(proposed, f -> f.destroy(LocalDate.of(2027, 3, 1), ARCHIVIST));
    assertThat(e.rule()).contains(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL);
    assertThat(e.allowedCommands()).containsExactly(ArchiveFileCommand.APPROVE_DISPOSAL);
    assertThat(e).hasMessageContaining("appraisal council has not approved");
    ArchiveWorkflowException early =
        refused(ArchiveFixtures.handedOverElectionFile(), f -> f.destroy(LocalDate.of(2027, 3, 1), ARCHIVIST));
    assertThat(early.rule()).contains(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL);
    assertThat(refused(ArchiveFixtures.opened("X-1", ELECTIONS), f -> f.destroy(OPENED, CLERK)).rule())
        .contains(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL);
    assertThat(refused(ArchiveFixtures.closedElectionFile(), f -> f.destroy(CLOSED, CLERK)).rule())
        .contains(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL);
  }

  @Test
  void anApprovedDisposalIsDestroyedAndNothingFollows() {
    ArchiveFile approved =
        ArchiveFixtures.handedOverElectionFile()
            .proposeDisposal(LocalDate.of(2027, 2, 1), ARCHIVIST)
            .approveDisposal(LocalDate.of(2027, 3, 1), CHAIR);
    assertThat(approved.state()).isEqualTo(ArchiveFileState.DISPOSAL_APPROVED);
    assertThat(approved.allowedCommands()).containsExactly(ArchiveFileCommand.DESTROY);
    ArchiveFile destroyed = approved.destroy(LocalDate.of(2027, 4, 1), ARCHIVIST);
    assertThat(destroyed.state()).isEqualTo(ArchiveFileState.DESTROYED);
    assertThat(destroyed.allowedCommands()).isEmpty();
    ArchiveWorkflowException e = refused(destroyed, f -> f.destroy(LocalDate.of(2027, 5, 1), ARCHIVIST));
    assertThat(e.rule()).isEmpty();
    assertThat(e.allowedCommands()).isEmpty();
  }

  @Test
  void everyCommandAStateDoesNotAllowIsRefusedAndChangesNothing() {
    LocalDate later = LocalDate.of(2090, 1, 1);
    List<ArchiveFile> files =
        List.of(
            ArchiveFixtures.opened("X-1", ELECTIONS),
            ArchiveFixtures.closedElectionFile(),
            ArchiveFixtures.handedOverElectionFile(),
            ArchiveFixtures.handedOverResolutionFile(),
            ArchiveFixtures.handedOverElectionFile().proposeDisposal(later, ARCHIVIST),
            ArchiveFixtures.handedOverElectionFile().proposeDisposal(later, ARCHIVIST).approveDisposal(later, CHAIR));
    for (ArchiveFile file : files) {
      for (ArchiveFileCommand command : ArchiveFileCommand.values()) {
        if (command == ArchiveFileCommand.OPEN || file.state().allows(command)) {
          continue;
        }
        ArchiveFileEvent event =
            command == ArchiveFileCommand.ADD_DOCUMENT
                ? ArchiveFileEvent.adding(DocumentSymbol.parse("99-CV/VPTU"), later, CLERK)
                : ArchiveFileEvent.of(command, later, CLERK);
        ArchiveWorkflowException e = refused(file, f -> f.apply(event));
        assertThat(e.command()).isEqualTo(command);
      }
    }
  }

  @Test
  void anOpeningIsNotAppliedTwice() {
    ArchiveFile file = ArchiveFixtures.opened("X-1", ELECTIONS);
    assertThatThrownBy(() -> file.apply(ArchiveFileEvent.of(ArchiveFileCommand.OPEN, OPENED, CLERK)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already open");
  }

  @Test
  void theStateOnADayIsThatOfTheLastEventOnOrBeforeIt() {
    ArchiveFile file = ArchiveFixtures.handedOverElectionFile();
    assertThat(file.stateOn(OPENED.minusDays(1))).isEmpty();
    assertThat(file.stateOn(OPENED)).contains(ArchiveFileState.OPEN);
    assertThat(file.stateOn(CLOSED.minusDays(1))).contains(ArchiveFileState.OPEN);
    assertThat(file.stateOn(CLOSED)).contains(ArchiveFileState.CLOSED);
    assertThat(file.stateOn(HANDED.minusDays(1))).contains(ArchiveFileState.CLOSED);
    assertThat(file.stateOn(HANDED)).contains(ArchiveFileState.HANDED_OVER);
  }

  @Test
  void aKeptHistoryIsReplayedToAnEqualFile() {
    ArchiveFile file =
        ArchiveFixtures.handedOverElectionFile()
            .proposeDisposal(LocalDate.of(2027, 2, 1), ARCHIVIST)
            .approveDisposal(LocalDate.of(2027, 3, 1), CHAIR)
            .destroy(LocalDate.of(2027, 4, 1), ARCHIVIST);
    ArchiveFile replayed = ArchiveFile.replay(file.id(), file.title(), file.group(), file.period(), file.history());
    assertThat(replayed).isEqualTo(file).hasSameHashCodeAs(file).hasToString(file.toString());
    assertThat(replayed.documents()).isEqualTo(file.documents());
  }

  @Test
  void aHistoryTheWorkflowWouldRefuseIsNotReplayed() {
    ArchiveFile file = ArchiveFixtures.handedOverElectionFile();
    List<ArchiveFileEvent> skipping =
        new java.util.ArrayList<>(file.history());
    skipping.add(ArchiveFileEvent.of(ArchiveFileCommand.DESTROY, LocalDate.of(2030, 1, 1), ARCHIVIST));
    assertThatThrownBy(() -> ArchiveFile.replay(file.id(), file.title(), file.group(), file.period(), skipping))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DESTRUCTION_ONLY_AFTER_APPROVAL");
    assertThatThrownBy(() -> ArchiveFile.replay(file.id(), file.title(), file.group(), file.period(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                ArchiveFile.replay(
                    file.id(), file.title(), file.group(), file.period(), file.history().subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with OPEN");
    assertThatThrownBy(() -> ArchiveFile.replay(file.id(), file.title(), " ", file.period(), file.history()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group");
  }

  @Test
  void filesAreEqualByIdentifierTitleGroupPeriodAndHistory() {
    ArchiveFile file = ArchiveFixtures.closedElectionFile();
    ArchiveFile same = ArchiveFile.replay(file.id(), file.title(), file.group(), file.period(), file.history());
    assertThat(file).isEqualTo(same).isNotEqualTo(null).isNotEqualTo("file");
    assertThat(file)
        .isNotEqualTo(ArchiveFile.replay(ArchiveFileId.of("Y"), file.title(), file.group(), file.period(), file.history()))
        .isNotEqualTo(ArchiveFile.replay(file.id(), "Khác", file.group(), file.period(), file.history()))
        .isNotEqualTo(ArchiveFile.replay(file.id(), file.title(), "Khác", file.period(), file.history()))
        .isNotEqualTo(
            ArchiveFile.replay(file.id(), file.title(), file.group(), RetentionPeriod.years(5), file.history()))
        .isNotEqualTo(file.handOver(HANDED, CLERK));
    assertThat(Optional.of(file)).contains(same);
  }
}
