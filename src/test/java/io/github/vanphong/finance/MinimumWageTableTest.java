package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinimumWageTableTest {

  private static final MinimumWageTable TABLE = MinimumWageTable.standard();

  @Test
  void nghiDinh293SetsTheWagesFrom2026() {
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_I, YearMonth.of(2026, 2))).contains(Money.ofDong(5_310_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_II, YearMonth.of(2026, 2))).contains(Money.ofDong(4_730_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_III, YearMonth.of(2026, 2))).contains(Money.ofDong(4_140_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_IV, YearMonth.of(2026, 2))).contains(Money.ofDong(3_700_000));
    assertThat(TABLE.wageOn(MinimumWageRegion.REGION_I, LocalDate.of(2026, 1, 1)).orElseThrow().basis().instrument())
        .isEqualTo(Instruments.MINIMUM_WAGE_DECREE_293_2025);
  }

  @Test
  void nghiDinh74SetTheWagesFromJuly2024ToTheEndOf2025() {
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_I, YearMonth.of(2025, 12))).contains(Money.ofDong(4_960_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_II, YearMonth.of(2024, 7))).contains(Money.ofDong(4_410_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_III, YearMonth.of(2025, 1))).contains(Money.ofDong(3_860_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_IV, YearMonth.of(2025, 1))).contains(Money.ofDong(3_450_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_I, YearMonth.of(2024, 6))).isEmpty();
    assertThat(TABLE.wages()).allSatisfy(w -> assertThat(w.basis().confirmation()).isEqualTo(Confirmation.REPORTED));
  }

  @Test
  void aLaterDecreeAddedByTheApplicationWinsFromItsFirstDay() {
    MinimumWage next =
        MinimumWage.builder()
            .region(MinimumWageRegion.REGION_I)
            .monthly(Money.ofDong(5_700_000))
            .basis(LegalBasis.of(Instrument.of("Nghị định 1/2027/NĐ-CP", LocalDate.of(2027, 1, 1)), "Điều 3"))
            .build();
    MinimumWageTable extended = TABLE.with(next);
    assertThat(extended.wageFor(MinimumWageRegion.REGION_I, YearMonth.of(2027, 1))).contains(Money.ofDong(5_700_000));
    assertThat(extended.wageFor(MinimumWageRegion.REGION_I, YearMonth.of(2026, 12))).contains(Money.ofDong(5_310_000));
    assertThat(TABLE.wageFor(MinimumWageRegion.REGION_I, YearMonth.of(2027, 1))).contains(Money.ofDong(5_310_000));
    assertThatThrownBy(() -> extended.with(next))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one minimum wage of a region starts on a day");
    assertThat(MinimumWageTable.of(TABLE.wages())).isEqualTo(TABLE).hasSameHashCodeAs(TABLE);
    assertThat(extended).isNotEqualTo(TABLE);
    assertThat(TABLE.toString()).startsWith("MinimumWageTable[REGION_I VND 4960000 [2024-07-01..2025-12-31]");
    assertThat(MinimumWageTable.of(List.of()).wageFor(MinimumWageRegion.REGION_I, YearMonth.of(2026, 2))).isEmpty();
  }

  @Test
  void aMinimumWageIsPositive() {
    MinimumWage wage = TABLE.wages().get(0);
    assertThatThrownBy(() -> MinimumWage.builder().from(wage).monthly(Money.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a minimum wage is 1 đồng or more; REGION_I was VND 0");
    assertThat(MinimumWage.builder().from(wage).validity(Validity.from(LocalDate.of(2024, 7, 1))).build().validity())
        .isEqualTo(Validity.from(LocalDate.of(2024, 7, 1)));
    assertThat(wage.toString())
        .isEqualTo("REGION_I VND 4960000, Nghị định 74/2024/NĐ-CP, Điều 3 [2024-07-01..2025-12-31]");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> TABLE.wageOn(null, LocalDate.of(2026, 1, 1))).hasMessage("region");
    assertThatThrownBy(() -> TABLE.wageOn(MinimumWageRegion.REGION_I, null)).hasMessage("day");
    assertThatThrownBy(() -> TABLE.wageFor(MinimumWageRegion.REGION_I, null)).hasMessage("month");
    assertThatThrownBy(() -> TABLE.with(null)).hasMessage("wage");
  }
}
