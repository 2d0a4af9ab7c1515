package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event of an asset register's history, with its day: an asset recorded, transferred to another holder, revalued
 * for a trigger, disposed of, or a year's inventory reconciled. For example the revaluation of {@code
 * HG-VPTU-TS-2019-004} at VND 12,000,000 on 2025-05-20 after an {@link RevaluationTrigger#UPGRADE upgrade}.
 *
 * <p>Each kind carries its own data and nothing else: a record its {@link #asset()}; a transfer the asset's id and
 * the new holder; a revaluation the id, the new value and the trigger; a disposal the id; a reconciliation the
 * {@link #inventory()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class AssetEvent {

  AssetEvent() {}

  /**
   * What the event records.
   *
   * @return the kind, not null
   */
  public abstract AssetEventKind kind();

  /**
   * The day of the event.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * The asset recorded, for a record.
   *
   * @return the asset, or empty for another kind
   */
  public abstract Optional<Asset> asset();

  /**
   * The asset the event is about.
   *
   * @return the id, or empty for a reconciliation
   */
  public abstract Optional<AssetId> assetId();

  /**
   * The new holder, for a transfer.
   *
   * @return the unit, or empty for another kind
   */
  public abstract Optional<UnitId> to();

  /**
   * The new value in the books, for a revaluation.
   *
   * @return the value, or empty for another kind
   */
  public abstract Optional<Money> value();

  /**
   * Why the asset was revalued, for a revaluation.
   *
   * @return the trigger, or empty for another kind
   */
  public abstract Optional<RevaluationTrigger> trigger();

  /**
   * The inventory, for a reconciliation.
   *
   * @return the inventory, or empty for another kind
   */
  public abstract Optional<Inventory> inventory();

  /**
   * Returns the record of an asset, on the day it was recorded.
   *
   * @param asset the asset, not null
   * @return the event, not null
   */
  public static AssetEvent recorded(Asset asset) {
    requireNonNull(asset, "asset");
    return ImmutableAssetEvent.builder()
        .kind(AssetEventKind.RECORDED)
        .on(asset.recordedOn())
        .asset(asset)
        .assetId(asset.id())
        .build();
  }

  /**
   * Returns the transfer of an asset to another holder.
   *
   * @param asset the asset, not null
   * @param to the new holder, not null
   * @param on the day, not null
   * @return the event, not null
   */
  public static AssetEvent transferred(AssetId asset, UnitId to, LocalDate on) {
    return ImmutableAssetEvent.builder()
        .kind(AssetEventKind.TRANSFERRED)
        .on(requireNonNull(on, "on"))
        .assetId(requireNonNull(asset, "asset"))
        .to(requireNonNull(to, "to"))
        .build();
  }

  /**
   * Returns the revaluation of an asset.
   *
   * @param asset the asset, not null
   * @param value the new value in the books, 0 đồng or more, not null
   * @param trigger why, not null
   * @param on the day, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the value is negative
   */
  public static AssetEvent revalued(AssetId asset, Money value, RevaluationTrigger trigger, LocalDate on) {
    return ImmutableAssetEvent.builder()
        .kind(AssetEventKind.REVALUED)
        .on(requireNonNull(on, "on"))
        .assetId(requireNonNull(asset, "asset"))
        .value(requireNonNull(value, "value"))
        .trigger(requireNonNull(trigger, "trigger"))
        .build();
  }

  /**
   * Returns the disposal of an asset.
   *
   * @param asset the asset, not null
   * @param on the day, not null
   * @return the event, not null
   */
  public static AssetEvent disposed(AssetId asset, LocalDate on) {
    return ImmutableAssetEvent.builder()
        .kind(AssetEventKind.DISPOSED)
        .on(requireNonNull(on, "on"))
        .assetId(requireNonNull(asset, "asset"))
        .build();
  }

  /**
   * Returns the reconciliation of a year's inventory.
   *
   * @param inventory the inventory, not null
   * @param on the day, on or after 31 December of the year counted, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the day is before the end of the year counted
   */
  public static AssetEvent reconciled(Inventory inventory, LocalDate on) {
    return ImmutableAssetEvent.builder()
        .kind(AssetEventKind.INVENTORY_RECONCILED)
        .on(requireNonNull(on, "on"))
        .inventory(requireNonNull(inventory, "inventory"))
        .build();
  }

  @Value.Check
  void check() {
    AssetEventKind kind = kind();
    checkArgument(
        asset().isPresent() == (kind == AssetEventKind.RECORDED)
            && assetId().isPresent() == (kind != AssetEventKind.INVENTORY_RECONCILED)
            && to().isPresent() == (kind == AssetEventKind.TRANSFERRED)
            && value().isPresent() == (kind == AssetEventKind.REVALUED)
            && trigger().isPresent() == (kind == AssetEventKind.REVALUED)
            && inventory().isPresent() == (kind == AssetEventKind.INVENTORY_RECONCILED),
        "an event of kind %s carries its own data only", kind);
    asset()
        .ifPresent(
            a ->
                checkArgument(
                    assetId().equals(Optional.of(a.id())) && on().equals(a.recordedOn()),
                    "a record is of the asset's id and on the day it was recorded; %s",
                    a.id()));
    value()
        .ifPresent(
            v ->
                checkArgument(
                    !v.isNegative(),
                    "%s: a value in the books is 0 đồng or more; %s",
                    AssetRule.REVALUATION_FOR_A_TRIGGER.cite(),
                    v));
    inventory()
        .ifPresent(
            i ->
                checkArgument(
                    !on().isBefore(i.asOf()),
                    "%s: the inventory of %s is reconciled on or after its 31 December; the day was %s",
                    AssetRule.YEAR_END_INVENTORY.cite(),
                    i.year(),
                    on()));
  }
}
