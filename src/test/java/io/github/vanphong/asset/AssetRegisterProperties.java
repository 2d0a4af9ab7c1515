package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.AssetRegisterArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AssetRegisterProperties {

  @Property(tries = 100)
  void aRegisterIsItsHistoryReplayed(@ForAll AssetRegister register) {
    assertThat(AssetRegister.replay(register.keeper(), register.history())).isEqualTo(register);
    for (int i = 1; i < register.history().size(); i++) {
      assertThat(register.history().get(i).on()).isAfterOrEqualTo(register.history().get(i - 1).on());
    }
  }

  @Property(tries = 100)
  void aRefusedCommandLeavesTheRegisterAsItWas(
      @ForAll AssetRegister register,
      @ForAll Asset asset,
      @ForAll UnitId unit,
      @ForAll @IntRange(min = 0, max = 3) int command,
      @ForAll @IntRange(min = -800, max = 800) int days) {
    String before = register.toString();
    List<AssetEvent> history = register.history();
    LocalDate last = history.isEmpty() ? LocalDate.of(2020, 1, 1) : history.get(history.size() - 1).on();
    LocalDate day = last.plusDays(days);
    try {
      AssetRegister after =
          switch (command) {
            case 0 -> register.record(Asset.builder().from(asset).recordedOn(day).build());
            case 1 -> register.transfer(asset.id(), unit, day);
            case 2 -> register.revalue(asset.id(), Money.ofDong(days * 10_000L), RevaluationTrigger.UPGRADE, day);
            default -> register.dispose(asset.id(), day);
          };
      assertThat(after.history()).hasSize(history.size() + 1);
      assertThat(after.history().subList(0, history.size())).isEqualTo(history);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).matches("[A-Z_]+( \\(.*\\))?: [\\s\\S]*");
    }
    assertThat(register).hasToString(before);
    assertThat(register.history()).isEqualTo(history);
  }

  @Property(tries = 100)
  void noAssetIsRecordedTwiceNorChangedOnceDisposedOf(@ForAll AssetRegister register) {
    for (AssetId disposed : register.disposed()) {
      LocalDate later = register.history().get(register.history().size() - 1).on();
      assertThatThrownBy(() -> register.dispose(disposed, later)).isInstanceOf(IllegalArgumentException.class);
    }
    long records = register.history().stream().filter(e -> e.kind() == AssetEventKind.RECORDED).count();
    assertThat(register.history().stream().flatMap(e -> e.asset().stream()).map(Asset::id).distinct().count())
        .isEqualTo(records);
  }

  @Property(tries = 50)
  void everyGeneratedInventoryIsACountOfItsRegister(@ForAll Inventory inventory) {
    assertThat(inventory.differences()).allSatisfy(d -> assertThat(d.cause()).isNotBlank());
    assertThat(AssetRegisterArbitraries.assetIds().sample().value()).startsWith("TS-");
  }
}
