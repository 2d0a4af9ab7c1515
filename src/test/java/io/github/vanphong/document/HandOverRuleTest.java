package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class HandOverRuleTest {

  @Test
  void stateBodiesHandAFileOverWithinOneYearOfTheWorksEnd() {
    HandOverRule rule = HandOverRule.STATE_WITHIN_ONE_YEAR;
    assertThat(rule.system()).isEqualTo(DocumentSystem.STATE);
    assertThat(rule.within()).isEqualTo(Period.ofYears(1));
    assertThat(rule.basis().instrument()).isEqualTo(Instruments.STATE_CLERICAL_DECREE_2020);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(rule.citation()).contains("Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2, điểm b");
    assertThat(rule.deadline(LocalDate.of(2021, 6, 30))).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(rule.name()).isEqualTo("HAND_OVER_DEADLINE");
    assertThat(rule).hasToString("STATE within P1Y (Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2, điểm b)");
  }

  @Test
  void aPeriodIsPositiveAndAtMostTenYears() {
    var basis = HandOverRule.STATE_WITHIN_ONE_YEAR.basis();
    assertThat(HandOverRule.of(DocumentSystem.PARTY, Period.ofDays(1), basis).within()).isEqualTo(Period.ofDays(1));
    assertThat(HandOverRule.of(DocumentSystem.PARTY, Period.ofYears(10), basis).within()).isEqualTo(Period.ofYears(10));
    for (Period bad :
        new Period[] {
          Period.ZERO, Period.ofDays(-1), Period.of(1, -1, 0), Period.of(10, 0, 1), Period.ofMonths(121)
        }) {
      assertThatThrownBy(() -> HandOverRule.of(DocumentSystem.PARTY, bad, basis))
          .as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("hand-over period");
    }
  }
}
