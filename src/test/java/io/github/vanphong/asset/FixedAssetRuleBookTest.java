package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedAssetRuleBookTest {

  private static final LocalDate YEAR_END_2025 = LocalDate.of(2025, 12, 31);

  @Test
  void aFixedAssetIsWorthTenMillionOrMoreAndUsedAYearOrMore() {
    FixedAssetThreshold threshold = FixedAssetRuleBook.THRESHOLD_2023;
    assertThat(threshold.basis().citation()).isEqualTo("Thông tư 23/2023/TT-BTC, Điều 3, khoản 2");
    assertThat(threshold.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(threshold.validity()).isEqualTo(Validity.from(LocalDate.of(2023, 6, 10)));
    Asset computer = AssetFixtures.computer();
    assertThat(threshold.admits(computer)).isTrue();
    assertThat(threshold.admits(Asset.builder().from(computer).originalValue(Money.ofDong(10_000_000)).build()))
        .isTrue();
    assertThat(threshold.admits(Asset.builder().from(computer).originalValue(Money.ofDong(9_999_999)).build()))
        .isFalse();
    assertThat(threshold.admits(Asset.builder().from(computer).yearsOfUse(0).build())).isFalse();
    assertThat(threshold.citation()).contains("Thông tư 23/2023/TT-BTC, Điều 3, khoản 2");
    assertThat(threshold.toString()).startsWith("THRESHOLD_2023: at least VND 10000000 and 1 year(s) of use");
  }

  @Test
  void theFixedAssetsOfARegisterAreThoseAboveTheThresholdOfTheDay() {
    FixedAssetRuleBook book = FixedAssetRuleBook.standard();
    assertThat(book.fixedAssets(AssetFixtures.register(), YEAR_END_2025))
        .extracting(Asset::id)
        .containsExactly(AssetFixtures.COMPUTER, AssetFixtures.SOFTWARE);
    assertThat(book.isFixedAsset(AssetFixtures.printer(), YEAR_END_2025)).isFalse();
  }

  @Test
  void theThresholdBeforeTheCircularOf2023IsTheApplications() {
    FixedAssetRuleBook book = FixedAssetRuleBook.standard();
    LocalDate before = LocalDate.of(2023, 6, 9);
    assertThat(book.thresholdOn(before)).isEmpty();
    assertThatThrownBy(() -> book.fixedAssets(AssetFixtures.register(), before))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-06-09")
        .hasMessageContaining(Instruments.FIXED_ASSETS_CIRCULAR_2023.name());
    FixedAssetThreshold earlier =
        FixedAssetThreshold.builder()
            .name("APPLICATION_THRESHOLD")
            .minimumValue(Money.ofDong(5_000_000))
            .minimumYearsOfUse(1)
            .basis(
                LegalBasis.builder()
                    .instrument(Instruments.PUBLIC_ASSETS_LAW_2017)
                    .article("Điều 38")
                    .confirmation(Confirmation.UNCONFIRMED)
                    .build())
            .validity(Validity.between(LocalDate.of(2018, 1, 1), before))
            .build();
    FixedAssetRuleBook extended = book.with(earlier);
    assertThat(extended.isFixedAsset(AssetFixtures.printer(), before)).isTrue();
    assertThat(extended.without("APPLICATION_THRESHOLD")).isEqualTo(book);
    assertThat(extended.thresholds()).hasSize(2);
    assertThat(book.thresholds()).hasSize(1);
  }

  @Test
  void oneThresholdIsChosenForADayAndEachIsNamedOnce() {
    FixedAssetThreshold copy = FixedAssetThreshold.builder().from(FixedAssetRuleBook.THRESHOLD_2023).name("COPY").build();
    assertThatThrownBy(() -> FixedAssetRuleBook.standard().with(copy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("COPY");
    assertThatThrownBy(
            () -> FixedAssetRuleBook.of(List.of(FixedAssetRuleBook.THRESHOLD_2023, FixedAssetRuleBook.THRESHOLD_2023)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void aThresholdHasANameAndMinimumsOfZeroOrMore() {
    FixedAssetThreshold.Builder base = FixedAssetThreshold.builder().from(FixedAssetRuleBook.THRESHOLD_2023);
    assertThatThrownBy(() -> base.name(" ").build()).hasMessageContaining("name");
    assertThatThrownBy(
            () -> FixedAssetThreshold.builder().from(FixedAssetRuleBook.THRESHOLD_2023).minimumValue(Money.ofDong(-1)).build())
        .hasMessageContaining("VND -1");
    assertThatThrownBy(
            () -> FixedAssetThreshold.builder().from(FixedAssetRuleBook.THRESHOLD_2023).minimumYearsOfUse(-1).build())
        .hasMessageContaining("-1");
  }

  @Test
  void booksAreValues() {
    new EqualsTester()
        .addEqualityGroup(FixedAssetRuleBook.standard(), FixedAssetRuleBook.of(List.of(FixedAssetRuleBook.THRESHOLD_2023)))
        .addEqualityGroup(FixedAssetRuleBook.of(List.of()))
        .testEquals();
    assertThat(FixedAssetRuleBook.standard()).hasToString("FixedAssetRuleBook[THRESHOLD_2023]");
  }
}
