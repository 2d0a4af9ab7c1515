package io.github.vanphong.asset;

import static io.github.vanphong.asset.AssetFixtures.BOARD;
import static io.github.vanphong.asset.AssetFixtures.COMPUTER;
import static io.github.vanphong.asset.AssetFixtures.OFFICE;
import static io.github.vanphong.asset.AssetFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetSummaryTest {

  private static final LocalDate ON = LocalDate.of(2025, 12, 31);
  private static final AssetRegister REGISTER =
      AssetFixtures.register().transfer(COMPUTER, BOARD, LocalDate.of(2025, 1, 10));

  @Test
  void theFiguresCountAndValueAssetsByUnitClassAndSource() {
    AssetSummary summary = AssetSummary.of(REGISTER, ON);
    assertThat(summary.asOf()).contains(ON);
    assertThat(summary.units()).containsExactly(BOARD, OFFICE);
    assertThat(summary.count()).isEqualTo(3);
    assertThat(summary.value()).isEqualTo(Money.ofDong(69_500_000));
    assertThat(summary.count(AssetClass.MACHINERY)).isEqualTo(2);
    assertThat(summary.value(AssetClass.SOFTWARE)).isEqualTo(Money.ofDong(45_000_000));
    assertThat(summary.count(AssetSource.GIFT_OR_AID)).isEqualTo(1);
    assertThat(summary.value(AssetSource.STATE_ALLOCATION_OR_BUDGET)).isEqualTo(Money.ofDong(18_500_000));
    assertThat(summary.forUnit(BOARD).count()).isEqualTo(1);
    assertThat(summary.forUnit(PROVINCE)).isEqualTo(AssetSummary.empty());
    assertThat(summary.byUnit().get(OFFICE))
        .containsExactly(
            AssetFigure.of(AssetClass.MACHINERY, AssetSource.GIFT_OR_AID, 1, Money.ofDong(6_000_000)),
            AssetFigure.of(AssetClass.SOFTWARE, AssetSource.PARTY_FUNDS, 1, Money.ofDong(45_000_000)));
  }

  @Test
  void figuresOfAnotherDayDoNotMerge() {
    AssetSummary a = AssetSummary.of(REGISTER, ON);
    AssetSummary b = AssetSummary.of(REGISTER, ON.plusDays(1));
    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-01");
    assertThat(a.plus(AssetSummary.empty())).isEqualTo(a);
    assertThat(AssetSummary.empty().isEmpty()).isTrue();
    assertThat(AssetSummary.empty().asOf()).isEmpty();
    assertThat(AssetSummary.empty()).hasToString("AssetSummary[no asset]");
    assertThat(a.toString()).startsWith("AssetSummary[as of 2025-12-31, 2 units");
  }

  @Test
  void figuresReadBackAreCheckedLineByLine() {
    AssetFigure line = AssetFigure.of(AssetClass.CARS, AssetSource.GIFT_OR_AID, 1, Money.ofDong(900_000_000));
    assertThat(AssetSummary.of(ON, Map.of())).isEqualTo(AssetSummary.empty());
    assertThatThrownBy(() -> AssetSummary.of(ON, Map.of(OFFICE, List.of())))
        .hasMessageContaining("left out");
    assertThatThrownBy(() -> AssetSummary.of(ON, Map.of(OFFICE, List.of(line, line))))
        .hasMessageContaining("two of CARS");
    assertThatThrownBy(() -> AssetFigure.of(AssetClass.CARS, AssetSource.GIFT_OR_AID, 0, Money.ZERO))
        .hasMessageContaining("1 asset or more");
    assertThatThrownBy(() -> AssetFigure.of(AssetClass.CARS, AssetSource.GIFT_OR_AID, 1, Money.ofDong(-1)))
        .hasMessageContaining("VND -1");
  }

  @Test
  void summariesAreValues() {
    new EqualsTester()
        .addEqualityGroup(AssetSummary.of(REGISTER, ON), AssetSummary.of(REGISTER, ON))
        .addEqualityGroup(AssetSummary.of(REGISTER, ON.plusDays(1)))
        .addEqualityGroup(AssetSummary.empty(), AssetSummary.of(AssetRegister.of(UnitId.of("X")), ON))
        .testEquals();
  }

  @Test
  void eachLevelsFigureIsTheSumOfItsUnits() {
    AssetSummary summary = AssetSummary.of(REGISTER, ON).plus(AssetSummary.of(AssetFixtures.software(), ON)
        .countedUnder(UnitId.of("HG-GONE")));
    AssetRollUp rollUp = AssetRollUp.of(summary, AssetFixtures.chart(), ON);
    assertThat(rollUp.date()).isEqualTo(ON);
    assertThat(rollUp.summaryOf(PROVINCE).count()).isEqualTo(3);
    assertThat(rollUp.summaryOf(PROVINCE).value()).isEqualTo(Money.ofDong(69_500_000));
    assertThat(rollUp.summaryOf(PROVINCE).units()).containsExactly(PROVINCE);
    assertThat(rollUp.summaryOf(BOARD).count()).isEqualTo(1);
    assertThat(rollUp.ownSummaryOf(PROVINCE)).isEqualTo(AssetSummary.empty());
    assertThat(rollUp.rolledUp().keySet()).containsExactlyInAnyOrder(PROVINCE, OFFICE, BOARD);
    assertThat(rollUp.unplaced().keySet()).containsExactly(UnitId.of("HG-GONE"));
    assertThat(rollUp.total().count()).isEqualTo(4);
    assertThat(rollUp).hasToString("AssetRollUp[2025-12-31, 4 assets counted, 3 units, 1 unplaced]");
    AssetRollUp treeOnly = AssetRollUp.of(summary, AssetFixtures.chart().asOf(ON));
    assertThat(treeOnly).isEqualTo(rollUp).hasSameHashCodeAs(rollUp);
  }
}
