package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DutyPeriodTest {

  private static DutyPeriod.Builder february(LocalDate asOf, LocalDate... held) {
    return DutyPeriod.builder()
        .duty(ReceptionRuleBook.PARTY_HEAD_COMMUNE)
        .first(LocalDate.of(2026, 2, 1))
        .last(LocalDate.of(2026, 2, 28))
        .asOf(asOf)
        .held(List.of(held));
  }

  @Test
  void aPeriodIsMetWhenItsDaysAreHeldShortOnceOverAndPendingBefore() {
    DutyPeriod met = february(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 23)).build();
    assertThat(met.status()).isEqualTo(ComplianceStatus.MET);
    assertThat(met.required()).isEqualTo(2);
    assertThat(met.shortfall()).isZero();
    DutyPeriod pending = february(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 3)).build();
    assertThat(pending.status()).isEqualTo(ComplianceStatus.PENDING);
    assertThat(pending.outstanding()).isEqualTo(1);
    assertThat(pending.shortfall()).isZero();
    DutyPeriod shortOne = february(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 2, 3)).build();
    assertThat(shortOne.status()).isEqualTo(ComplianceStatus.SHORT);
    assertThat(shortOne.shortfall()).isEqualTo(1);
    assertThat(shortOne.outstanding()).isZero();
    assertThat(shortOne).hasToString("2026-02-01..2026-02-28 PARTY_HEAD_COMMUNE: 2 required, held [2026-02-03], SHORT");
  }

  @Test
  void aPeriodRunsOverItsWholeMonthOrWeekAndItsDaysHeldLieInIt() {
    assertThatThrownBy(() -> february(LocalDate.of(2026, 3, 1)).first(LocalDate.of(2026, 2, 2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month's first day");
    assertThatThrownBy(() -> february(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("within it");
    assertThatThrownBy(() -> february(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 20)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not after 2026-02-10");
    assertThatThrownBy(
            () -> february(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 3)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct and in order");
  }
}
