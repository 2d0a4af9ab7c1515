package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the archive: replay, refusals that change nothing, and the summary's merge laws. */
class ArchiveProperties {

  private static final PersonId ACTOR = PersonId.of("HG-LT-01");

  @Property(tries = 200)
  void aFileReplayedFromItsHistoryEqualsIt(@ForAll ArchiveFile file) {
    ArchiveFile replayed = ArchiveFile.replay(file.id(), file.title(), file.group(), file.period(), file.history());
    assertThat(replayed).isEqualTo(file).hasSameHashCodeAs(file);
    assertThat(replayed.state()).isEqualTo(file.state());
    assertThat(replayed.documents()).isEqualTo(file.documents());
  }

  @Property(tries = 200)
  void aRefusedCommandChangesNothing(
      @ForAll ArchiveFile file, @ForAll ArchiveFileCommand command, @ForAll @IntRange(min = 0, max = 40000) int days) {
    if (command == ArchiveFileCommand.OPEN) {
      return;
    }
    LocalDate day = file.history().get(file.history().size() - 1).on().plusDays(days);
    ArchiveFileEvent event =
        command == ArchiveFileCommand.ADD_DOCUMENT
            ? ArchiveFileEvent.adding(DocumentSymbol.parse("999-CV/VPTU"), day, ACTOR)
            : ArchiveFileEvent.of(command, day, ACTOR);
    String before = file.toString();
    List<ArchiveFileEvent> history = file.history();
    Throwable refusal = catchThrowable(() -> file.apply(event));
    assertThat(refusal == null).isEqualTo(file.allowedCommandsOn(day).contains(command));
    if (refusal != null) {
      assertThat(refusal).isInstanceOf(ArchiveWorkflowException.class);
      assertThat(((ArchiveWorkflowException) refusal).allowedCommands()).isEqualTo(file.allowedCommandsOn(day));
    }
    assertThat(file).hasToString(before);
    assertThat(file.history()).isEqualTo(history);
  }

  @Property(tries = 200)
  void noFileIsDestroyedWithoutTheCouncilsApprovalNorBeforeItsRetention(@ForAll ArchiveFile file) {
    List<ArchiveFileCommand> commands = file.history().stream().map(ArchiveFileEvent::command).toList();
    if (commands.contains(ArchiveFileCommand.DESTROY)) {
      assertThat(commands.indexOf(ArchiveFileCommand.APPROVE_DISPOSAL)).isPositive();
    }
    file.history().stream()
        .filter(e -> e.command() == ArchiveFileCommand.PROPOSE_DISPOSAL)
        .forEach(e -> assertThat(java.time.Year.from(e.on())).isGreaterThanOrEqualTo(file.disposableFrom().orElseThrow()));
  }

  @Property(tries = 100)
  void summariesMerge(
      @ForAll @Size(max = 4) List<ArchiveFile> a,
      @ForAll @Size(max = 4) List<ArchiveFile> b,
      @ForAll @Size(max = 4) List<ArchiveFile> c,
      @ForAll LocalDate day) {
    SummaryLaws.mergeLaws(
        ArchiveSummary.empty(),
        a.stream().collect(ArchiveSummary.collector(day)),
        b.stream().collect(ArchiveSummary.collector(day)),
        c.stream().collect(ArchiveSummary.collector(day)));
  }

  @Property(tries = 100)
  void theCollectorIsTheFoldOfSingleSummaries(
      @ForAll @Size(max = 8) List<ArchiveFile> files, @ForAll int at, @ForAll LocalDate day) {
    SummaryLaws.collectorLaws(
        files, at, ArchiveSummary.collector(day), f -> ArchiveSummary.of(f, day), ArchiveSummary.empty());
  }

  @Property(tries = 50)
  void summariesOfAnotherDayAreRefused(@ForAll ArchiveFile file, @ForAll @IntRange(min = 1, max = 400) int later) {
    LocalDate day = file.openedOn();
    SummaryLaws.anotherDayIsRefused(
        ArchiveSummary.of(file, day), ArchiveSummary.of(file, day.plusDays(later)), ArchiveSummary.empty(), ArchiveSummary::asOf);
  }
}
