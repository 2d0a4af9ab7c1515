package io.github.vanphong.asset;

import static io.github.vanphong.asset.AssetFixtures.BOARD;
import static io.github.vanphong.asset.AssetFixtures.COMPUTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetEventTest {

  private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

  @Test
  void eachKindCarriesItsOwnData() {
    AssetEvent recorded = AssetEvent.recorded(AssetFixtures.computer());
    assertThat(recorded.on()).isEqualTo(LocalDate.of(2024, 3, 15));
    assertThat(recorded.assetId()).contains(COMPUTER);
    assertThat(AssetEvent.transferred(COMPUTER, BOARD, DAY).to()).contains(BOARD);
    AssetEvent revalued = AssetEvent.revalued(COMPUTER, Money.ofDong(1), RevaluationTrigger.SERIOUS_DAMAGE, DAY);
    assertThat(revalued.kind()).isEqualTo(AssetEventKind.REVALUED);
    assertThat(AssetEvent.disposed(COMPUTER, DAY).kind()).isEqualTo(AssetEventKind.DISPOSED);
    Inventory inventory = Inventory.of(Year.of(2024), List.of(), List.of());
    assertThat(AssetEvent.reconciled(inventory, LocalDate.of(2024, 12, 31)).assetId()).isEmpty();
  }

  @Test
  void anInventoryIsReconciledOnOrAfterItsThirtyFirstOfDecember() {
    Inventory inventory = Inventory.of(Year.of(2024), List.of(), List.of());
    assertThatThrownBy(() -> AssetEvent.reconciled(inventory, LocalDate.of(2024, 12, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("YEAR_END_INVENTORY");
  }
}
