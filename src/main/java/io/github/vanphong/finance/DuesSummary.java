package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vanphong.Summary;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What Party organisations did with their dues, by unit and month: the dues collected from their members, the dues
 * received from the organisations below, the part kept, and the part sent up. For example a cell that collected VND
 * 500,000 in March 2020 and kept 30% shows 500,000 collected, 0 received, 150,000 kept and 350,000 sent up.
 *
 * <p>For each unit and month, what is collected and received is what is kept and sent up: a line is refused
 * otherwise. Summaries of different units and months merge ({@link #plus(DuesSummary) plus}), and so do two of a same
 * unit and month, amount by amount. A {@link DuesRollUp} builds one from the collected dues of a tree.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesSummary implements Summary<DuesSummary> {

  private static final DuesSummary EMPTY = new DuesSummary(ImmutableSortedMap.of());

  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Amounts>> lines;

  private record Amounts(Money collected, Money received, Money kept) {
    Money sentUp() {
      return collected.plus(received).minus(kept);
    }

    Amounts plus(Amounts other) {
      return new Amounts(collected.plus(other.collected), received.plus(other.received), kept.plus(other.kept));
    }
  }

  private DuesSummary(ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Amounts>> lines) {
    this.lines = lines;
  }

  /**
   * Returns the summary of nothing, the neutral element of {@link #plus(DuesSummary) plus}.
   *
   * @return the empty summary, not null
   */
  public static DuesSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the summary of one unit for one month; the part sent up is what is collected and received less what is
   * kept.
   *
   * @param unit the organisation, not null
   * @param month the month, not null
   * @param collected the dues collected from its members, 0 đồng or more, not null
   * @param received the dues received from the organisations below, 0 đồng or more, not null
   * @param kept the part kept, from 0 đồng to what is collected and received, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if an amount is negative or the kept part exceeds what is held
   */
  public static DuesSummary of(UnitId unit, YearMonth month, Money collected, Money received, Money kept) {
    requireNonNull(unit, "unit");
    requireNonNull(month, "month");
    requireNonNull(collected, "collected");
    requireNonNull(received, "received");
    requireNonNull(kept, "kept");
    checkArgument(!collected.isNegative(), "dues collected are 0 đồng or more: %s for %s in %s", collected, unit, month);
    checkArgument(!received.isNegative(), "dues received are 0 đồng or more: %s for %s in %s", received, unit, month);
    checkArgument(!kept.isNegative(), "dues kept are 0 đồng or more: %s for %s in %s", kept, unit, month);
    Money held = collected.plus(received);
    checkArgument(
        !kept.isGreaterThan(held),
        "collected and received are kept and sent up: %s kept %s of %s held in %s",
        unit,
        kept,
        held,
        month);
    return new DuesSummary(
        ImmutableSortedMap.of(unit, ImmutableSortedMap.of(month, new Amounts(collected, received, kept))));
  }

  /**
   * Returns a collector that merges summaries.
   *
   * @return the collector, not null
   */
  public static Collector<DuesSummary, ?, DuesSummary> collector() {
    return Collectors.reducing(EMPTY, Function.identity(), DuesSummary::plus);
  }

  @Override
  public DuesSummary plus(DuesSummary other) {
    requireNonNull(other, "other");
    if (other.lines.isEmpty()) {
      return this;
    }
    if (lines.isEmpty()) {
      return other;
    }
    Map<UnitId, Map<YearMonth, Amounts>> sum = new TreeMap<>();
    for (DuesSummary part : new DuesSummary[] {this, other}) {
      part.lines.forEach(
          (unit, months) -> {
            Map<YearMonth, Amounts> of = sum.computeIfAbsent(unit, u -> new TreeMap<>());
            months.forEach((month, amounts) -> of.merge(month, amounts, Amounts::plus));
          });
    }
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<YearMonth, Amounts>> built =
        ImmutableSortedMap.naturalOrder();
    sum.forEach((unit, months) -> built.put(unit, ImmutableSortedMap.copyOf(months)));
    return new DuesSummary(built.buildOrThrow());
  }

  /**
   * Tells whether the summary has no line.
   *
   * @return true for the empty summary
   */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /**
   * Returns the units that have a line.
   *
   * @return the units, in order, not null
   */
  public ImmutableSortedSet<UnitId> units() {
    return lines.keySet();
  }

  /**
   * Returns the months that have a line.
   *
   * @return the months, in order, not null
   */
  public ImmutableSortedSet<YearMonth> months() {
    return lines.values().stream()
        .flatMap(m -> m.keySet().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(YearMonth::compareTo));
  }

  /**
   * Tells whether the summary has a line for a unit and month.
   *
   * @param unit the unit, not null
   * @param month the month, not null
   * @return true if it has
   */
  public boolean contains(UnitId unit, YearMonth month) {
    requireNonNull(unit, "unit");
    requireNonNull(month, "month");
    ImmutableSortedMap<YearMonth, Amounts> months = lines.get(unit);
    return months != null && months.containsKey(month);
  }

  /**
   * Returns the lines of one unit.
   *
   * @param unit the unit, not null
   * @return the summary of that unit, empty if it has no line
   */
  public DuesSummary forUnit(UnitId unit) {
    requireNonNull(unit, "unit");
    ImmutableSortedMap<YearMonth, Amounts> months = lines.get(unit);
    return months == null ? EMPTY : new DuesSummary(ImmutableSortedMap.of(unit, months));
  }

  /**
   * Returns the lines of one month.
   *
   * @param month the month, not null
   * @return the summary of that month, empty if it has no line
   */
  public DuesSummary forMonth(YearMonth month) {
    requireNonNull(month, "month");
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<YearMonth, Amounts>> built =
        ImmutableSortedMap.naturalOrder();
    lines.forEach(
        (unit, months) -> {
          Amounts amounts = months.get(month);
          if (amounts != null) {
            built.put(unit, ImmutableSortedMap.of(month, amounts));
          }
        });
    ImmutableSortedMap<UnitId, ImmutableSortedMap<YearMonth, Amounts>> of = built.buildOrThrow();
    return of.isEmpty() ? EMPTY : new DuesSummary(of);
  }

  /**
   * Returns the dues collected from members, over every line.
   *
   * @return the total, not null
   */
  public Money collected() {
    return total(Amounts::collected);
  }

  /**
   * Returns the dues received from the organisations below, over every line.
   *
   * @return the total, not null
   */
  public Money received() {
    return total(Amounts::received);
  }

  /**
   * Returns the dues kept, over every line.
   *
   * @return the total, not null
   */
  public Money kept() {
    return total(Amounts::kept);
  }

  /**
   * Returns the dues sent up, over every line: what is collected and received less what is kept.
   *
   * @return the total, not null
   */
  public Money sentUp() {
    return total(Amounts::sentUp);
  }

  private Money total(Function<Amounts, Money> amount) {
    Money total = Money.ZERO;
    for (ImmutableSortedMap<YearMonth, Amounts> months : lines.values()) {
      for (Amounts amounts : months.values()) {
        total = total.plus(amount.apply(amounts));
      }
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DuesSummary other && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  /**
   * Returns a readable form: "DuesSummary[2 units, collected 500000 đồng, ...]".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return lines.isEmpty()
        ? "DuesSummary[nothing]"
        : "DuesSummary["
            + lines.size()
            + " units, collected "
            + collected()
            + ", received "
            + received()
            + ", kept "
            + kept()
            + ", sent up "
            + sentUp()
            + "]";
  }
}
