package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The congress calendar counted on a day: how many Party organisations are in term, due, moved later, overdue, with
 * no congress recorded or no term, by unit. For example, on 2025-09-30, the cells of a grassroots committee: 14 in
 * term, 3 due, 1 overdue.
 *
 * <p>Figures merge: {@link #plus(CongressSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector() collector} collects sequentially or in parallel alike. The figures hold
 * on a day, {@link #asOf()}, since whether a congress is due or overdue depends on it: figures of different days do
 * not merge. The empty figures have no day and merge with any. {@link CongressRollUp} rolls the figures up a hierarchy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class CongressSummary implements Summary<CongressSummary> {

  private static final CongressSummary EMPTY = new CongressSummary(null, ImmutableSortedMap.of());

  private final @Nullable LocalDate asOf;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<CongressStatus, Integer>> byUnit;

  private CongressSummary(
      @Nullable LocalDate asOf, ImmutableSortedMap<UnitId, ImmutableSortedMap<CongressStatus, Integer>> byUnit) {
    this.asOf = asOf;
    this.byUnit = byUnit;
  }

  /**
   * Returns the figures of no unit, on no day.
   *
   * @return the empty figures, the identity of {@link #plus(CongressSummary) plus}, not null
   */
  public static CongressSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one check: its unit counted once, in its status, on its day.
   *
   * @param check the check, not null
   * @return the figures, not null
   */
  public static CongressSummary of(CongressCheck check) {
    requireNonNull(check, "check");
    return new CongressSummary(
        check.asOf(), ImmutableSortedMap.of(check.unit(), ImmutableSortedMap.of(check.status(), 1)));
  }

  /**
   * Returns figures of a day from their counts, for figures exchanged between offices and read back. Units and
   * statuses with no congress are left out; figures of no congress are {@link #empty()}, whatever the day.
   *
   * @param asOf the day the figures hold on, not null
   * @param byUnit the Party organisations in each status, by unit; each count positive, not null
   * @return the figures, not null
   * @throws IllegalArgumentException naming the unit and status, if a count is not positive or a unit has no count
   */
  public static CongressSummary of(
      LocalDate asOf, Map<UnitId, ? extends Map<CongressStatus, Integer>> byUnit) {
    requireNonNull(asOf, "asOf");
    Arguments.entries(byUnit, "byUnit").forEach((unit, counts) -> Arguments.entries(counts, "byUnit of " + unit));
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<CongressStatus, Integer>> units =
        ImmutableSortedMap.naturalOrder();
    byUnit.forEach(
        (unit, counts) -> {
          checkArgument(!counts.isEmpty(), "a unit with no congress is left out of the figures: %s", unit);
          counts.forEach(
              (status, n) ->
                  checkArgument(
                      n > 0,
                      "statuses with no congress are left out, so each count is positive: %s %s=%s",
                      unit,
                      status,
                      n));
          units.put(unit, ImmutableSortedMap.copyOf(counts));
        });
    ImmutableSortedMap<UnitId, ImmutableSortedMap<CongressStatus, Integer>> built = units.buildOrThrow();
    return built.isEmpty() ? EMPTY : new CongressSummary(asOf, built);
  }

  /**
   * Returns a collector of checks of one day into their figures, for sequential and parallel streams alike: {@code
   * checks.stream().collect(CongressSummary.collector())}.
   *
   * @return the collector, not null; collecting checks of different days throws {@link IllegalArgumentException}
   */
  public static Collector<CongressCheck, ?, CongressSummary> collector() {
    return Collectors.reducing(EMPTY, CongressSummary::of, CongressSummary::plus);
  }

  /**
   * Returns the sum of these figures and others of the same day.
   *
   * @param other the other figures, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count Party organisations and are as of different days; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public CongressSummary plus(CongressSummary other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf),
        "the congress figures merge only as of the same day, since whether a congress is due or overdue"
            + " depends on the day; these are as of %s, the others as of %s",
        asOf,
        other.asOf);
    Map<UnitId, Map<CongressStatus, Integer>> sum = new TreeMap<>();
    for (CongressSummary part : new CongressSummary[] {this, other}) {
      part.byUnit.forEach(
          (unit, counts) -> {
            Map<CongressStatus, Integer> into = sum.computeIfAbsent(unit, u -> new TreeMap<>());
            counts.forEach((status, n) -> into.merge(status, n, Math::addExact));
          });
    }
    return of(asOf, sum);
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
   * Tells whether no congress is counted.
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
   * Returns the counts by status of each unit, statuses with none left out.
   *
   * @return the counts, by unit, not null
   */
  public ImmutableSortedMap<UnitId, ImmutableSortedMap<CongressStatus, Integer>> byUnit() {
    return byUnit;
  }

  /**
   * Returns the figures of one unit.
   *
   * @param unit the unit, not null
   * @return the unit's figures as of the same day, or {@link #empty()} if it has none
   */
  public CongressSummary forUnit(UnitId unit) {
    ImmutableSortedMap<CongressStatus, Integer> counts = byUnit.get(requireNonNull(unit, "unit"));
    return counts == null || asOf == null
        ? EMPTY
        : new CongressSummary(asOf, ImmutableSortedMap.of(unit, counts));
  }

  /**
   * Returns these figures counted for another unit, as a roll-up places the figures of a unit with the one that
   * carries its history.
   */
  CongressSummary countedUnder(UnitId unit) {
    if (asOf == null) {
      return EMPTY;
    }
    Map<CongressStatus, Integer> counts = new TreeMap<>();
    byUnit.values().forEach(c -> c.forEach((status, n) -> counts.merge(status, n, Math::addExact)));
    return of(asOf, Map.of(unit, counts));
  }

  /**
   * Returns the Party organisations counted in a status, over every unit.
   *
   * @param status the status, not null
   * @return the count, 0 or more
   */
  public int count(CongressStatus status) {
    requireNonNull(status, "status");
    return byUnit.values().stream().mapToInt(c -> c.getOrDefault(status, 0)).sum();
  }

  /**
   * Returns the Party organisations counted, over every unit.
   *
   * @return the total, 0 or more
   */
  public int total() {
    return byUnit.values().stream().flatMap(c -> c.values().stream()).mapToInt(Integer::intValue).sum();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CongressSummary other && Objects.equals(asOf, other.asOf) && byUnit.equals(other.byUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, byUnit);
  }

  /**
   * Returns a readable form: "CongressSummary[as of 2016-04-20, {HG-VPTU={DONE=12, DUE=25}}]", or
   * "CongressSummary[no congress]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return asOf == null ? "CongressSummary[no congress]" : "CongressSummary[as of " + asOf + ", " + byUnit + "]";
  }
}
