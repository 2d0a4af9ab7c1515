package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vanphong.Summary;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How units kept their reporting obligations, added up by unit, as of a day: the reports sent on time, sent late,
 * missing, and not yet due. For example a province's district offices on 2026-04-30: 14 first-quarter reports on time,
 * 2 late, 1 missing.
 *
 * <p>{@link #plus} is associative and commutative with {@link #empty()} as its identity, and {@link #collector()} gives
 * the same summary sequentially and on parallel streams. Judgements of different days do not merge, since a report
 * not yet due on one day may be missing on a later one: {@link #plus} refuses them. {@link
 * ReportingComplianceRollUp} adds each unit's subordinates.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingCompliance implements Summary<ReportingCompliance> {

  private static final ReportingCompliance EMPTY = new ReportingCompliance(null, ImmutableSortedMap.of());

  private final @Nullable LocalDate asOf;
  private final ImmutableSortedMap<UnitId, Figures> byUnit;

  private record Figures(int onTime, int late, int missing, int notYetDue) {
    Figures plus(Figures o) {
      return new Figures(
          Math.addExact(onTime, o.onTime),
          Math.addExact(late, o.late),
          Math.addExact(missing, o.missing),
          Math.addExact(notYetDue, o.notYetDue));
    }
  }

  private ReportingCompliance(@Nullable LocalDate asOf, ImmutableSortedMap<UnitId, Figures> byUnit) {
    this.asOf = asOf;
    this.byUnit = byUnit;
  }

  /**
   * Returns the summary of nothing, of no day: the identity of {@link #plus}.
   *
   * @return the empty summary, not null
   */
  public static ReportingCompliance empty() {
    return EMPTY;
  }

  /**
   * Returns the summary of one judgement, under the unit that owes the report.
   *
   * @param check the judgement, not null
   * @return the summary, as of the judgement's day, not null
   */
  public static ReportingCompliance of(ReportCheck check) {
    requireNonNull(check, "check");
    ReportStatus status = check.status();
    Figures figures =
        new Figures(
            status == ReportStatus.ON_TIME ? 1 : 0,
            status == ReportStatus.LATE ? 1 : 0,
            status == ReportStatus.MISSING ? 1 : 0,
            status == ReportStatus.NOT_YET_DUE ? 1 : 0);
    return new ReportingCompliance(check.asOf(), ImmutableSortedMap.of(check.obligation().unit(), figures));
  }

  /**
   * Returns the summary of one unit's reports from its figures, for a summary exchanged between offices and read
   * back.
   *
   * @param asOf the day of the judgements, not null
   * @param unit the unit, not null
   * @param onTime the reports sent on time, 0 or more
   * @param late the reports sent late, 0 or more
   * @param missing the reports missing, 0 or more
   * @param notYetDue the reports not yet due, 0 or more
   * @return the summary, not null
   * @throws IllegalArgumentException if a count is negative or all are zero
   * @throws ArithmeticException if the counts add up beyond {@link Integer#MAX_VALUE}
   */
  public static ReportingCompliance of(
      LocalDate asOf, UnitId unit, int onTime, int late, int missing, int notYetDue) {
    requireNonNull(asOf, "asOf");
    requireNonNull(unit, "unit");
    checkArgument(
        onTime >= 0 && late >= 0 && missing >= 0 && notYetDue >= 0,
        "a count of reports is 0 or more: %s on time, %s late, %s missing, %s not yet due for %s",
        onTime,
        late,
        missing,
        notYetDue,
        unit);
    int total = Math.addExact(Math.addExact(onTime, late), Math.addExact(missing, notYetDue));
    checkArgument(total > 0, "a unit's line counts at least one report: %s has none", unit);
    return new ReportingCompliance(asOf, ImmutableSortedMap.of(unit, new Figures(onTime, late, missing, notYetDue)));
  }

  /**
   * Returns a collector that merges summaries.
   *
   * @return the collector, not null
   */
  public static Collector<ReportingCompliance, ?, ReportingCompliance> collector() {
    return Collectors.reducing(EMPTY, Function.identity(), ReportingCompliance::plus);
  }

  /**
   * Returns the sum of this summary and another: the figures of each unit added.
   *
   * @param other the other summary, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if the two are of different days
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public ReportingCompliance plus(ReportingCompliance other) {
    requireNonNull(other, "other");
    if (other.byUnit.isEmpty()) {
      return this;
    }
    if (byUnit.isEmpty()) {
      return other;
    }
    checkArgument(
        Objects.equals(asOf, other.asOf),
        "reporting compliances of different days do not merge: %s and %s",
        asOf,
        other.asOf);
    Map<UnitId, Figures> sum = new TreeMap<>(byUnit);
    other.byUnit.forEach((unit, figures) -> sum.merge(unit, figures, Figures::plus));
    return new ReportingCompliance(asOf, ImmutableSortedMap.copyOfSorted(new TreeMap<>(sum)));
  }

  /**
   * Returns the day of the judgements.
   *
   * @return the day, or empty for the empty summary
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Tells whether the summary counts nothing.
   *
   * @return true for the empty summary
   */
  public boolean isEmpty() {
    return byUnit.isEmpty();
  }

  /**
   * Returns the units with a line.
   *
   * @return the units, in order, not null
   */
  public ImmutableSortedSet<UnitId> units() {
    return byUnit.keySet();
  }

  /**
   * Returns one unit's line.
   *
   * @param unit the unit, not null
   * @return its summary, empty if it has no line
   */
  public ReportingCompliance forUnit(UnitId unit) {
    requireNonNull(unit, "unit");
    Figures figures = byUnit.get(unit);
    return figures == null ? EMPTY : new ReportingCompliance(asOf, ImmutableSortedMap.of(unit, figures));
  }

  /**
   * Returns the reports sent on time.
   *
   * @return the count, 0 or more
   */
  public int onTime() {
    return total(Figures::onTime);
  }

  /**
   * Returns the reports sent late.
   *
   * @return the count, 0 or more
   */
  public int late() {
    return total(Figures::late);
  }

  /**
   * Returns the reports missing: not sent, the due day past.
   *
   * @return the count, 0 or more
   */
  public int missing() {
    return total(Figures::missing);
  }

  /**
   * Returns the reports not yet due and not sent.
   *
   * @return the count, 0 or more
   */
  public int notYetDue() {
    return total(Figures::notYetDue);
  }

  /**
   * Returns every report counted.
   *
   * @return the count, 0 or more
   * @throws ArithmeticException if it passes {@link Integer#MAX_VALUE}
   */
  public int reports() {
    return Math.addExact(Math.addExact(onTime(), late()), Math.addExact(missing(), notYetDue()));
  }

  private int total(ToIntFunction<Figures> count) {
    int total = 0;
    for (Figures figures : byUnit.values()) {
      total = Math.addExact(total, count.applyAsInt(figures));
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingCompliance other && Objects.equals(asOf, other.asOf) && byUnit.equals(other.byUnit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, byUnit);
  }

  /**
   * Returns the day and the totals, for example "ReportingCompliance[2026-04-30, 3 units, 14 on time, 2 late, 1
   * missing, 0 not yet due]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return byUnit.isEmpty()
        ? "ReportingCompliance[nothing]"
        : "ReportingCompliance["
            + asOf
            + ", "
            + byUnit.size()
            + " units, "
            + onTime()
            + " on time, "
            + late()
            + " late, "
            + missing()
            + " missing, "
            + notYetDue()
            + " not yet due]";
  }
}
