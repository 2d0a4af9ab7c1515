package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recipe "Party assets: the register, wear, revaluation and the year-end inventory" of docs/cookbook.md. */
class AssetRegisterRecipeTest {

  @Test
  void theRecipeRuns() {
    OrgChart chart = AssetFixtures.chart();
    // the recipe, as docs/cookbook.md shows it
    UnitId office = UnitId.of("HG-VPTU");
    Asset computer =
        Asset.builder()
            .id(AssetId.of("HG-VPTU-TS-2024-017"))
            .name("Máy vi tính để bàn")
            .assetClass(AssetClass.MACHINERY)
            .source(AssetSource.STATE_ALLOCATION_OR_BUDGET)
            .originalValue(Money.ofDong(18_500_000))
            .yearsOfUse(5)
            .recordedOn(LocalDate.of(2024, 3, 15))
            .holder(office)
            .build();
    AssetRegister register =
        AssetRegister.of(office)
            .record(computer)
            .transfer(computer.id(), UnitId.of("HG-BTC"), LocalDate.of(2025, 1, 10))
            .revalue(computer.id(), Money.ofDong(15_000_000), RevaluationTrigger.UPGRADE, LocalDate.of(2025, 5, 20));

    LocalDate yearEnd = LocalDate.of(2025, 12, 31);
    List<Asset> fixed = FixedAssetRuleBook.standard().fixedAssets(register, yearEnd);

    WearRates rates = WearRates.none().with(AssetClass.MACHINERY, Rate.percent("20"));
    WearPolicy wear = WearPolicy.of(rates, Rounding.toDong(RoundingMode.HALF_UP));
    Money wear2025 = wear.annualWear(register, computer.id(), Year.of(2025));
    Money residual2025 = wear.residualValue(register, computer.id(), Year.of(2025));

    Inventory inventory = Inventory.count(register, Year.of(2025), List.of(computer.id()), Map.of());
    register = register.reconcile(inventory, LocalDate.of(2026, 1, 15));

    AssetSummary figures = AssetSummary.of(register, yearEnd);
    AssetRollUp rollUp = AssetRollUp.of(figures, chart, yearEnd);

    assertThat(fixed).hasSize(1);
    assertThat(wear2025).isEqualTo(Money.ofDong(3_000_000));
    assertThat(residual2025).isEqualTo(Money.ofDong(12_000_000));
    assertThat(inventory.differences()).isEmpty();
    assertThat(register.isReconciled(Year.of(2025))).isTrue();
    assertThat(rollUp.summaryOf(UnitId.of("HG-TU")).value()).isEqualTo(Money.ofDong(15_000_000));
    assertThat(rollUp.summaryOf(UnitId.of("HG-BTC")).count(AssetClass.MACHINERY)).isEqualTo(1);
  }
}
