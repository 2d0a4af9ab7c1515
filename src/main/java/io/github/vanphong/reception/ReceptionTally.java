package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Range;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionerKind;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of reception sessions for the periodic reports: sessions by kind, the citizens received, the
 * delegations and their size, the matters by kind, by the receiver's level and post and by what was done with them
 * (accepted, answered, guided, forwarded), the refusals by ground, and sessions and matters by unit, by report
 * month and by unit and report month together. For example the sessions of a province in the first quarter of 2016:
 * 12 sessions, 30 matters, 2 delegations of 19 people in all (one of 7, one of 12), 1 refusal on {@link
 * RefusalGround#DRAWN_OUT}.
 *
 * <p><b>Delegations by size.</b> A delegation is counted by its exact headcount ({@link #delegationsBySize()}), not by
 * the law's brackets: the brackets are rules of a rule book, which an application may replace and the amended law
 * may change, while the exact size loses nothing. A report asks for a bracket with {@link #delegations(Range) delegations}, for
 * example {@code tally.delegations(ReceptionRuleBook.DELEGATION_OF_5_TO_10.headcount())} for 5 to 10 people (Luật
 * Tiếp công dân 42/2013/QH13, Điều 29).
 *
 * <p><b>Report months.</b> A session counts in the report month of its day under the tally's {@link CutOff}: under a
 * cut-off on the 14th, a session of 2016-03-20 counts in April. The application chooses the sessions of a report
 * period ({@link ReportPeriod#contains}) and collects them. Tallies of different cut-offs do not merge: {@link #plus}
 * refuses them. The {@linkplain #empty() empty tally} has no cut-off and merges with any.
 *
 * <p><b>Merging.</b> {@link #plus} is associative and commutative with {@link #empty()} as its identity, and {@link
 * #collector} gives the same tally sequentially and on parallel streams, and as the fold of {@link #of} with {@link
 * #plus}. {@link #reassignedTo} moves each unit's counts to the unit that carries its history after a restructuring
 * ({@link OrgChart#historyCarrier}).
 *
 * <p><b>From figures.</b> A tally sent between offices is made again from its figures with {@link #of(CutOff, Map,
 * Map, Map, Map, Map, Map, Map, int, Map, Map, int) of}, which derives the totals and refuses figures that no set of
 * sessions has.
 *
 * <p>A tally holds no citizen's identity, only counts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReceptionTally implements Summary<ReceptionTally> {

  private static final ReceptionTally EMPTY = new Counter(CutOff.monthEnd()).emptyTally();

  private final @Nullable CutOff cutOff;
  private final int sessions;
  private final int matters;
  private final int citizens;
  private final int citizensRefused;
  private final int delegations;
  private final int delegationPeople;
  private final int refusals;
  private final ImmutableSortedMap<SessionKind, Integer> sessionsByKind;
  private final ImmutableSortedMap<UnitId, Integer> sessionsByUnit;
  private final ImmutableSortedMap<YearMonth, Integer> sessionsByMonth;
  private final ImmutableSortedMap<PetitionKind, Integer> mattersByKind;
  private final ImmutableSortedMap<Level, Integer> mattersByLevel;
  private final ImmutableSortedMap<PostKind, Integer> mattersByPost;
  private final ImmutableSortedMap<ReceptionOutcome, Integer> mattersByOutcome;
  private final ImmutableSortedMap<UnitId, Integer> mattersByUnit;
  private final ImmutableSortedMap<YearMonth, Integer> mattersByMonth;
  private final ImmutableSortedMap<RefusalGround, Integer> refusalsByGround;
  private final ImmutableSortedMap<Integer, Integer> delegationsBySize;
  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Integer>> sessionsByUnitAndMonth;
  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Integer>> mattersByUnitAndMonth;

  private ReceptionTally(Counter c, @Nullable CutOff cutOff) {
    this.cutOff = cutOff;
    this.sessions = c.sessions;
    this.matters = c.matters;
    this.citizens = c.citizens;
    this.citizensRefused = c.citizensRefused;
    this.delegations = c.delegations;
    this.delegationPeople = c.delegationPeople;
    this.refusals = c.refusals;
    this.sessionsByKind = ImmutableSortedMap.copyOfSorted(c.sessionsByKind);
    this.sessionsByUnit = ImmutableSortedMap.copyOfSorted(c.sessionsByUnit);
    this.sessionsByMonth = ImmutableSortedMap.copyOfSorted(c.sessionsByMonth);
    this.mattersByKind = ImmutableSortedMap.copyOfSorted(c.mattersByKind);
    this.mattersByLevel = ImmutableSortedMap.copyOfSorted(c.mattersByLevel);
    this.mattersByPost = ImmutableSortedMap.copyOfSorted(c.mattersByPost);
    this.mattersByOutcome = ImmutableSortedMap.copyOfSorted(c.mattersByOutcome);
    this.mattersByUnit = ImmutableSortedMap.copyOfSorted(c.mattersByUnit);
    this.mattersByMonth = ImmutableSortedMap.copyOfSorted(c.mattersByMonth);
    this.refusalsByGround = ImmutableSortedMap.copyOfSorted(c.refusalsByGround);
    this.delegationsBySize = ImmutableSortedMap.copyOfSorted(c.delegationsBySize);
    this.sessionsByUnitAndMonth = table(c.sessionsByUnitAndMonth);
    this.mattersByUnitAndMonth = table(c.mattersByUnitAndMonth);
  }

  private static ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Integer>> table(
      SortedMap<UnitId, SortedMap<YearMonth, Integer>> rows) {
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<YearMonth, Integer>> table =
        ImmutableSortedMap.naturalOrder();
    rows.forEach((unit, months) -> table.put(unit, ImmutableSortedMap.copyOfSorted(months)));
    return table.build();
  }

  // ---- making tallies --------------------------------------------------------------------------------------------

  /**
   * Returns the tally of nothing: no session, no cut-off. It is the identity of {@link #plus}.
   *
   * @return the empty tally, not null
   */
  public static ReceptionTally empty() {
    return EMPTY;
  }

  /**
   * Returns the tally of one session.
   *
   * @param session the session, not null
   * @param chart the org chart that gives the level of the receiving post's unit on the session's day, not null
   * @param cutOff the cut-off of the report months, not null
   * @return the tally, not null
   * @throws IllegalArgumentException if the chart has no unit of the receiving post alive on the session's day
   */
  public static ReceptionTally of(ReceptionSession session, OrgChart chart, CutOff cutOff) {
    Counter counter = new Counter(chart, cutOff);
    counter.add(session);
    return counter.finish();
  }

  /**
   * Returns a collector of sessions into their tally, for sequential and parallel streams alike: {@code
   * sessions.stream().filter(s -> period.contains(s.day())).collect(ReceptionTally.collector(chart,
   * period.cutOff()))}. Collecting none gives {@link #empty()}.
   *
   * @param chart the org chart that gives the level of each receiving post's unit, not null
   * @param cutOff the cut-off of the report months, not null
   * @return the collector, not null; it throws {@link IllegalArgumentException} for a session whose receiving post's
   *     unit the chart does not have alive on its day
   */
  public static Collector<ReceptionSession, ?, ReceptionTally> collector(OrgChart chart, CutOff cutOff) {
    requireNonNull(chart, "chart");
    requireNonNull(cutOff, "cutOff");
    return Collector.of(
        () -> new Counter(chart, cutOff),
        Counter::add,
        Counter::combine,
        Counter::finish,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a tally from its figures, for tallies exchanged between offices and read back: the sessions of each kind
   * and of each unit in each report month, the matters of each kind, of each level and post of the receiver, of each
   * outcome and of each unit in each report month, the citizens received, the delegations of each headcount, the
   * refusals on each ground and the citizens refused. The totals and the counts by unit and by month alone are
   * derived from them, so they cannot disagree. The figures must agree as those of a set of sessions do:
   *
   * <ul>
   *   <li>every count positive, a key with none being left out, and every unit of a table with a month;
   *   <li>the sessions by kind and by unit and month the same sessions, and the matters by kind, by level, by post,
   *       by outcome and by unit and month the same matters, each counted once in each;
   *   <li>matters only in a unit and month with a session, since they are received in one, and refusals only where
   *       there is a session;
   *   <li>a delegation's headcount 1 or more, each delegation bringing one of the matters (Luật Tiếp công dân
   *       42/2013/QH13, Điều 30);
   *   <li>the citizens the whole headcount of the delegations and at least one for each other matter, and the
   *       citizens refused at least one for each refusal, on whichever ground of Điều 9, none without a refusal.
   * </ul>
   *
   * <p>Figures of no session are {@link #empty()}, whatever the cut-off. The definitions are the library's own, as
   * for {@link #collector}; the chart that gave the levels is not needed, and not checked.
   *
   * @param cutOff the cut-off of the report months, not null
   * @param sessionsByKind the number of sessions of each kind, not null
   * @param sessionsByUnitAndMonth the number of sessions each unit held in each report month, not null
   * @param mattersByKind the number of matters of each kind, not null
   * @param mattersByLevel the number of matters received at each level, not null
   * @param mattersByPost the number of matters received by each kind of post, not null
   * @param mattersByOutcome the number of matters with each outcome, not null
   * @param mattersByUnitAndMonth the number of matters each unit received in each report month, not null
   * @param citizens the number of citizens who brought the matters, a delegation's whole headcount
   * @param delegationsBySize the number of delegations of each headcount, not null
   * @param refusalsByGround the number of refusals on each ground, not null
   * @param citizensRefused the number of citizens refused
   * @return the tally, not null
   * @throws IllegalArgumentException naming the figure and its value, if a count is not positive, a unit of a table
   *     has no month, the totals disagree, matters or refusals are counted where no session is, or the citizens are
   *     fewer than the matters or refusals bring
   * @throws ArithmeticException if a total passes {@link Integer#MAX_VALUE}
   */
  public static ReceptionTally of(
      CutOff cutOff,
      Map<SessionKind, Integer> sessionsByKind,
      Map<UnitId, ? extends Map<YearMonth, Integer>> sessionsByUnitAndMonth,
      Map<PetitionKind, Integer> mattersByKind,
      Map<Level, Integer> mattersByLevel,
      Map<PostKind, Integer> mattersByPost,
      Map<ReceptionOutcome, Integer> mattersByOutcome,
      Map<UnitId, ? extends Map<YearMonth, Integer>> mattersByUnitAndMonth,
      int citizens,
      Map<Integer, Integer> delegationsBySize,
      Map<RefusalGround, Integer> refusalsByGround,
      int citizensRefused) {
    requireNonNull(cutOff, "cutOff");
    Arguments.entries(sessionsByKind, "sessionsByKind");
    Arguments.entries(sessionsByUnitAndMonth, "sessionsByUnitAndMonth");
    Arguments.entries(mattersByKind, "mattersByKind");
    Arguments.entries(mattersByLevel, "mattersByLevel");
    Arguments.entries(mattersByPost, "mattersByPost");
    Arguments.entries(mattersByOutcome, "mattersByOutcome");
    Arguments.entries(mattersByUnitAndMonth, "mattersByUnitAndMonth");
    Arguments.entries(delegationsBySize, "delegationsBySize");
    Arguments.entries(refusalsByGround, "refusalsByGround");
    Counter c = new Counter(cutOff);
    c.sessions = positiveCounts("sessionsByKind", sessionsByKind, c.sessionsByKind);
    int sessionsOfUnits =
        table(
            "sessionsByUnitAndMonth",
            sessionsByUnitAndMonth,
            c.sessionsByUnitAndMonth,
            c.sessionsByUnit,
            c.sessionsByMonth);
    checkArgument(
        sessionsOfUnits == c.sessions,
        "sessionsByUnitAndMonth counts %s sessions where sessionsByKind counts %s; both count the same sessions",
        sessionsOfUnits,
        c.sessions);
    c.matters = positiveCounts("mattersByKind", mattersByKind, c.mattersByKind);
    sameMatters("mattersByLevel", positiveCounts("mattersByLevel", mattersByLevel, c.mattersByLevel), c.matters);
    sameMatters("mattersByPost", positiveCounts("mattersByPost", mattersByPost, c.mattersByPost), c.matters);
    sameMatters(
        "mattersByOutcome", positiveCounts("mattersByOutcome", mattersByOutcome, c.mattersByOutcome), c.matters);
    sameMatters(
        "mattersByUnitAndMonth",
        table(
            "mattersByUnitAndMonth", mattersByUnitAndMonth, c.mattersByUnitAndMonth, c.mattersByUnit, c.mattersByMonth),
        c.matters);
    for (Map.Entry<UnitId, SortedMap<YearMonth, Integer>> row : c.mattersByUnitAndMonth.entrySet()) {
      SortedMap<YearMonth, Integer> held = c.sessionsByUnitAndMonth.get(row.getKey());
      for (YearMonth month : row.getValue().keySet()) {
        checkArgument(
            held != null && held.containsKey(month),
            "mattersByUnitAndMonth counts matters of %s in %s, where sessionsByUnitAndMonth counts no session;"
                + " matters are received in sessions",
            row.getKey(),
            month);
      }
    }
    c.delegations = positiveCounts("delegationsBySize", delegationsBySize, c.delegationsBySize);
    for (Map.Entry<Integer, Integer> size : c.delegationsBySize.entrySet()) {
      checkArgument(
          size.getKey() >= 1,
          "delegationsBySize counts delegations by their headcount, 1 or more: a headcount of %s",
          size.getKey());
      c.delegationPeople = Math.addExact(c.delegationPeople, Math.multiplyExact(size.getKey(), size.getValue()));
    }
    checkArgument(
        c.delegations <= c.matters,
        "delegationsBySize counts %s delegations, more than the %s matters; each delegation brings one matter",
        c.delegations,
        c.matters);
    int others = c.matters - c.delegations;
    checkArgument(c.matters > 0 || citizens == 0, "citizens %s counted of no matter", citizens);
    checkArgument(
        others > 0 || citizens == c.delegationPeople,
        "citizens %s disagree with the delegations: each of the %s matters is a delegation's, of %s people in all",
        citizens,
        c.matters,
        c.delegationPeople);
    checkArgument(
        citizens >= Math.addExact(c.delegationPeople, others),
        "citizens %s are fewer than the matters bring: %s people in the delegations and at least one for each of"
            + " the %s other matters",
        citizens,
        c.delegationPeople,
        others);
    c.citizens = citizens;
    c.refusals = positiveCounts("refusalsByGround", refusalsByGround, c.refusalsByGround);
    checkArgument(
        c.refusals == 0 || c.sessions > 0,
        "refusalsByGround counts %s refusals where no session is counted; citizens are refused in sessions",
        c.refusals);
    checkArgument(
        c.refusals == 0 ? citizensRefused == 0 : citizensRefused >= c.refusals,
        "citizensRefused %s disagree with the %s refusals: at least one citizen for each refusal, none without one",
        citizensRefused,
        c.refusals);
    c.citizensRefused = citizensRefused;
    return c.finish();
  }

  /** Copies counts that must each be positive, a key with none being left out, and returns their sum. */
  private static <K> int positiveCounts(String figure, Map<K, Integer> counts, Map<K, Integer> into) {
    Arguments.entries(counts, figure);
    int total = 0;
    for (Map.Entry<K, Integer> count : counts.entrySet()) {
      checkArgument(
          count.getValue() > 0,
          "%s leaves out what has no count, so each count is positive: %s=%s",
          figure,
          count.getKey(),
          count.getValue());
      into.put(count.getKey(), count.getValue());
      total = Math.addExact(total, count.getValue());
    }
    return total;
  }

  /** Copies a table by unit and month, with its totals by unit and by month, and returns its sum. */
  private static int table(
      String figure,
      Map<UnitId, ? extends Map<YearMonth, Integer>> rows,
      SortedMap<UnitId, SortedMap<YearMonth, Integer>> into,
      SortedMap<UnitId, Integer> byUnit,
      SortedMap<YearMonth, Integer> byMonth) {
    int total = 0;
    for (Map.Entry<UnitId, ? extends Map<YearMonth, Integer>> row : rows.entrySet()) {
      SortedMap<YearMonth, Integer> months = new TreeMap<>();
      int ofUnit = positiveCounts(figure + " of " + row.getKey(), row.getValue(), months);
      checkArgument(ofUnit > 0, "%s leaves out the units with none: %s has no month", figure, row.getKey());
      into.put(row.getKey(), months);
      byUnit.put(row.getKey(), ofUnit);
      months.forEach((month, n) -> Counter.inc(byMonth, month, n));
      total = Math.addExact(total, ofUnit);
    }
    return total;
  }

  private static void sameMatters(String figure, int total, int matters) {
    checkArgument(
        total == matters,
        "%s counts %s matters where mattersByKind counts %s; each counts every matter once",
        figure,
        total,
        matters);
  }

  // ---- merging ---------------------------------------------------------------------------------------------------

  /**
   * Returns the sum of this tally and another of the same cut-off.
   *
   * @param other the other tally, of the same cut-off or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count sessions under different cut-offs, since their report months
   *     differ; neither tally changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public ReceptionTally plus(ReceptionTally other) {
    requireNonNull(other, "other");
    if (other.cutOff == null) {
      return this;
    }
    if (cutOff == null) {
      return other;
    }
    checkArgument(
        cutOff.equals(other.cutOff),
        "tallies merge only under the same cut-off, since their report months differ; this one counts to %s, the"
            + " other to %s",
        cutOff,
        other.cutOff);
    Counter sum = new Counter(cutOff);
    sum.addAll(this);
    sum.addAll(other);
    return new ReceptionTally(sum, cutOff);
  }

  /**
   * Returns this tally with each unit's sessions and matters moved to the unit that carries its history on a day: a
   * unit with no carrier keeps its counts, so nothing is lost.
   *
   * @param chart the org chart, not null
   * @param on the day of the organisation to count under, not null
   * @return the re-aggregated tally, with the same totals, not null
   */
  public ReceptionTally reassignedTo(OrgChart chart, LocalDate on) {
    requireNonNull(chart, "chart");
    requireNonNull(on, "on");
    if (cutOff == null) {
      return this;
    }
    Counter moved = new Counter(cutOff);
    moved.addAll(this);
    moved.sessionsByUnit.clear();
    moved.mattersByUnit.clear();
    moved.sessionsByUnitAndMonth.clear();
    moved.mattersByUnitAndMonth.clear();
    // the carriers of every unit counted, asked of the chart at once
    Set<UnitId> counted = new HashSet<>(sessionsByUnit.keySet());
    counted.addAll(mattersByUnit.keySet());
    counted.addAll(sessionsByUnitAndMonth.keySet());
    counted.addAll(mattersByUnitAndMonth.keySet());
    ImmutableMap<UnitId, UnitId> carriers = chart.historyCarriers(counted, on);
    Function<UnitId, UnitId> carrier = unit -> carriers.getOrDefault(unit, unit);
    sessionsByUnit.forEach((unit, n) -> moved.sessionsByUnit.merge(carrier.apply(unit), n, Math::addExact));
    mattersByUnit.forEach((unit, n) -> moved.mattersByUnit.merge(carrier.apply(unit), n, Math::addExact));
    sessionsByUnitAndMonth.forEach(
        (unit, months) ->
            months.forEach((month, n) -> Counter.inc(moved.sessionsByUnitAndMonth, carrier.apply(unit), month, n)));
    mattersByUnitAndMonth.forEach(
        (unit, months) ->
            months.forEach((month, n) -> Counter.inc(moved.mattersByUnitAndMonth, carrier.apply(unit), month, n)));
    return new ReceptionTally(moved, cutOff);
  }

  // ---- what it holds ---------------------------------------------------------------------------------------------

  /**
   * Returns the cut-off of the report months.
   *
   * @return the cut-off, or empty for the empty tally
   */
  public Optional<CutOff> cutOff() {
    return Optional.ofNullable(cutOff);
  }

  /**
   * Returns the number of sessions.
   *
   * @return the number, 0 or more
   */
  public int sessions() {
    return sessions;
  }

  /**
   * Returns the number of matters received.
   *
   * @return the number, 0 or more
   */
  public int matters() {
    return matters;
  }

  /**
   * Returns the number of citizens received: the people who brought the matters, a delegation's whole headcount.
   *
   * @return the number, 0 or more
   */
  public int citizens() {
    return citizens;
  }

  /**
   * Returns the number of citizens refused.
   *
   * @return the number, 0 or more
   */
  public int citizensRefused() {
    return citizensRefused;
  }

  /**
   * Returns the number of matters brought by delegations.
   *
   * @return the number, 0 or more
   */
  public int delegations() {
    return delegations;
  }

  /**
   * Returns the number of people in the delegations, all together.
   *
   * @return the number, 0 or more
   */
  public int delegationPeople() {
    return delegationPeople;
  }

  /**
   * Returns the number of refusals.
   *
   * @return the number, 0 or more
   */
  public int refusals() {
    return refusals;
  }

  /**
   * Returns the sessions by kind, kinds with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<SessionKind, Integer> sessionsByKind() {
    return sessionsByKind;
  }

  /**
   * Returns the sessions by the unit that held them, units with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<UnitId, Integer> sessionsByUnit() {
    return sessionsByUnit;
  }

  /**
   * Returns the sessions by report month, months with none left out.
   *
   * @return the counts, oldest first, not null
   */
  public ImmutableSortedMap<YearMonth, Integer> sessionsByMonth() {
    return sessionsByMonth;
  }

  /**
   * Returns the matters by kind, kinds with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<PetitionKind, Integer> mattersByKind() {
    return mattersByKind;
  }

  /**
   * Returns the matters by the level of the receiving post's unit on the session's day, levels with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<Level, Integer> mattersByLevel() {
    return mattersByLevel;
  }

  /**
   * Returns the matters by the kind of the receiving post, kinds with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<PostKind, Integer> mattersByPost() {
    return mattersByPost;
  }

  /**
   * Returns the matters by what was done with them, outcomes with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<ReceptionOutcome, Integer> mattersByOutcome() {
    return mattersByOutcome;
  }

  /**
   * Returns the matters by the unit that received them, units with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<UnitId, Integer> mattersByUnit() {
    return mattersByUnit;
  }

  /**
   * Returns the matters by report month, months with none left out.
   *
   * @return the counts, oldest first, not null
   */
  public ImmutableSortedMap<YearMonth, Integer> mattersByMonth() {
    return mattersByMonth;
  }

  /**
   * Returns the refusals by ground, grounds with none left out.
   *
   * @return the counts, not null
   */
  public ImmutableSortedMap<RefusalGround, Integer> refusalsByGround() {
    return refusalsByGround;
  }

  /**
   * Returns the delegations by their exact headcount, sizes with none left out: for example {12=1} for one delegation
   * of 12 people.
   *
   * @return the number of delegations of each size, smallest first, not null
   */
  public ImmutableSortedMap<Integer, Integer> delegationsBySize() {
    return delegationsBySize;
  }

  /**
   * Returns the number of delegations whose headcount lies in a range, for example the law's brackets {@code
   * Range.closed(5, 10)} and {@code Range.atLeast(11)} (Luật Tiếp công dân 42/2013/QH13, Điều 29), as a {@link
   * DelegationRule#headcount()} gives them.
   *
   * @param headcount the range of headcounts, not null
   * @return the number, 0 or more
   */
  public int delegations(Range<Integer> headcount) {
    requireNonNull(headcount, "headcount");
    return delegationsBySize.entrySet().stream()
        .filter(e -> headcount.contains(e.getKey()))
        .mapToInt(e -> e.getValue())
        .reduce(0, Math::addExact);
  }

  /**
   * Returns the sessions by the unit that held them and by report month, units and months with none left out: for
   * example {HG-UBND={2016-01=1, 2016-03=2}}.
   *
   * @return the counts of each unit by month, units and months in order, not null
   */
  public ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Integer>> sessionsByUnitAndMonth() {
    return sessionsByUnitAndMonth;
  }

  /**
   * Returns the matters by the unit that received them and by report month, units and months with none left out.
   *
   * @return the counts of each unit by month, units and months in order, not null
   */
  public ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Integer>> mattersByUnitAndMonth() {
    return mattersByUnitAndMonth;
  }

  /**
   * Returns the number of sessions a unit held in a report month.
   *
   * @param unit the unit, not null
   * @param month the report month, not null
   * @return the number, 0 or more
   */
  public int sessions(UnitId unit, YearMonth month) {
    requireNonNull(unit, "unit");
    requireNonNull(month, "month");
    ImmutableSortedMap<YearMonth, Integer> months = sessionsByUnitAndMonth.get(unit);
    return months == null ? 0 : months.getOrDefault(month, 0);
  }

  /**
   * Returns the number of matters a unit received in a report month.
   *
   * @param unit the unit, not null
   * @param month the report month, not null
   * @return the number, 0 or more
   */
  public int matters(UnitId unit, YearMonth month) {
    requireNonNull(unit, "unit");
    requireNonNull(month, "month");
    ImmutableSortedMap<YearMonth, Integer> months = mattersByUnitAndMonth.get(unit);
    return months == null ? 0 : months.getOrDefault(month, 0);
  }

  /**
   * Returns the number of matters with an outcome, for example the matters guided to the competent body.
   *
   * @param outcome the outcome, not null
   * @return the number, 0 or more
   */
  public int matters(ReceptionOutcome outcome) {
    return mattersByOutcome.getOrDefault(requireNonNull(outcome, "outcome"), 0);
  }

  /**
   * Returns the number of refusals on a ground.
   *
   * @param ground the ground, not null
   * @return the number, 0 or more
   */
  public int refusals(RefusalGround ground) {
    return refusalsByGround.getOrDefault(requireNonNull(ground, "ground"), 0);
  }

  // ---- value -----------------------------------------------------------------------------------------------------

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReceptionTally other
        && Objects.equals(cutOff, other.cutOff)
        && sessions == other.sessions
        && matters == other.matters
        && citizens == other.citizens
        && citizensRefused == other.citizensRefused
        && delegations == other.delegations
        && delegationPeople == other.delegationPeople
        && refusals == other.refusals
        && sessionsByKind.equals(other.sessionsByKind)
        && sessionsByUnit.equals(other.sessionsByUnit)
        && sessionsByMonth.equals(other.sessionsByMonth)
        && mattersByKind.equals(other.mattersByKind)
        && mattersByLevel.equals(other.mattersByLevel)
        && mattersByPost.equals(other.mattersByPost)
        && mattersByOutcome.equals(other.mattersByOutcome)
        && mattersByUnit.equals(other.mattersByUnit)
        && mattersByMonth.equals(other.mattersByMonth)
        && refusalsByGround.equals(other.refusalsByGround)
        && delegationsBySize.equals(other.delegationsBySize)
        && sessionsByUnitAndMonth.equals(other.sessionsByUnitAndMonth)
        && mattersByUnitAndMonth.equals(other.mattersByUnitAndMonth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        cutOff,
        sessions,
        matters,
        citizens,
        citizensRefused,
        delegations,
        delegationPeople,
        refusals,
        sessionsByKind,
        sessionsByUnit,
        sessionsByMonth,
        mattersByKind,
        mattersByLevel,
        mattersByPost,
        mattersByOutcome,
        mattersByUnit,
        mattersByMonth,
        refusalsByGround,
        delegationsBySize,
        sessionsByUnitAndMonth,
        mattersByUnitAndMonth);
  }

  /**
   * Returns a readable form with no personal data, for example "ReceptionTally[to month end: 3 sessions
   * {HEAD_PERIODIC=3}, 5 matters by 17 citizens, 1 delegations of 12 {12=1}, 1 refusals {DRAWN_OUT=1}; kinds
   * {COMPLAINT=3, DENUNCIATION=2}; levels {PROVINCIAL=5}; posts {CHAIR=5}; outcomes {ACCEPTED=2, GUIDED=3}; units
   * {HG-VPTU=3}; months {2016-01=1, 2016-02=1, 2016-03=1}; units by month {HG-VPTU={2016-01=1, 2016-02=1,
   * 2016-03=1}}]", or "ReceptionTally[empty]". The sizes of the delegations follow their total; the counts by unit
   * and month are the sessions'.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    if (cutOff == null) {
      return "ReceptionTally[empty]";
    }
    return "ReceptionTally[to "
        + cutOff
        + ": "
        + sessions
        + " sessions "
        + sessionsByKind
        + ", "
        + matters
        + " matters by "
        + citizens
        + " citizens, "
        + delegations
        + " delegations of "
        + delegationPeople
        + " "
        + delegationsBySize
        + ", "
        + refusals
        + " refusals "
        + refusalsByGround
        + "; kinds "
        + mattersByKind
        + "; levels "
        + mattersByLevel
        + "; posts "
        + mattersByPost
        + "; outcomes "
        + mattersByOutcome
        + "; units "
        + sessionsByUnit
        + "; months "
        + sessionsByMonth
        + "; units by month "
        + sessionsByUnitAndMonth
        + "]";
  }

  // ---- the collector's container ---------------------------------------------------------------------------------

  /** The mutable container of the collector; not thread-safe, a stream gives each thread its own. */
  private static final class Counter {
    private final @Nullable OrgChart chart;
    private final CutOff cutOff;
    private int sessions;
    private int matters;
    private int citizens;
    private int citizensRefused;
    private int delegations;
    private int delegationPeople;
    private int refusals;
    private final SortedMap<SessionKind, Integer> sessionsByKind = new TreeMap<>();
    private final SortedMap<UnitId, Integer> sessionsByUnit = new TreeMap<>();
    private final SortedMap<YearMonth, Integer> sessionsByMonth = new TreeMap<>();
    private final SortedMap<PetitionKind, Integer> mattersByKind = new TreeMap<>();
    private final SortedMap<Level, Integer> mattersByLevel = new TreeMap<>();
    private final SortedMap<PostKind, Integer> mattersByPost = new TreeMap<>();
    private final SortedMap<ReceptionOutcome, Integer> mattersByOutcome = new TreeMap<>();
    private final SortedMap<UnitId, Integer> mattersByUnit = new TreeMap<>();
    private final SortedMap<YearMonth, Integer> mattersByMonth = new TreeMap<>();
    private final SortedMap<RefusalGround, Integer> refusalsByGround = new TreeMap<>();
    private final SortedMap<Integer, Integer> delegationsBySize = new TreeMap<>();
    private final SortedMap<UnitId, SortedMap<YearMonth, Integer>> sessionsByUnitAndMonth = new TreeMap<>();
    private final SortedMap<UnitId, SortedMap<YearMonth, Integer>> mattersByUnitAndMonth = new TreeMap<>();

    Counter(OrgChart chart, CutOff cutOff) {
      this.chart = requireNonNull(chart, "chart");
      this.cutOff = requireNonNull(cutOff, "cutOff");
    }

    Counter(CutOff cutOff) {
      this.chart = null;
      this.cutOff = cutOff;
    }

    ReceptionTally emptyTally() {
      return new ReceptionTally(this, null);
    }

    void add(ReceptionSession session) {
      requireNonNull(session, "session");
      LocalDate day = session.day();
      Unit unit =
          requireNonNull(chart)
              .unit(session.post().unit(), day)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the org chart has no unit "
                              + session.post().unit()
                              + " alive on "
                              + day
                              + ", the unit of the receiving post of session "
                              + session.id()));
      YearMonth month = cutOff.reportMonthOf(day);
      sessions = Math.addExact(sessions, 1);
      inc(sessionsByKind, session.kind(), 1);
      inc(sessionsByUnit, session.unit(), 1);
      inc(sessionsByMonth, month, 1);
      inc(sessionsByUnitAndMonth, session.unit(), month, 1);
      for (Matter matter : session.matters()) {
        int people = matter.petitioners().count();
        matters = Math.addExact(matters, 1);
        citizens = Math.addExact(citizens, people);
        if (matter.petitioners().kind() == PetitionerKind.DELEGATION) {
          delegations = Math.addExact(delegations, 1);
          delegationPeople = Math.addExact(delegationPeople, people);
          inc(delegationsBySize, people, 1);
        }
        inc(mattersByKind, matter.kind(), 1);
        inc(mattersByLevel, unit.level(), 1);
        inc(mattersByPost, session.post().kind(), 1);
        inc(mattersByOutcome, matter.outcome(), 1);
        inc(mattersByUnit, session.unit(), 1);
        inc(mattersByMonth, month, 1);
        inc(mattersByUnitAndMonth, session.unit(), month, 1);
      }
      for (Refusal refusal : session.refusals()) {
        refusals = Math.addExact(refusals, 1);
        citizensRefused = Math.addExact(citizensRefused, refusal.citizens().count());
        inc(refusalsByGround, refusal.ground(), 1);
      }
    }

    void addAll(ReceptionTally t) {
      sessions = Math.addExact(sessions, t.sessions);
      matters = Math.addExact(matters, t.matters);
      citizens = Math.addExact(citizens, t.citizens);
      citizensRefused = Math.addExact(citizensRefused, t.citizensRefused);
      delegations = Math.addExact(delegations, t.delegations);
      delegationPeople = Math.addExact(delegationPeople, t.delegationPeople);
      refusals = Math.addExact(refusals, t.refusals);
      t.sessionsByKind.forEach((k, n) -> inc(sessionsByKind, k, n));
      t.sessionsByUnit.forEach((k, n) -> inc(sessionsByUnit, k, n));
      t.sessionsByMonth.forEach((k, n) -> inc(sessionsByMonth, k, n));
      t.mattersByKind.forEach((k, n) -> inc(mattersByKind, k, n));
      t.mattersByLevel.forEach((k, n) -> inc(mattersByLevel, k, n));
      t.mattersByPost.forEach((k, n) -> inc(mattersByPost, k, n));
      t.mattersByOutcome.forEach((k, n) -> inc(mattersByOutcome, k, n));
      t.mattersByUnit.forEach((k, n) -> inc(mattersByUnit, k, n));
      t.mattersByMonth.forEach((k, n) -> inc(mattersByMonth, k, n));
      t.refusalsByGround.forEach((k, n) -> inc(refusalsByGround, k, n));
      t.delegationsBySize.forEach((k, n) -> inc(delegationsBySize, k, n));
      t.sessionsByUnitAndMonth.forEach(
          (unit, months) -> months.forEach((month, n) -> inc(sessionsByUnitAndMonth, unit, month, n)));
      t.mattersByUnitAndMonth.forEach(
          (unit, months) -> months.forEach((month, n) -> inc(mattersByUnitAndMonth, unit, month, n)));
    }

    Counter combine(Counter other) {
      addAll(other.finish());
      return this;
    }

    static <K> void inc(Map<K, Integer> counts, K key, int n) {
      counts.merge(key, n, Math::addExact);
    }

    static void inc(Map<UnitId, SortedMap<YearMonth, Integer>> rows, UnitId unit, YearMonth month, int n) {
      inc(rows.computeIfAbsent(unit, u -> new TreeMap<>()), month, n);
    }

    ReceptionTally finish() {
      return sessions == 0 ? EMPTY : new ReceptionTally(this, cutOff);
    }
  }
}
