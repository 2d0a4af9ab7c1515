package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.asset.Asset;
import io.github.vanphong.asset.AssetClass;
import io.github.vanphong.asset.AssetEvent;
import io.github.vanphong.asset.AssetFigure;
import io.github.vanphong.asset.AssetId;
import io.github.vanphong.asset.AssetRegister;
import io.github.vanphong.asset.AssetRollUp;
import io.github.vanphong.asset.AssetRule;
import io.github.vanphong.asset.AssetSource;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.asset.FixedAssetRuleBook;
import io.github.vanphong.asset.FixedAssetThreshold;
import io.github.vanphong.asset.Inventory;
import io.github.vanphong.asset.InventoryDifference;
import io.github.vanphong.asset.RevaluationTrigger;
import io.github.vanphong.asset.WearPolicy;
import io.github.vanphong.asset.WearRates;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the asset register's types of {@code io.github.vanphong.asset}. */
class AssetRegisterJsonProperties {
  /** The public types of the asset register without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          AssetRollUp.class, "a view computed from an AssetSummary and a chart's tree, with nothing of its own");

  @Property(tries = 100)
  void identifiersObeyTheLaws(@ForAll AssetId id) {
    JsonLaws.assertLaws(id, AssetId.class);
  }

  @Property(tries = 100)
  void assetsObeyTheLaws(@ForAll Asset asset) {
    JsonLaws.assertLaws(asset, Asset.class);
  }

  @Property(tries = 50)
  void eventsObeyTheLaws(@ForAll AssetEvent event) {
    JsonLaws.assertLaws(event, AssetEvent.class);
  }

  @Property(tries = 50)
  void registersObeyTheLaws(@ForAll AssetRegister register) {
    JsonLaws.assertLaws(register, AssetRegister.class);
  }

  @Property(tries = 50)
  void inventoriesObeyTheLaws(@ForAll Inventory inventory) {
    JsonLaws.assertLaws(inventory, Inventory.class);
  }

  @Property(tries = 100)
  void differencesObeyTheLaws(@ForAll InventoryDifference difference) {
    JsonLaws.assertLaws(difference, InventoryDifference.class);
  }

  @Property(tries = 100)
  void thresholdsObeyTheLaws(@ForAll FixedAssetThreshold threshold) {
    JsonLaws.assertLaws(threshold, FixedAssetThreshold.class);
  }

  @Property(tries = 30)
  void ruleBooksObeyTheLaws(@ForAll FixedAssetRuleBook book) {
    JsonLaws.assertLaws(book, FixedAssetRuleBook.class);
  }

  @Property(tries = 100)
  void wearRatesObeyTheLaws(@ForAll WearRates rates) {
    JsonLaws.assertLaws(rates, WearRates.class);
  }

  @Property(tries = 100)
  void wearPoliciesObeyTheLaws(@ForAll WearPolicy policy) {
    JsonLaws.assertLaws(policy, WearPolicy.class);
  }

  @Property(tries = 100)
  void figuresObeyTheLaws(@ForAll AssetFigure figure) {
    JsonLaws.assertLaws(figure, AssetFigure.class);
  }

  @Property(tries = 100)
  void summariesObeyTheLaws(@ForAll AssetSummary summary) {
    JsonLaws.assertLaws(summary, AssetSummary.class);
  }

  @Example
  void theEmptySummaryHasNoDay() {
    JsonLaws.assertLaws(AssetSummary.empty(), AssetSummary.class);
    assertThat(JsonLaws.write(AssetSummary.empty())).isEqualTo("{\"units\":[]}");
  }

  @Example
  void enumerationsAndRulesAreWrittenAsTheirCodes() {
    assertThat(JsonLaws.write(AssetClass.MACHINERY)).isEqualTo("\"machinery\"");
    assertThat(JsonLaws.write(AssetSource.GIFT_OR_AID)).isEqualTo("\"gift-or-aid\"");
    assertThat(JsonLaws.write(RevaluationTrigger.UPGRADE)).isEqualTo("\"upgrade\"");
    assertThat(JsonLaws.write(AssetRule.INVENTORY_RECONCILED_ONCE)).isEqualTo("\"inventory-reconciled-once\"");
  }

  /** The office's register: a computer and a printer recorded, the computer transferred and revalued, the printer
   * disposed of, and the 2025 inventory reconciled. */
  static AssetRegister expectedRegister() {
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
    Asset printer =
        Asset.builder()
            .id(AssetId.of("HG-VPTU-TS-2024-018"))
            .name("Máy in laser")
            .assetClass(AssetClass.MACHINERY)
            .source(AssetSource.GIFT_OR_AID)
            .originalValue(Money.ofDong(6_000_000))
            .yearsOfUse(4)
            .recordedOn(LocalDate.of(2024, 4, 1))
            .holder(office)
            .build();
    AssetRegister register =
        AssetRegister.of(office)
            .record(computer)
            .record(printer)
            .transfer(computer.id(), UnitId.of("HG-BTC"), LocalDate.of(2025, 1, 10))
            .revalue(computer.id(), Money.ofDong(20_000_000), RevaluationTrigger.UPGRADE, LocalDate.of(2025, 5, 20));
    Inventory inventory =
        Inventory.count(
            register,
            java.time.Year.of(2025),
            java.util.List.of(computer.id()),
            java.util.Map.of(printer.id(), "Hỏng, chờ thanh lý"));
    return register
        .reconcile(inventory, LocalDate.of(2026, 1, 15))
        .dispose(printer.id(), LocalDate.of(2026, 1, 20));
  }

  @Example
  void theGoldenRegisterReads() {
    Golden.assertGolden("vanphong.asset-register", 1, AssetRegister.class, expectedRegister());
  }

  @Example
  void aRegisterIsADocumentOfItsKeeperAndHistory() {
    Asset computer =
        Asset.builder()
            .id(AssetId.of("TS-1"))
            .name("Máy vi tính")
            .assetClass(AssetClass.MACHINERY)
            .source(AssetSource.STATE_ALLOCATION_OR_BUDGET)
            .originalValue(Money.ofDong(18_500_000))
            .yearsOfUse(5)
            .recordedOn(LocalDate.of(2024, 3, 15))
            .holder(UnitId.of("HG-VPTU"))
            .build();
    AssetRegister register =
        AssetRegister.of(UnitId.of("HG-VPTU"))
            .record(computer)
            .revalue(computer.id(), Money.ofDong(20_000_000), RevaluationTrigger.UPGRADE, LocalDate.of(2025, 5, 20));
    String json = JsonLaws.write(register);
    assertThat(json).startsWith("{\"format\":\"vanphong.asset-register\",\"version\":1,\"keeper\":\"HG-VPTU\"");
    assertThat(JsonLaws.read(json, AssetRegister.class)).isEqualTo(register);
  }

  @Example
  void badValuesAreRefusedAtTheirPath() {
    JsonLaws.assertRefusedAt("\"TS 1\"", AssetId.class, "$");
    JsonLaws.assertRefusedAt(
        "{\"asset\":\"TS-1\",\"kind\":\"lost\",\"cause\":\"x\"}", InventoryDifference.class, "$.kind");
    JsonLaws.assertRefusedAt(
        "{\"asset\":\"TS-1\",\"kind\":\"shortfall\",\"cause\":\" \"}", InventoryDifference.class, "$");
    JsonLaws.assertRefusedAt(
        "{\"rates\":[{\"class\":\"cars\",\"rate\":\"10%\"},{\"class\":\"cars\",\"rate\":\"20%\"}]}",
        WearRates.class,
        "$.rates[1]");
    JsonLaws.assertRefusedAt(
        "{\"format\":\"vanphong.asset-register\",\"version\":1,\"keeper\":\"U1\",\"history\":["
            + "{\"kind\":\"disposed\",\"on\":\"2025-01-01\",\"assetId\":\"TS-1\"}]}",
        AssetRegister.class,
        "$.history[0]");
  }
}
