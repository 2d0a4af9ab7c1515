package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.document.ArchiveFile;
import io.github.vanphong.document.ArchiveFileCommand;
import io.github.vanphong.document.ArchiveFileState;
import io.github.vanphong.document.ArchiveRegister;
import io.github.vanphong.document.ArchiveSummary;
import io.github.vanphong.document.ArchiveViolation;
import io.github.vanphong.document.HandOverRule;
import io.github.vanphong.document.HandOverRuleBook;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The generators of the archive give files the workflow made, and reach every state. */
class ArchiveArbitrariesTest {

  @Property(tries = 100)
  void generatedFilesReplayToThemselves(@ForAll ArchiveFile file) {
    assertThat(ArchiveFile.replay(file.id(), file.title(), file.group(), file.period(), file.history()))
        .isEqualTo(file);
    assertThat(file.history().get(0).command()).isEqualTo(ArchiveFileCommand.OPEN);
    assertThat(file.documents()).hasSizeLessThanOrEqualTo(4).doesNotHaveDuplicates();
  }

  @Test
  void theWalkReachesEveryState() {
    Set<ArchiveFileState> reached =
        ArchiveArbitraries.archiveFiles().sampleStream().limit(3000).map(ArchiveFile::state).collect(Collectors.toSet());
    assertThat(reached).isEqualTo(EnumSet.allOf(ArchiveFileState.class));
  }

  @Property(tries = 50)
  void generatedFindingsArePastTheirDeadline(@ForAll ArchiveViolation finding) {
    assertThat(finding.asOf()).isAfter(finding.deadline());
    assertThat(finding.deadline()).isEqualTo(finding.rule().deadline(finding.closedOn()));
  }

  @Property(tries = 50)
  void generatedBooksKeepTheStateRuleUnlessReplaced(@ForAll HandOverRuleBook book, @ForAll HandOverRule rule) {
    assertThat(book.rules()).isNotEmpty();
    assertThat(book.with(rule).rules()).contains(rule);
  }

  @Property(tries = 50)
  void generatedRegistersAndSummariesCountTheirFiles(@ForAll ArchiveRegister register, @ForAll ArchiveSummary summary) {
    assertThat(register.files().stream().map(ArchiveFile::id).distinct().count()).isEqualTo(register.files().size());
    assertThat(summary.total()).isBetween(0, 6);
    assertThat(summary.asOf().isPresent()).isEqualTo(summary.total() > 0);
  }
}
