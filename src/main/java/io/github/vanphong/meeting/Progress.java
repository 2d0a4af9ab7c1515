package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.calendar.DeadlineStatus;
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
 * The figures of a set of action items on a day: how many are in each state, how many are overdue, and how many
 * were reported done after their deadline. For example the thirteen items of the Hậu Giang briefing of 2016-03-01
 * on 2016-06-30: so many reported done, so many in progress, one overdue.
 *
 * <p>Figures merge: {@link #plus(Progress) plus} is associative and commutative, with {@link #empty()} as its identity,
 * and {@link #collector(LocalDate) collector} collects sequentially or in parallel alike. The figures hold on a day, {@link
 * #asOf()}, since the state of an item and whether it is overdue depend on the day: figures of different days do not
 * merge, and {@link #plus} refuses them. The empty figures have no day and merge with any. An item not yet assigned
 * on the day counts nowhere: its figures are {@link #empty()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Progress implements Summary<Progress> {

  private static final Progress EMPTY = new Progress(null, ImmutableSortedMap.of(), 0, 0);

  private final @Nullable LocalDate asOf;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<ActionItemState, Integer> byState;

  private final int overdue;
  private final int doneLate;

  private Progress(
      @Nullable LocalDate asOf, ImmutableSortedMap<ActionItemState, Integer> byState, int overdue, int doneLate) {
    this.asOf = asOf;
    this.byState = byState;
    this.overdue = overdue;
    this.doneLate = doneLate;
  }

  /**
   * Returns the figures of no item, on no day.
   *
   * @return the empty figures, the identity of {@link #plus(Progress) plus}, not null
   */
  public static Progress empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one item at the end of a day: its state then, whether it was overdue, whether it was
   * reported done after its deadline.
   *
   * @param item the item, not null
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the figures of one item as of the day, or {@link #empty()} if it was not yet assigned on that day
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public static Progress of(ActionItem item, LocalDate day) {
    requireNonNull(item, "item");
    requireNonNull(day, "day");
    Optional<ActionItemState> state = item.stateOn(day);
    if (state.isEmpty()) {
      return EMPTY;
    }
    Optional<DeadlineStatus> status = item.deadlineStatusOn(day);
    return new Progress(
        day,
        ImmutableSortedMap.of(state.get(), 1),
        status.filter(s -> s == DeadlineStatus.OVERDUE).isPresent() ? 1 : 0,
        status.filter(s -> s == DeadlineStatus.MET_LATE).isPresent() ? 1 : 0);
  }

  /**
   * Returns the figures of a day from their counts, for figures exchanged between offices and read back: {@code
   * Progress.of(LocalDate.of(2016, 6, 30), Map.of(ActionItemState.IN_PROGRESS, 8, ActionItemState.REPORTED_DONE, 5),
   * 1, 2)} for eight items in progress, one of them overdue, and five reported done, two of them late. The counts
   * must agree as those of a set of items do: states with no item left out, the overdue items some of the open ones,
   * the items done late some of those reported done. Figures of no item are {@link #empty()}, whatever the day.
   *
   * @param asOf the day the figures hold on, not null
   * @param byState the number of items in each state, each positive, not null
   * @param overdue the number of open items overdue, from zero to the number open
   * @param doneLate the number of items reported done after their deadline, from zero to the number reported done
   * @return the figures, not null
   * @throws IllegalArgumentException naming the count, if a count of a state is not positive, or {@code overdue} or
   *     {@code doneLate} is negative or more than the items they are some of
   * @throws ArithmeticException if a total passes {@link Integer#MAX_VALUE}
   */
  public static Progress of(LocalDate asOf, Map<ActionItemState, Integer> byState, int overdue, int doneLate) {
    requireNonNull(asOf, "asOf");
    Arguments.entries(byState, "byState");
    byState.forEach(
        (state, n) ->
            checkArgument(
                n > 0, "byState leaves out the states with no item, so each count is positive: %s=%s", state, n));
    Progress counted = new Progress(asOf, ImmutableSortedMap.copyOf(byState), overdue, doneLate);
    checkArgument(
        overdue >= 0 && overdue <= counted.open(),
        "overdue items are some of the open ones: %s overdue of %s open",
        overdue,
        counted.open());
    checkArgument(
        doneLate >= 0 && doneLate <= counted.done(),
        "doneLate items are some of those reported done: %s done late of %s done",
        doneLate,
        counted.done());
    return byState.isEmpty() ? EMPTY : counted;
  }

  /**
   * Returns a collector of items into their figures at the end of a day, for sequential and parallel streams alike:
   * {@code items.stream().collect(Progress.collector(LocalDate.of(2016, 6, 30)))}. The order of the items does not
   * matter; collecting no item, or only items not yet assigned on the day, gives {@link #empty()}.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the collector, not null; it throws {@link IllegalArgumentException} if the day is outside the calendar's
   *     range
   */
  public static Collector<ActionItem, ?, Progress> collector(LocalDate day) {
    requireNonNull(day, "day");
    return Collectors.reducing(EMPTY, item -> of(item, day), Progress::plus);
  }

  /**
   * Returns the sum of these figures and others of the same day.
   *
   * @param other the other figures, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count items and are as of different days, since the state of an item
   *     and whether it is overdue depend on the day; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public Progress plus(Progress other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf),
        "the figures of action items merge only as of the same day, since the state of an item and whether it is"
            + " overdue depend on the day; these are as of %s, the others as of %s",
        asOf,
        other.asOf);
    Map<ActionItemState, Integer> sum = new TreeMap<>(byState);
    other.byState.forEach((state, n) -> sum.merge(state, n, Math::addExact));
    return new Progress(
        asOf,
        ImmutableSortedMap.copyOf(sum),
        Math.addExact(overdue, other.overdue),
        Math.addExact(doneLate, other.doneLate));
  }

  /**
   * A running sum of figures, for a roll-up that adds many of them: it counts into arrays and makes the figures once,
   * equal to adding them one by one with {@link #plus}, without a map per addition. Not thread-safe.
   */
  static final class Sum {
    private static final ActionItemState[] STATES = ActionItemState.values();

    private @Nullable LocalDate asOf;
    private final int[] byState = new int[STATES.length];
    private final boolean[] counted = new boolean[STATES.length];
    private int overdue;
    private int doneLate;

    /** Adds figures, refused as {@link #plus} refuses them. */
    @SuppressWarnings("EnumOrdinal") // an index into this accumulator's arrays, never kept
    void add(Progress figures) {
      if (figures.asOf == null) {
        return;
      }
      sameDay(figures.asOf);
      figures.byState.forEach(
          (state, n) -> {
            byState[state.ordinal()] = Math.addExact(byState[state.ordinal()], n);
            counted[state.ordinal()] = true;
          });
      overdue = Math.addExact(overdue, figures.overdue);
      doneLate = Math.addExact(doneLate, figures.doneLate);
    }

    /** Adds another running sum. */
    void add(Sum other) {
      if (other.asOf == null) {
        return;
      }
      sameDay(other.asOf);
      for (int i = 0; i < byState.length; i++) {
        byState[i] = Math.addExact(byState[i], other.byState[i]);
        counted[i] |= other.counted[i];
      }
      overdue = Math.addExact(overdue, other.overdue);
      doneLate = Math.addExact(doneLate, other.doneLate);
    }

    private void sameDay(LocalDate day) {
      checkArgument(
          asOf == null || asOf.equals(day),
          "the figures of action items merge only as of the same day, since the state of an item and whether it is"
              + " overdue depend on the day; these are as of %s, the others as of %s",
          asOf,
          day);
      asOf = day;
    }

    /** The figures of everything added: {@link #empty()} if nothing with a day was. */
    Progress figures() {
      LocalDate day = asOf;
      if (day == null) {
        return EMPTY;
      }
      ImmutableSortedMap.Builder<ActionItemState, Integer> states = ImmutableSortedMap.naturalOrder();
      for (int i = 0; i < STATES.length; i++) {
        if (counted[i]) {
          states.put(STATES[i], byState[i]);
        }
      }
      return new Progress(day, states.buildOrThrow(), overdue, doneLate);
    }
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
  public ImmutableSortedMap<ActionItemState, Integer> byState() {
    return byState;
  }

  /**
   * Returns the items counted in a state.
   *
   * @param state the state, not null
   * @return the count, 0 or more
   */
  public int count(ActionItemState state) {
    requireNonNull(state, "state");
    return byState.getOrDefault(state, 0);
  }

  /**
   * Returns the items counted.
   *
   * @return the total, 0 or more
   */
  public int total() {
    return byState.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Returns the items still open: assigned, in progress or extended.
   *
   * @return the count, 0 or more
   */
  public int open() {
    return byState.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToInt(Map.Entry::getValue).sum();
  }

  /**
   * Returns the items reported done.
   *
   * @return the count, 0 or more
   */
  public int done() {
    return count(ActionItemState.REPORTED_DONE);
  }

  /**
   * Returns the open items whose deadline had passed.
   *
   * @return the count, from 0 to {@link #open()}
   */
  public int overdue() {
    return overdue;
  }

  /**
   * Returns the items reported done after their deadline.
   *
   * @return the count, from 0 to {@link #done()}
   */
  public int doneLate() {
    return doneLate;
  }

  /**
   * Returns the share of the items not cancelled that were reported done, as a percentage rounded as asked: 50.0
   * for 6 of 12 at scale 1.
   *
   * @param scale the number of decimal places, from 0 to 20
   * @param rounding how to round, not null; {@link RoundingMode#UNNECESSARY} refuses to round
   * @return the percentage; zero when every item counted was cancelled, or none was counted
   * @throws IllegalArgumentException if the scale is outside 0 to 20
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@link RoundingMode#UNNECESSARY}
   */
  public BigDecimal percentDone(int scale, RoundingMode rounding) {
    Percentages.checkScale(scale);
    requireNonNull(rounding, "rounding");
    int followed = total() - count(ActionItemState.CANCELLED);
    if (followed == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return Percentages.of(done(), followed, scale, rounding);
  }

  /**
   * The figures in words, adding up to the total: "13 items: 11 reported done, 2 open (1 overdue)", with ", 1
   * cancelled" when some are.
   */
  String figures() {
    int total = total();
    int cancelled = count(ActionItemState.CANCELLED);
    return total
        + (total == 1 ? " item: " : " items: ")
        + done()
        + " reported done, "
        + open()
        + " open ("
        + overdue
        + " overdue)"
        + (cancelled == 0 ? "" : ", " + cancelled + " cancelled");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Progress other
        && Objects.equals(asOf, other.asOf)
        && byState.equals(other.byState)
        && overdue == other.overdue
        && doneLate == other.doneLate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, byState, overdue, doneLate);
  }

  /**
   * Returns a readable form: "Progress[as of 2016-06-30, 13 items {ASSIGNED=2, IN_PROGRESS=5, REPORTED_DONE=6}, 1
   * overdue, 0 done late]", or "Progress[no item]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    if (asOf == null) {
      return "Progress[no item]";
    }
    return "Progress[as of "
        + asOf
        + ", "
        + total()
        + " items "
        + byState
        + ", "
        + overdue
        + " overdue, "
        + doneLate
        + " done late]";
  }
}
