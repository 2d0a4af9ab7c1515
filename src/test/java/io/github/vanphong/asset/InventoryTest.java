package io.github.vanphong.asset;

import static io.github.vanphong.asset.AssetFixtures.COMPUTER;
import static io.github.vanphong.asset.AssetFixtures.PRINTER;
import static io.github.vanphong.asset.AssetFixtures.SOFTWARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryTest {

  private static final Year YEAR = Year.of(2025);
  private static final AssetId DESK = AssetId.of("HG-VPTU-TS-NEW-1");
  private static final LocalDate RECONCILED = LocalDate.of(2026, 1, 15);

  private static Inventory count2025() {
    return Inventory.count(
        AssetFixtures.register(),
        YEAR,
        List.of(COMPUTER, SOFTWARE, DESK),
        Map.of(PRINTER, "Hỏng, chờ thanh lý", DESK, "Được tặng, chưa ghi sổ"));
  }

  @Test
  void aCountFindsEachSurplusAndShortfallWithItsCause() {
    Inventory inventory = count2025();
    assertThat(inventory.year()).isEqualTo(YEAR);
    assertThat(inventory.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(inventory.found()).containsExactly(COMPUTER, SOFTWARE, DESK);
    assertThat(inventory.differences())
        .containsExactly(
            InventoryDifference.of(PRINTER, InventoryDifferenceKind.SHORTFALL, "Hỏng, chờ thanh lý"),
            InventoryDifference.of(DESK, InventoryDifferenceKind.SURPLUS, "Được tặng, chưa ghi sổ"));
  }

  @Test
  void eachSurplusAndShortfallHasItsCause() {
    assertThatThrownBy(
            () -> Inventory.count(AssetFixtures.register(), YEAR, List.of(COMPUTER, SOFTWARE), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("YEAR_END_INVENTORY")
        .hasMessageContaining(PRINTER.value());
    assertThatThrownBy(() -> InventoryDifference.of(PRINTER, InventoryDifferenceKind.SHORTFALL, "\u200b"))
        .hasMessageStartingWith("YEAR_END_INVENTORY");
    String decomposed = Normalizer.normalize("Hỏng", Normalizer.Form.NFD);
    assertThat(InventoryDifference.of(PRINTER, InventoryDifferenceKind.SHORTFALL, decomposed).cause()).isEqualTo("Hỏng");
  }

  @Test
  void anInventoryIsConsistentWithWhatWasFound() {
    InventoryDifference shortfall = InventoryDifference.of(PRINTER, InventoryDifferenceKind.SHORTFALL, "Mất");
    assertThatThrownBy(() -> Inventory.of(YEAR, List.of(PRINTER), List.of(shortfall)))
        .hasMessageContaining("a shortfall one not found");
    assertThatThrownBy(() -> Inventory.of(YEAR, List.of(), List.of(shortfall, shortfall)))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Inventory.of(Year.of(0), List.of(), List.of())).hasMessageContaining("9999");
  }

  @Test
  void theReconciliationIsRecordedInTheRegister() {
    AssetRegister register = AssetFixtures.register().reconcile(count2025(), RECONCILED);
    assertThat(register.isReconciled(YEAR)).isTrue();
    assertThat(register.isReconciled(Year.of(2024))).isFalse();
    assertThat(register.history().get(3).inventory()).contains(count2025());
    assertThat(AssetRegister.replay(register.keeper(), register.history())).isEqualTo(register);
  }

  @Test
  void aYearsInventoryIsReconciledOnce() {
    AssetRegister register = AssetFixtures.register().reconcile(count2025(), RECONCILED);
    assertThatThrownBy(() -> register.reconcile(count2025(), RECONCILED.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("INVENTORY_RECONCILED_ONCE");
    assertThat(register.history()).hasSize(4);
    List<AssetEvent> twice = List.of(register.history().get(3), register.history().get(3));
    assertThatThrownBy(() -> AssetRegister.replay(register.keeper(), twice))
        .hasMessageStartingWith("INVENTORY_RECONCILED_ONCE");
  }

  @Test
  void anInventoryIsACountOfThisRegister() {
    Inventory notACount = Inventory.of(YEAR, List.of(COMPUTER, SOFTWARE, PRINTER), List.of());
    AssetRegister register = AssetFixtures.register().dispose(PRINTER, LocalDate.of(2025, 7, 1));
    assertThatThrownBy(() -> register.reconcile(notACount, RECONCILED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("YEAR_END_INVENTORY")
        .hasMessageContaining(PRINTER.value());
    assertThat(register.isReconciled(YEAR)).isFalse();
  }
}
