package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The assets held on a day, counted and valued by unit, class and source: the figures of the asset report (Nghị định
 * 165/2017/NĐ-CP, Điều 32). For example on 2025-12-31 the provincial office holds 14 machines from the State budget
 * worth VND 412,000,000 and one car, and the committee's board 6 machines.
 *
 * <p>Figures merge: {@link #plus(AssetSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector(LocalDate) collector} collects sequentially or in parallel alike. The figures hold
 * on a day, {@link #asOf()}, since an asset's holder and value change: figures of different days do not merge. The
 * empty figures have no day and merge with any. {@link AssetRollUp} rolls the figures up a hierarchy, as the report
 * goes from the district office (until 2025) to the provincial office, then to the central office and the
 * provincial finance department.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class AssetSummary implements Summary<AssetSummary> {

  private static final AssetSummary EMPTY = new AssetSummary(null, ImmutableSortedMap.of());

  private final @Nullable LocalDate asOf;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ImmutableList<AssetFigure>> byUnit;

  private AssetSummary(@Nullable LocalDate asOf, ImmutableSortedMap<UnitId, ImmutableList<AssetFigure>> byUnit) {
    this.asOf = asOf;
    this.byUnit = byUnit;
  }

  /**
   * Returns the figures of no asset, on no day.
   *
   * @return the empty figures, the identity of {@link #plus(AssetSummary) plus}, not null
   */
  public static AssetSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one asset on a day: counted once, with its value in the books, at its holder.
   *
   * @param asset the asset as it stands on the day, not null
   * @param asOf the day, not null
   * @return the figures, not null
   */
  public static AssetSummary of(Asset asset, LocalDate asOf) {
    requireNonNull(asset, "asset");
    requireNonNull(asOf, "asOf");
    return new AssetSummary(
        asOf,
        ImmutableSortedMap.of(
            asset.holder(),
            ImmutableList.of(AssetFigure.of(asset.assetClass(), asset.source(), 1, asset.originalValue()))));
  }

  /**
   * Returns the figures of a register's assets in use on a day.
   *
   * @param register the register, not null
   * @param asOf the day, not null
   * @return the figures, not null
   */
  public static AssetSummary of(AssetRegister register, LocalDate asOf) {
    requireNonNull(register, "register");
    requireNonNull(asOf, "asOf");
    return register.assetsAsOf(asOf).stream().collect(collector(asOf));
  }

  /**
   * Returns figures of a day from their lines, for figures exchanged between offices and read back. Figures of no
   * asset are {@link #empty()}, whatever the day.
   *
   * @param asOf the day the figures hold on, not null
   * @param byUnit the lines of each unit, at most one per class and source, not null, none null
   * @return the figures, not null
   * @throws IllegalArgumentException naming the unit, if a unit has no line or two of one class and source
   */
  public static AssetSummary of(LocalDate asOf, Map<UnitId, ? extends List<AssetFigure>> byUnit) {
    requireNonNull(asOf, "asOf");
    Arguments.entries(byUnit, "byUnit").forEach((unit, lines) -> Arguments.list(lines, "byUnit of " + unit));
    ImmutableSortedMap.Builder<UnitId, ImmutableList<AssetFigure>> units = ImmutableSortedMap.naturalOrder();
    byUnit.forEach(
        (unit, lines) -> {
          checkArgument(!lines.isEmpty(), "a unit with no asset is left out of the figures: %s", unit);
          ImmutableList<AssetFigure> sorted = ImmutableList.sortedCopyOf(AssetFigure.ORDER, lines);
          for (int i = 1; i < sorted.size(); i++) {
            checkArgument(
                AssetFigure.ORDER.compare(sorted.get(i - 1), sorted.get(i)) != 0,
                "a unit has one line per class and source: %s has two of %s from %s",
                unit,
                sorted.get(i).assetClass(),
                sorted.get(i).source());
          }
          units.put(unit, sorted);
        });
    ImmutableSortedMap<UnitId, ImmutableList<AssetFigure>> built = units.buildOrThrow();
    return built.isEmpty() ? EMPTY : new AssetSummary(asOf, built);
  }

  /**
   * Returns a collector of assets as they stand on a day into their figures, for sequential and parallel streams
   * alike: {@code register.assetsAsOf(day).stream().collect(AssetSummary.collector(day))}.
   *
   * @param asOf the day, not null
   * @return the collector, not null
   */
  public static Collector<Asset, ?, AssetSummary> collector(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return Collectors.reducing(EMPTY, a -> of(a, asOf), AssetSummary::plus);
  }

  /**
   * Returns the sum of these figures and others of the same day.
   *
   * @param other the other figures, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count assets and are as of different days; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE} or a value the range of a long
   */
  @Override
  public AssetSummary plus(AssetSummary other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf),
        "asset figures merge only as of the same day, since holders and values change; these are as of %s, the"
            + " others as of %s",
        asOf,
        other.asOf);
    Map<UnitId, List<AssetFigure>> sum = new TreeMap<>();
    byUnit.forEach((unit, lines) -> sum.put(unit, lines));
    other.byUnit.forEach((unit, lines) -> sum.merge(unit, lines, AssetSummary::merge));
    return of(asOf, sum);
  }

  private static List<AssetFigure> merge(List<AssetFigure> a, List<AssetFigure> b) {
    Map<String, AssetFigure> lines = new TreeMap<>();
    for (List<AssetFigure> part : List.of(a, b)) {
      for (AssetFigure line : part) {
        lines.merge(line.assetClass().name() + "/" + line.source().name(), line, AssetFigure::plus);
      }
    }
    return List.copyOf(lines.values());
  }

  /**
   * Returns the day the figures hold on.
   *
   * @return the day, or empty for {@link #empty()}
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Tells whether no asset is counted.
   *
   * @return true for {@link #empty()}
   */
  public boolean isEmpty() {
    return byUnit.isEmpty();
  }

  /**
   * Returns the units counted, in order.
   *
   * @return the units, not null
   */
  public ImmutableSortedSet<UnitId> units() {
    return byUnit.keySet();
  }

  /**
   * Returns the lines of each unit, by class then source.
   *
   * @return the lines, by unit, not null
   */
  public ImmutableSortedMap<UnitId, ImmutableList<AssetFigure>> byUnit() {
    return byUnit;
  }

  /**
   * Returns the figures of one unit.
   *
   * @param unit the unit, not null
   * @return the unit's figures as of the same day, or {@link #empty()} if it has none
   */
  public AssetSummary forUnit(UnitId unit) {
    ImmutableList<AssetFigure> lines = byUnit.get(requireNonNull(unit, "unit"));
    return lines == null || asOf == null ? EMPTY : new AssetSummary(asOf, ImmutableSortedMap.of(unit, lines));
  }

  /** These figures counted for another unit, as a roll-up places them with the unit that carries them. */
  AssetSummary countedUnder(UnitId unit) {
    if (asOf == null) {
      return EMPTY;
    }
    List<AssetFigure> lines = List.of();
    for (ImmutableList<AssetFigure> of : byUnit.values()) {
      lines = merge(lines, of);
    }
    return of(asOf, Map.of(unit, lines));
  }

  /**
   * Returns the number of assets counted, over every unit.
   *
   * @return the count, 0 or more
   * @throws ArithmeticException if it passes {@link Integer#MAX_VALUE}
   */
  public int count() {
    return count(l -> true);
  }

  /**
   * Returns the number of assets of a class, over every unit.
   *
   * @param assetClass the class, not null
   * @return the count, 0 or more
   */
  public int count(AssetClass assetClass) {
    requireNonNull(assetClass, "assetClass");
    return count(l -> l.assetClass() == assetClass);
  }

  /**
   * Returns the number of assets from a source, over every unit.
   *
   * @param source the source, not null
   * @return the count, 0 or more
   */
  public int count(AssetSource source) {
    requireNonNull(source, "source");
    return count(l -> l.source() == source);
  }

  /**
   * Returns the value in the books of the assets counted, over every unit.
   *
   * @return the value, 0 đồng or more
   * @throws ArithmeticException if it passes the range of a long
   */
  public Money value() {
    return value(l -> true);
  }

  /**
   * Returns the value in the books of the assets of a class, over every unit.
   *
   * @param assetClass the class, not null
   * @return the value, 0 đồng or more
   */
  public Money value(AssetClass assetClass) {
    requireNonNull(assetClass, "assetClass");
    return value(l -> l.assetClass() == assetClass);
  }

  /**
   * Returns the value in the books of the assets from a source, over every unit.
   *
   * @param source the source, not null
   * @return the value, 0 đồng or more
   */
  public Money value(AssetSource source) {
    requireNonNull(source, "source");
    return value(l -> l.source() == source);
  }

  private int count(Predicate<AssetFigure> which) {
    int count = 0;
    for (ImmutableList<AssetFigure> lines : byUnit.values()) {
      for (AssetFigure line : lines) {
        if (which.test(line)) {
          count = Math.addExact(count, line.count());
        }
      }
    }
    return count;
  }

  private Money value(Predicate<AssetFigure> which) {
    Money value = Money.ZERO;
    for (ImmutableList<AssetFigure> lines : byUnit.values()) {
      for (AssetFigure line : lines) {
        if (which.test(line)) {
          value = value.plus(line.value());
        }
      }
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssetSummary other && Objects.equals(asOf, other.asOf) && byUnit.equals(other.byUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, byUnit);
  }

  /**
   * Returns a readable form: "AssetSummary[as of 2025-12-31, 2 units, {…}]", or
   * "AssetSummary[no asset]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return asOf == null
        ? "AssetSummary[no asset]"
        : "AssetSummary[as of " + asOf + ", " + byUnit.size() + " units, " + byUnit + "]";
  }
}
