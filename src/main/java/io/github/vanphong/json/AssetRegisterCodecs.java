package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.asset.Asset;
import io.github.vanphong.asset.AssetClass;
import io.github.vanphong.asset.AssetEvent;
import io.github.vanphong.asset.AssetEventKind;
import io.github.vanphong.asset.AssetFigure;
import io.github.vanphong.asset.AssetId;
import io.github.vanphong.asset.AssetRegister;
import io.github.vanphong.asset.AssetRule;
import io.github.vanphong.asset.AssetSource;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.asset.FixedAssetRuleBook;
import io.github.vanphong.asset.FixedAssetThreshold;
import io.github.vanphong.asset.Inventory;
import io.github.vanphong.asset.InventoryDifference;
import io.github.vanphong.asset.InventoryDifferenceKind;
import io.github.vanphong.asset.RevaluationTrigger;
import io.github.vanphong.asset.WearPolicy;
import io.github.vanphong.asset.WearRates;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON form of the asset register's types of {@code io.github.vanphong.asset}: enumerations by stable codes; an
 * asset, a threshold, an inventory and its differences as objects; a register as a document of its keeper and its
 * events, replayed on reading; wear rates as an object of class codes; a summary as its day and lines by unit.
 */
final class AssetRegisterCodecs {
  private AssetRegisterCodecs() {}

  /** An asset's identifier, as its text. */
  static final Codec<AssetId> ASSET_ID = Codecs.text(AssetId.class, "an asset identifier", AssetId::value, AssetId::of);

  static final EnumCodec<AssetSource> ASSET_SOURCE =
      Codecs.codes(AssetSource.class)
          .code(AssetSource.STATE_ALLOCATION_OR_BUDGET, "state-allocation-or-budget")
          .code(AssetSource.STATE_TRANSFER, "state-transfer")
          .code(AssetSource.PARTY_FUNDS, "party-funds")
          .code(AssetSource.GIFT_OR_AID, "gift-or-aid")
          .code(AssetSource.SERVICE_UNIT_FUNDS_LOANS_OR_VENTURES, "service-unit-funds-loans-or-ventures")
          .build();

  static final EnumCodec<AssetClass> ASSET_CLASS =
      Codecs.codes(AssetClass.class)
          .code(AssetClass.BUILDINGS, "buildings")
          .code(AssetClass.ARCHITECTURAL_WORKS, "architectural-works")
          .code(AssetClass.CARS, "cars")
          .code(AssetClass.OTHER_VEHICLES, "other-vehicles")
          .code(AssetClass.MACHINERY, "machinery")
          .code(AssetClass.PLANTS_AND_ANIMALS, "plants-and-animals")
          .code(AssetClass.OTHER_TANGIBLE, "other-tangible")
          .code(AssetClass.LAND_USE_RIGHTS, "land-use-rights")
          .code(AssetClass.COPYRIGHT, "copyright")
          .code(AssetClass.INDUSTRIAL_PROPERTY, "industrial-property")
          .code(AssetClass.PLANT_VARIETY_RIGHTS, "plant-variety-rights")
          .code(AssetClass.SOFTWARE, "software")
          .code(AssetClass.SERVICE_UNIT_BRAND, "service-unit-brand")
          .build();

  static final EnumCodec<RevaluationTrigger> REVALUATION_TRIGGER =
      Codecs.codes(RevaluationTrigger.class)
          .code(RevaluationTrigger.STOCKTAKE_ORDERED_BY_PRIME_MINISTER, "stocktake-ordered-by-prime-minister")
          .code(RevaluationTrigger.UPGRADE, "upgrade")
          .code(RevaluationTrigger.HANDED_OVER_OR_COUNTED_UNBOOKED, "handed-over-or-counted-unbooked")
          .code(RevaluationTrigger.SALE_OR_LIQUIDATION, "sale-or-liquidation")
          .code(RevaluationTrigger.SERIOUS_DAMAGE, "serious-damage")
          .code(RevaluationTrigger.OTHER_LEGAL_CASE, "other-legal-case")
          .build();

  static final EnumCodec<AssetEventKind> ASSET_EVENT_KIND =
      Codecs.codes(AssetEventKind.class)
          .code(AssetEventKind.RECORDED, "recorded")
          .code(AssetEventKind.TRANSFERRED, "transferred")
          .code(AssetEventKind.REVALUED, "revalued")
          .code(AssetEventKind.DISPOSED, "disposed")
          .code(AssetEventKind.INVENTORY_RECONCILED, "inventory-reconciled")
          .build();

  static final EnumCodec<InventoryDifferenceKind> INVENTORY_DIFFERENCE_KIND =
      Codecs.codes(InventoryDifferenceKind.class)
          .code(InventoryDifferenceKind.SURPLUS, "surplus")
          .code(InventoryDifferenceKind.SHORTFALL, "shortfall")
          .build();

  static final EnumCodec<AssetRule> ASSET_RULE =
      Codecs.codes(AssetRule.class)
          .code(AssetRule.ONE_RECORD_PER_ASSET, "one-record-per-asset")
          .code(AssetRule.EVENTS_IN_ORDER, "events-in-order")
          .code(AssetRule.ONLY_ASSETS_IN_USE_CHANGE, "only-assets-in-use-change")
          .code(AssetRule.TRANSFER_TO_ANOTHER_HOLDER, "transfer-to-another-holder")
          .code(AssetRule.KEEP_ASSET_RECORDS, "keep-asset-records")
          .code(AssetRule.REVALUATION_FOR_A_TRIGGER, "revaluation-for-a-trigger")
          .code(AssetRule.YEAR_END_INVENTORY, "year-end-inventory")
          .code(AssetRule.INVENTORY_RECONCILED_ONCE, "inventory-reconciled-once")
          .code(AssetRule.YEARLY_WEAR, "yearly-wear")
          .code(AssetRule.WEAR_FORMULA, "wear-formula")
          .code(AssetRule.WEAR_RATE_OF_THE_CLASS, "wear-rate-of-the-class")
          .build();

  /** An asset: {@code {"id": ..., "name": ..., "class": "machinery", "source": ..., "value": "VND 18500000", ...}}. */
  static final Codec<Asset> ASSET =
      Codecs.object(
          Asset.class,
          (out, a) ->
              out.put("id", ASSET_ID, a.id())
                  .text("name", a.name())
                  .put("class", ASSET_CLASS, a.assetClass())
                  .put("source", ASSET_SOURCE, a.source())
                  .put("value", MoneyCodecs.MONEY, a.originalValue())
                  .integer("yearsOfUse", a.yearsOfUse())
                  .put("recordedOn", Codecs.DATE, a.recordedOn())
                  .put("holder", OrganizationCodecs.UNIT_ID, a.holder()),
          in ->
              Asset.builder()
                  .id(in.get("id", ASSET_ID))
                  .name(in.text("name"))
                  .assetClass(in.get("class", ASSET_CLASS))
                  .source(in.get("source", ASSET_SOURCE))
                  .originalValue(in.get("value", MoneyCodecs.MONEY))
                  .yearsOfUse(in.integer("yearsOfUse"))
                  .recordedOn(in.get("recordedOn", Codecs.DATE))
                  .holder(in.get("holder", OrganizationCodecs.UNIT_ID))
                  .build());

  /** A surplus or shortfall: {@code {"asset": ..., "kind": "shortfall", "cause": ...}}. */
  static final Codec<InventoryDifference> INVENTORY_DIFFERENCE =
      Codecs.object(
          InventoryDifference.class,
          (out, d) ->
              out.put("asset", ASSET_ID, d.asset())
                  .put("kind", INVENTORY_DIFFERENCE_KIND, d.kind())
                  .text("cause", d.cause()),
          in ->
              InventoryDifference.of(
                  in.get("asset", ASSET_ID), in.get("kind", INVENTORY_DIFFERENCE_KIND), in.text("cause")));

  /** An inventory: {@code {"year": 2025, "found": [...], "differences": [...]}}. */
  static final Codec<Inventory> INVENTORY =
      Codecs.object(
          Inventory.class,
          (out, i) ->
              out.integer("year", i.year().getValue())
                  .list("found", ASSET_ID, i.found())
                  .list("differences", INVENTORY_DIFFERENCE, i.differences()),
          in ->
              Inventory.of(
                  Year.of(in.integer("year")),
                  in.list("found", ASSET_ID),
                  in.list("differences", INVENTORY_DIFFERENCE)));

  /** An event: its kind and day, then the data of its kind. */
  static final Codec<AssetEvent> ASSET_EVENT =
      Codecs.object(
          AssetEvent.class,
          (out, e) -> {
            out.put("kind", ASSET_EVENT_KIND, e.kind()).put("on", Codecs.DATE, e.on());
            switch (e.kind()) {
              case RECORDED -> out.put("asset", ASSET, e.asset().orElseThrow());
              case TRANSFERRED ->
                  out.put("assetId", ASSET_ID, e.assetId().orElseThrow())
                      .put("to", OrganizationCodecs.UNIT_ID, e.to().orElseThrow());
              case REVALUED ->
                  out.put("assetId", ASSET_ID, e.assetId().orElseThrow())
                      .put("value", MoneyCodecs.MONEY, e.value().orElseThrow())
                      .put("trigger", REVALUATION_TRIGGER, e.trigger().orElseThrow());
              case DISPOSED -> out.put("assetId", ASSET_ID, e.assetId().orElseThrow());
              case INVENTORY_RECONCILED -> out.put("inventory", INVENTORY, e.inventory().orElseThrow());
            }
          },
          AssetRegisterCodecs::event);

  private static AssetEvent event(In in) {
    AssetEventKind kind = in.get("kind", ASSET_EVENT_KIND);
    LocalDate on = in.get("on", Codecs.DATE);
    return switch (kind) {
      case RECORDED -> {
        Asset asset = in.get("asset", ASSET);
        if (!asset.recordedOn().equals(on)) {
          throw new ReadError(in.pathOf("on"), "a record is dated the day its asset was recorded, " + asset.recordedOn());
        }
        yield AssetEvent.recorded(asset);
      }
      case TRANSFERRED ->
          AssetEvent.transferred(in.get("assetId", ASSET_ID), in.get("to", OrganizationCodecs.UNIT_ID), on);
      case REVALUED ->
          AssetEvent.revalued(
              in.get("assetId", ASSET_ID),
              in.get("value", MoneyCodecs.MONEY),
              in.get("trigger", REVALUATION_TRIGGER),
              on);
      case DISPOSED -> AssetEvent.disposed(in.get("assetId", ASSET_ID), on);
      case INVENTORY_RECONCILED -> AssetEvent.reconciled(in.get("inventory", INVENTORY), on);
    };
  }

  /** A register, as a document of its keeper and its events, replayed on reading. */
  static final Codec<AssetRegister> ASSET_REGISTER =
      Codecs.document(
          AssetRegister.class,
          "vanphong.asset-register",
          1,
          (out, r) ->
              out.put("keeper", OrganizationCodecs.UNIT_ID, r.keeper()).list("history", ASSET_EVENT, r.history()),
          AssetRegisterCodecs::register);

  private static AssetRegister register(In in) {
    UnitId keeper = in.get("keeper", OrganizationCodecs.UNIT_ID);
    ImmutableList<AssetEvent> history = in.list("history", ASSET_EVENT);
    return Histories.replay(
        in, "history", history.size(), n -> AssetRegister.replay(keeper, history.subList(0, n)), "asset register");
  }

  /** A threshold: its name, minimums, basis and days. */
  static final Codec<FixedAssetThreshold> FIXED_ASSET_THRESHOLD =
      Codecs.object(
          FixedAssetThreshold.class,
          (out, t) ->
              out.text("name", t.name())
                  .put("minimumValue", MoneyCodecs.MONEY, t.minimumValue())
                  .integer("minimumYearsOfUse", t.minimumYearsOfUse())
                  .put("basis", LawCodecs.LEGAL_BASIS, t.basis())
                  .put("validity", LawCodecs.VALIDITY, t.validity()),
          in ->
              FixedAssetThreshold.builder()
                  .name(in.text("name"))
                  .minimumValue(in.get("minimumValue", MoneyCodecs.MONEY))
                  .minimumYearsOfUse(in.integer("minimumYearsOfUse"))
                  .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                  .validity(in.get("validity", LawCodecs.VALIDITY))
                  .build());

  /** A book of thresholds: its thresholds in order, each in full. */
  static final Codec<FixedAssetRuleBook> FIXED_ASSET_RULE_BOOK =
      Codecs.object(
          FixedAssetRuleBook.class,
          (out, b) -> out.list("thresholds", FIXED_ASSET_THRESHOLD, b.thresholds()),
          in -> FixedAssetRuleBook.of(in.list("thresholds", FIXED_ASSET_THRESHOLD)));

  /** One class's rate: {@code {"class": "machinery", "rate": "20%"}}. */
  private static final Codec<Map.Entry<AssetClass, io.github.vanphong.money.Rate>> CLASS_RATE =
      Codecs.object(
          rateEntries(),
          (out, e) -> out.put("class", ASSET_CLASS, e.getKey()).put("rate", MoneyCodecs.RATE, e.getValue()),
          in -> Map.entry(in.get("class", ASSET_CLASS), in.get("rate", MoneyCodecs.RATE)));

  @SuppressWarnings("unchecked") // the class of a generic entry
  private static Class<Map.Entry<AssetClass, io.github.vanphong.money.Rate>> rateEntries() {
    return (Class<Map.Entry<AssetClass, io.github.vanphong.money.Rate>>) (Class<?>) Map.Entry.class;
  }

  /** A table of rates: {@code {"rates": [{"class": "machinery", "rate": "20%"}]}}; a class twice is refused. */
  static final Codec<WearRates> WEAR_RATES =
      Codecs.object(
          WearRates.class,
          (out, r) -> out.list("rates", CLASS_RATE, r.rates().entrySet()),
          in -> {
            Map<AssetClass, io.github.vanphong.money.Rate> rates = new EnumMap<>(AssetClass.class);
            ImmutableList<Map.Entry<AssetClass, io.github.vanphong.money.Rate>> entries = in.list("rates", CLASS_RATE);
            for (int i = 0; i < entries.size(); i++) {
              Map.Entry<AssetClass, io.github.vanphong.money.Rate> entry = entries.get(i);
              if (rates.put(entry.getKey(), entry.getValue()) != null) {
                throw new ReadError(
                    in.pathOf("rates") + "[" + i + "]", "a class has one rate; " + entry.getKey() + " has two");
              }
            }
            return WearRates.of(rates);
          });

  /** A policy: its rates and its rounding. */
  static final Codec<WearPolicy> WEAR_POLICY =
      Codecs.object(
          WearPolicy.class,
          (out, p) -> out.put("rates", WEAR_RATES, p.rates()).put("rounding", MoneyCodecs.ROUNDING, p.rounding()),
          in -> WearPolicy.of(in.get("rates", WEAR_RATES), in.get("rounding", MoneyCodecs.ROUNDING)));

  /** A line of figures: {@code {"class": ..., "source": ..., "count": 14, "value": "VND 412000000"}}. */
  static final Codec<AssetFigure> ASSET_FIGURE =
      Codecs.object(
          AssetFigure.class,
          (out, f) ->
              out.put("class", ASSET_CLASS, f.assetClass())
                  .put("source", ASSET_SOURCE, f.source())
                  .integer("count", f.count())
                  .put("value", MoneyCodecs.MONEY, f.value()),
          in ->
              AssetFigure.of(
                  in.get("class", ASSET_CLASS),
                  in.get("source", ASSET_SOURCE),
                  in.integer("count"),
                  in.get("value", MoneyCodecs.MONEY)));

  /** One unit's lines: {@code {"unit": "U0", "lines": [...]}}. */
  private static final Codec<Map.Entry<UnitId, ImmutableList<AssetFigure>>> UNIT_LINES =
      Codecs.object(
          unitEntries(),
          (out, e) -> out.put("unit", OrganizationCodecs.UNIT_ID, e.getKey()).list("lines", ASSET_FIGURE, e.getValue()),
          in -> {
            UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
            ImmutableList<AssetFigure> lines = in.list("lines", ASSET_FIGURE);
            if (lines.isEmpty()) {
              throw new ReadError(in.pathOf("lines"), "a unit with no asset is left out of the figures: " + unit);
            }
            return Map.entry(unit, lines);
          });

  @SuppressWarnings("unchecked") // the class of a generic entry
  private static Class<Map.Entry<UnitId, ImmutableList<AssetFigure>>> unitEntries() {
    return (Class<Map.Entry<UnitId, ImmutableList<AssetFigure>>>) (Class<?>) Map.Entry.class;
  }

  /** The figures: {@code {"asOf": "2025-12-31", "units": [...]}}, or {@code {}} for the empty figures. */
  static final Codec<AssetSummary> ASSET_SUMMARY =
      Codecs.object(
          AssetSummary.class,
          (out, s) ->
              out.optional("asOf", Codecs.DATE, s.asOf()).list("units", UNIT_LINES, s.byUnit().entrySet()),
          in -> {
            java.util.Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            ImmutableList<Map.Entry<UnitId, ImmutableList<AssetFigure>>> units = in.list("units", UNIT_LINES);
            if (asOf.isEmpty()) {
              if (!units.isEmpty()) {
                throw new ReadError(in.pathOf("asOf"), "figures of assets hold on a day");
              }
              return AssetSummary.empty();
            }
            Map<UnitId, ImmutableList<AssetFigure>> byUnit = new TreeMap<>();
            for (int i = 0; i < units.size(); i++) {
              if (byUnit.put(units.get(i).getKey(), units.get(i).getValue()) != null) {
                throw new ReadError(
                    in.pathOf("units") + "[" + i + "]", "a unit appears once; " + units.get(i).getKey() + " twice");
              }
            }
            return AssetSummary.of(asOf.get(), byUnit);
          });

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.<Codec<?>>builder()
        .add(ASSET_ID, ASSET_SOURCE, ASSET_CLASS, REVALUATION_TRIGGER, ASSET_EVENT_KIND, INVENTORY_DIFFERENCE_KIND)
        .add(ASSET_RULE, ASSET, INVENTORY_DIFFERENCE, INVENTORY, ASSET_EVENT, ASSET_REGISTER)
        .add(FIXED_ASSET_THRESHOLD, FIXED_ASSET_RULE_BOOK, WEAR_RATES, WEAR_POLICY, ASSET_FIGURE, ASSET_SUMMARY)
        .build();
  }
}
