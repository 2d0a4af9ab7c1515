package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DuesSummaryTest {

  private static final UnitId CELL = UnitId.of("HG-CB1");
  private static final UnitId COMMITTEE = UnitId.of("HG-DU1");
  private static final YearMonth MARCH = YearMonth.of(2020, 3);
  private static final YearMonth APRIL = YearMonth.of(2020, 4);

  private static DuesSummary line(UnitId unit, YearMonth month, long collected, long received, long kept) {
    return DuesSummary.of(unit, month, Money.ofDong(collected), Money.ofDong(received), Money.ofDong(kept));
  }

  @Test
  void whatIsCollectedAndReceivedIsKeptAndSentUp() {
    DuesSummary cell = line(CELL, MARCH, 500_000, 0, 150_000);
    assertThat(cell.collected()).isEqualTo(Money.ofDong(500_000));
    assertThat(cell.received()).isEqualTo(Money.ZERO);
    assertThat(cell.kept()).isEqualTo(Money.ofDong(150_000));
    assertThat(cell.sentUp()).isEqualTo(Money.ofDong(350_000));
  }

  @Test
  void summariesMergeByUnitAndMonth() {
    DuesSummary sum =
        Stream.of(
                line(CELL, MARCH, 500_000, 0, 150_000),
                line(CELL, MARCH, 100_000, 0, 30_000),
                line(COMMITTEE, MARCH, 0, 420_000, 294_000),
                line(CELL, APRIL, 400_000, 0, 120_000))
            .collect(DuesSummary.collector());
    assertThat(sum.units()).containsExactly(CELL, COMMITTEE);
    assertThat(sum.months()).containsExactly(MARCH, APRIL);
    assertThat(sum.contains(CELL, APRIL)).isTrue();
    assertThat(sum.contains(COMMITTEE, APRIL)).isFalse();
    assertThat(sum.contains(UnitId.of("HG-X"), APRIL)).isFalse();
    assertThat(sum.forUnit(CELL).forMonth(MARCH)).isEqualTo(line(CELL, MARCH, 600_000, 0, 180_000));
    assertThat(sum.forMonth(APRIL)).isEqualTo(line(CELL, APRIL, 400_000, 0, 120_000));
    assertThat(sum.forMonth(YearMonth.of(2021, 1))).isEqualTo(DuesSummary.empty());
    assertThat(sum.forUnit(UnitId.of("HG-X")).isEmpty()).isTrue();
    assertThat(sum.collected()).isEqualTo(Money.ofDong(1_000_000));
    assertThat(sum.toString()).contains("2 units");
    assertThat(DuesSummary.empty().toString()).contains("nothing");
    assertThat(sum).isEqualTo(sum.plus(DuesSummary.empty())).hasSameHashCodeAs(DuesSummary.empty().plus(sum));
    assertThat(sum).isNotEqualTo("sum");
  }

  @Test
  void aLineThatKeepsMoreThanItHoldsIsRefused() {
    assertThatThrownBy(() -> line(CELL, MARCH, 100, 50, 151))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kept and sent up")
        .hasMessageContaining("HG-CB1");
  }

  @Test
  void negativeAmountsAreRefused() {
    assertThatThrownBy(() -> line(CELL, MARCH, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("collected");
    assertThatThrownBy(() -> line(CELL, MARCH, 0, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("received");
    assertThatThrownBy(() -> line(CELL, MARCH, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kept");
  }
}
