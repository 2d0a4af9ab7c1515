package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The year-end inventory (kiểm kê) of a register's assets: the assets found at the count, against those the register
 * holds on 31 December of the year, and each surplus and shortfall with its cause. For example the provincial
 * office's inventory of 2025 found every asset but the printer {@code HG-VPTU-TS-2019-004}, a shortfall whose cause
 * the board wrote.
 *
 * <p>The inventory is taken at the end of each annual accounting period (Luật 15/2017/QH14, Điều 38, khoản 3;
 * Nghị định 165/2017/NĐ-CP, Điều 31, khoản 1; Thông tư 23/2023/TT-BTC, Điều 5, khoản 2, điểm b). {@link #count}
 * compares the count with the register; {@link AssetRegister#reconcile} records it in the register, once a year.
 * Recording a surplus or writing off a shortfall is the application's decision, made with {@link
 * AssetRegister#record} and {@link AssetRegister#dispose}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.NaturalOrder on an attribute: Immutables, needed only to compile
@ValueType
public abstract class Inventory {

  Inventory() {}

  /**
   * The year counted, as of its 31 December.
   *
   * @return the year, from 1 to 9999
   */
  public abstract Year year();

  /**
   * The assets found at the count.
   *
   * @return the ids, in order, not null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<AssetId> found();

  /**
   * Each surplus and shortfall with its cause, in order of the asset's id.
   *
   * @return the differences, not null
   */
  public abstract ImmutableList<InventoryDifference> differences();

  /**
   * Returns the last day of the year counted, the day the register is compared as of.
   *
   * @return 31 December of {@link #year()}, not null
   */
  public LocalDate asOf() {
    return year().atMonth(12).atEndOfMonth();
  }

  /**
   * Returns an inventory as an application kept it: the year, the assets found and the differences it recorded.
   * Use {@link #count} to compare a count with a register.
   *
   * @param year the year, from 1 to 9999, not null
   * @param found the assets found, not null, none null
   * @param differences the surpluses and shortfalls, not null, none null, one per asset
   * @return the inventory, not null
   * @throws IllegalArgumentException if the year is outside the range or an asset differs twice
   */
  public static Inventory of(Year year, Collection<AssetId> found, Collection<InventoryDifference> differences) {
    return ImmutableInventory.builder()
        .year(requireNonNull(year, "year"))
        .found(Arguments.list(found, "found"))
        .differences(Arguments.list(differences, "differences"))
        .build();
  }

  /**
   * Counts a register's assets as of 31 December of a year: each asset of the register on that day that was not
   * found is a shortfall, each asset found that the register does not hold that day a surplus, each with the cause
   * the board gave (Luật 15/2017/QH14, Điều 38, khoản 3).
   *
   * @param register the register, not null
   * @param year the year, from 1 to 9999, not null
   * @param found the assets found at the count, not null, none null
   * @param causes the cause of each surplus and shortfall by asset, not null; others are ignored
   * @return the inventory, not null
   * @throws IllegalArgumentException if a surplus or a shortfall has no cause, or the year is outside the range
   */
  public static Inventory count(
      AssetRegister register, Year year, Collection<AssetId> found, Map<AssetId, String> causes) {
    requireNonNull(register, "register");
    requireNonNull(year, "year");
    ImmutableList<AssetId> counted = Arguments.list(found, "found");
    requireNonNull(causes, "causes");
    checkYear(year);
    Set<AssetId> held = new HashSet<>();
    for (Asset asset : register.assetsAsOf(year.atMonth(12).atEndOfMonth())) {
      held.add(asset.id());
    }
    Set<AssetId> seen = new HashSet<>(counted);
    ImmutableList.Builder<InventoryDifference> differences = ImmutableList.builder();
    for (AssetId id : ImmutableSortedSet.copyOf(held)) {
      if (!seen.contains(id)) {
        differences.add(InventoryDifference.of(id, InventoryDifferenceKind.SHORTFALL, cause(causes, id)));
      }
    }
    for (AssetId id : ImmutableSortedSet.copyOf(seen)) {
      if (!held.contains(id)) {
        differences.add(InventoryDifference.of(id, InventoryDifferenceKind.SURPLUS, cause(causes, id)));
      }
    }
    return of(year, counted, differences.build());
  }

  private static String cause(Map<AssetId, String> causes, AssetId id) {
    String cause = causes.get(id);
    checkArgument(
        cause != null,
        "%s: each surplus and shortfall has its cause; none was given for %s",
        AssetRule.YEAR_END_INVENTORY.cite(),
        id);
    return cause;
  }

  private static void checkYear(Year year) {
    checkArgument(
        year.getValue() >= 1 && year.getValue() <= 9999, "an inventory's year is from 1 to 9999; it was %s", year);
  }

  @Value.Check
  Inventory normalize() {
    checkYear(year());
    Set<AssetId> assets = new HashSet<>();
    for (InventoryDifference difference : differences()) {
      checkArgument(
          assets.add(difference.asset()),
          "%s: an asset differs once in an inventory; %s differs twice in %s",
          AssetRule.YEAR_END_INVENTORY.cite(),
          difference.asset(),
          year());
      boolean wasFound = found().contains(difference.asset());
      checkArgument(
          wasFound == (difference.kind() == InventoryDifferenceKind.SURPLUS),
          "%s: a surplus is an asset found, a shortfall one not found; %s of %s says otherwise",
          AssetRule.YEAR_END_INVENTORY.cite(),
          difference.kind(),
          difference.asset());
    }
    ImmutableList<InventoryDifference> sorted =
        ImmutableList.sortedCopyOf(
            (a, b) -> a.asset().compareTo(b.asset()), differences());
    return sorted.equals(differences()) ? this : ImmutableInventory.builder().from(this).differences(sorted).build();
  }
}
