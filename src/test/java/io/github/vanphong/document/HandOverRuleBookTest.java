package io.github.vanphong.document;

import static io.github.vanphong.document.ArchiveFixtures.CLERK;
import static io.github.vanphong.document.ArchiveFixtures.ELECTIONS;
import static io.github.vanphong.document.ArchiveFixtures.PARTY_ONE_YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandOverRuleBookTest {

  private static final LocalDate ENDED = LocalDate.of(2021, 6, 30);

  private static ArchiveFile closedOn(String id, LocalDate day) {
    return ArchiveFile.open(ArchiveFileId.of(id), "Hồ sơ " + id, ELECTIONS, ArchiveFixtures.SCHEDULE, day.minusMonths(2), CLERK)
        .close(day, CLERK);
  }

  @Test
  void theStandardBookHasTheStateRuleAndNoPartyRule() {
    HandOverRuleBook book = HandOverRuleBook.standard();
    assertThat(book.rules()).containsExactly(HandOverRule.STATE_WITHIN_ONE_YEAR);
    assertThat(book.ruleOn(DocumentSystem.STATE, ENDED)).contains(HandOverRule.STATE_WITHIN_ONE_YEAR);
    assertThat(book.ruleOn(DocumentSystem.PARTY, ENDED)).isEmpty();
    assertThat(book.ruleOn(DocumentSystem.STATE, LocalDate.of(2020, 3, 4))).isEmpty();
    assertThat(book.ruleOn(DocumentSystem.STATE, LocalDate.of(2020, 3, 5))).isPresent();
  }

  @Test
  void theDeadlineIsOneYearFromTheWorksEndForAStateFile() {
    ArchiveFile file = closedOn("UBND-HS-2021-03", ENDED);
    assertThat(HandOverRuleBook.standard().deadline(file, DocumentSystem.STATE)).contains(LocalDate.of(2022, 6, 30));
    assertThat(HandOverRuleBook.standard().deadline(ArchiveFixtures.opened("X", ELECTIONS), DocumentSystem.STATE))
        .isEmpty();
  }

  @Test
  void thePartysPeriodIsDataTheApplicationSupplies() {
    ArchiveFile file = closedOn("VPTU-HS-2021-03", ENDED);
    assertThatThrownBy(() -> HandOverRuleBook.standard().deadline(file, DocumentSystem.PARTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PARTY")
        .hasMessageContaining("2021-06-30");
    HandOverRuleBook book = HandOverRuleBook.standard().with(PARTY_ONE_YEAR);
    assertThat(book.deadline(file, DocumentSystem.PARTY)).contains(LocalDate.of(2022, 6, 30));
    assertThat(book.rules()).containsExactly(HandOverRule.STATE_WITHIN_ONE_YEAR, PARTY_ONE_YEAR);
  }

  @Test
  void aRuleInForceFromTheSameDayTakesThePlaceOfTheEarlierAndALaterOneIsChosenByDate() {
    HandOverRule sixMonths =
        HandOverRule.of(DocumentSystem.PARTY, Period.ofMonths(6), PARTY_ONE_YEAR.basis());
    HandOverRuleBook replaced = HandOverRuleBook.of(List.of(PARTY_ONE_YEAR, sixMonths));
    assertThat(replaced.rules()).containsExactly(sixMonths);
    HandOverRule from2022 =
        HandOverRule.of(
            DocumentSystem.PARTY,
            Period.ofMonths(3),
            LegalBasis.of(Instrument.of("Quy chế mới", LocalDate.of(2022, 1, 1)), "Điều 1"));
    HandOverRuleBook dated = HandOverRuleBook.standard().with(PARTY_ONE_YEAR).with(from2022);
    assertThat(dated.ruleOn(DocumentSystem.PARTY, LocalDate.of(2021, 12, 31))).contains(PARTY_ONE_YEAR);
    assertThat(dated.ruleOn(DocumentSystem.PARTY, LocalDate.of(2022, 1, 1))).contains(from2022);
    assertThat(dated.rules()).hasSize(3);
  }

  @Test
  void aFileClosedAndNotHandedOverWithinItsTimeIsOverdue() {
    ArchiveFile late = closedOn("UBND-HS-2021-03", ENDED);
    ArchiveFile handed = closedOn("UBND-HS-2021-04", ENDED).handOver(LocalDate.of(2022, 6, 1), CLERK);
    ArchiveFile handedLate = closedOn("UBND-HS-2021-05", ENDED).handOver(LocalDate.of(2022, 9, 1), CLERK);
    ArchiveFile open = ArchiveFile.open(ArchiveFileId.of("UBND-HS-2021-06"), "Mở", ELECTIONS, ArchiveFixtures.SCHEDULE, ENDED, CLERK);
    HandOverRuleBook book = HandOverRuleBook.standard();
    List<ArchiveFile> files = List.of(late, handed, handedLate, open);
    assertThat(book.check(files, DocumentSystem.STATE, LocalDate.of(2022, 6, 30))).isEmpty();
    List<ArchiveViolation> findings = book.check(files, DocumentSystem.STATE, LocalDate.of(2022, 7, 1));
    assertThat(findings)
        .containsExactly(
            ArchiveViolation.of(HandOverRule.STATE_WITHIN_ONE_YEAR, late.id(), ENDED, LocalDate.of(2022, 7, 1)),
            ArchiveViolation.of(
                HandOverRule.STATE_WITHIN_ONE_YEAR, handedLate.id(), ENDED, LocalDate.of(2022, 7, 1)));
    assertThat(book.check(files, DocumentSystem.STATE, LocalDate.of(2022, 9, 1)))
        .extracting(ArchiveViolation::file)
        .containsExactly(late.id());
    assertThat(book.check(files, DocumentSystem.STATE, LocalDate.of(2021, 6, 29))).isEmpty();
  }

  @Test
  void aCheckOfPartyFilesWithoutThePartysRuleIsRefused() {
    List<ArchiveFile> files = List.of(closedOn("VPTU-HS-2021-03", ENDED));
    assertThatThrownBy(() -> HandOverRuleBook.standard().check(files, DocumentSystem.PARTY, LocalDate.of(2023, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("with(...)");
    assertThat(HandOverRuleBook.standard().with(PARTY_ONE_YEAR).check(files, DocumentSystem.PARTY, LocalDate.of(2023, 1, 1)))
        .hasSize(1);
  }

  @Test
  void booksAreEqualByTheirRules() {
    assertThat(HandOverRuleBook.standard())
        .isEqualTo(HandOverRuleBook.of(List.of(HandOverRule.STATE_WITHIN_ONE_YEAR)))
        .hasSameHashCodeAs(HandOverRuleBook.of(List.of(HandOverRule.STATE_WITHIN_ONE_YEAR)))
        .isNotEqualTo(HandOverRuleBook.standard().with(PARTY_ONE_YEAR))
        .isNotEqualTo(null);
    assertThat(HandOverRuleBook.standard().toString()).startsWith("HandOverRuleBook[STATE within P1Y");
  }
}
