package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuesLedgerTest {

  static final PersonId MEMBER = PersonId.of("DV-07");
  static final PersonId STUDENT = PersonId.of("DV-08");
  static final Money SALARY = Money.ofDong(4_680_000);

  /** DV-07, a civil servant, assessed February to July 2026 (46,800 đ a month); DV-08, a student, the same months. */
  static DuesLedger ledger() {
    DuesLedger ledger = DuesLedger.of(UnitId.of("HG-CB-VP"), DuesRuleBook.standard());
    for (int m = 2; m <= 7; m++) {
      ledger =
          ledger
              .assess(DuesAssessment.of(MEMBER, YearMonth.of(2026, m), MemberCategory.CIVIL_SERVANT, SALARY))
              .assess(DuesAssessment.of(STUDENT, YearMonth.of(2026, m), MemberCategory.STUDENT, Money.ZERO));
    }
    return ledger;
  }

  @Test
  void whatAMemberOwesIsTheDuesOfTheMonthsToDateLessThePayments() {
    DuesLedger ledger = ledger().pay(DuesPayment.of(MEMBER, LocalDate.of(2026, 3, 10), Money.ofDong(93_600)));
    assertThat(ledger.duesOf(MEMBER, YearMonth.of(2026, 2))).contains(Money.ofDong(46_800));
    assertThat(ledger.duesOf(MEMBER, YearMonth.of(2026, 8))).isEmpty();
    assertThat(ledger.owedAsOf(MEMBER, LocalDate.of(2026, 3, 9))).isEqualTo(Money.ofDong(93_600));
    assertThat(ledger.owedAsOf(MEMBER, LocalDate.of(2026, 3, 10))).isEqualTo(Money.ZERO);
    assertThat(ledger.owedAsOf(MEMBER, LocalDate.of(2026, 4, 1))).isEqualTo(Money.ofDong(46_800));
    assertThat(ledger.owedAsOf(STUDENT, LocalDate.of(2026, 12, 31))).isEqualTo(Money.ofDong(30_000));
  }

  @Test
  void aPaymentIsCreditedToTheOldestMonthsFirst() {
    DuesLedger ledger = ledger().pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 6, 1), Money.ofDong(12_000)));
    assertThat(ledger.unpaidMonths(STUDENT, LocalDate.of(2026, 6, 1)))
        .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5));
    assertThat(ledger.unpaidMonths(STUDENT, LocalDate.of(2026, 5, 31)))
        .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
  }

  @Test
  void aMemberWhoHasNotPaidForThreeMonthsOfAYearIsProposedForRemoval() {
    DuesLedger ledger = ledger().pay(DuesPayment.of(STUDENT, LocalDate.of(2026, 3, 5), Money.ofDong(10_000)));
    assertThat(ledger.findings(2026, LocalDate.of(2026, 4, 30))).isEmpty();
    List<DuesViolation> found = ledger.findings(2026, LocalDate.of(2026, 5, 1));
    assertThat(found).extracting(DuesViolation::member).containsExactly(MEMBER);
    assertThat(found.get(0).rule()).isEqualTo(DuesFindingRule.UNPAID_THREE_MONTHS);
    assertThat(found.get(0).unpaidMonths())
        .containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    assertThat(found.get(0).toString())
        .isEqualTo(
            "UNPAID_THREE_MONTHS (Quy định 01-QĐ/TW, Điều 2): DV-07 has not paid the dues of 3 months of 2026"
                + " [2026-02, 2026-03, 2026-04]; 3 without a good reason is ground for the cell to propose removal"
                + " from the list");
    assertThat(ledger.findings(2026, LocalDate.of(2026, 6, 1))).hasSize(1);
    assertThat(ledger.findings(2026, LocalDate.of(2026, 7, 1))).hasSize(2);
    assertThat(ledger.findings(2025, LocalDate.of(2026, 6, 1))).isEmpty();
  }

  @Test
  void theMonthsOfAnExcusedPeriodAreNotCountedUnpaid() {
    DuesLedger ledger = ledger().excuse(MEMBER, YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    assertThat(ledger.findings(2026, LocalDate.of(2026, 5, 1))).extracting(DuesViolation::member).containsExactly(STUDENT);
    assertThat(ledger.unpaidMonths(MEMBER, LocalDate.of(2026, 5, 1))).hasSize(3);
    assertThat(ledger.excusedMonths().get(MEMBER)).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    assertThat(ledger.excuse(MEMBER, YearMonth.of(2026, 4), YearMonth.of(2026, 4))).isEqualTo(ledger);
  }

  @Test
  void aReliefLowersTheDuesOfTheMonthsItCoversWhenEverItIsRecorded() {
    DuesLedger ledger =
        ledger().relieve(MEMBER, DuesRelief.hardship(Rate.percent("50"), YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
    assertThat(ledger.duesOf(MEMBER, YearMonth.of(2026, 2))).contains(Money.ofDong(46_800));
    assertThat(ledger.duesOf(MEMBER, YearMonth.of(2026, 3))).contains(Money.ofDong(23_400));
    assertThat(ledger.duesOf(MEMBER, YearMonth.of(2026, 4))).contains(Money.ofDong(23_400));
    DuesLedger exempt = ledger().relieve(STUDENT, DuesRelief.exemption(ReliefGround.POOR_HOUSEHOLD, YearMonth.of(2026, 2)));
    assertThat(exempt.owedAsOf(STUDENT, LocalDate.of(2026, 12, 31))).isEqualTo(Money.ZERO);
    assertThat(exempt.findings(2026, LocalDate.of(2026, 12, 31))).extracting(DuesViolation::member).containsExactly(MEMBER);
  }

  @Test
  void refusedEntriesChangeNothing() {
    DuesLedger ledger = ledger();
    DuesLedger same = ledger();
    assertThatThrownBy(
            () -> ledger.assess(DuesAssessment.of(MEMBER, YearMonth.of(2026, 2), MemberCategory.CIVIL_SERVANT, SALARY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a member's month is assessed once; DV-07 is assessed for 2026-02 already");
    assertThatThrownBy(
            () ->
                ledger.assess(
                    DuesAssessment.of(MEMBER, YearMonth.of(2026, 1), MemberCategory.ON_INSURED_LEAVE, SALARY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no dues rule of the book holds for ON_INSURED_LEAVE in 2026-01");
    DuesLedger relieved = ledger.relieve(MEMBER, DuesRelief.exemption(ReliefGround.SERIOUS_ILLNESS, YearMonth.of(2026, 5)));
    assertThatThrownBy(
            () -> relieved.relieve(MEMBER, DuesRelief.hardship(Rate.percent("30"), YearMonth.of(2026, 6), YearMonth.of(2026, 6))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one relief covers a member's month");
    assertThatThrownBy(() -> ledger.excuse(MEMBER, YearMonth.of(2026, 5), YearMonth.of(2026, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an excused period is 1 to 120 months");
    assertThatThrownBy(() -> ledger.excuse(MEMBER, YearMonth.of(2026, 1), YearMonth.of(2036, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ledger.findings(1899, LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a year of dues is from 1900 to 9999; it was 1899");
    assertThat(ledger).isEqualTo(same).hasSameHashCodeAs(same);
  }

  @Test
  void theLedgerKeepsItsEntriesAndNamesNoMemberInItsText() {
    DuesLedger ledger = ledger().pay(DuesPayment.of(MEMBER, LocalDate.of(2026, 3, 10), Money.ofDong(93_600)));
    assertThat(ledger.cell()).isEqualTo(UnitId.of("HG-CB-VP"));
    assertThat(ledger.book()).isEqualTo(DuesRuleBook.standard());
    assertThat(ledger.assessments()).hasSize(12);
    assertThat(ledger.payments()).hasSize(1);
    assertThat(ledger.reliefs().isEmpty()).isTrue();
    assertThat(ledger.members()).containsExactly(MEMBER, STUDENT);
    assertThat(ledger.toString())
        .isEqualTo("DuesLedger[HG-CB-VP: 12 assessments, 0 reliefs, 0 excused months, 1 payments]")
        .doesNotContain("DV-");
    assertThat(ledger).isNotEqualTo(ledger());
  }

  @Test
  void assessmentsAndPaymentsRefuseImpossibleAmounts() {
    assertThatThrownBy(() -> DuesAssessment.of(MEMBER, YearMonth.of(2026, 2), MemberCategory.STUDENT, Money.ofDong(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dues are reckoned from a base of 0 đồng or more; the base was VND -1");
    assertThatThrownBy(() -> DuesPayment.of(MEMBER, LocalDate.of(2026, 3, 1), Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a payment of dues is 1 đồng or more; it was VND 0");
    assertThat(DuesAssessment.of(MEMBER, YearMonth.of(2026, 3), MemberCategory.CIVIL_SERVANT, SALARY))
        .hasToString("DV-07 2026-03 CIVIL_SERVANT on VND 4680000");
    assertThat(DuesPayment.of(MEMBER, LocalDate.of(2026, 3, 10), Money.ofDong(46_800)))
        .hasToString("DV-07 paid VND 46800 on 2026-03-10");
  }

  @Test
  void aFindingNamesThreeMonthsOrMoreOfOneYearInOrder() {
    assertThatThrownBy(
            () -> DuesViolation.of(DuesFindingRule.UNPAID_THREE_MONTHS, MEMBER, List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 unpaid months or more; it named 2");
    assertThatThrownBy(
            () ->
                DuesViolation.of(
                    DuesFindingRule.UNPAID_THREE_MONTHS,
                    MEMBER,
                    List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("of one year, in order");
    DuesViolation finding =
        DuesViolation.of(
            DuesFindingRule.UNPAID_THREE_MONTHS,
            MEMBER,
            List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
    assertThat(finding.values()).containsExactly(MEMBER, YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    assertThat(DuesFindingRule.UNPAID_THREE_MONTHS.basis().article()).isEqualTo("Điều 2");
  }

  @Test
  void nullsAreRefusedByName() {
    DuesLedger ledger = ledger();
    assertThatThrownBy(() -> DuesLedger.of(null, DuesRuleBook.standard())).hasMessage("cell");
    assertThatThrownBy(() -> DuesLedger.of(UnitId.of("X"), null)).hasMessage("book");
    assertThatThrownBy(() -> ledger.assess(null)).hasMessage("assessment");
    assertThatThrownBy(() -> ledger.pay(null)).hasMessage("payment");
    assertThatThrownBy(() -> ledger.relieve(null, DuesRelief.exemption(ReliefGround.POOR_HOUSEHOLD, YearMonth.of(2026, 2))))
        .hasMessage("member");
    assertThatThrownBy(() -> ledger.excuse(MEMBER, null, YearMonth.of(2026, 2))).hasMessage("first");
    assertThatThrownBy(() -> ledger.owedAsOf(MEMBER, null)).hasMessage("asOf");
    assertThatThrownBy(() -> ledger.unpaidMonths(null, LocalDate.of(2026, 1, 1))).hasMessage("member");
    assertThatThrownBy(() -> ledger.duesOf(MEMBER, null)).hasMessage("month");
    assertThatThrownBy(() -> ledger.findings(2026, null)).hasMessage("asOf");
  }
}
