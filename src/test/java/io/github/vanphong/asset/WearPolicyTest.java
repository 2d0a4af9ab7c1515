package io.github.vanphong.asset;

import static io.github.vanphong.asset.AssetFixtures.COMPUTER;
import static io.github.vanphong.asset.AssetFixtures.OFFICE;
import static io.github.vanphong.asset.AssetFixtures.SOFTWARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class WearPolicyTest {

  private static final WearRates RATES =
      WearRates.none().with(AssetClass.MACHINERY, Rate.percent("20")).with(AssetClass.SOFTWARE, Rate.percent("12.5"));
  private static final WearPolicy POLICY = WearPolicy.of(RATES, Rounding.toDong(RoundingMode.HALF_UP));

  @Test
  void wearIsComputedOnceAYearFromTheYearTheAssetWasRecorded() {
    AssetRegister register = AssetFixtures.register();
    assertThat(POLICY.schedule(register, COMPUTER, Year.of(2030)))
        .containsExactly(
            java.util.Map.entry(Year.of(2024), Money.ofDong(3_700_000)),
            java.util.Map.entry(Year.of(2025), Money.ofDong(3_700_000)),
            java.util.Map.entry(Year.of(2026), Money.ofDong(3_700_000)),
            java.util.Map.entry(Year.of(2027), Money.ofDong(3_700_000)),
            java.util.Map.entry(Year.of(2028), Money.ofDong(3_700_000)));
    assertThat(POLICY.annualWear(register, COMPUTER, Year.of(2023))).isEqualTo(Money.ZERO);
    assertThat(POLICY.residualValue(register, COMPUTER, Year.of(2025))).isEqualTo(Money.ofDong(11_100_000));
    assertThat(POLICY.residualValue(register, COMPUTER, Year.of(2029))).isEqualTo(Money.ZERO);
  }

  @Test
  void annualWearIsTheValueInTheBooksTimesTheRateOfTheClass() {
    assertThat(POLICY.annualWear(AssetFixtures.register(), SOFTWARE, Year.of(2025))).isEqualTo(Money.ofDong(5_625_000));
  }

  @Test
  void theLastYearsWearIsWhatRemains() {
    Asset safe =
        Asset.builder()
            .from(AssetFixtures.computer())
            .id(AssetId.of("TS-SAFE"))
            .originalValue(Money.ofDong(10_000_000))
            .build();
    AssetRegister register = AssetRegister.of(OFFICE).record(safe);
    WearPolicy thirty = WearPolicy.of(WearRates.none().with(AssetClass.MACHINERY, Rate.percent("30")), Rounding.EXACT);
    assertThat(thirty.schedule(register, safe.id(), Year.of(2040)).values())
        .containsExactly(
            Money.ofDong(3_000_000), Money.ofDong(3_000_000), Money.ofDong(3_000_000), Money.ofDong(1_000_000));
    assertThat(thirty.residualValue(register, safe.id(), Year.of(2040))).isEqualTo(Money.ZERO);
  }

  @Test
  void afterARevaluationWearWorksFromTheNewValue() {
    AssetRegister register =
        AssetFixtures.register()
            .revalue(COMPUTER, Money.ofDong(15_000_000), RevaluationTrigger.UPGRADE, LocalDate.of(2025, 5, 20));
    assertThat(POLICY.annualWear(register, COMPUTER, Year.of(2024))).isEqualTo(Money.ofDong(3_700_000));
    assertThat(POLICY.annualWear(register, COMPUTER, Year.of(2025))).isEqualTo(Money.ofDong(3_000_000));
    assertThat(POLICY.residualValue(register, COMPUTER, Year.of(2025))).isEqualTo(Money.ofDong(12_000_000));
  }

  @Test
  void anAssetDisposedOfWearsNoMore() {
    AssetRegister register = AssetFixtures.register().dispose(COMPUTER, LocalDate.of(2026, 3, 1));
    assertThat(POLICY.schedule(register, COMPUTER, Year.of(2030))).hasSize(2);
    assertThat(POLICY.residualValue(register, COMPUTER, Year.of(2030))).isEqualTo(Money.ofDong(11_100_000));
  }

  @Test
  void theRatesOfPhuLuc01AreTheApplications() {
    WearPolicy none = WearPolicy.of(WearRates.none(), Rounding.EXACT);
    assertThatThrownBy(() -> none.annualWear(AssetFixtures.register(), COMPUTER, Year.of(2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("WEAR_RATE_OF_THE_CLASS")
        .hasMessageContaining("MACHINERY");
  }

  @Test
  void badQuestionsAreRefused() {
    AssetRegister register = AssetFixtures.register();
    assertThatThrownBy(() -> POLICY.residualValue(register, COMPUTER, Year.of(2023)))
        .hasMessageStartingWith("WEAR_FORMULA")
        .hasMessageContaining("2024");
    assertThatThrownBy(() -> POLICY.schedule(register, COMPUTER, Year.of(10_000))).hasMessageStartingWith("YEARLY_WEAR");
    assertThatThrownBy(() -> POLICY.schedule(register, AssetId.of("TS-NONE"), Year.of(2025)))
        .hasMessageContaining("TS-NONE");
    WearPolicy exact = WearPolicy.of(WearRates.none().with(AssetClass.MACHINERY, Rate.percent("0.0001")), Rounding.EXACT);
    assertThatThrownBy(() -> exact.annualWear(register, COMPUTER, Year.of(2024))).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void policiesAndTablesAreValues() {
    new EqualsTester()
        .addEqualityGroup(POLICY, WearPolicy.of(RATES, Rounding.toDong(RoundingMode.HALF_UP)))
        .addEqualityGroup(WearPolicy.of(RATES, Rounding.EXACT))
        .addEqualityGroup(WearPolicy.of(WearRates.none(), Rounding.EXACT))
        .testEquals();
    assertThat(POLICY.rates()).isEqualTo(RATES);
    assertThat(POLICY.rounding()).isEqualTo(Rounding.toDong(RoundingMode.HALF_UP));
    assertThat(POLICY).hasToString("WearPolicy[WearRates{MACHINERY=20%, SOFTWARE=12.5%}, half up to 1 đồng]");
    assertThat(RATES.without(AssetClass.SOFTWARE).rateOf(AssetClass.SOFTWARE)).isEmpty();
    assertThat(RATES.rateOf(AssetClass.MACHINERY)).contains(Rate.percent("20"));
    assertThat(WearRates.of(RATES.rates())).isEqualTo(RATES).hasSameHashCodeAs(RATES);
    assertThat(WearRates.none().rates()).isEmpty();
  }
}
