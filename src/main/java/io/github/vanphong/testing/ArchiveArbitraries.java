package io.github.vanphong.testing;

import io.github.vanphong.document.ArchiveFile;
import io.github.vanphong.document.ArchiveFileCommand;
import io.github.vanphong.document.ArchiveFileEvent;
import io.github.vanphong.document.ArchiveFileId;
import io.github.vanphong.document.ArchiveFileState;
import io.github.vanphong.document.ArchiveRegister;
import io.github.vanphong.document.ArchiveSummary;
import io.github.vanphong.document.ArchiveViolation;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.DocumentSystem;
import io.github.vanphong.document.HandOverRule;
import io.github.vanphong.document.HandOverRuleBook;
import io.github.vanphong.document.RetentionRule;
import io.github.vanphong.document.RetentionSchedule;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the archive's types of {@code io.github.vanphong.document}: files (hồ sơ) walked through the
 * commands each allows, from opening to destruction or transfer, their events, hand-over rules and books, overdue
 * findings, registers and summaries. For example {@code @ForAll ArchiveFile file} gives a file of a group kept
 * permanently or for 1 to 100 years, with up to 4 documents, in any state.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ArchiveArbitraries {

  private static final PersonId CLERK = PersonId.of("HG-VT-01");
  private static final PersonId ARCHIVIST = PersonId.of("HG-LT-01");
  private static final PersonId CHAIR = PersonId.of("HG-CVP");

  private static final LegalBasis OWN =
      LegalBasis.of(Instrument.of("Quy chế công tác văn thư, lưu trữ của cơ quan", LocalDate.of(2010, 1, 1)), "Điều 9");

  private ArchiveArbitraries() {}

  /**
   * Returns identifiers of files such as {@code VPTU-HS-2016-07}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ArchiveFileId> archiveFileIds() {
    return Combinators.combine(
            Arbitraries.of("VPTU", "VPHU", "UBND", "BTC"),
            Arbitraries.integers().between(2010, 2030),
            Arbitraries.integers().between(1, 200))
        .as((office, year, n) -> ArchiveFileId.of(office + "-HS-" + year + "-" + String.format("%02d", n)));
  }

  /**
   * Returns files walked through up to 10 commands, each allowed by the file it was given to: documents added while
   * open, then closing, hand-over, and, as the period allows, transfer or a disposal proposed from the year the
   * retention has run, approved and carried out.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ArchiveFile> archiveFiles() {
    return Combinators.combine(
            archiveFileIds(),
            DocumentArbitraries.retentionRules(),
            GenericArbitraries.days(),
            Arbitraries.integers().between(0, 1000).list().ofMaxSize(10))
        .as(ArchiveArbitraries::walk);
  }

  private static ArchiveFile walk(ArchiveFileId id, RetentionRule rule, LocalDate start, List<Integer> choices) {
    ArchiveFile file =
        ArchiveFile.open(id, "Hồ sơ " + id, rule.group(), RetentionSchedule.of(List.of(rule)), start, CLERK);
    LocalDate day = start;
    int documents = 0;
    for (int choice : choices) {
      day = day.plusDays(choice % 200);
      if (file.state() == ArchiveFileState.HANDED_OVER && !file.period().isPermanent() && choice % 2 == 0) {
        Year from = file.disposableFrom().orElseThrow();
        LocalDate first = from.atDay(1);
        day = day.isBefore(first) ? first.plusDays(choice % 30) : day;
      }
      List<ArchiveFileCommand> allowed = new ArrayList<>(file.allowedCommandsOn(day));
      if (allowed.isEmpty()) {
        continue;
      }
      ArchiveFileCommand command = allowed.get(choice % allowed.size());
      if (command == ArchiveFileCommand.ADD_DOCUMENT && documents < 4) {
        documents++;
        file = file.add(DocumentSymbol.parse(documents + "-CV/VPTU"), day, CLERK);
      } else if (command != ArchiveFileCommand.ADD_DOCUMENT) {
        PersonId by =
            command == ArchiveFileCommand.APPROVE_DISPOSAL
                ? CHAIR
                : command == ArchiveFileCommand.CLOSE ? CLERK : ARCHIVIST;
        file = file.apply(ArchiveFileEvent.of(command, day, by));
      }
    }
    return file;
  }

  /**
   * Returns the events of generated files.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ArchiveFileEvent> archiveFileEvents() {
    return archiveFiles().flatMap(file -> Arbitraries.of(file.history()));
  }

  /**
   * Returns hand-over rules: the State's of Nghị định 30/2020/NĐ-CP, or a period of 1 day to 3 years of either system
   * from an office's own rules.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<HandOverRule> handOverRules() {
    Arbitrary<Period> periods =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 3).map(Period::ofYears),
            Arbitraries.integers().between(1, 24).map(Period::ofMonths),
            Arbitraries.integers().between(1, 400).map(Period::ofDays));
    return Arbitraries.oneOf(
        Arbitraries.just(HandOverRule.STATE_WITHIN_ONE_YEAR),
        Combinators.combine(Arbitraries.of(DocumentSystem.class), periods).as((s, p) -> HandOverRule.of(s, p, OWN)));
  }

  /**
   * Returns the standard book with up to 3 generated rules.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<HandOverRuleBook> handOverRuleBooks() {
    return handOverRules()
        .list()
        .ofMaxSize(3)
        .map(
            rules -> {
              HandOverRuleBook book = HandOverRuleBook.standard();
              for (HandOverRule rule : rules) {
                book = book.with(rule);
              }
              return book;
            });
  }

  /**
   * Returns findings of files overdue for hand-over, 1 to 400 days after their deadline.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ArchiveViolation> archiveViolations() {
    return Combinators.combine(
            handOverRules(), archiveFileIds(), GenericArbitraries.days(), Arbitraries.integers().between(1, 400))
        .as((rule, id, closed, late) -> ArchiveViolation.of(rule, id, closed, rule.deadline(closed).plusDays(late)));
  }

  /**
   * Returns registers of up to 6 generated files, each identifier once.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ArchiveRegister> archiveRegisters() {
    return archiveFiles().list().ofMaxSize(6).uniqueElements(ArchiveFile::id).map(ArchiveRegister::of);
  }

  /**
   * Returns summaries of up to 6 generated files on a day from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ArchiveSummary> archiveSummaries() {
    return Combinators.combine(archiveFiles().list().ofMaxSize(6), GenericArbitraries.days())
        .as((files, day) -> files.stream().collect(ArchiveSummary.collector(day)));
  }
}
