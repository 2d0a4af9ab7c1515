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
 * The statuses of the milestones that offices follow, counted by unit on a day: for example, on 2016-04-20, the office
 * of Tỉnh ủy Hậu Giang with 2 of the 37 milestones of 2016 done, 1 done late, 18 due and 16 overdue.
 *
 * <p>Figures merge: {@link #plus(MilestoneSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector(LocalDate) collector} collects sequentially or in parallel alike. The figures hold
 * on a day, {@link #asOf()}, since whether a milestone is due or overdue depends on it: figures of different days do
 * not merge. The empty figures have no day and merge with any; a follow-up of a timeline with no milestone counts
 * nothing and is {@link #empty()}. {@link MilestoneRollUp} rolls the figures up a hierarchy.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class MilestoneSummary implements Summary<MilestoneSummary> {

  private static final MilestoneSummary EMPTY = new MilestoneSummary(null, ImmutableSortedMap.of());

  private final @Nullable LocalDate asOf;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<MilestoneStatus, Integer>> byUnit;

  private MilestoneSummary(
      @Nullable LocalDate asOf, ImmutableSortedMap<UnitId, ImmutableSortedMap<MilestoneStatus, Integer>> byUnit) {
    this.asOf = asOf;
    this.byUnit = byUnit;
  }

  /**
   * Returns the figures of no milestone, on no day.
   *
   * @return the empty figures, the identity of {@link #plus(MilestoneSummary) plus}, not null
   */
  public static MilestoneSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one follow-up on a day: the status of each of its milestones, counted for its unit.
   *
   * @param followUp the follow-up, not null
   * @param asOf the day, not null
   * @return the figures, or {@link #empty()} if its timeline has no milestone
   */
  public static MilestoneSummary of(ElectionFollowUp followUp, LocalDate asOf) {
    requireNonNull(followUp, "followUp");
    requireNonNull(asOf, "asOf");
    Map<MilestoneStatus, Integer> counts = new TreeMap<>();
    for (MilestoneCheck check : followUp.checks(asOf)) {
      counts.merge(check.status(), 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      return EMPTY;
    }
    return new MilestoneSummary(
        asOf, ImmutableSortedMap.of(followUp.unit(), ImmutableSortedMap.copyOf(counts)));
  }

  /**
   * Returns figures of a day from their counts, for figures exchanged between offices and read back. Units and
   * statuses with no milestone are left out; figures of no milestone are {@link #empty()}, whatever the day.
   *
   * @param asOf the day the figures hold on, not null
   * @param byUnit the number of milestones in each status, by unit; each count positive, not null
   * @return the figures, not null
   * @throws IllegalArgumentException naming the unit and status, if a count is not positive or a unit has no count
   */
  public static MilestoneSummary of(
      LocalDate asOf, Map<UnitId, ? extends Map<MilestoneStatus, Integer>> byUnit) {
    requireNonNull(asOf, "asOf");
    Arguments.entries(byUnit, "byUnit").forEach((unit, counts) -> Arguments.entries(counts, "byUnit of " + unit));
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<MilestoneStatus, Integer>> units =
        ImmutableSortedMap.naturalOrder();
    byUnit.forEach(
        (unit, counts) -> {
          checkArgument(!counts.isEmpty(), "a unit with no milestone is left out of the figures: %s", unit);
          counts.forEach(
              (status, n) ->
                  checkArgument(
                      n > 0,
                      "statuses with no milestone are left out, so each count is positive: %s %s=%s",
                      unit,
                      status,
                      n));
          units.put(unit, ImmutableSortedMap.copyOf(counts));
        });
    ImmutableSortedMap<UnitId, ImmutableSortedMap<MilestoneStatus, Integer>> built = units.buildOrThrow();
    return built.isEmpty() ? EMPTY : new MilestoneSummary(asOf, built);
  }

  /**
   * Returns a collector of follow-ups into their figures on a day, for sequential and parallel streams alike: {@code
   * followUps.stream().collect(MilestoneSummary.collector(LocalDate.of(2016, 4, 20)))}.
   *
   * @param asOf the day, not null
   * @return the collector, not null
   */
  public static Collector<ElectionFollowUp, ?, MilestoneSummary> collector(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return Collectors.reducing(EMPTY, f -> of(f, asOf), MilestoneSummary::plus);
  }

  /**
   * Returns the sum of these figures and others of the same day.
   *
   * @param other the other figures, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count milestones and are as of different days; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public MilestoneSummary plus(MilestoneSummary other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf),
        "the figures of milestones merge only as of the same day, since whether a milestone is due or overdue"
            + " depends on the day; these are as of %s, the others as of %s",
        asOf,
        other.asOf);
    Map<UnitId, Map<MilestoneStatus, Integer>> sum = new TreeMap<>();
    for (MilestoneSummary part : new MilestoneSummary[] {this, other}) {
      part.byUnit.forEach(
          (unit, counts) -> {
            Map<MilestoneStatus, Integer> into = sum.computeIfAbsent(unit, u -> new TreeMap<>());
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
   * Tells whether no milestone is counted.
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
  public ImmutableSortedMap<UnitId, ImmutableSortedMap<MilestoneStatus, Integer>> byUnit() {
    return byUnit;
  }

  /**
   * Returns the figures of one unit.
   *
   * @param unit the unit, not null
   * @return the unit's figures as of the same day, or {@link #empty()} if it has none
   */
  public MilestoneSummary forUnit(UnitId unit) {
    ImmutableSortedMap<MilestoneStatus, Integer> counts = byUnit.get(requireNonNull(unit, "unit"));
    return counts == null || asOf == null
        ? EMPTY
        : new MilestoneSummary(asOf, ImmutableSortedMap.of(unit, counts));
  }

  /**
   * Returns these figures counted for another unit, as a roll-up places the figures of a unit with the one that
   * carries its history.
   */
  MilestoneSummary countedUnder(UnitId unit) {
    if (asOf == null) {
      return EMPTY;
    }
    Map<MilestoneStatus, Integer> counts = new TreeMap<>();
    byUnit.values().forEach(c -> c.forEach((status, n) -> counts.merge(status, n, Math::addExact)));
    return of(asOf, Map.of(unit, counts));
  }

  /**
   * Returns the milestones counted in a status, over every unit.
   *
   * @param status the status, not null
   * @return the count, 0 or more
   */
  public int count(MilestoneStatus status) {
    requireNonNull(status, "status");
    return byUnit.values().stream().mapToInt(c -> c.getOrDefault(status, 0)).sum();
  }

  /**
   * Returns the milestones counted, over every unit.
   *
   * @return the total, 0 or more
   */
  public int total() {
    return byUnit.values().stream().flatMap(c -> c.values().stream()).mapToInt(Integer::intValue).sum();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MilestoneSummary other && Objects.equals(asOf, other.asOf) && byUnit.equals(other.byUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, byUnit);
  }

  /**
   * Returns a readable form: "MilestoneSummary[as of 2016-04-20, {HG-VPTU={DONE=12, DUE=25}}]", or
   * "MilestoneSummary[no milestone]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return asOf == null ? "MilestoneSummary[no milestone]" : "MilestoneSummary[as of " + asOf + ", " + byUnit + "]";
  }
}
