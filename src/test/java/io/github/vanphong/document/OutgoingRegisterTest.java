package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.PLAN;
import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE;
import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentCodeBook.RESOLUTION;
import static io.github.vanphong.document.DocumentCodeBook.STATE_PLAN;
import static io.github.vanphong.document.DocumentCodeBook.STATE_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingRegisterTest {

  /** The Hậu Giang provincial congress XIV closed on 2020-10-14; the term runs from the next day. */
  private static final LocalDate CONGRESS_XIV_CLOSED = LocalDate.of(2020, 10, 14);

  private static final Issuer UBND =
      DocumentCodeBook.PEOPLES_COMMITTEE;

  private static OutgoingRegister officeRegister() {
    return OutgoingRegister.forPartyTerm(
        PROVINCIAL_COMMITTEE_OFFICE, OutgoingRegister.termAfterCongress(CONGRESS_XIV_CLOSED));
  }

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2021, month, dayOfMonth);
  }

  @Test
  void eachPartyTypeIsNumberedFrom01WithinTheTerm() {
    OutgoingRegister r = officeRegister();
    Issued first = r.issue(REPORT, day(1, 4), "Báo cáo tình hình tháng 12");
    Issued second = first.register().issue(REPORT, day(1, 5), "Báo cáo công tác văn phòng");
    Issued plan = second.register().issue(PLAN, day(1, 6), "Kế hoạch công tác năm 2021");
    assertThat(first.symbol()).hasToString("01-BC/VPTU");
    assertThat(second.symbol()).hasToString("02-BC/VPTU");
    assertThat(plan.symbol()).hasToString("01-KH/VPTU");
    assertThat(plan.register().lastNumber(REPORT)).isEqualTo(2);
    assertThat(plan.register().nextNumber(PLAN)).isEqualTo(2);
    assertThat(plan.register().sequence(REPORT)).extracting(RegisterEntry::number).containsExactly(1, 2);
    assertThat(plan.register().entries()).hasSize(3);
    assertThat(plan.entry().issuedOn()).isEqualTo(day(1, 6));
    assertThat(plan.entry().summary()).isEqualTo("Kế hoạch công tác năm 2021");
    assertThat(plan.entry().type()).isEqualTo(PLAN);
  }

  @Test
  void theNumberingDoesNotRestartOnFirstJanuaryWithinATerm() {
    Issued december = officeRegister().issue(REPORT, LocalDate.of(2020, 12, 31), "Báo cáo năm 2020");
    Issued january = december.register().issue(REPORT, LocalDate.of(2021, 1, 1), "Báo cáo tháng 1");
    assertThat(january.symbol()).hasToString("02-BC/VPTU");
  }

  @Test
  void theRegisterIssuedFromIsLeftAsItWas() {
    OutgoingRegister r = officeRegister();
    Issued issued = r.issue(REPORT, day(1, 4), "Báo cáo");
    assertThat(r.entries()).isEmpty();
    assertThat(r.nextNumber(REPORT)).isEqualTo(1);
    assertThat(issued.register()).isNotEqualTo(r);
    Issued again = r.issue(REPORT, day(1, 4), "Báo cáo");
    assertThat(again).isEqualTo(issued).hasSameHashCodeAs(issued);
  }

  @Test
  void aCongressNumbersAllTypesInOneSequence() {
    Issuer congress =
        Issuer.of(DocumentSystem.PARTY, "ĐH", "Đại hội đại biểu Đảng bộ tỉnh", "Provincial Party Congress",
            PROVINCIAL_COMMITTEE.basis());
    OutgoingRegister r =
        OutgoingRegister.forCongress(congress, LocalDate.of(2020, 10, 12), CONGRESS_XIV_CLOSED);
    Issued a = r.issue(REPORT, LocalDate.of(2020, 10, 12), "Báo cáo chính trị");
    Issued b = a.register().issue(RESOLUTION, LocalDate.of(2020, 10, 14), "Nghị quyết đại hội");
    assertThat(a.symbol()).hasToString("01-BC/ĐH");
    assertThat(b.symbol()).hasToString("02-NQ/ĐH");
    assertThat(b.register().sequence(REPORT)).hasSize(2);
    assertThat(b.register().nextNumber(PLAN)).isEqualTo(3);
    assertThatThrownBy(() -> b.register().issue(REPORT, LocalDate.of(2020, 10, 15), "Sau bế mạc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("covers [2020-10-12..2020-10-14]")
        .hasMessageContaining("2020-10-15");
    assertThatThrownBy(() -> b.register().issue(PLAN, LocalDate.of(2020, 10, 13), "Về trước"))
        .hasMessageContaining("02-NQ/ĐH was issued on 2020-10-14");
  }

  @Test
  void aStateRegisterRestartsEachYearWithOneSequenceForAllTypes() {
    OutgoingRegister r2021 = OutgoingRegister.forStateYear(UBND, Year.of(2021));
    assertThat(r2021.covers()).isEqualTo(Validity.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
    Issued a = r2021.issue(STATE_REPORT, LocalDate.of(2021, 1, 4), "Báo cáo");
    Issued b = a.register().issue(STATE_PLAN, LocalDate.of(2021, 1, 5), "Kế hoạch");
    assertThat(a.symbol()).hasToString("01/BC-UBND");
    assertThat(b.symbol()).hasToString("02/KH-UBND");
    assertThat(b.symbol().displayForm()).isEqualTo("Số: 02/KH-UBND");
    assertThatThrownBy(() -> b.register().issue(STATE_REPORT, LocalDate.of(2022, 1, 1), "Năm sau"))
        .hasMessageContaining("belongs to another register");
    assertThat(OutgoingRegister.forStateYear(UBND, Year.of(2022)).issue(STATE_REPORT, LocalDate.of(2022, 1, 1), "Năm sau")
        .symbol()).hasToString("01/BC-UBND");
  }

  @Test
  void aStateBodyMayNumberEachTypeOnItsOwn() {
    OutgoingRegister r =
        OutgoingRegister.of(UBND, NumberingPolicy.STATE_YEAR_PER_TYPE,
            Validity.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)));
    Issued a = r.issue(STATE_REPORT, LocalDate.of(2021, 1, 4), "Báo cáo");
    Issued b = a.register().issue(STATE_PLAN, LocalDate.of(2021, 1, 3), "Kế hoạch, ngày trước đó");
    assertThat(b.symbol()).hasToString("01/KH-UBND");
  }

  @Test
  void aStateRegisterCoversExactlyOneCalendarYear() {
    assertThatThrownBy(
            () -> OutgoingRegister.of(UBND, NumberingPolicy.STATE_YEAR,
                Validity.between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 30))))
        .hasMessageContaining("not one calendar year")
        .hasMessageContaining("Nghị định 30/2020/NĐ-CP, Điều 15, khoản 1");
    assertThatThrownBy(
            () -> OutgoingRegister.of(UBND, NumberingPolicy.STATE_YEAR, Validity.from(LocalDate.of(2021, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> OutgoingRegister.of(UBND, NumberingPolicy.STATE_YEAR,
                Validity.between(LocalDate.of(2021, 1, 2), LocalDate.of(2021, 12, 31))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theIssuerAndTheTypesMustBeOfThePolicysSystem() {
    assertThatThrownBy(() -> OutgoingRegister.forStateYear(PROVINCIAL_COMMITTEE_OFFICE, Year.of(2021)))
        .hasMessageContaining("numbers State documents");
    assertThatThrownBy(() -> OutgoingRegister.forPartyTerm(UBND, Validity.from(LocalDate.of(2021, 1, 1))))
        .hasMessageContaining("numbers Party documents");
    OutgoingRegister r = officeRegister();
    assertThatThrownBy(() -> r.issue(STATE_REPORT, day(1, 4), "Báo cáo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a type of State documents");
    assertThat(r.entries()).isEmpty();
  }

  @Test
  void secretDocumentsShareTheSequenceOfTheirType() {
    Issued open = officeRegister().issue(REPORT, day(1, 4), "Báo cáo");
    Issued secret = open.register().issue(REPORT, day(1, 4), "Báo cáo mật", Secrecy.CONFIDENTIAL);
    Issued next = secret.register().issue(REPORT, day(1, 5), "Báo cáo");
    assertThat(secret.symbol()).hasToString("02-BC/VPTU");
    assertThat(secret.entry().secrecy()).isEqualTo(Secrecy.CONFIDENTIAL);
    assertThat(next.symbol()).hasToString("03-BC/VPTU");
    assertThat(open.entry().secrecy()).isEqualTo(Secrecy.NONE);
  }

  @Test
  void aVoidedNumberStaysInTheRegisterAndIsNeverGivenAgain() {
    Issued first = officeRegister().issue(REPORT, day(1, 4), "Báo cáo");
    OutgoingRegister voided = first.register().voidNumber(first.symbol(), day(1, 5), "ban hành nhầm");
    assertThat(voided.entries()).hasSize(1);
    RegisterEntry entry = voided.entry(first.symbol()).orElseThrow();
    assertThat(entry.isVoid()).isTrue();
    assertThat(entry.voiding()).contains(Voiding.of(day(1, 5), "ban hành nhầm"));
    assertThat(voided.voided()).containsExactly(entry);
    assertThat(first.register().voided()).isEmpty();
    assertThat(voided.issue(REPORT, day(1, 6), "Báo cáo thay thế").symbol()).hasToString("02-BC/VPTU");
  }

  @Test
  void aNumberIsVoidedOnceOnOrAfterItsIssueAndOnlyIfGiven() {
    Issued first = officeRegister().issue(REPORT, day(1, 4), "Báo cáo");
    OutgoingRegister voided = first.register().voidNumber(first.symbol(), day(1, 5), "ban hành nhầm");
    assertThatThrownBy(() -> voided.voidNumber(first.symbol(), day(1, 6), "lần nữa"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a number is voided once: 01-BC/VPTU was voided on 2021-01-05: ban hành nhầm");
    assertThatThrownBy(() -> first.register().voidNumber(first.symbol(), day(1, 3), "trước ngày ban hành"))
        .hasMessageContaining("on or after its day of issue");
    assertThatThrownBy(() -> first.register().voidNumber(DocumentSymbol.parse("02-BC/VPTU"), day(1, 5), "x"))
        .hasMessageContaining("gave no 02-BC/VPTU");
    assertThatThrownBy(() -> first.register().voidNumber(first.symbol(), day(1, 5), " "))
        .hasMessageContaining("needs a reason");
    assertThat(first.register().voided()).isEmpty();
    assertThat(voided.voided()).hasSize(1);
  }

  @Test
  void issueDatesDoNotGoBackwardsWithinASequence() {
    Issued first = officeRegister().issue(REPORT, day(2, 1), "Báo cáo");
    assertThatThrownBy(() -> first.register().issue(REPORT, day(1, 31), "Báo cáo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "issue dates do not go backwards within a sequence: 01-BC/VPTU was issued on 2021-02-01, so the next"
                + " cannot be issued on 2021-01-31");
    assertThat(first.register().issue(REPORT, day(2, 1), "Cùng ngày").symbol()).hasToString("02-BC/VPTU");
    assertThat(first.register().issue(PLAN, day(1, 31), "Loại khác").symbol()).hasToString("01-KH/VPTU");
    assertThat(first.register().entries()).hasSize(1);
  }

  @Test
  void anIssueOutsideTheTermIsRefused() {
    OutgoingRegister r = officeRegister();
    assertThatThrownBy(() -> r.issue(REPORT, CONGRESS_XIV_CLOSED, "Ngày bế mạc đại hội"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the register of VPTU under PARTY_TERM covers [2020-10-15..); a document issued on 2020-10-14 belongs"
                + " to another register");
    assertThatThrownBy(() -> r.issue(REPORT, day(1, 4), "  ")).hasMessageContaining("summary");
    assertThat(r.entries()).isEmpty();
  }

  @Test
  void aTermRunsFromTheDayAfterOneCongressClosesToTheClosingDayOfTheNext() {
    assertThat(OutgoingRegister.termAfterCongress(CONGRESS_XIV_CLOSED))
        .isEqualTo(Validity.from(LocalDate.of(2020, 10, 15)));
    assertThat(OutgoingRegister.termBetweenCongresses(LocalDate.of(2015, 10, 1), CONGRESS_XIV_CLOSED))
        .isEqualTo(Validity.between(LocalDate.of(2015, 10, 2), CONGRESS_XIV_CLOSED));
    assertThatThrownBy(() -> OutgoingRegister.termBetweenCongresses(CONGRESS_XIV_CLOSED, CONGRESS_XIV_CLOSED))
        .hasMessageContaining("not after");
  }

  @Test
  void aTermEndsOnTheClosingDayOfTheNextCongressButNotBeforeItsLastIssue() {
    Issued issued = officeRegister().issue(REPORT, LocalDate.of(2025, 9, 1), "Báo cáo");
    OutgoingRegister ended = issued.register().endingOn(LocalDate.of(2025, 9, 30));
    assertThat(ended.covers()).isEqualTo(Validity.between(LocalDate.of(2020, 10, 15), LocalDate.of(2025, 9, 30)));
    assertThat(ended.entries()).isEqualTo(issued.register().entries());
    assertThat(issued.register().endingOn(LocalDate.of(2025, 9, 1)).entries()).hasSize(1);
    assertThatThrownBy(() -> issued.register().endingOn(LocalDate.of(2025, 8, 31)))
        .hasMessageContaining("cannot end before its last issue");
    assertThatThrownBy(() -> issued.register().endingOn(LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ended.issue(REPORT, LocalDate.of(2025, 10, 1), "Sau nhiệm kỳ"))
        .hasMessageContaining("belongs to another register");
  }

  @Test
  void aKeptRegisterIsRestoredFromItsEntries() {
    Issued a = officeRegister().issue(REPORT, day(1, 4), "Báo cáo");
    Issued b = a.register().issue(PLAN, day(1, 5), "Kế hoạch", Secrecy.SECRET);
    Issued c = b.register().issue(REPORT, day(1, 6), "Báo cáo 2");
    OutgoingRegister kept = c.register().voidNumber(a.symbol(), day(1, 7), "nhầm");
    OutgoingRegister restored =
        OutgoingRegister.restore(kept.issuer(), kept.policy(), kept.covers(), kept.entries());
    assertThat(restored).isEqualTo(kept).hasSameHashCodeAs(kept);
    assertThat(restored.issue(REPORT, day(1, 8), "Tiếp").symbol()).hasToString("03-BC/VPTU");
  }

  @Test
  void aRestoredRegisterWithAGapOrADateGoingBackIsRefused() {
    Issued a = officeRegister().issue(REPORT, day(1, 4), "Báo cáo");
    Issued b = a.register().issue(REPORT, day(1, 5), "Báo cáo 2");
    OutgoingRegister r = b.register();
    assertThatThrownBy(
            () -> OutgoingRegister.restore(r.issuer(), r.policy(), r.covers(), List.of(b.entry())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the register of VPTU would give 01-BC/VPTU to the Báo cáo issued on 2021-01-05; the entry kept says"
                + " 02-BC/VPTU");
    RegisterEntry backwards = RegisterEntry.builder().from(b.entry()).issuedOn(day(1, 3)).build();
    assertThatThrownBy(
            () -> OutgoingRegister.restore(r.issuer(), r.policy(), r.covers(), List.of(a.entry(), backwards)))
        .hasMessageContaining("do not go backwards");
    RegisterEntry otherIssuer =
        RegisterEntry.builder().from(a.entry()).symbol(DocumentSymbol.party(1, "BC", "TU")).build();
    assertThatThrownBy(() -> OutgoingRegister.restore(r.issuer(), r.policy(), r.covers(), List.of(otherIssuer)))
        .hasMessageContaining("the entry kept says 01-BC/TU");
  }

  @Test
  void theReadableFormCountsEntriesAndVoids() {
    Issued a = officeRegister().issue(REPORT, day(1, 4), "Báo cáo");
    OutgoingRegister r = a.register().voidNumber(a.symbol(), day(1, 4), "nhầm");
    assertThat(r).hasToString("OutgoingRegister[VPTU, PARTY_TERM, [2020-10-15..), 1 entries, 1 void]");
    assertThat(a).hasToString("Issued[01-BC/VPTU 2021-01-04 Báo cáo in " + a.register() + "]");
    assertThat(r.policy()).isEqualTo(NumberingPolicy.PARTY_TERM);
    assertThat(r.issuer()).isEqualTo(PROVINCIAL_COMMITTEE_OFFICE);
  }

  @Test
  void equalityCoversIssuerPolicyDaysAndEntries() {
    OutgoingRegister r = officeRegister();
    assertThat(r).isEqualTo(officeRegister());
    assertThat(r).isNotEqualTo(OutgoingRegister.forPartyTerm(PROVINCIAL_COMMITTEE, r.covers()));
    assertThat(r).isNotEqualTo(OutgoingRegister.of(PROVINCIAL_COMMITTEE_OFFICE, NumberingPolicy.PARTY_CONGRESS, r.covers()));
    assertThat(r).isNotEqualTo(OutgoingRegister.forPartyTerm(PROVINCIAL_COMMITTEE_OFFICE, Validity.from(day(1, 1))));
    assertThat(r).isNotEqualTo(r.issue(REPORT, day(1, 4), "x").register());
    assertThat(r).isNotEqualTo("register");
    Issued i = r.issue(REPORT, day(1, 4), "x");
    assertThat(i).isNotEqualTo(r.issue(REPORT, day(1, 5), "x"));
    assertThat(i).isNotEqualTo(new Issued(i.register(), r.issue(REPORT, day(1, 5), "x").entry()));
    assertThat(i).isNotEqualTo("issued");
  }

  @Test
  void distinctRegistersHaveDistinctHashCodes() {
    assertThat(officeRegister().hashCode())
        .isNotEqualTo(officeRegister().issue(REPORT, day(1, 4), "x").register().hashCode());
  }
}
