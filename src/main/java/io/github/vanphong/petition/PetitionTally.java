package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Percentages;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of a set of petitions as of a day: how many by kind, state, receiving unit, channel and month
 * received; how the office kept its time limits; and which petitions are overdue. For example the 1,200 petitions
 * of a provincial office tallied on 2026-12-31: 310 open, 92 % of the judged duties met on time, 14 petitions with
 * an overdue duty.
 *
 * <p><b>As of a day.</b> A tally is computed with a {@link WorkingCalendar} and a day, each petition with its own {@link PetitionRuleBook}
 * ({@link #collector}, {@link #of}); everything in it holds on that day ({@link #asOf()}): the state of each
 * petition is the one its history reached by that day (later events are not yet known), and the status of each
 * deadline is its status that day ({@link Petition#deadlines}). A petition received after the day is refused.
 * Tallies of different days do not merge: {@link #plus} refuses them. The {@linkplain #empty() empty tally} has no
 * day and merges with any.
 *
 * <p><b>Timeliness.</b> Only the time limits that bind the office count ({@link PetitionDeadline#officeDuty()}:
 * processing, forwarding, acceptance, notices, resolution, dispatch of a decision); the window for a second
 * complaint and the day a decision becomes final do not. On the day of the tally each duty is either judged, met on
 * time ({@link DeadlineStatus#MET}), met late ({@link DeadlineStatus#MET_LATE}) or overdue (not done and past its due
 * date, {@link DeadlineStatus#OVERDUE}), or still pending and not judged (on track, due soon, due today). The
 * <em>on-time rate</em> is
 *
 * <pre>  met on time / (met on time + met late + overdue)</pre>
 *
 * <p>so a duty not done and already overdue counts against the office before it is done. There is no rate when no
 * duty is judged. The definition is the library's own; the time limits it rests on are those of the rule book
 * (Luật Khiếu nại 02/2011/QH13, Luật Tố cáo 25/2018/QH14, Luật Tiếp công dân 42/2013/QH13 and the Party's
 * regulations, see docs/rules.md). The rate is given exactly by its counts, as a {@code double} ({@link
 * #onTimeRate()}) and as a percentage rounded as asked ({@link #onTimePercent}). A duty is judged by its own status,
 * whatever the state of its petition: a closed complaint whose decision was never dispatched still has that duty
 * overdue; a duty that a withdrawal ended counts as done on the day of the withdrawal, as {@link
 * Petition#deadlines} reports it.
 *
 * <p><b>Overdue list.</b> {@link #overdue()} lists each overdue duty with its petition, unit, stage and due date,
 * sorted by petition; it is a set, so a petition tallied twice appears once, while the counts count it twice.
 *
 * <p><b>Merging.</b> {@link #plus} is associative and commutative with {@link #empty()} as its identity, and {@link
 * #collector} gives the same tally sequentially and on parallel streams, and as the fold of {@link #of} with {@link
 * #plus}. A restructured organisation is handled by {@link #reassignedTo}: each unit's counts move to the unit that
 * carries its history ({@link OrgChart#historyCarrier}).
 *
 * <p>A tally holds no petitioner's identity, neither in its counts nor in its overdue list nor in its text form
 * (Luật Tố cáo 25/2018/QH14, Điều 8, 9, 47, 56).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class PetitionTally implements Summary<PetitionTally> {

  private static final int LISTED_IN_TEXT = 10;

  private static final PetitionTally EMPTY =
      new PetitionTally(
          null,
          0,
          ImmutableSortedMap.of(),
          ImmutableSortedMap.of(),
          ImmutableSortedMap.of(),
          ImmutableSortedMap.of(),
          ImmutableSortedMap.of(),
          ImmutableSortedMap.of(),
          ImmutableSortedMap.of(),
          ImmutableSortedSet.of());

  private final @Nullable LocalDate asOf;
  private final int petitions;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<PetitionKind, Integer> byKind;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<PetitionState, Integer> byState;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, Integer> byUnit;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<PetitionState, Integer>> byUnitAndState;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<Channel, Integer> byChannel;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<YearMonth, Integer> byMonth;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<DeadlineStatus, Integer> dutiesByStatus;

  @SuppressWarnings("Immutable") // ImmutableSortedSet of immutable values
  private final ImmutableSortedSet<OverdueDuty> overdue;

  private PetitionTally(
      @Nullable LocalDate asOf,
      int petitions,
      ImmutableSortedMap<PetitionKind, Integer> byKind,
      ImmutableSortedMap<PetitionState, Integer> byState,
      ImmutableSortedMap<UnitId, Integer> byUnit,
      ImmutableSortedMap<UnitId, ImmutableSortedMap<PetitionState, Integer>> byUnitAndState,
      ImmutableSortedMap<Channel, Integer> byChannel,
      ImmutableSortedMap<YearMonth, Integer> byMonth,
      ImmutableSortedMap<DeadlineStatus, Integer> dutiesByStatus,
      ImmutableSortedSet<OverdueDuty> overdue) {
    this.asOf = asOf;
    this.petitions = petitions;
    this.byKind = byKind;
    this.byState = byState;
    this.byUnit = byUnit;
    this.byUnitAndState = byUnitAndState;
    this.byChannel = byChannel;
    this.byMonth = byMonth;
    this.dutiesByStatus = dutiesByStatus;
    this.overdue = overdue;
  }

  // ---- making tallies ----------------------------------------------------------------------------------------

  /**
   * Returns the tally of nothing: no petition, no day, no duty. It is the identity of {@link #plus}.
   *
   * @return the empty tally, not null
   */
  public static PetitionTally empty() {
    return EMPTY;
  }

  /**
   * Returns the tally of one petition as of a day.
   *
   * @param petition the petition, not null
   * @param calendar the calendar whose working days count, not null
   * @param asOf the day of the tally, on or after the day the petition was received, not null
   * @return the tally of the petition, not null
   * @throws IllegalArgumentException if the petition was received after {@code asOf}
   * @throws java.time.DateTimeException if a day of its deadlines falls outside the calendar's range
   */
  public static PetitionTally of(Petition petition, WorkingCalendar calendar, LocalDate asOf) {
    requireNonNull(petition, "petition");
    Counter counter = new Counter(calendar, asOf);
    counter.add(petition);
    return counter.finish();
  }

  /**
   * Returns a collector of petitions into their tally as of a day, for sequential and parallel streams alike:
   * {@code petitions.stream().collect(PetitionTally.collector(WorkingCalendar.vietnam(), LocalDate.of(2026, 12,
   * 31)))}. Each petition's deadlines are those of its own rule book. The order of the petitions does not matter.
   * Collecting no petition gives {@link #empty()}.
   *
   * @param calendar the calendar whose working days count, not null
   * @param asOf the day of the tally, on or after the day every petition collected was received, not null
   * @return the collector, not null; it throws {@link IllegalArgumentException} for a petition received after
   *     {@code asOf}, and {@link java.time.DateTimeException} for one whose deadlines fall outside the calendar's
   *     range
   */
  public static Collector<Petition, ?, PetitionTally> collector(WorkingCalendar calendar, LocalDate asOf) {
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    return Collector.of(
        () -> new Counter(calendar, asOf),
        Counter::add,
        Counter::combine,
        Counter::finish,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a tally from its figures, for tallies exchanged between offices and read back: the petitions of each
   * kind, of each unit in each state, of each channel and of each month received, the office's duties by status and
   * the overdue duties. The figures must agree as those of a set of petitions do: every count positive (a key with
   * no petition is left out), the counts by kind, by unit and state, by channel and by month all of the same
   * petitions, no month after the day, and the overdue list those of the duties counted overdue (a petition tallied
   * twice is listed once), each of a unit counted and due before the day. Figures of no petition are {@link
   * #empty()}, whatever the day. The definitions are the library's own, as for {@link #collector}.
   *
   * @param asOf the day the figures hold on, not null
   * @param byKind the number of petitions of each kind, not null
   * @param byUnitAndState the number of petitions of each receiving unit in each state, not null
   * @param byChannel the number of petitions received through each channel, not null
   * @param byMonth the number of petitions received in each month, not null
   * @param dutiesByStatus the number of the office's duties with each status on the day, not null
   * @param overdue the overdue duties, not null
   * @return the tally, not null
   * @throws IllegalArgumentException naming the figure and its value, if a count is not positive, the totals
   *     disagree, a month is after the day, or an overdue duty is not among the units and duties counted or is not
   *     due before the day
   * @throws ArithmeticException if a total passes {@link Integer#MAX_VALUE}
   */
  public static PetitionTally of(
      LocalDate asOf,
      Map<PetitionKind, Integer> byKind,
      Map<UnitId, ? extends Map<PetitionState, Integer>> byUnitAndState,
      Map<Channel, Integer> byChannel,
      Map<YearMonth, Integer> byMonth,
      Map<DeadlineStatus, Integer> dutiesByStatus,
      Set<OverdueDuty> overdue) {
    requireNonNull(asOf, "asOf");
    Arguments.entries(byKind, "byKind");
    Arguments.entries(byUnitAndState, "byUnitAndState");
    Arguments.entries(byChannel, "byChannel");
    Arguments.entries(byMonth, "byMonth");
    Arguments.entries(dutiesByStatus, "dutiesByStatus");
    Arguments.elements(overdue, "overdue");
    int petitions = positiveTotal("byKind", byKind);
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<PetitionState, Integer>> unitStates =
        ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<UnitId, Integer> units = ImmutableSortedMap.naturalOrder();
    Map<PetitionState, Integer> states = new TreeMap<>();
    int ofUnits = 0;
    for (Map.Entry<UnitId, ? extends Map<PetitionState, Integer>> unit : byUnitAndState.entrySet()) {
      int ofUnit = positiveTotal("byUnitAndState of " + unit.getKey(), unit.getValue());
      checkArgument(ofUnit > 0, "byUnitAndState leaves out the units with no petition: %s has none", unit.getKey());
      unit.getValue().forEach((state, n) -> states.merge(state, n, Math::addExact));
      unitStates.put(unit.getKey(), ImmutableSortedMap.copyOf(unit.getValue()));
      units.put(unit.getKey(), ofUnit);
      ofUnits = Math.addExact(ofUnits, ofUnit);
    }
    agree("byUnitAndState", ofUnits, petitions);
    agree("byChannel", positiveTotal("byChannel", byChannel), petitions);
    agree("byMonth", positiveTotal("byMonth", byMonth), petitions);
    for (YearMonth month : byMonth.keySet()) {
      checkArgument(
          !month.atDay(1).isAfter(asOf),
          "byMonth counts petitions received in %s, after the day of the tally %s",
          month,
          asOf);
    }
    int duties = positiveTotal("dutiesByStatus", dutiesByStatus);
    int overdueDuties = dutiesByStatus.getOrDefault(DeadlineStatus.OVERDUE, 0);
    checkArgument(
        overdue.size() <= overdueDuties && (overdueDuties == 0) == overdue.isEmpty(),
        "the overdue list holds the duties counted overdue, each once: %s listed, %s counted overdue",
        overdue.size(),
        overdueDuties);
    for (OverdueDuty duty : overdue) {
      checkArgument(
          byUnitAndState.containsKey(duty.unit()),
          "an overdue duty is of a unit counted: %s is not in byUnitAndState",
          duty);
      checkArgument(duty.dueDate().isBefore(asOf), "an overdue duty is due before the day %s: %s", asOf, duty);
    }
    if (petitions == 0) {
      checkArgument(duties == 0, "duties are of petitions: %s duties counted of no petition", duties);
      return EMPTY;
    }
    return new PetitionTally(
        asOf,
        petitions,
        ImmutableSortedMap.copyOf(byKind),
        ImmutableSortedMap.copyOf(states),
        units.build(),
        unitStates.build(),
        ImmutableSortedMap.copyOf(byChannel),
        ImmutableSortedMap.copyOf(byMonth),
        ImmutableSortedMap.copyOf(dutiesByStatus),
        ImmutableSortedSet.copyOf(overdue));
  }

  /** The sum of counts that must each be positive, a key with none being left out. */
  private static <K> int positiveTotal(String figure, Map<K, Integer> counts) {
    Arguments.entries(counts, figure);
    int total = 0;
    for (Map.Entry<K, Integer> count : counts.entrySet()) {
      checkArgument(
          count.getValue() > 0,
          "%s leaves out what has no count, so each count is positive: %s=%s",
          figure,
          count.getKey(),
          count.getValue());
      total = Math.addExact(total, count.getValue());
    }
    return total;
  }

  private static void agree(String figure, int total, int petitions) {
    checkArgument(
        total == petitions,
        "%s counts %s petitions where byKind counts %s; both count the same petitions",
        figure,
        total,
        petitions);
  }

  // ---- merging -----------------------------------------------------------------------------------------------

  /**
   * Returns the sum of this tally and another as of the same day: the counts of both added, their overdue lists
   * joined.
   *
   * @param other the other tally, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both tallies count petitions and are as of different days, since the
   *     status of a deadline depends on the day; neither tally changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public PetitionTally plus(PetitionTally other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf),
        "tallies merge only as of the same day, since the status of a deadline depends on the day; this one is as"
            + " of %s, the other as of %s",
        asOf,
        other.asOf);
    return new PetitionTally(
        asOf,
        Math.addExact(petitions, other.petitions),
        sum(byKind, other.byKind),
        sum(byState, other.byState),
        sum(byUnit, other.byUnit),
        sumNested(byUnitAndState, other.byUnitAndState),
        sum(byChannel, other.byChannel),
        sum(byMonth, other.byMonth),
        sum(dutiesByStatus, other.dutiesByStatus),
        ImmutableSortedSet.<OverdueDuty>naturalOrder().addAll(overdue).addAll(other.overdue).build());
  }

  private static <K extends Comparable<? super K>> ImmutableSortedMap<K, Integer> sum(
      ImmutableSortedMap<K, Integer> a, ImmutableSortedMap<K, Integer> b) {
    Map<K, Integer> result = new TreeMap<>(a);
    b.forEach((k, v) -> result.merge(k, v, Math::addExact));
    return ImmutableSortedMap.copyOf(result);
  }

  private static <K extends Comparable<? super K>, E extends Comparable<? super E>>
      ImmutableSortedMap<K, ImmutableSortedMap<E, Integer>> sumNested(
          ImmutableSortedMap<K, ImmutableSortedMap<E, Integer>> a,
          ImmutableSortedMap<K, ImmutableSortedMap<E, Integer>> b) {
    Map<K, ImmutableSortedMap<E, Integer>> result = new TreeMap<>(a);
    b.forEach((k, v) -> result.merge(k, v, PetitionTally::sum));
    return ImmutableSortedMap.copyOf(result);
  }

  /**
   * Returns this tally with each unit's counts moved to the unit that carries its history on a day ({@link
   * OrgChart#historyCarrier}): after the district level ended on 2025-07-01, the petitions received by a district
   * office are counted under the unit that took over its history. Overdue duties move with their units. A unit with
   * no carrier that day (not yet created, unknown to the chart, or dissolved with no successor) keeps its own
   * counts, so that no petition is lost. The day of the tally stays {@link #asOf()}.
   *
   * @param chart the org chart, not null
   * @param on the day of the organisation to count under, not null
   * @return the re-aggregated tally, with the same totals, not null
   */
  public PetitionTally reassignedTo(OrgChart chart, LocalDate on) {
    requireNonNull(chart, "chart");
    requireNonNull(on, "on");
    // every overdue duty's unit counts a petition, so the units of the counts are all the units there are; their
    // carriers are asked of the chart at once
    ImmutableMap<UnitId, UnitId> carriers = chart.historyCarriers(byUnit.keySet(), on);
    Map<UnitId, Integer> units = new HashMap<>(Math.max(16, byUnit.size() * 2));
    Map<UnitId, ImmutableSortedMap<PetitionState, Integer>> unitStates =
        new HashMap<>(Math.max(16, byUnit.size() * 2));
    byUnit.forEach(
        (unit, n) -> {
          UnitId carrier = carriers.getOrDefault(unit, unit);
          units.merge(carrier, n, Math::addExact);
          unitStates.merge(carrier, requireNonNull(byUnitAndState.get(unit)), PetitionTally::sum);
        });
    List<OverdueDuty> duties = new ArrayList<>(overdue.size());
    boolean movedAny = false;
    for (OverdueDuty duty : overdue) {
      UnitId carrier = carriers.getOrDefault(duty.unit(), duty.unit());
      if (carrier.equals(duty.unit())) {
        duties.add(duty);
      } else {
        duties.add(OverdueDuty.of(duty.petition(), carrier, duty.stage(), duty.round(), duty.dueDate()));
        movedAny = true;
      }
    }
    ImmutableSortedSet<OverdueDuty> moved = movedAny ? sortedWithinPetitions(duties) : overdue;
    return new PetitionTally(
        asOf,
        petitions,
        byKind,
        byState,
        ImmutableSortedMap.copyOf(units),
        ImmutableSortedMap.copyOf(unitStates),
        byChannel,
        byMonth,
        dutiesByStatus,
        moved);
  }

  /**
   * The overdue duties, given in the order of the overdue list with their units changed, as a sorted set. The list
   * is ordered by petition first, and a change of unit reorders only the duties of one petition, so only those runs
   * are sorted (and freed of duplicates) and the whole is copied as it stands: linear in the duties, where sorting
   * the whole list again was {@code n log n}.
   */
  private static ImmutableSortedSet<OverdueDuty> sortedWithinPetitions(List<OverdueDuty> duties) {
    List<OverdueDuty> sorted = new ArrayList<>(duties.size());
    int from = 0;
    while (from < duties.size()) {
      PetitionId petition = duties.get(from).petition();
      int to = from + 1;
      while (to < duties.size() && duties.get(to).petition().equals(petition)) {
        to++;
      }
      List<OverdueDuty> run = duties.subList(from, to);
      if (run.size() > 1) {
        run = new ArrayList<>(run);
        Collections.sort(run);
      }
      for (OverdueDuty duty : run) {
        if (sorted.isEmpty() || sorted.get(sorted.size() - 1).compareTo(duty) != 0) {
          sorted.add(duty);
        }
      }
      from = to;
    }
    return ImmutableSortedSet.copyOfSorted(new InOrder<>(sorted));
  }

  // ---- what it holds -----------------------------------------------------------------------------------------

  /**
   * Returns the day the tally holds on.
   *
   * @return the day, or empty for the empty tally
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the number of petitions tallied.
   *
   * @return the number, zero or more
   */
  public int petitions() {
    return petitions;
  }

  /**
   * Returns the number of petitions open on the day ({@link PetitionState#isOpen()}).
   *
   * @return the number, from zero to {@link #petitions()}
   */
  public int open() {
    int open = 0;
    for (Map.Entry<PetitionState, Integer> entry : byState.entrySet()) {
      if (entry.getKey().isOpen()) {
        open += entry.getValue();
      }
    }
    return open;
  }

  /**
   * Returns the number of petitions closed on the day: every petition not {@linkplain #open() open}.
   *
   * @return the number, from zero to {@link #petitions()}
   */
  public int closed() {
    return petitions - open();
  }

  /**
   * Returns the petitions counted by kind, kinds with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<PetitionKind, Integer> byKind() {
    return byKind;
  }

  /**
   * Returns the petitions counted by their state on the day, states with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<PetitionState, Integer> byState() {
    return byState;
  }

  /**
   * Returns the petitions counted by receiving unit (or by the unit carrying its history after {@link
   * #reassignedTo}), units with none left out.
   *
   * @return the counts, sorted by unit, not null
   */
  public ImmutableSortedMap<UnitId, Integer> byUnit() {
    return byUnit;
  }

  /**
   * Returns the petitions counted by receiving unit and, within each unit, by their state on the day, in one call:
   * the table of a report that gives each office's open and closed petitions. For example {@code
   * tally.byUnitAndState().get(UnitId.of("HG-VPTU"))} is {@code {VERIFYING=3, RESOLVED=9}} when that office
   * received twelve petitions, three of them still being verified. The counts of a unit add up to its {@link
   * #count(UnitId) count}, and the counts of a state over the units to its {@link #count(PetitionState) count}. After {@link
   * #reassignedTo} the units are those that carry the history.
   *
   * @return the counts, sorted by unit, then by state, units and states with none left out, not null
   */
  public ImmutableSortedMap<UnitId, ImmutableSortedMap<PetitionState, Integer>> byUnitAndState() {
    return byUnitAndState;
  }

  /**
   * Returns the petitions counted by the channel they came by, channels with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<Channel, Integer> byChannel() {
    return byChannel;
  }

  /**
   * Returns the petitions counted by the month they were received in, months with none left out.
   *
   * @return the counts, oldest month first, not null
   */
  public ImmutableSortedMap<YearMonth, Integer> byMonth() {
    return byMonth;
  }

  /**
   * Returns the number of petitions of a kind.
   *
   * @param kind the kind, not null
   * @return the number, zero or more
   */
  public int count(PetitionKind kind) {
    return byKind.getOrDefault(requireNonNull(kind, "kind"), 0);
  }

  /**
   * Returns the number of petitions in a state on the day.
   *
   * @param state the state, not null
   * @return the number, zero or more
   */
  public int count(PetitionState state) {
    return byState.getOrDefault(requireNonNull(state, "state"), 0);
  }

  /**
   * Returns the number of petitions received by a unit (or counted under it after {@link #reassignedTo}).
   *
   * @param unit the unit, not null
   * @return the number, zero or more
   */
  public int count(UnitId unit) {
    return byUnit.getOrDefault(requireNonNull(unit, "unit"), 0);
  }

  /**
   * Returns the number of petitions received by a unit (or counted under it after {@link #reassignedTo}) and in a
   * state on the day.
   *
   * @param unit the unit, not null
   * @param state the state, not null
   * @return the number, zero or more
   */
  public int count(UnitId unit, PetitionState state) {
    requireNonNull(state, "state");
    ImmutableSortedMap<PetitionState, Integer> states = byUnitAndState.get(requireNonNull(unit, "unit"));
    return states == null ? 0 : states.getOrDefault(state, 0);
  }

  /**
   * Returns the number of petitions that came by a channel.
   *
   * @param channel the channel, not null
   * @return the number, zero or more
   */
  public int count(Channel channel) {
    return byChannel.getOrDefault(requireNonNull(channel, "channel"), 0);
  }

  /**
   * Returns the number of petitions received in a month.
   *
   * @param month the month, not null
   * @return the number, zero or more
   */
  public int count(YearMonth month) {
    return byMonth.getOrDefault(requireNonNull(month, "month"), 0);
  }

  /**
   * Returns the office's duties counted by their status on the day, statuses with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<DeadlineStatus, Integer> dutiesByStatus() {
    return dutiesByStatus;
  }

  /**
   * Returns the number of the office's duties with a status on the day.
   *
   * @param status the status, not null
   * @return the number, zero or more
   */
  public int duties(DeadlineStatus status) {
    return dutiesByStatus.getOrDefault(requireNonNull(status, "status"), 0);
  }

  /**
   * Returns the number of the office's duties, judged or pending.
   *
   * @return the number, zero or more
   */
  public int duties() {
    int all = 0;
    for (int n : dutiesByStatus.values()) {
      all += n;
    }
    return all;
  }

  /**
   * Returns the number of the office's duties done by their due date ({@link DeadlineStatus#MET}).
   *
   * @return the number, zero or more
   */
  public int dutiesMetOnTime() {
    return duties(DeadlineStatus.MET);
  }

  /**
   * Returns the number of the office's duties done after their due date ({@link DeadlineStatus#MET_LATE}).
   *
   * @return the number, zero or more
   */
  public int dutiesMetLate() {
    return duties(DeadlineStatus.MET_LATE);
  }

  /**
   * Returns the number of the office's duties not done and past their due date on the day ({@link
   * DeadlineStatus#OVERDUE}).
   *
   * @return the number, zero or more
   */
  public int dutiesOverdue() {
    return duties(DeadlineStatus.OVERDUE);
  }

  /**
   * Returns the number of the office's duties judged on the day: met on time, met late or overdue.
   *
   * @return the number, zero or more
   */
  public int dutiesJudged() {
    return dutiesMetOnTime() + dutiesMetLate() + dutiesOverdue();
  }

  /**
   * Returns the on-time rate: the duties met on time over the duties judged, between 0 and 1; for example 0.75 for
   * 6 met on time, 1 met late and 1 overdue. The exact ratio is {@link #dutiesMetOnTime()} over {@link
   * #dutiesJudged()}.
   *
   * @return the rate, or empty if no duty is judged
   */
  public OptionalDouble onTimeRate() {
    int judged = dutiesJudged();
    return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) dutiesMetOnTime() / judged);
  }

  /**
   * Returns the on-time rate as a percentage rounded as asked: 66.67 for 2 of 3 at scale 2 {@link
   * RoundingMode#HALF_UP}.
   *
   * @param scale the number of decimal places, from 0 to 20
   * @param rounding how to round, not null; {@link RoundingMode#UNNECESSARY} refuses to round
   * @return the percentage, or empty if no duty is judged
   * @throws IllegalArgumentException if the scale is outside 0 to 20
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@link RoundingMode#UNNECESSARY}
   */
  public Optional<BigDecimal> onTimePercent(int scale, RoundingMode rounding) {
    Percentages.checkScale(scale);
    requireNonNull(rounding, "rounding");
    int judged = dutiesJudged();
    if (judged == 0) {
      return Optional.empty();
    }
    return Optional.of(Percentages.of(dutiesMetOnTime(), judged, scale, rounding));
  }

  /**
   * Returns the overdue list: each duty of the office not done and past its due date on the day, sorted by
   * petition.
   *
   * @return the overdue duties, not null
   */
  public ImmutableSortedSet<OverdueDuty> overdue() {
    return overdue;
  }

  /**
   * Returns the petitions with at least one overdue duty on the day.
   *
   * @return the identifiers, sorted, not null
   */
  public ImmutableSortedSet<PetitionId> overduePetitions() {
    ImmutableSortedSet.Builder<PetitionId> ids = ImmutableSortedSet.naturalOrder();
    for (OverdueDuty duty : overdue) {
      ids.add(duty.petition());
    }
    return ids.build();
  }

  // ---- value -------------------------------------------------------------------------------------------------

  /**
   * Returns whether the other object is a tally of the same day with the same counts and overdue list.
   *
   * @param o the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PetitionTally other
        && Objects.equals(asOf, other.asOf)
        && petitions == other.petitions
        && byKind.equals(other.byKind)
        && byState.equals(other.byState)
        && byUnit.equals(other.byUnit)
        && byUnitAndState.equals(other.byUnitAndState)
        && byChannel.equals(other.byChannel)
        && byMonth.equals(other.byMonth)
        && dutiesByStatus.equals(other.dutiesByStatus)
        && overdue.equals(other.overdue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        asOf, petitions, byKind, byState, byUnit, byUnitAndState, byChannel, byMonth, dutiesByStatus, overdue);
  }

  /**
   * Returns a readable form with no personal data, the overdue list cut after ten duties: {@code
   * "PetitionTally[as of 2016-06-01: 1 petitions, 1 open, 0 closed; duties {MET=1, OVERDUE=1}; kinds
   * {DENUNCIATION=1}; states {VERIFYING=1}; units {HG-VPTU=1}; channels {POST=1}; months {2016-03=1}; overdue
   * [P-2016-0042 at HG-VPTU: RESOLUTION (FIRST) due 2016-05-03]]"}, or {@code "PetitionTally[empty]"}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    if (asOf == null) {
      return "PetitionTally[empty]";
    }
    StringBuilder text =
        new StringBuilder("PetitionTally[as of ")
            .append(asOf)
            .append(": ")
            .append(petitions)
            .append(" petitions, ")
            .append(open())
            .append(" open, ")
            .append(closed())
            .append(" closed; duties ")
            .append(dutiesByStatus)
            .append("; kinds ")
            .append(byKind)
            .append("; states ")
            .append(byState)
            .append("; units ")
            .append(byUnit)
            .append("; channels ")
            .append(byChannel)
            .append("; months ")
            .append(byMonth)
            .append("; overdue [");
    Iterator<OverdueDuty> duties = overdue.iterator();
    for (int i = 0; i < LISTED_IN_TEXT && duties.hasNext(); i++) {
      text.append(i == 0 ? "" : ", ").append(duties.next());
    }
    if (overdue.size() > LISTED_IN_TEXT) {
      text.append(", and ").append(overdue.size() - LISTED_IN_TEXT).append(" more");
    }
    return text.append("]]").toString();
  }

  // ---- the state on a day ------------------------------------------------------------------------------------

  /**
   * Returns the state a petition's history reached by a day, as the workflow derives it: the current state if no
   * event is later than the day.
   */
  static PetitionState stateOn(Petition petition, LocalDate day) {
    if (!petition.lastEventDay().isAfter(day)) {
      return petition.state();
    }
    PetitionState state = PetitionState.RECEIVED;
    for (PetitionEvent event : petition.history()) {
      if (event.on().isAfter(day)) {
        break;
      }
      state = Petition.stateAfter(state, event);
    }
    return state;
  }

  // ---- the collector's container -----------------------------------------------------------------------------

  /**
   * The mutable container of the collector: counts in arrays and hash maps, overdue duties in a list, turned into
   * the immutable tally once at the end. It works out each petition's deadlines with its own {@link
   * PetitionDeadlines} and reads only their due dates and statuses, so no explaining deadline is built. Not
   * thread-safe; a stream gives each thread its own.
   *
   * <p>Combining two containers adds their counts and merges their overdue lists, each sorted first: on a parallel
   * stream the sorting is done by the threads that combine, and the tally's sorted set is made from a sorted list.
   */
  @SuppressWarnings("EnumOrdinal") // ordinals index the counting arrays of one pass, never kept
  private static final class Counter {
    private final LocalDate asOf;
    private final PetitionDeadlines deadlines;
    private final PetitionDeadlines.Sink duties = this::countDuty;
    private int petitions;
    private final int[] kinds = new int[PetitionKind.values().length];
    private final int[] states = new int[PetitionState.values().length];
    private final int[] channels = new int[Channel.values().length];
    private final int[] statuses = new int[DeadlineStatus.values().length];
    private final Map<UnitId, int[]> units = new HashMap<>();
    private final MonthCounts months = new MonthCounts();
    private List<OverdueDuty> overdue = new ArrayList<>();
    /** Whether {@link #overdue} is sorted and holds no duty twice. */
    private boolean overdueInOrder = true;
    private @Nullable UnitId lastUnit;
    private int[] lastUnitCount = new int[0];

    // the petition whose duties are being counted
    @SuppressWarnings("NullAway.Init")
    private PetitionId countingId;

    @SuppressWarnings("NullAway.Init")
    private UnitId countingUnit;

    Counter(WorkingCalendar calendar, LocalDate asOf) {
      this.asOf = requireNonNull(asOf, "asOf");
      this.deadlines = new PetitionDeadlines(requireNonNull(calendar, "calendar"), asOf);
    }

    void add(Petition petition) {
      LocalDate received = petition.received();
      checkArgument(
          !received.isAfter(asOf),
          "a tally as of %s counts the petitions received by then; petition %s was received on %s",
          asOf,
          petition.id(),
          received);
      UnitId unit = petition.intake().receivingUnit();
      countingId = petition.id();
      countingUnit = unit;
      deadlines.forEach(petition, duties);
      petitions++;
      kinds[petition.kind().ordinal()]++;
      int state = stateOn(petition, asOf).ordinal();
      states[state]++;
      channels[petition.intake().channel().ordinal()]++;
      unitCount(unit)[state]++;
      months.count(received);
    }

    /** Counts one deadline of the petition being added, if it is a duty of the office. */
    private void countDuty(PetitionDeadlines deadline) {
      if (!deadline.officeDuty()) {
        return;
      }
      DeadlineStatus status = deadline.status();
      statuses[status.ordinal()]++;
      if (status == DeadlineStatus.OVERDUE) {
        overdue.add(OverdueDuty.of(countingId, countingUnit, deadline.stage(), deadline.round(), deadline.dueDate()));
        overdueInOrder = false;
      }
    }

    /**
     * The counters of a unit, one per state; petitions of one unit often come together, so the last one is kept at
     * hand.
     */
    private int[] unitCount(UnitId unit) {
      if (!unit.equals(lastUnit)) {
        lastUnit = unit;
        lastUnitCount = units.computeIfAbsent(unit, u -> new int[PetitionState.values().length]);
      }
      return lastUnitCount;
    }

    Counter combine(Counter other) {
      petitions = Math.addExact(petitions, other.petitions);
      addInto(kinds, other.kinds);
      addInto(states, other.states);
      addInto(channels, other.channels);
      addInto(statuses, other.statuses);
      other.units.forEach((unit, n) -> units.merge(unit, n, Counter::plusCount));
      months.addAll(other.months);
      overdue = merge(overdueInOrder(), other.overdueInOrder());
      return this;
    }

    /** The overdue list sorted, each duty once: the set a petition tallied twice is listed in once. */
    private List<OverdueDuty> overdueInOrder() {
      if (!overdueInOrder) {
        overdue.sort(null);
        int distinct = 0;
        for (int i = 0; i < overdue.size(); i++) {
          OverdueDuty duty = overdue.get(i);
          if (distinct == 0 || overdue.get(distinct - 1).compareTo(duty) != 0) {
            overdue.set(distinct++, duty);
          }
        }
        overdue.subList(distinct, overdue.size()).clear();
        overdueInOrder = true;
      }
      return overdue;
    }

    /** Merges two lists sorted with each duty once into one, each duty once. */
    private static List<OverdueDuty> merge(List<OverdueDuty> a, List<OverdueDuty> b) {
      if (b.isEmpty()) {
        return a;
      }
      if (a.isEmpty()) {
        return b;
      }
      List<OverdueDuty> merged = new ArrayList<>(a.size() + b.size());
      int i = 0;
      int j = 0;
      while (i < a.size() && j < b.size()) {
        int order = a.get(i).compareTo(b.get(j));
        merged.add(order <= 0 ? a.get(i++) : b.get(j++));
        if (order == 0) {
          j++;
        }
      }
      merged.addAll(a.subList(i, a.size()));
      merged.addAll(b.subList(j, b.size()));
      return merged;
    }

    /** Adds the second counts into the first, which stay the counters of their key. */
    private static int[] plusCount(int[] into, int[] from) {
      addInto(into, from);
      return into;
    }

    private static void addInto(int[] into, int[] from) {
      for (int i = 0; i < into.length; i++) {
        into[i] = Math.addExact(into[i], from[i]);
      }
    }

    PetitionTally finish() {
      if (petitions == 0) {
        return EMPTY;
      }
      return new PetitionTally(
          asOf,
          petitions,
          enumCounts(PetitionKind.values(), kinds),
          enumCounts(PetitionState.values(), states),
          totals(units),
          byState(units),
          enumCounts(Channel.values(), channels),
          months.toMap(),
          enumCounts(DeadlineStatus.values(), statuses),
          ImmutableSortedSet.copyOfSorted(new InOrder<>(overdueInOrder())));
    }

    private static <E extends Enum<E>> ImmutableSortedMap<E, Integer> enumCounts(E[] constants, int[] counts) {
      ImmutableSortedMap.Builder<E, Integer> map = ImmutableSortedMap.naturalOrder();
      for (E constant : constants) {
        int n = counts[constant.ordinal()];
        if (n != 0) {
          map.put(constant, n);
        }
      }
      return map.build();
    }

    private static <K extends Comparable<? super K>> ImmutableSortedMap<K, Integer> totals(Map<K, int[]> counts) {
      ImmutableSortedMap.Builder<K, Integer> map = ImmutableSortedMap.naturalOrder();
      counts.forEach(
          (key, n) -> {
            int total = 0;
            for (int count : n) {
              total = Math.addExact(total, count);
            }
            map.put(key, total);
          });
      return map.build();
    }

    private static <K extends Comparable<? super K>> ImmutableSortedMap<K, ImmutableSortedMap<PetitionState, Integer>>
        byState(Map<K, int[]> counts) {
      ImmutableSortedMap.Builder<K, ImmutableSortedMap<PetitionState, Integer>> map =
          ImmutableSortedMap.naturalOrder();
      counts.forEach((key, n) -> map.put(key, enumCounts(PetitionState.values(), n)));
      return map.build();
    }
  }

  /**
   * A list sorted in natural order with no element twice, seen as the sorted set it is, so that {@link
   * ImmutableSortedSet#copyOfSorted} copies it as it stands rather than sorting it and looking for duplicates again.
   * Its views are the sublists between the places a binary search finds.
   */
  @SuppressWarnings("JdkObsolete") // ImmutableSortedSet.copyOfSorted takes a SortedSet
  static final class InOrder<E extends Comparable<? super E>> extends AbstractSet<E>
      implements SortedSet<E> {
    private final List<E> elements;

    InOrder(List<E> elements) {
      this.elements = Collections.unmodifiableList(elements);
    }

    @Override
    public Iterator<E> iterator() {
      return elements.iterator();
    }

    @Override
    public int size() {
      return elements.size();
    }

    @Override
    public Object[] toArray() {
      return elements.toArray();
    }

    @Override
    public @Nullable Comparator<? super E> comparator() {
      return null; // natural order
    }

    @Override
    public E first() {
      return elements.get(0);
    }

    @Override
    public E last() {
      return elements.get(elements.size() - 1);
    }

    @Override
    public SortedSet<E> subSet(E fromElement, E toElement) {
      checkArgument(fromElement.compareTo(toElement) <= 0, "a view runs forward: %s to %s", fromElement, toElement);
      return new InOrder<>(elements.subList(place(fromElement), place(toElement)));
    }

    @Override
    public SortedSet<E> headSet(E toElement) {
      return new InOrder<>(elements.subList(0, place(toElement)));
    }

    @Override
    public SortedSet<E> tailSet(E fromElement) {
      return new InOrder<>(elements.subList(place(fromElement), elements.size()));
    }

    /** The index of the first element not before the given one. */
    private int place(E element) {
      int found = Collections.binarySearch(elements, requireNonNull(element, "element"));
      return found >= 0 ? found : -found - 1;
    }
  }

  /**
   * Counts of petitions by the month they were received in, in an array over the months counted, so that counting a
   * petition makes no {@link YearMonth}; a month more than four centuries from the others is counted in a map. Not
   * thread-safe.
   */
  private static final class MonthCounts {
    private static final int WIDEST = 12 * 400;

    /** The month of {@code counts[0]}, counted from year 0; meaningless while the array is empty. */
    private long first;

    private int[] counts = new int[0];
    private final Map<Long, Integer> beyond = new HashMap<>();

    void count(LocalDate day) {
      add(day.getYear() * 12L + day.getMonthValue() - 1, 1);
    }

    private void add(long month, int n) {
      if (counts.length == 0) {
        first = month;
        counts = new int[1];
      }
      long from = Math.min(first, month);
      long to = Math.max(first + counts.length - 1, month);
      if (to - from >= WIDEST) {
        beyond.merge(month, n, Math::addExact);
        return;
      }
      if (from < first || to >= first + counts.length) {
        int[] wider = new int[(int) (to - from + 1)];
        System.arraycopy(counts, 0, wider, (int) (first - from), counts.length);
        counts = wider;
        first = from;
      }
      int i = (int) (month - first);
      counts[i] = Math.addExact(counts[i], n);
    }

    void addAll(MonthCounts other) {
      for (int i = 0; i < other.counts.length; i++) {
        if (other.counts[i] != 0) {
          add(other.first + i, other.counts[i]);
        }
      }
      other.beyond.forEach(this::add);
    }

    ImmutableSortedMap<YearMonth, Integer> toMap() {
      ImmutableSortedMap.Builder<YearMonth, Integer> map = ImmutableSortedMap.naturalOrder();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] != 0) {
          map.put(yearMonth(first + i), counts[i]);
        }
      }
      beyond.forEach((month, n) -> map.put(yearMonth(month), n));
      return map.build();
    }

    private static YearMonth yearMonth(long month) {
      return YearMonth.of((int) Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1);
    }
  }
}
