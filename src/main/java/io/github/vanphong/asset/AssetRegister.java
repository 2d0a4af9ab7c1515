package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.PersistentVector;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The register of the assets a Party body keeps (sổ tài sản): an append-only history of dated events, from which
 * the assets on any day are derived. For example the register of the Office of the Hậu Giang Provincial Party
 * Committee records a computer on 2024-03-15, transfers it to a committee's board on 2025-01-10, revalues it after an
 * upgrade on 2025-05-20, and records the reconciliation of the 2025 inventory on 2026-01-15.
 *
 * <p>The body that uses an asset keeps its records, accounts for it, counts and revalues it (Nghị định
 * 165/2017/NĐ-CP, Điều 6, khoản 2). Each command ({@link #record}, {@link #transfer}, {@link #revalue}, {@link
 * #dispose}, {@link #reconcile}) returns a new register and leaves the register it was called on as it was; a
 * refused command throws an {@link IllegalArgumentException} naming its {@link AssetRule} and changes nothing. Events
 * run in order of days; an asset is recorded once; only an asset in the register and not disposed of changes; a
 * revaluation carries its trigger (Luật 15/2017/QH14, Điều 38, khoản 4); a year's inventory is reconciled once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class AssetRegister {

  private final UnitId keeper;

  @SuppressWarnings("Immutable") // PersistentVector of immutable Immutables values
  private final PersistentVector<AssetEvent> history;

  @SuppressWarnings("Immutable") // ImmutableMap of immutable values
  private final ImmutableMap<AssetId, Asset> inUse;

  @SuppressWarnings("Immutable") // ImmutableSortedSet of immutable values
  private final ImmutableSortedSet<AssetId> disposed;

  @SuppressWarnings("Immutable") // ImmutableSortedSet of immutable values
  private final ImmutableSortedSet<Year> reconciled;

  private AssetRegister(UnitId keeper, PersistentVector<AssetEvent> history, State state) {
    this.keeper = keeper;
    this.history = history;
    this.inUse = ImmutableMap.copyOf(state.inUse);
    this.disposed = ImmutableSortedSet.copyOf(state.disposed);
    this.reconciled = ImmutableSortedSet.copyOf(state.reconciled);
  }

  /**
   * Returns the empty register of a body.
   *
   * @param keeper the body that keeps the register, not null
   * @return the empty register, not null
   */
  public static AssetRegister of(UnitId keeper) {
    requireNonNull(keeper, "keeper");
    return new AssetRegister(keeper, PersistentVector.empty(), new State());
  }

  /**
   * Rebuilds a register from its history, checking every rule on the way; the inventory of a reconciliation is
   * taken as it was recorded, its year reconciled once.
   *
   * @param keeper the body that keeps the register, not null
   * @param events the events in order, not null, none null
   * @return the register, not null
   * @throws IllegalArgumentException if an event breaks a rule, naming it
   */
  public static AssetRegister replay(UnitId keeper, List<AssetEvent> events) {
    requireNonNull(keeper, "keeper");
    ImmutableList<AssetEvent> list = Arguments.list(events, "events");
    State state = new State();
    for (AssetEvent event : list) {
      state.apply(event);
    }
    return new AssetRegister(keeper, PersistentVector.copyOf(list), state);
  }

  /**
   * Returns the body that keeps the register.
   *
   * @return the unit, not null
   */
  public UnitId keeper() {
    return keeper;
  }

  /**
   * Returns the events in order.
   *
   * @return the history, not null
   */
  public ImmutableList<AssetEvent> history() {
    return history.asList();
  }

  /**
   * Returns the register with an asset recorded on the day the asset says.
   *
   * @param asset the asset, not null
   * @return the new register, not null
   * @throws IllegalArgumentException if the asset's id was recorded before ({@link AssetRule#ONE_RECORD_PER_ASSET})
   *     or its day is before the last event's ({@link AssetRule#EVENTS_IN_ORDER})
   */
  public AssetRegister record(Asset asset) {
    return append(AssetEvent.recorded(asset));
  }

  /**
   * Returns the register with an asset transferred to another holder.
   *
   * @param asset the asset, not null
   * @param to the new holder, not its present one, not null
   * @param on the day, not before the last event, not null
   * @return the new register, not null
   * @throws IllegalArgumentException if the asset is not in use in the register, the holder is the same, or the day
   *     is before the last event's; the message names the rule
   */
  public AssetRegister transfer(AssetId asset, UnitId to, LocalDate on) {
    return append(AssetEvent.transferred(asset, to, on));
  }

  /**
   * Returns the register with an asset revalued: its value in the books becomes the new value, and its wear is
   * computed from the new value from the year of the revaluation on ({@link WearPolicy}).
   *
   * @param asset the asset, not null
   * @param value the new value in the books, 0 đồng or more, not null
   * @param trigger the case of Luật 15/2017/QH14, Điều 38, khoản 4, not null
   * @param on the day, not before the last event, not null
   * @return the new register, not null
   * @throws IllegalArgumentException if the asset is not in use in the register, the value is negative or the day
   *     is before the last event's; the message names the rule
   */
  public AssetRegister revalue(AssetId asset, Money value, RevaluationTrigger trigger, LocalDate on) {
    return append(AssetEvent.revalued(asset, value, trigger, on));
  }

  /**
   * Returns the register with an asset written off or disposed of.
   *
   * @param asset the asset, not null
   * @param on the day, not before the last event, not null
   * @return the new register, not null
   * @throws IllegalArgumentException if the asset is not in use in the register or the day is before the last
   *     event's; the message names the rule
   */
  public AssetRegister dispose(AssetId asset, LocalDate on) {
    return append(AssetEvent.disposed(asset, on));
  }

  /**
   * Returns the register with a year's inventory reconciled. The inventory must be a count of this register: its
   * shortfalls are the assets of the register on 31 December that were not found, its surpluses the assets found that
   * the register did not hold.
   *
   * @param inventory the inventory, not null
   * @param on the day, on or after 31 December of the year counted and not before the last event, not null
   * @return the new register, not null
   * @throws IllegalArgumentException if the year was reconciled before ({@link AssetRule#INVENTORY_RECONCILED_ONCE}),
   *     the inventory is not a count of this register ({@link AssetRule#YEAR_END_INVENTORY}), or the day is out of
   *     order
   */
  public AssetRegister reconcile(Inventory inventory, LocalDate on) {
    AssetEvent event = AssetEvent.reconciled(inventory, on);
    checkArgument(
        !reconciled.contains(inventory.year()),
        "%s: the inventory of %s was reconciled before",
        AssetRule.INVENTORY_RECONCILED_ONCE.cite(),
        inventory.year());
    Set<AssetId> expected = new TreeSet<>();
    for (Asset asset : assetsAsOf(inventory.asOf())) {
      if (!inventory.found().contains(asset.id())) {
        expected.add(asset.id());
      }
    }
    for (AssetId found : inventory.found()) {
      if (find(found, inventory.asOf()).isEmpty()) {
        expected.add(found);
      }
    }
    Set<AssetId> given = new TreeSet<>();
    inventory.differences().forEach(d -> given.add(d.asset()));
    checkArgument(
        expected.equals(given),
        "%s: an inventory of %s must list every surplus and shortfall against the register on %s; it lists %s,"
            + " the register gives %s",
        AssetRule.YEAR_END_INVENTORY.cite(),
        inventory.year(),
        inventory.asOf(),
        shortList(given),
        shortList(expected));
    return append(event);
  }

  private static String shortList(Set<AssetId> ids) {
    List<AssetId> list = List.copyOf(ids);
    return list.size() <= 10 ? list.toString() : list.subList(0, 10) + " and " + (list.size() - 10) + " more";
  }

  private AssetRegister append(AssetEvent event) {
    State state = new State(this);
    state.apply(event);
    return new AssetRegister(keeper, history.plus(event), state);
  }

  /**
   * Returns the assets in use on a day: recorded on or before it and not disposed of, each with its holder and value
   * in the books of that day, in the order they were recorded.
   *
   * @param day the day, not null
   * @return the assets, not null
   */
  public ImmutableList<Asset> assetsAsOf(LocalDate day) {
    requireNonNull(day, "day");
    if (history.isEmpty() || !history.last().on().isAfter(day)) {
      return inUse.values().asList();
    }
    State state = new State();
    for (AssetEvent event : history) {
      if (event.on().isAfter(day)) {
        break;
      }
      state.apply(event);
    }
    return ImmutableList.copyOf(state.inUse.values());
  }

  /**
   * Returns an asset as it stands on a day.
   *
   * @param asset the asset, not null
   * @param day the day, not null
   * @return the asset with its holder and value of that day, or empty if it was not in use that day
   */
  public Optional<Asset> find(AssetId asset, LocalDate day) {
    requireNonNull(asset, "asset");
    requireNonNull(day, "day");
    return assetsAsOf(day).stream().filter(a -> a.id().equals(asset)).findFirst();
  }

  /**
   * Returns the events of one asset, in order: its record, transfers, revaluations with their triggers, disposal.
   *
   * @param asset the asset, not null
   * @return the events, empty if the register never held it, not null
   */
  public ImmutableList<AssetEvent> historyOf(AssetId asset) {
    requireNonNull(asset, "asset");
    ImmutableList.Builder<AssetEvent> events = ImmutableList.builder();
    for (AssetEvent event : history) {
      if (event.assetId().equals(Optional.of(asset))) {
        events.add(event);
      }
    }
    return events.build();
  }

  /**
   * Tells whether the inventory of a year was reconciled in the register.
   *
   * @param year the year, not null
   * @return true if its reconciliation is recorded
   */
  public boolean isReconciled(Year year) {
    return reconciled.contains(requireNonNull(year, "year"));
  }

  /**
   * Returns the ids of the assets disposed of.
   *
   * @return the ids, in order, not null
   */
  public ImmutableSortedSet<AssetId> disposed() {
    return disposed;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssetRegister other && keeper.equals(other.keeper) && history().equals(other.history());
  }

  @Override
  public int hashCode() {
    return keeper.hashCode() * 31 + history().hashCode();
  }

  /**
   * Returns a readable form: "AssetRegister[HG-VPTU, 12 events, 9 in use]".
   *
   * @return the keeper and the sizes, not null
   */
  @Override
  public String toString() {
    return "AssetRegister[" + keeper + ", " + history.size() + " events, " + inUse.size() + " in use]";
  }

  /** The state derived from the events, mutable while it is built. */
  private static final class State {
    final Map<AssetId, Asset> inUse;
    final Set<AssetId> disposed;
    final Set<Year> reconciled;
    @Nullable LocalDate last;

    State() {
      inUse = new LinkedHashMap<>();
      disposed = new HashSet<>();
      reconciled = new HashSet<>();
    }

    State(AssetRegister register) {
      inUse = new LinkedHashMap<>(register.inUse);
      disposed = new HashSet<>(register.disposed);
      reconciled = new HashSet<>(register.reconciled);
      last = register.history.isEmpty() ? null : register.history.last().on();
    }

    void apply(AssetEvent event) {
      LocalDate previous = last;
      checkArgument(
          previous == null || !event.on().isBefore(previous),
          "%s: an event of %s cannot follow one of %s",
          AssetRule.EVENTS_IN_ORDER.cite(),
          event.on(),
          previous);
      switch (event.kind()) {
        case RECORDED -> {
          Asset asset = event.asset().orElseThrow();
          checkArgument(
              !inUse.containsKey(asset.id()) && !disposed.contains(asset.id()),
              "%s: %s is in the register already",
              AssetRule.ONE_RECORD_PER_ASSET.cite(),
              asset.id());
          inUse.put(asset.id(), asset);
        }
        case TRANSFERRED -> {
          Asset asset = inUse(event);
          UnitId to = event.to().orElseThrow();
          checkArgument(
              !asset.holder().equals(to),
              "%s: %s is held by %s already",
              AssetRule.TRANSFER_TO_ANOTHER_HOLDER.cite(),
              asset.id(),
              to);
          inUse.put(asset.id(), asset.heldBy(to));
        }
        case REVALUED -> {
          Asset asset = inUse(event);
          inUse.put(asset.id(), asset.valuedAt(event.value().orElseThrow()));
        }
        case DISPOSED -> {
          Asset asset = inUse(event);
          inUse.remove(asset.id());
          disposed.add(asset.id());
        }
        case INVENTORY_RECONCILED -> {
          Year year = event.inventory().orElseThrow().year();
          checkArgument(
              reconciled.add(year),
              "%s: the inventory of %s was reconciled before",
              AssetRule.INVENTORY_RECONCILED_ONCE.cite(),
              year);
        }
      }
      last = event.on();
    }

    private Asset inUse(AssetEvent event) {
      AssetId id = event.assetId().orElseThrow();
      Asset asset = inUse.get(id);
      checkArgument(
          asset != null,
          "%s: %s is %s; it cannot be %s",
          AssetRule.ONLY_ASSETS_IN_USE_CHANGE.cite(),
          id,
          disposed.contains(id) ? "disposed of" : "not in the register",
          event.kind().englishName().toLowerCase(java.util.Locale.ROOT));
      return asset;
    }
  }
}
