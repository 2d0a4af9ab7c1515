package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rounding;
import io.github.vanphong.testing.AssetRegisterArbitraries;
import java.time.Year;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WearProperties {

  @Provide
  Arbitrary<WearRates> complete() {
    return AssetRegisterArbitraries.completeWearRates();
  }

  @Property(tries = 200)
  void wearNeverDrivesTheResidualValueBelowZero(
      @ForAll AssetRegister register, @ForAll("complete") WearRates rates, @ForAll Rounding rounding) {
    WearPolicy policy = WearPolicy.of(rates, rounding);
    for (AssetEvent event : register.history()) {
      if (event.asset().isEmpty()) {
        continue;
      }
      AssetId id = event.asset().get().id();
      for (int year = event.on().getYear(); year <= 2060; year += 7) {
        assertThat(policy.residualValue(register, id, Year.of(year)).isNegative()).isFalse();
      }
      assertThat(policy.schedule(register, id, Year.of(2060)).values()).allMatch(Money::isPositive);
    }
  }

  @Property(tries = 200)
  void withoutRevaluationTheWearAndTheResidualMakeTheOriginalValue(
      @ForAll Asset asset, @ForAll("complete") WearRates rates, @ForAll Rounding rounding) {
    AssetRegister register = AssetRegister.of(asset.holder()).record(asset);
    WearPolicy policy = WearPolicy.of(rates, rounding);
    Year last = Year.of(asset.recordedOn().getYear() + 150);
    Map<Year, Money> schedule = policy.schedule(register, asset.id(), last);
    Money worn = schedule.values().stream().reduce(Money.ZERO, Money::plus);
    assertThat(worn.plus(policy.residualValue(register, asset.id(), last))).isEqualTo(asset.originalValue());
    Money full = asset.originalValue().times(rates.rateOf(asset.assetClass()).orElseThrow(), rounding);
    List<Money> years = List.copyOf(schedule.values());
    for (int i = 0; i + 1 < years.size(); i++) {
      assertThat(years.get(i)).isEqualTo(full.isGreaterThan(asset.originalValue()) ? asset.originalValue() : full);
    }
    if (!years.isEmpty() && policy.residualValue(register, asset.id(), last).isZero()) {
      Money beforeLast = asset.originalValue().minus(worn).plus(years.get(years.size() - 1));
      assertThat(years.get(years.size() - 1)).as("the last year's wear is the remainder").isEqualTo(beforeLast);
    }
  }
}
