package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vanphong.Summary;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The compliance of many posts with their duty to receive, added up by the unit of each post, as of a day: how many
 * posts, how many had a duty, how many fell short, the days required, held, missing and pending, and the ad-hoc cases
 * and those answered. For example the posts of a province in the first quarter of 2016 as of 2016-03-31.
 *
 * <p><b>Merging.</b> {@link #plus} is associative and commutative with {@link #empty()} as its identity, and {@link
 * #collector()} gives the same summary sequentially and on parallel streams. Compliances judged on different days do
 * not merge, since a period pending on one day may be short on a later one: {@link #plus} refuses them. {@link
 * #forUnit} gives one unit's figures; {@link ComplianceRollUp} adds each unit's subordinates; {@link #reassignedTo}
 * moves each unit's figures to the unit that carries its history after a restructuring ({@link
 * OrgChart#historyCarrier}), such as the mergers of 2025.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplianceSummary implements Summary<ComplianceSummary> {

  private static final ComplianceSummary EMPTY = new ComplianceSummary(null, ImmutableSortedMap.of());

  private final @Nullable LocalDate asOf;
  private final ImmutableSortedMap<UnitId, Figures> byUnit;

  /** The figures of one unit; all counts 0 or more. */
  private record Figures(
      int posts,
      int postsWithDuty,
      int postsShort,
      int required,
      int held,
      int shortfall,
      int pending,
      int calls,
      int answered) {

    static Figures of(ReceptionCompliance c) {
      return new Figures(
          1,
          c.hasDuty() ? 1 : 0,
          c.status() == ComplianceStatus.SHORT ? 1 : 0,
          c.required(),
          c.held(),
          c.shortfall(),
          c.pending(),
          c.adHocCalls().size(),
          c.answered().size());
    }

    Figures plus(Figures o) {
      return new Figures(
          Math.addExact(posts, o.posts),
          Math.addExact(postsWithDuty, o.postsWithDuty),
          Math.addExact(postsShort, o.postsShort),
          Math.addExact(required, o.required),
          Math.addExact(held, o.held),
          Math.addExact(shortfall, o.shortfall),
          Math.addExact(pending, o.pending),
          Math.addExact(calls, o.calls),
          Math.addExact(answered, o.answered));
    }
  }

  private ComplianceSummary(@Nullable LocalDate asOf, ImmutableSortedMap<UnitId, Figures> byUnit) {
    this.asOf = asOf;
    this.byUnit = byUnit;
  }

  /**
   * Returns the summary of nothing: no post, no day. It is the identity of {@link #plus}.
   *
   * @return the empty summary, not null
   */
  public static ComplianceSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the summary of one post's compliance, under the post's unit.
   *
   * @param compliance the compliance, not null
   * @return the summary, as of the compliance's day, not null
   */
  public static ComplianceSummary of(ReceptionCompliance compliance) {
    requireNonNull(compliance, "compliance");
    return new ComplianceSummary(
        compliance.asOf(), ImmutableSortedMap.of(compliance.post().unit(), Figures.of(compliance)));
  }

  /**
   * Returns the summary of one unit's posts from its figures, for a summary exchanged between offices and read back:
   * {@code ComplianceSummary.of(LocalDate.of(2016, 3, 31), UnitId.of("HG-VPTU"), 3, 2, 1, 12, 10, 2, 0, 1, 1)}. The
   * summary of several units is the {@link #plus} of theirs. The figures must agree as those of a set of posts do: at
   * least one post, those with a duty some of the posts, those short some of those with a duty, every count zero or
   * more.
   *
   * @param asOf the day the posts' compliance is judged on, not null
   * @param unit the unit of the posts, not null
   * @param posts the number of posts, 1 or more
   * @param postsWithDuty the posts with a duty to receive, from zero to {@code posts}
   * @param postsShort the posts that fell short, from zero to {@code postsWithDuty}
   * @param required the days of reception required, zero or more
   * @param held the days held, zero or more
   * @param shortfall the days missing, zero or more
   * @param pending the days still pending, zero or more
   * @param adHocCalls the ad-hoc calls on the heads, zero or more
   * @param adHocAnswered the calls answered in person, zero or more
   * @return the summary, not null
   * @throws IllegalArgumentException naming the figure, if a count is negative, there is no post, or the posts with
   *     a duty or those short are more than the posts they are some of
   */
  public static ComplianceSummary of(
      LocalDate asOf,
      UnitId unit,
      int posts,
      int postsWithDuty,
      int postsShort,
      int required,
      int held,
      int shortfall,
      int pending,
      int adHocCalls,
      int adHocAnswered) {
    requireNonNull(asOf, "asOf");
    requireNonNull(unit, "unit");
    checkArgument(posts >= 1, "a summary of %s counts at least one post: posts %s", unit, posts);
    checkArgument(
        postsWithDuty >= 0 && postsWithDuty <= posts,
        "postsWithDuty of %s are some of its posts: %s of %s",
        unit,
        postsWithDuty,
        posts);
    checkArgument(
        postsShort >= 0 && postsShort <= postsWithDuty,
        "postsShort of %s are some of its posts with a duty: %s of %s",
        unit,
        postsShort,
        postsWithDuty);
    Figures figures =
        new Figures(posts, postsWithDuty, postsShort, required, held, shortfall, pending, adHocCalls, adHocAnswered);
    String[] names = {"required", "held", "shortfall", "pending", "adHocCalls", "adHocAnswered"};
    int[] counts = {required, held, shortfall, pending, adHocCalls, adHocAnswered};
    for (int i = 0; i < counts.length; i++) {
      checkArgument(counts[i] >= 0, "%s of %s must not be negative: %s", names[i], unit, counts[i]);
    }
    return new ComplianceSummary(asOf, ImmutableSortedMap.of(unit, figures));
  }

  /**
   * Returns a collector of compliances into their summary, for sequential and parallel streams alike; collecting
   * none gives {@link #empty()}.
   *
   * @return the collector, not null; it throws {@link IllegalArgumentException} for compliances of different days
   */
  public static Collector<ReceptionCompliance, ?, ComplianceSummary> collector() {
    return Collector.of(
        Counter::new, Counter::add, Counter::combine, Counter::finish, Collector.Characteristics.UNORDERED);
  }

  /** The mutable container of the collector; not thread-safe, a stream gives each thread its own. */
  private static final class Counter {
    private @Nullable LocalDate asOf;
    private final Map<UnitId, Figures> byUnit = new TreeMap<>();

    void add(ReceptionCompliance compliance) {
      requireNonNull(compliance, "compliance");
      sameDay(compliance.asOf());
      byUnit.merge(compliance.post().unit(), Figures.of(compliance), Figures::plus);
    }

    Counter combine(Counter other) {
      if (other.asOf != null) {
        sameDay(other.asOf);
        other.byUnit.forEach((unit, figures) -> byUnit.merge(unit, figures, Figures::plus));
      }
      return this;
    }

    private void sameDay(LocalDate day) {
      checkArgument(
          asOf == null || asOf.equals(day),
          "compliances merge only as of the same day, since a period pending on one day may be short on a later"
              + " one; this one is as of %s, the other as of %s",
          asOf,
          day);
      asOf = day;
    }

    ComplianceSummary finish() {
      return asOf == null ? EMPTY : new ComplianceSummary(asOf, ImmutableSortedMap.copyOf(byUnit));
    }
  }

  /**
   * Returns the sum of this summary and another of the same day.
   *
   * @param other the other summary, of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both have a day and the days differ; neither summary changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public ComplianceSummary plus(ComplianceSummary other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf),
        "compliances merge only as of the same day, since a period pending on one day may be short on a later one;"
            + " this one is as of %s, the other as of %s",
        asOf,
        other.asOf);
    Map<UnitId, Figures> sum = new TreeMap<>(byUnit);
    other.byUnit.forEach((unit, figures) -> sum.merge(unit, figures, Figures::plus));
    return new ComplianceSummary(asOf, ImmutableSortedMap.copyOf(sum));
  }

  /**
   * Returns this summary with each unit's figures moved to the unit that carries its history on a day: after the
   * mergers of 2025-07-01, the figures of Hậu Giang's units count under Cần Thơ's. A unit with no carrier that day
   * keeps its figures, so nothing is lost. The day of the summary stays {@link #asOf()}.
   *
   * @param chart the org chart, not null
   * @param on the day of the organisation to count under, not null
   * @return the re-aggregated summary, with the same totals, not null
   */
  public ComplianceSummary reassignedTo(OrgChart chart, LocalDate on) {
    requireNonNull(chart, "chart");
    requireNonNull(on, "on");
    ImmutableMap<UnitId, UnitId> carriers = chart.historyCarriers(byUnit.keySet(), on);
    // summed in a hash map and sorted once, rather than kept sorted at every step
    Map<UnitId, Figures> moved = new HashMap<>(Math.max(16, byUnit.size() * 2));
    byUnit.forEach((unit, figures) -> moved.merge(carriers.getOrDefault(unit, unit), figures, Figures::plus));
    return new ComplianceSummary(asOf, ImmutableSortedMap.copyOf(moved));
  }

  /**
   * Returns the figures of every unit of this summary counted under one unit, as of the same day: what {@link
   * #reassignedTo} gives for a summary whose units all have that carrier.
   */
  ComplianceSummary countedUnder(UnitId unit) {
    if (asOf == null) {
      return EMPTY;
    }
    Figures sum = null;
    for (Figures figures : byUnit.values()) {
      sum = sum == null ? figures : sum.plus(figures);
    }
    return sum == null ? EMPTY : new ComplianceSummary(asOf, ImmutableSortedMap.of(unit, sum));
  }

  /**
   * Returns the sum of summaries of the same day whose units are all distinct, given in the order of their units: it
   * is their {@link #plus}, made at once rather than one summary at a time.
   */
  static ComplianceSummary ofDisjoint(List<ComplianceSummary> parts) {
    LocalDate day = null;
    List<Map.Entry<UnitId, Figures>> entries = new ArrayList<>();
    for (ComplianceSummary part : parts) {
      if (part.asOf == null) {
        continue;
      }
      checkArgument(
          day == null || day.equals(part.asOf),
          "compliances merge only as of the same day, since a period pending on one day may be short on a later one;"
              + " this one is as of %s, the other as of %s",
          day,
          part.asOf);
      day = part.asOf;
      entries.addAll(part.byUnit.entrySet());
    }
    return day == null ? EMPTY : new ComplianceSummary(day, ImmutableSortedMap.copyOf(entries));
  }

  /**
   * Returns the figures of one unit, as of the same day.
   *
   * @param unit the unit, not null
   * @return the unit's summary, {@link #empty()} if it has none, not null
   */
  public ComplianceSummary forUnit(UnitId unit) {
    Figures figures = byUnit.get(requireNonNull(unit, "unit"));
    return figures == null ? EMPTY : new ComplianceSummary(asOf, ImmutableSortedMap.of(unit, figures));
  }

  /**
   * Returns the day the summary holds on.
   *
   * @return the day, or empty for the empty summary
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the units with figures, in order.
   *
   * @return the units, not null
   */
  public ImmutableSortedSet<UnitId> units() {
    return byUnit.keySet();
  }

  /**
   * Returns the number of posts assessed.
   *
   * @return the number, 0 or more
   */
  public int posts() {
    return total(Figures::posts);
  }

  /**
   * Returns the number of posts a duty bound in their period.
   *
   * @return the number, 0 or more
   */
  public int postsWithDuty() {
    return total(Figures::postsWithDuty);
  }

  /**
   * Returns the number of posts short of their duty in a period already over.
   *
   * @return the number, 0 or more
   */
  public int postsShort() {
    return total(Figures::postsShort);
  }

  /**
   * Returns the days required.
   *
   * @return the days, 0 or more
   */
  public int required() {
    return total(Figures::required);
  }

  /**
   * Returns the days held in the duty periods.
   *
   * @return the days, 0 or more
   */
  public int held() {
    return total(Figures::held);
  }

  /**
   * Returns the days missing in duty periods already over.
   *
   * @return the days, 0 or more
   */
  public int shortfall() {
    return total(Figures::shortfall);
  }

  /**
   * Returns the days still to hold in duty periods not over.
   *
   * @return the days, 0 or more
   */
  public int pending() {
    return total(Figures::pending);
  }

  /**
   * Returns the ad-hoc cases that called for the heads.
   *
   * @return the number, 0 or more
   */
  public int adHocCalls() {
    return total(Figures::calls);
  }

  /**
   * Returns the ad-hoc cases the heads answered in person.
   *
   * @return the number, 0 or more
   */
  public int adHocAnswered() {
    return total(Figures::answered);
  }

  private int total(ToIntFunction<Figures> figure) {
    int sum = 0;
    for (Figures figures : byUnit.values()) {
      sum = Math.addExact(sum, figure.applyAsInt(figures));
    }
    return sum;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ComplianceSummary other && Objects.equals(asOf, other.asOf) && byUnit.equals(other.byUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, byUnit);
  }

  /**
   * Returns the day and the totals, for example "ComplianceSummary[as of 2016-03-31: 3 posts, 1 with a duty, 0 short;
   * 3 days required, 3 held, 0 missing, 0 pending; ad hoc 1/1; units [HG-TU, HG-UBND]]", or
   * "ComplianceSummary[empty]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    if (asOf == null) {
      return "ComplianceSummary[empty]";
    }
    return "ComplianceSummary[as of "
        + asOf
        + ": "
        + posts()
        + " posts, "
        + postsWithDuty()
        + " with a duty, "
        + postsShort()
        + " short; "
        + required()
        + " days required, "
        + held()
        + " held, "
        + shortfall()
        + " missing, "
        + pending()
        + " pending; ad hoc "
        + adHocAnswered()
        + "/"
        + adHocCalls()
        + "; units "
        + units()
        + "]";
  }
}
