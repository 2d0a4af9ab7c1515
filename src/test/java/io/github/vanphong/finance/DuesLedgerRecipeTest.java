package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The recipe "Party dues: two clerks' ledgers merged, and payments in advance" of docs/cookbook.md. */
class DuesLedgerRecipeTest {

  @Test
  void theRecipeRuns() {
    UnitId cell = UnitId.of("HG-CB-VP");
    PersonId dv07 = PersonId.of("DV-07");
    PersonId dv08 = PersonId.of("DV-08");
    DuesLedger first = DuesLedger.of(cell, DuesRuleBook.standard());
    DuesLedger second = DuesLedger.of(cell, DuesRuleBook.standard());
    for (int m = 2; m <= 4; m++) {
      first =
          first.assess(
              DuesAssessment.of(dv07, YearMonth.of(2026, m), MemberCategory.CIVIL_SERVANT, Money.ofDong(4_680_000)));
      second = second.assess(DuesAssessment.of(dv08, YearMonth.of(2026, m), MemberCategory.STUDENT, Money.ZERO));
    }
    first = first.pay(DuesPayment.of(dv07, LocalDate.of(2026, 3, 10), Money.ofDong(140_400)));
    second = second.excuse(dv08, YearMonth.of(2026, 5), YearMonth.of(2026, 7));
    DuesLedger cellLedger = first.merge(second);
    assertThat(cellLedger).isEqualTo(second.merge(first));
    assertThat(cellLedger.owedAsOf(dv08, LocalDate.of(2026, 4, 30))).isEqualTo(Money.ofDong(15_000));
    assertThat(cellLedger.advanceFindings(LocalDate.of(2026, 4, 30)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.member()).isEqualTo(dv07);
              assertThat(f.months()).containsExactly(YearMonth.of(2026, 4));
            });
  }
}
