package io.github.vanphong.asset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A summary by unit placed over a tree of units: the figures of each unit at the unit that carries them, and each
 * unit's figures with those of every unit under it. {@link AssetRollUp} is this for {@link AssetSummary}; a {@link
 * Figures} says how to read and add the summary. The placement is that of the election package's roll-ups, which a
 * domain package may not use.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <S> the summary
 */
final class AssetPlacement<S> {

  /**
   * What a roll-up reads of a summary: its units, one unit's figures, the figures counted under another unit, the
   * sum of two, and the empty summary.
   *
   * @param <S> the summary
   */
  static final class Figures<S> {
    private final Function<S, Set<UnitId>> units;
    private final BiFunction<S, UnitId, S> forUnit;
    private final BiFunction<S, UnitId, S> countedUnder;
    private final BinaryOperator<S> plus;
    private final S empty;

    Figures(
        Function<S, Set<UnitId>> units,
        BiFunction<S, UnitId, S> forUnit,
        BiFunction<S, UnitId, S> countedUnder,
        BinaryOperator<S> plus,
        S empty) {
      this.units = units;
      this.forUnit = forUnit;
      this.countedUnder = countedUnder;
      this.plus = plus;
      this.empty = empty;
    }
  }

  private final Figures<S> figures;
  private final LocalDate date;
  private final ImmutableSortedMap<UnitId, S> own;
  private final ImmutableSortedMap<UnitId, S> rolledUp;
  private final ImmutableSortedMap<UnitId, S> unplaced;

  private AssetPlacement(
      Figures<S> figures,
      LocalDate date,
      ImmutableSortedMap<UnitId, S> own,
      ImmutableSortedMap<UnitId, S> rolledUp,
      ImmutableSortedMap<UnitId, S> unplaced) {
    this.figures = figures;
    this.date = date;
    this.own = own;
    this.rolledUp = rolledUp;
    this.unplaced = unplaced;
  }

  /**
   * Places each unit's figures at its carrier (the unit itself without a chart), then adds them to that unit and to
   * every unit above it: about the units counted times the depth of the tree. Figures whose unit is not in the tree
   * and has no carrier are kept apart, never dropped.
   */
  static <S> AssetPlacement<S> place(Figures<S> figures, S summary, UnitTree tree, Optional<OrgChart> chart) {
    requireNonNull(summary, "summary");
    LocalDate date = tree.date();
    Set<UnitId> units = figures.units.apply(summary);
    Optional<ImmutableMap<UnitId, UnitId>> carriers = chart.map(c -> c.historyCarriers(units, date));
    Map<UnitId, S> own = new TreeMap<>();
    Map<UnitId, S> unplaced = new TreeMap<>();
    for (UnitId unit : units) {
      S ofUnit = figures.forUnit.apply(summary, unit);
      Optional<UnitId> carrier =
          carriers.isPresent() ? Optional.ofNullable(carriers.get().get(unit)) : Optional.of(unit);
      if (carrier.isEmpty() || tree.find(carrier.get()).isEmpty()) {
        unplaced.put(unit, ofUnit);
        continue;
      }
      own.merge(carrier.get(), figures.countedUnder.apply(ofUnit, carrier.get()), figures.plus);
    }
    Map<UnitId, S> rolledUp = new HashMap<>();
    own.forEach(
        (placed, ofUnit) -> {
          for (Optional<Unit> at = tree.find(placed); at.isPresent(); at = at.get().parent().flatMap(tree::find)) {
            UnitId id = at.get().id();
            rolledUp.merge(id, figures.countedUnder.apply(ofUnit, id), figures.plus);
          }
        });
    return new AssetPlacement<>(
        figures,
        date,
        ImmutableSortedMap.copyOf(own),
        ImmutableSortedMap.copyOf(rolledUp),
        ImmutableSortedMap.copyOf(unplaced));
  }

  LocalDate date() {
    return date;
  }

  S summaryOf(UnitId unit) {
    return rolledUp.getOrDefault(requireNonNull(unit, "unit"), figures.empty);
  }

  S ownSummaryOf(UnitId unit) {
    return own.getOrDefault(requireNonNull(unit, "unit"), figures.empty);
  }

  ImmutableSortedMap<UnitId, S> rolledUp() {
    return rolledUp;
  }

  ImmutableSortedMap<UnitId, S> unplaced() {
    return unplaced;
  }

  /** The figures placed and unplaced, each counted under the unit it is placed at. */
  S total() {
    S total = figures.empty;
    for (S s : own.values()) {
      total = figures.plus.apply(total, s);
    }
    for (S s : unplaced.values()) {
      total = figures.plus.apply(total, s);
    }
    return total;
  }

  /** The readable form of a roll-up named {@code name}, with its total described by {@code counted}. */
  String toString(String name, String counted) {
    return name + "[" + date + ", " + counted + ", " + rolledUp.size() + " units, " + unplaced.size() + " unplaced]";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssetPlacement<?> other
        && date.equals(other.date)
        && own.equals(other.own)
        && rolledUp.equals(other.rolledUp)
        && unplaced.equals(other.unplaced);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, own, rolledUp, unplaced);
  }
}
