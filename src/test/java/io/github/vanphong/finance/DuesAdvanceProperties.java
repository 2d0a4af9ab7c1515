package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws of the finding of payments in advance outside an excused period. */
class DuesAdvanceProperties {

  @Property(tries = 200)
  void aMonthFoundIsAssessedNotExcusedFromFebruary2026AndBegunAfterAPayment(
      @ForAll DuesLedger ledger, @ForAll LocalDate asOf) {
    for (DuesAdvanceViolation finding : ledger.advanceFindings(asOf)) {
      for (YearMonth m : finding.months()) {
        assertThat(m.isBefore(YearMonth.of(2026, 2))).isFalse();
        assertThat(ledger.excusedMonths().containsEntry(finding.member(), m)).isFalse();
        assertThat(ledger.duesOf(finding.member(), m)).hasValueSatisfying(d -> assertThat(d.isPositive()).isTrue());
        assertThat(ledger.payments())
            .anySatisfy(
                p -> {
                  assertThat(p.member()).isEqualTo(finding.member());
                  assertThat(p.paidOn()).isBefore(m.atDay(1)).isBeforeOrEqualTo(asOf);
                });
      }
    }
  }

  @Property(tries = 200)
  void excusingEveryMonthLeavesNothingToFind(@ForAll DuesLedger ledger) {
    DuesLedger excused = ledger;
    for (var member : ledger.members()) {
      excused = excused.excuse(member, YearMonth.of(2026, 1), YearMonth.of(2035, 12));
    }
    assertThat(excused.advanceFindings(LocalDate.of(2029, 1, 1))).isEmpty();
  }

  @Property(tries = 200)
  void nothingIsFoundBeforeAnyPayment(@ForAll DuesLedger ledger) {
    assertThat(ledger.advanceFindings(LocalDate.of(2026, 1, 31))).isEmpty();
  }
}
