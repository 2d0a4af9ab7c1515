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
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The results of an election counted by unit: for each unit (the locality whose constituencies are counted, a
 * province or a commune as its party committee in an org chart) the constituencies, the voters and those who voted
 * on election day, the seats and those filled, and the re-runs and top-up elections called ({@link ResultFigure}). For
 * example Hậu Giang's provincial People's Council in 2016: 12 constituencies, 52 seats, 51 filled, 1 top-up called.
 *
 * <p>Figures merge: {@link #plus(ResultSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector(Function) collector} collects sequentially or in parallel alike. The figures are of
 * one election, {@link #electionDay()}: figures of different elections do not merge. The empty figures have no day
 * and merge with any. {@link ResultRollUp} rolls the figures up a hierarchy, to the province and the nation.
 *
 * <p>A constituency counts its first round's voters and those who voted (the turnout of election day), its seats,
 * the seats filled in every round, a re-run if its election called one and a top-up election if a round called one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ResultSummary implements Summary<ResultSummary> {

  private static final ResultSummary EMPTY = new ResultSummary(null, ImmutableSortedMap.of());

  private final @Nullable LocalDate electionDay;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<ResultFigure, Integer>> byUnit;

  private ResultSummary(
      @Nullable LocalDate electionDay, ImmutableSortedMap<UnitId, ImmutableSortedMap<ResultFigure, Integer>> byUnit) {
    this.electionDay = electionDay;
    this.byUnit = byUnit;
  }

  /**
   * Returns the figures of no constituency, of no election.
   *
   * @return the empty figures, the identity of {@link #plus(ResultSummary) plus}, not null
   */
  public static ResultSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one constituency's result, counted for a unit.
   *
   * @param unit the unit the constituency is counted under, not null
   * @param result the result, after every round held, not null
   * @return the figures, not null
   */
  public static ResultSummary of(UnitId unit, ConstituencyResult result) {
    requireNonNull(unit, "unit");
    requireNonNull(result, "result");
    TallyRecord first = result.rounds().get(0);
    Map<ResultFigure, Integer> counts = new TreeMap<>();
    counts.put(ResultFigure.CONSTITUENCIES, 1);
    counts.put(ResultFigure.VOTERS, first.voters());
    counts.put(ResultFigure.VOTED, first.voted());
    counts.put(ResultFigure.SEATS, result.seats());
    counts.put(ResultFigure.FILLED, result.filled());
    boolean reRun = false;
    boolean topUp = false;
    for (Optional<ConstituencyResult> at = Optional.of(result); at.isPresent(); at = at.get().previous()) {
      reRun |= at.get().nextRound() == NextRound.RE_RUN || at.get().round() == Round.RE_RUN;
      topUp |= at.get().nextRound() == NextRound.TOP_UP || at.get().round() == Round.TOP_UP;
    }
    counts.put(ResultFigure.RE_RUNS, reRun ? 1 : 0);
    counts.put(ResultFigure.TOP_UPS, topUp ? 1 : 0);
    counts.values().removeIf(n -> n == 0);
    return of(result.electionDay(), Map.of(unit, counts));
  }

  /**
   * Returns figures of an election from their counts, for figures exchanged between offices and read back. Figures
   * of 0 are left out; figures of no unit are {@link #empty()}, whatever the day.
   *
   * @param electionDay the election day, not null
   * @param byUnit the figures of each unit; each count positive, not null
   * @return the figures, not null
   * @throws IllegalArgumentException naming the unit, if a count is not positive, a unit has no constituency, more
   *     voted than voters, more seats filled than seats, or more re-runs or top-up elections than constituencies
   */
  public static ResultSummary of(LocalDate electionDay, Map<UnitId, ? extends Map<ResultFigure, Integer>> byUnit) {
    requireNonNull(electionDay, "electionDay");
    Arguments.entries(byUnit, "byUnit").forEach((unit, counts) -> Arguments.entries(counts, "byUnit of " + unit));
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<ResultFigure, Integer>> units =
        ImmutableSortedMap.naturalOrder();
    byUnit.forEach(
        (unit, counts) -> {
          counts.forEach(
              (figure, n) ->
                  checkArgument(
                      n > 0, "figures of 0 are left out, so each count is positive: %s %s=%s", unit, figure, n));
          int constituencies = counts.getOrDefault(ResultFigure.CONSTITUENCIES, 0);
          checkArgument(constituencies > 0, "a unit of the figures counts a constituency or more: %s", unit);
          checkArgument(
              counts.getOrDefault(ResultFigure.VOTED, 0) <= counts.getOrDefault(ResultFigure.VOTERS, 0),
              "no more voters vote than are on the lists: %s %s",
              unit,
              counts);
          checkArgument(
              counts.getOrDefault(ResultFigure.FILLED, 0) <= counts.getOrDefault(ResultFigure.SEATS, 0),
              "no more seats are filled than there are: %s %s",
              unit,
              counts);
          checkArgument(
              counts.getOrDefault(ResultFigure.RE_RUNS, 0) <= constituencies
                  && counts.getOrDefault(ResultFigure.TOP_UPS, 0) <= constituencies,
              "a constituency calls at most one re-run and one top-up election: %s %s",
              unit,
              counts);
          units.put(unit, ImmutableSortedMap.copyOf(counts));
        });
    ImmutableSortedMap<UnitId, ImmutableSortedMap<ResultFigure, Integer>> built = units.buildOrThrow();
    return built.isEmpty() ? EMPTY : new ResultSummary(electionDay, built);
  }

  /**
   * Returns a collector of results into their figures, each counted under the unit a function names, for sequential
   * and parallel streams alike: {@code results.stream().collect(ResultSummary.collector(r -> provinceOf(r)))}.
   *
   * @param unitOf the unit each result is counted under, not null; it returns no null
   * @return the collector, not null
   */
  public static Collector<ConstituencyResult, ?, ResultSummary> collector(
      Function<? super ConstituencyResult, UnitId> unitOf) {
    requireNonNull(unitOf, "unitOf");
    return Collectors.reducing(EMPTY, r -> of(unitOf.apply(r), r), ResultSummary::plus);
  }

  /**
   * Returns the sum of these figures and others of the same election.
   *
   * @param other the other figures, of the same election day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count constituencies and are of different election days; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public ResultSummary plus(ResultSummary other) {
    requireNonNull(other, "other");
    if (other.electionDay == null) {
      return this;
    }
    if (electionDay == null) {
      return other;
    }
    checkArgument(
        electionDay.equals(other.electionDay),
        "the figures of results merge only for one election; these are of %s, the others of %s",
        electionDay,
        other.electionDay);
    Map<UnitId, Map<ResultFigure, Integer>> sum = new TreeMap<>();
    for (ResultSummary part : new ResultSummary[] {this, other}) {
      part.byUnit.forEach(
          (unit, counts) -> {
            Map<ResultFigure, Integer> into = sum.computeIfAbsent(unit, u -> new TreeMap<>());
            counts.forEach((figure, n) -> into.merge(figure, n, Math::addExact));
          });
    }
    return of(electionDay, sum);
  }

  /**
   * Returns the election day the figures are of.
   *
   * @return the day, or empty for {@link #empty()}
   */
  public Optional<LocalDate> electionDay() {
    return Optional.ofNullable(electionDay);
  }

  /**
   * Tells whether no constituency is counted.
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
   * Returns the figures of each unit, figures of 0 left out.
   *
   * @return the figures, by unit, not null
   */
  public ImmutableSortedMap<UnitId, ImmutableSortedMap<ResultFigure, Integer>> byUnit() {
    return byUnit;
  }

  /**
   * Returns the figures of one unit.
   *
   * @param unit the unit, not null
   * @return the unit's figures of the same election, or {@link #empty()} if it has none
   */
  public ResultSummary forUnit(UnitId unit) {
    ImmutableSortedMap<ResultFigure, Integer> counts = byUnit.get(requireNonNull(unit, "unit"));
    return counts == null || electionDay == null
        ? EMPTY
        : new ResultSummary(electionDay, ImmutableSortedMap.of(unit, counts));
  }

  /** Returns these figures counted for another unit, as a roll-up places a unit's figures with a unit above it. */
  ResultSummary countedUnder(UnitId unit) {
    if (electionDay == null) {
      return EMPTY;
    }
    Map<ResultFigure, Integer> counts = new TreeMap<>();
    byUnit.values().forEach(c -> c.forEach((figure, n) -> counts.merge(figure, n, Math::addExact)));
    return of(electionDay, Map.of(unit, counts));
  }

  /**
   * Returns a figure over every unit.
   *
   * @param figure the figure, not null
   * @return the count, 0 or more
   * @throws ArithmeticException if the count passes {@link Integer#MAX_VALUE}
   */
  public int count(ResultFigure figure) {
    requireNonNull(figure, "figure");
    return byUnit.values().stream().mapToInt(c -> c.getOrDefault(figure, 0)).reduce(0, Math::addExact);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResultSummary other
        && Objects.equals(electionDay, other.electionDay)
        && byUnit.equals(other.byUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(electionDay, byUnit);
  }

  /**
   * Returns a readable form: "ResultSummary[2016-05-22, {HG-TU={CONSTITUENCIES=12, VOTERS=540000, …}}]", or
   * "ResultSummary[no constituency]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return electionDay == null ? "ResultSummary[no constituency]" : "ResultSummary[" + electionDay + ", " + byUnit + "]";
  }
}
