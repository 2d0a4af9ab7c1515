package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class AssetTest {

  @Test
  void anAssetHasANameAValueOfZeroOrMoreAndZeroTo200YearsOfUse() {
    Asset computer = AssetFixtures.computer();
    assertThatThrownBy(() -> Asset.builder().from(computer).name(" \u200b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Asset.builder().from(computer).originalValue(Money.ofDong(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VND -1");
    assertThatThrownBy(() -> Asset.builder().from(computer).yearsOfUse(201).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("201");
    assertThat(Asset.builder().from(computer).yearsOfUse(0).originalValue(Money.ZERO).build().yearsOfUse()).isZero();
  }

  @Test
  void aNameIsKeptInNfc() {
    String decomposed = Normalizer.normalize("Máy in", Normalizer.Form.NFD);
    Asset asset = Asset.builder().from(AssetFixtures.printer()).name(decomposed).build();
    assertThat(asset.name()).isEqualTo("Máy in");
  }

  @Test
  void anIdIsOfTheIdentifierForm() {
    assertThat(AssetId.of("TS-1").value()).isEqualTo("TS-1");
    assertThatThrownBy(() -> AssetId.of("TS 1")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asset");
  }

  @Test
  void theSourcesClassesAndTriggersCiteTheirArticles() {
    assertThat(AssetSource.values()).hasSize(5);
    assertThat(AssetSource.basis().citation()).isEqualTo("Nghị định 165/2017/NĐ-CP, Điều 3");
    assertThat(AssetClass.values()).hasSize(13);
    assertThat(AssetClass.values()).filteredOn(AssetClass::isTangible).hasSize(7);
    assertThat(AssetClass.basis().citation()).isEqualTo("Thông tư 23/2023/TT-BTC, Điều 4");
    assertThat(RevaluationTrigger.values()).hasSize(6);
    assertThat(RevaluationTrigger.basis().citation())
        .isEqualTo("Luật Quản lý, sử dụng tài sản công 15/2017/QH14, Điều 38, khoản 4");
  }

  @Test
  void aRuleCitesItsBasisOrIsStructural() {
    assertThat(AssetRule.ONE_RECORD_PER_ASSET.citation()).isEmpty();
    assertThat(AssetRule.ONE_RECORD_PER_ASSET.basis()).isEmpty();
    assertThat(AssetRule.YEARLY_WEAR.citation()).contains("Thông tư 23/2023/TT-BTC, Điều 12, khoản 1, điểm a");
    assertThat(AssetRule.WEAR_RATE_OF_THE_CLASS.basis().orElseThrow().confirmation())
        .isEqualTo(io.github.vanphong.law.Confirmation.UNCONFIRMED);
    assertThat(AssetRule.YEAR_END_INVENTORY.cite())
        .isEqualTo("YEAR_END_INVENTORY (Luật Quản lý, sử dụng tài sản công 15/2017/QH14, Điều 38, khoản 3)");
  }
}
