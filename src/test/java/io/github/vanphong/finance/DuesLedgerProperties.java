package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws of a cell's dues ledger. */
class DuesLedgerProperties {

  @Property(tries = 200)
  void whatIsOwedIsTheDuesToDateLessThePaymentsToDate(@ForAll DuesLedger ledger, @ForAll LocalDate asOf) {
    for (PersonId member : ledger.members()) {
      Money dues = Money.ZERO;
      for (DuesAssessment a : ledger.assessments()) {
        if (a.member().equals(member) && !a.month().isAfter(YearMonth.from(asOf))) {
          dues = dues.plus(ledger.duesOf(member, a.month()).orElseThrow());
        }
      }
      Money paid = Money.ZERO;
      for (DuesPayment p : ledger.payments()) {
        if (p.member().equals(member) && !p.paidOn().isAfter(asOf)) {
          paid = paid.plus(p.amount());
        }
      }
      assertThat(ledger.owedAsOf(member, asOf)).isEqualTo(dues.minus(paid));
    }
  }

  @Property(tries = 200)
  void everyFindingHasThreeUnpaidMonthsOutsideAnExcusedPeriod(@ForAll DuesLedger ledger) {
    LocalDate asOf = LocalDate.of(2028, 1, 1);
    for (int year = 2026; year <= 2027; year++) {
      for (DuesViolation finding : ledger.findings(year, asOf)) {
        assertThat(finding.unpaidMonths()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ledger.unpaidMonths(finding.member(), asOf)).containsAll(finding.unpaidMonths());
        for (YearMonth m : finding.unpaidMonths()) {
          assertThat(ledger.excusedMonths().containsEntry(finding.member(), m)).isFalse();
        }
      }
    }
  }

  @Property(tries = 200)
  void aPaymentNeverAddsAnUnpaidMonth(@ForAll DuesLedger ledger, @ForAll DuesPayment payment) {
    LocalDate asOf = LocalDate.of(2028, 6, 1);
    assertThat(ledger.unpaidMonths(payment.member(), asOf)).containsAll(
        ledger.pay(payment).unpaidMonths(payment.member(), asOf));
  }

  @Property(tries = 200)
  void aRefusedAssessmentLeavesTheLedgerAsItWas(@ForAll DuesLedger ledger) {
    if (ledger.assessments().isEmpty()) {
      return;
    }
    DuesAssessment again = ledger.assessments().get(0);
    DuesLedger before = ledger;
    assertThatThrownBy(() -> ledger.assess(again)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger).isEqualTo(before);
  }
}
