package io.github.vanphong.asset;

import static io.github.vanphong.asset.AssetFixtures.BOARD;
import static io.github.vanphong.asset.AssetFixtures.COMPUTER;
import static io.github.vanphong.asset.AssetFixtures.OFFICE;
import static io.github.vanphong.asset.AssetFixtures.PRINTER;
import static io.github.vanphong.asset.AssetFixtures.computer;
import static io.github.vanphong.asset.AssetFixtures.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetRegisterTest {

  private static final LocalDate TRANSFERRED = LocalDate.of(2025, 1, 10);
  private static final LocalDate UPGRADED = LocalDate.of(2025, 5, 20);

  @Test
  void anAssetRecordedIsInUseFromTheDayItWasRecorded() {
    AssetRegister register = register();
    assertThat(register.keeper()).isEqualTo(OFFICE);
    assertThat(register.assetsAsOf(LocalDate.of(2024, 3, 14))).extracting(Asset::id).containsExactly(PRINTER);
    assertThat(register.assetsAsOf(LocalDate.of(2024, 3, 15))).extracting(Asset::id).containsExactly(PRINTER, COMPUTER);
    assertThat(register.find(COMPUTER, LocalDate.of(2024, 3, 15))).contains(computer());
    assertThat(register.history()).hasSize(3);
    assertThat(register).hasToString("AssetRegister[HG-VPTU, 3 events, 3 in use]");
  }

  @Test
  void anAssetIsRecordedOnce() {
    AssetRegister register = register();
    assertThatThrownBy(() -> register.record(Asset.builder().from(computer()).recordedOn(UPGRADED).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ONE_RECORD_PER_ASSET")
        .hasMessageContaining(COMPUTER.value());
    assertThat(register).isEqualTo(register());
  }

  @Test
  void theRegistersEventsRunInOrderOfDays() {
    AssetRegister register = register();
    assertThatThrownBy(() -> register.dispose(PRINTER, LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("EVENTS_IN_ORDER");
    assertThat(register).isEqualTo(register());
  }

  @Test
  void aTransferMovesTheAssetToAnotherHolderFromItsDay() {
    AssetRegister moved = register().transfer(COMPUTER, BOARD, TRANSFERRED);
    assertThat(moved.find(COMPUTER, TRANSFERRED.minusDays(1)).orElseThrow().holder()).isEqualTo(OFFICE);
    assertThat(moved.find(COMPUTER, TRANSFERRED).orElseThrow().holder()).isEqualTo(BOARD);
    assertThat(moved.historyOf(COMPUTER)).extracting(AssetEvent::kind)
        .containsExactly(AssetEventKind.RECORDED, AssetEventKind.TRANSFERRED);
  }

  @Test
  void aTransferGoesToAnotherHolder() {
    AssetRegister register = register();
    assertThatThrownBy(() -> register.transfer(COMPUTER, OFFICE, TRANSFERRED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TRANSFER_TO_ANOTHER_HOLDER");
    assertThat(register).isEqualTo(register());
  }

  @Test
  void aRevaluationKeepsItsTriggerInTheAssetsHistory() {
    AssetRegister revalued =
        register().revalue(COMPUTER, Money.ofDong(21_000_000), RevaluationTrigger.UPGRADE, UPGRADED);
    assertThat(revalued.find(COMPUTER, UPGRADED).orElseThrow().originalValue()).isEqualTo(Money.ofDong(21_000_000));
    assertThat(revalued.find(COMPUTER, UPGRADED.minusDays(1)).orElseThrow().originalValue())
        .isEqualTo(Money.ofDong(18_500_000));
    AssetEvent event = revalued.historyOf(COMPUTER).get(1);
    assertThat(event.trigger()).contains(RevaluationTrigger.UPGRADE);
    assertThat(event.value()).contains(Money.ofDong(21_000_000));
  }

  @Test
  void aRevaluationToANegativeValueIsRefused() {
    AssetRegister register = register();
    assertThatThrownBy(() -> register.revalue(COMPUTER, Money.ofDong(-1), RevaluationTrigger.UPGRADE, UPGRADED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("REVALUATION_FOR_A_TRIGGER");
    assertThat(register).isEqualTo(register());
  }

  @Test
  void onlyAnAssetInUseChanges() {
    AssetRegister disposed = register().dispose(PRINTER, TRANSFERRED);
    assertThat(disposed.disposed()).containsExactly(PRINTER);
    assertThat(disposed.assetsAsOf(TRANSFERRED)).extracting(Asset::id).doesNotContain(PRINTER);
    assertThatThrownBy(() -> disposed.dispose(PRINTER, UPGRADED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ONLY_ASSETS_IN_USE_CHANGE")
        .hasMessageContaining("disposed of");
    assertThatThrownBy(() -> disposed.transfer(AssetId.of("TS-NONE"), BOARD, UPGRADED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the register");
    assertThatThrownBy(() -> disposed.record(AssetFixtures.printer()))
        .hasMessageStartingWith("EVENTS_IN_ORDER");
    assertThatThrownBy(
            () -> disposed.record(Asset.builder().from(AssetFixtures.printer()).recordedOn(UPGRADED).build()))
        .hasMessageStartingWith("ONE_RECORD_PER_ASSET");
  }

  @Test
  void aRegisterReplaysFromItsHistory() {
    AssetRegister register =
        register()
            .transfer(COMPUTER, BOARD, TRANSFERRED)
            .revalue(COMPUTER, Money.ofDong(21_000_000), RevaluationTrigger.UPGRADE, UPGRADED)
            .dispose(PRINTER, UPGRADED);
    assertThat(AssetRegister.replay(OFFICE, register.history())).isEqualTo(register);
    List<AssetEvent> backwards = List.of(register.history().get(3), register.history().get(0));
    assertThatThrownBy(() -> AssetRegister.replay(OFFICE, backwards)).hasMessageStartingWith("ONLY_ASSETS_IN_USE_CHANGE");
  }

  @Test
  void registersAreValues() {
    new EqualsTester()
        .addEqualityGroup(register(), register())
        .addEqualityGroup(AssetRegister.of(OFFICE))
        .addEqualityGroup(AssetRegister.of(BOARD))
        .addEqualityGroup(register().dispose(PRINTER, UPGRADED))
        .testEquals();
  }
}
