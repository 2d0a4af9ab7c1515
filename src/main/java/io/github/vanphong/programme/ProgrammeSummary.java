package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Percentages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How far work programmes are carried out on a day: how many items are in each state, and how many open ones are
 * late (due in a month already over). For example the standing committee's programme for 2016-Q3 on 2016-09-30: 9
 * items concluded, 2 postponed, 1 submitted and late.
 *
 * <p>Figures merge: {@link #plus(ProgrammeSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector(LocalDate) collector} collects sequentially or in parallel alike. The figures hold
 * on a day, {@link #asOf()}: figures of different days do not merge, and {@link #plus} refuses them. The empty
 * figures have no day and merge with any. An item not yet planned on the day counts nowhere.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ProgrammeSummary implements Summary<ProgrammeSummary> {

  private static final ProgrammeSummary EMPTY = new ProgrammeSummary(null, ImmutableSortedMap.of(), 0);

  private final @Nullable LocalDate asOf;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<ProgrammeItemState, Integer> byState;

  private final int late;

  private ProgrammeSummary(
      @Nullable LocalDate asOf, ImmutableSortedMap<ProgrammeItemState, Integer> byState, int late) {
    this.asOf = asOf;
    this.byState = byState;
    this.late = late;
  }

  /**
   * Returns the figures of no item, on no day.
   *
   * @return the empty figures, the identity of {@link #plus(ProgrammeSummary) plus}, not null
   */
  public static ProgrammeSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one item at the end of a day: its state then, and whether it was late.
   *
   * @param item the item, not null
   * @param day the day, not null
   * @return the figures of one item, or {@link #empty()} if it was not yet planned on that day
   */
  public static ProgrammeSummary of(ProgrammeItem item, LocalDate day) {
    requireNonNull(item, "item");
    requireNonNull(day, "day");
    Optional<ProgrammeItemState> state = item.stateOn(day);
    if (state.isEmpty()) {
      return EMPTY;
    }
    return new ProgrammeSummary(day, ImmutableSortedMap.of(state.get(), 1), item.isLateOn(day) ? 1 : 0);
  }

  /**
   * Returns the figures of a day from their counts, for figures exchanged between offices and read back. The counts
   * must agree as those of a set of items do: states with no item left out, the late items some of the open ones.
   * Figures of no item are {@link #empty()}, whatever the day.
   *
   * @param asOf the day the figures hold on, not null
   * @param byState the number of items in each state, each positive, not null
   * @param late the number of open items late, from zero to the number open
   * @return the figures, not null
   * @throws IllegalArgumentException if a count of a state is not positive, or {@code late} is negative or more than
   *     the items open
   * @throws ArithmeticException if a total passes {@link Integer#MAX_VALUE}
   */
  public static ProgrammeSummary of(LocalDate asOf, Map<ProgrammeItemState, Integer> byState, int late) {
    requireNonNull(asOf, "asOf");
    Arguments.entries(byState, "byState");
    byState.forEach(
        (state, n) ->
            checkArgument(
                n > 0, "byState leaves out the states with no item, so each count is positive: %s=%s", state, n));
    ProgrammeSummary counted = new ProgrammeSummary(asOf, ImmutableSortedMap.copyOf(byState), late);
    checkArgument(counted.total() > 0 || byState.isEmpty(), "byState counts items: %s", byState);
    checkArgument(
        late >= 0 && late <= counted.open(),
        "late items are some of the open ones: %s late of %s open",
        late,
        counted.open());
    return byState.isEmpty() ? EMPTY : counted;
  }

  /**
   * Returns a collector of items into their figures at the end of a day, for sequential and parallel streams alike.
   *
   * @param day the day, not null
   * @return the collector, not null
   */
  public static Collector<ProgrammeItem, ?, ProgrammeSummary> collector(LocalDate day) {
    requireNonNull(day, "day");
    return Collectors.reducing(EMPTY, item -> of(item, day), ProgrammeSummary::plus);
  }

  /**
   * Returns the sum of these figures and others of the same day.
   *
   * @param other the other figures, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count items and are as of different days; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public ProgrammeSummary plus(ProgrammeSummary other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf),
        "the figures of programme items merge only as of the same day, since an item's state depends on the day;"
            + " these are as of %s, the others as of %s",
        asOf,
        other.asOf);
    Map<ProgrammeItemState, Integer> sum = new TreeMap<>(byState);
    other.byState.forEach((state, n) -> sum.merge(state, n, Math::addExact));
    ProgrammeSummary result =
        new ProgrammeSummary(asOf, ImmutableSortedMap.copyOf(sum), Math.addExact(late, other.late));
    checkArgument(result.total() > 0, "figures that count items are not empty: %s", result);
    return result;
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
   * Tells whether no item is counted.
   *
   * @return true for {@link #empty()}
   */
  public boolean isEmpty() {
    return byState.isEmpty();
  }

  /**
   * Returns the items counted in each state, states with none left out.
   *
   * @return the counts by state, not null
   */
  public ImmutableSortedMap<ProgrammeItemState, Integer> byState() {
    return byState;
  }

  /**
   * Returns the items counted in a state.
   *
   * @param state the state, not null
   * @return the count, 0 or more
   */
  public int count(ProgrammeItemState state) {
    requireNonNull(state, "state");
    return byState.getOrDefault(state, 0);
  }

  /**
   * Returns the items counted.
   *
   * @return the total, 0 or more
   * @throws ArithmeticException if it passes {@link Integer#MAX_VALUE}
   */
  public int total() {
    int total = 0;
    for (int n : byState.values()) {
      total = Math.addExact(total, n);
    }
    return total;
  }

  /**
   * Returns the items still open: planned, prepared or submitted.
   *
   * @return the count, 0 or more
   */
  public int open() {
    int open = 0;
    for (Map.Entry<ProgrammeItemState, Integer> e : byState.entrySet()) {
      if (e.getKey().isOpen()) {
        open = Math.addExact(open, e.getValue());
      }
    }
    return open;
  }

  /**
   * Returns the items concluded.
   *
   * @return the count, 0 or more
   */
  public int concluded() {
    return count(ProgrammeItemState.CONCLUDED);
  }

  /**
   * Returns the open items due in a month already over.
   *
   * @return the count, from 0 to {@link #open()}
   */
  public int late() {
    return late;
  }

  /**
   * Returns the share of the items not dropped that were concluded, as a percentage rounded as asked: 75.0 for 9 of
   * 12 at scale 1. A postponed item counts as not concluded.
   *
   * @param scale the number of decimal places, from 0 to 20
   * @param rounding how to round, not null; {@link RoundingMode#UNNECESSARY} refuses to round
   * @return the percentage; zero when every item counted was dropped, or none was counted
   * @throws IllegalArgumentException if the scale is outside 0 to 20
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@link RoundingMode#UNNECESSARY}
   */
  public BigDecimal percentConcluded(int scale, RoundingMode rounding) {
    Percentages.checkScale(scale);
    requireNonNull(rounding, "rounding");
    int followed = total() - count(ProgrammeItemState.DROPPED);
    if (followed == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return Percentages.of(concluded(), followed, scale, rounding);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgrammeSummary other
        && Objects.equals(asOf, other.asOf)
        && byState.equals(other.byState)
        && late == other.late;
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, byState, late);
  }

  /**
   * Returns a readable form: "ProgrammeSummary[as of 2016-09-30, 12 items {SUBMITTED=1, CONCLUDED=9, POSTPONED=2}, 1
   * late]", or "ProgrammeSummary[no item]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    if (asOf == null) {
      return "ProgrammeSummary[no item]";
    }
    return "ProgrammeSummary[as of " + asOf + ", " + total() + " items " + byState + ", " + late + " late]";
  }
}
