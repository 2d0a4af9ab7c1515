package io.github.vanphong.finance;

import static io.github.vanphong.finance.DuesLedgerTest.MEMBER;
import static io.github.vanphong.finance.DuesLedgerTest.STUDENT;
import static io.github.vanphong.finance.DuesLedgerTest.ledger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule {@link DuesFindingRule#ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD} and its finding. */
class DuesAdvanceTest {

  private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

  @Test
  void advanceOutsideAnExcusedPeriod() {
    DuesFindingRule rule = DuesFindingRule.ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD;
    assertThat(rule.basis().instrument()).isEqualTo(Instruments.PARTY_DUES_REGULATION_01_2026);
    assertThat(rule.basis().article()).isEqualTo("Điều 5");
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(rule.citation()).contains(rule.basis().citation());
    assertThat(DuesFindingRule.UNPAID_THREE_MONTHS.basis().article()).isEqualTo("Điều 2");
    assertThat(rule.vietnameseName()).startsWith("Đóng đảng phí trước");
    assertThat(rule.englishName()).isEqualTo("Dues paid in advance outside an excused period");
  }

  @Test
  void aMemberNotExcusedWhoPaysTheComingMonthsIsFound() {
    DuesLedger ledger = ledger().pay(DuesPayment.of(MEMBER, MARCH_10, Money.ofDong(140_400)));
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 3, 9))).isEmpty();
    List<DuesAdvanceViolation> found = ledger.advanceFindings(MARCH_10);
    assertThat(found).hasSize(1);
    DuesAdvanceViolation finding = found.get(0);
    assertThat(finding.rule()).isEqualTo(DuesFindingRule.ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD);
    assertThat(finding.member()).isEqualTo(MEMBER);
    assertThat(finding.months()).containsExactly(YearMonth.of(2026, 4));
    assertThat(finding.values()).containsExactly(MEMBER, YearMonth.of(2026, 4));
    assertThat(finding.toString())
        .isEqualTo(
            "ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD (Quy định 01-QĐ/TW, Điều 5): DV-07 paid the dues of [2026-04] before"
                + " the month began, outside an excused period; only a member excused from cell activities pays in"
                + " advance, for at most the excused period");
  }

  @Test
  void paymentsOnTimeOrLateAreNotFound() {
    DuesLedger ledger =
        ledger()
            .pay(DuesPayment.of(MEMBER, MARCH_10, Money.ofDong(93_600)))
            .pay(DuesPayment.of(MEMBER, LocalDate.of(2026, 6, 30), Money.ofDong(140_400)))
            .pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 7, 1), Money.ofDong(30_000)));
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 12, 31))).isEmpty();
  }

  @Test
  void onTheFirstDayOfAMonthItsDuesAreNotPaidInAdvance() {
    DuesLedger ledger = ledger().pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 3, 1), Money.ofDong(10_000)));
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 3, 31))).isEmpty();
    DuesLedger early = ledger().pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 2, 28), Money.ofDong(10_000)));
    assertThat(early.advanceFindings(LocalDate.of(2026, 3, 31)))
        .singleElement()
        .satisfies(f -> assertThat(f.months()).containsExactly(YearMonth.of(2026, 3)));
  }

  @Test
  void aMonthPaidInPartBeforeItBeganIsFound() {
    DuesLedger ledger =
        ledger()
            .pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 2, 10), Money.ofDong(6_000)))
            .pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 3, 10), Money.ofDong(4_000)));
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 3, 10)))
        .singleElement()
        .satisfies(f -> assertThat(f.months()).containsExactly(YearMonth.of(2026, 3)));
    DuesLedger exact =
        ledger()
            .pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 2, 10), Money.ofDong(5_000)))
            .pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 3, 10), Money.ofDong(5_000)));
    assertThat(exact.advanceFindings(LocalDate.of(2026, 3, 10))).isEmpty();
  }

  @Test
  void aMemberExcusedPaysInAdvanceForAtMostTheExcusedPeriod() {
    DuesLedger ledger =
        ledger()
            .excuse(MEMBER, YearMonth.of(2026, 3), YearMonth.of(2026, 5))
            .pay(DuesPayment.of(MEMBER, LocalDate.of(2026, 2, 20), Money.ofDong(187_200)));
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 2, 20))).isEmpty();
    DuesLedger beyond = ledger.pay(DuesPayment.of(MEMBER, LocalDate.of(2026, 2, 21), Money.ofDong(46_800)));
    assertThat(beyond.advanceFindings(LocalDate.of(2026, 2, 21)))
        .singleElement()
        .satisfies(f -> assertThat(f.months()).containsExactly(YearMonth.of(2026, 6)));
    assertThat(beyond.findings(2026, LocalDate.of(2026, 12, 31))).extracting(DuesViolation::member).containsExactly(STUDENT);
  }

  @Test
  void aCreditBeyondTheMonthsAssessedCoversNoMonthYet() {
    DuesLedger ledger = ledger().pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 7, 5), Money.ofDong(100_000)));
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 7, 5))).isEmpty();
    DuesLedger more =
        ledger.assess(DuesAssessment.of(STUDENT, YearMonth.of(2026, 8), MemberCategory.STUDENT, Money.ZERO));
    assertThat(more.advanceFindings(LocalDate.of(2026, 7, 5)))
        .singleElement()
        .satisfies(f -> assertThat(f.months()).containsExactly(YearMonth.of(2026, 8)));
  }

  @Test
  void monthsBeforeQuyDinh01AreNotChecked() {
    PersonId member = PersonId.of("DV-09");
    DuesLedger ledger = DuesLedger.of(UnitId.of("HG-CB-VP"), DuesRuleBook.standard());
    for (int m = 11; m <= 12; m++) {
      ledger = ledger.assess(DuesAssessment.of(member, YearMonth.of(2025, m), MemberCategory.STUDENT, Money.ofDong(10_000)));
    }
    ledger =
        ledger
            .assess(DuesAssessment.of(member, YearMonth.of(2026, 1), MemberCategory.STUDENT, Money.ofDong(10_000)))
            .assess(DuesAssessment.of(member, YearMonth.of(2026, 2), MemberCategory.STUDENT, Money.ZERO))
            .pay(DuesPayment.of(member, LocalDate.of(2025, 11, 5), Money.ofDong(35_000)));
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 3, 1)))
        .singleElement()
        .satisfies(f -> assertThat(f.months()).containsExactly(YearMonth.of(2026, 2)));
  }

  @Test
  void aMonthOfNoDuesIsNeverPaidInAdvance() {
    DuesLedger exempt =
        ledger()
            .relieve(STUDENT, DuesRelief.exemption(ReliefGround.POOR_HOUSEHOLD, YearMonth.of(2026, 4)))
            .pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 3, 5), Money.ofDong(10_000)));
    assertThat(exempt.advanceFindings(LocalDate.of(2026, 12, 31))).isEmpty();
  }

  @Test
  void aFindingRefusesImpossibleMonths() {
    assertThatThrownBy(() -> DuesAdvanceViolation.of(MEMBER, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD: a finding names a month paid in advance or more; it named none");
    assertThatThrownBy(() -> DuesAdvanceViolation.of(MEMBER, List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 4))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD: the months are in order, each once; 2026-04 follows 2026-04");
    assertThatThrownBy(() -> DuesAdvanceViolation.of(MEMBER, List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 4))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DuesAdvanceViolation.of(MEMBER, List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5))).months())
        .hasSize(2);
    assertThatThrownBy(
            () ->
                DuesViolation.of(
                    DuesFindingRule.ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD,
                    MEMBER,
                    List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a finding of unpaid months is of UNPAID_THREE_MONTHS; it was of ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD (see"
                + " DuesAdvanceViolation)");
  }
}
