package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.asset.Asset;
import io.github.vanphong.asset.AssetClass;
import io.github.vanphong.asset.AssetEvent;
import io.github.vanphong.asset.AssetRegister;
import io.github.vanphong.asset.AssetRollUp;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.asset.FixedAssetRuleBook;
import io.github.vanphong.asset.FixedAssetThreshold;
import io.github.vanphong.asset.Inventory;
import io.github.vanphong.asset.InventoryDifference;
import io.github.vanphong.asset.WearPolicy;
import io.github.vanphong.asset.WearRates;
import io.github.vanphong.money.Money;
import java.math.RoundingMode;
import java.time.Year;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The generators of the asset register give values the register accepts, through the provider as by name. */
class AssetRegisterArbitrariesTest {

  @Property(tries = 100)
  void generatedRegistersReplayFromTheirHistory(@ForAll AssetRegister register) {
    assertThat(AssetRegister.replay(register.keeper(), register.history())).isEqualTo(register);
    for (AssetEvent event : register.history()) {
      event.asset().ifPresent(a -> assertThat(a.originalValue().isNegative()).isFalse());
    }
  }

  @Property(tries = 100)
  void generatedAssetsHaveAValueAndALifeNotBelowZero(@ForAll Asset asset) {
    assertThat(asset.originalValue().isNegative()).as("%s", asset).isFalse();
    assertThat(asset.yearsOfUse()).isBetween(0, 50);
    assertThat(asset.name()).isNotBlank();
  }

  @Property(tries = 100)
  void everyDifferenceOfAnInventoryHasItsCause(@ForAll Inventory inventory) {
    assertThat(inventory.asOf()).isEqualTo(inventory.year().atMonth(12).atEndOfMonth());
    for (InventoryDifference difference : inventory.differences()) {
      assertThat(difference.cause()).isNotBlank();
    }
  }

  @Property(tries = 100)
  void completeWearRatesHaveARateForEveryClass(@ForAll("complete") WearRates rates) {
    for (AssetClass assetClass : AssetClass.values()) {
      assertThat(rates.rateOf(assetClass)).as("%s", assetClass).isPresent();
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<WearRates> complete() {
    return AssetRegisterArbitraries.completeWearRates();
  }

  @Property(tries = 50)
  void generatedPoliciesNeverWearAnAssetBelowZero(@ForAll AssetRegister register, @ForAll WearPolicy policy) {
    Assume.that(policy.rounding().mode() != RoundingMode.UNNECESSARY);
    WearPolicy complete = WearPolicy.of(AssetRegisterArbitraries.completeWearRates().sample(), policy.rounding());
    for (AssetEvent event : register.history()) {
      if (event.asset().isEmpty()) {
        continue;
      }
      Asset asset = event.asset().get();
      Year year = Year.of(asset.recordedOn().getYear() + 3);
      Money residual = complete.residualValue(register, asset.id(), year);
      assertThat(residual.isNegative()).as("%s in %s", asset, year).isFalse();
      assertThat(residual.isGreaterThan(asset.originalValue()) && register.historyOf(asset.id()).size() == 1)
          .as("an asset never revalued is never worth more than it cost")
          .isFalse();
    }
  }

  @Property(tries = 50)
  void generatedSummariesAddUpByUnit(@ForAll AssetSummary summary) {
    Money byUnits = Money.ZERO;
    int count = 0;
    for (var unit : summary.units()) {
      byUnits = byUnits.plus(summary.forUnit(unit).value());
      count += summary.forUnit(unit).count();
    }
    assertThat(byUnits).isEqualTo(summary.value());
    assertThat(count).isEqualTo(summary.count());
  }

  @Property(tries = 50)
  void generatedRuleBooksHaveAThresholdOnTheDaysOfTheirThresholds(@ForAll FixedAssetRuleBook book) {
    for (FixedAssetThreshold threshold : book.thresholds()) {
      assertThat(book.thresholdOn(threshold.validity().start())).isPresent();
    }
  }

  @Test
  void theProviderProvidesTheRegisterTypesOnly() {
    AssetRegisterArbitraryProvider provider = new AssetRegisterArbitraryProvider();
    assertThat(provider.canProvideFor(net.jqwik.api.providers.TypeUsage.of(AssetRegister.class))).isTrue();
    assertThat(provider.canProvideFor(net.jqwik.api.providers.TypeUsage.of(AssetRollUp.class))).isTrue();
    assertThat(provider.canProvideFor(net.jqwik.api.providers.TypeUsage.of(String.class))).isFalse();
  }
}
