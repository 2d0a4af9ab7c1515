package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The figures of Party budgets on a day, by unit and item code: the estimate as adjusted, the allocations received,
 * the spending, and the balance (what was received less what was spent). For example on 2026-06-30 the provincial
 * office's item {@code 6000} shows an estimate of VND 2,400,000,000, VND 1,200,000,000 received, VND 1,140,000,000
 * spent and VND 60,000,000 in balance.
 *
 * <p>Figures merge: {@link #plus(BudgetSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and two lines of a same unit and item add up amount by amount. The figures hold on a day, {@link
 * #asOf()}, counting the entries dated on or before it: figures of different days do not merge, and the empty figures
 * have no day. {@link BudgetRollUp} rolls them up a tree of units.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class BudgetSummary implements Summary<BudgetSummary> {

  private static final BudgetSummary EMPTY = new BudgetSummary(null, ImmutableSortedMap.of());

  private final @Nullable LocalDate asOf;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<UnitId, ImmutableSortedMap<String, Figures>> lines;

  private record Figures(Money estimate, Money allocated, Money spent) {
    Figures plus(Figures other) {
      return new Figures(estimate.plus(other.estimate), allocated.plus(other.allocated), spent.plus(other.spent));
    }
  }

  private BudgetSummary(
      @Nullable LocalDate asOf, ImmutableSortedMap<UnitId, ImmutableSortedMap<String, Figures>> lines) {
    this.asOf = asOf;
    this.lines = lines;
  }

  /**
   * Returns the figures of nothing, on no day: the identity of {@link #plus(BudgetSummary) plus}.
   *
   * @return the empty summary, not null
   */
  public static BudgetSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the figures of one unit's item on a day.
   *
   * @param unit the unit, not null
   * @param itemCode the item's code, 1 to 20 letters, digits, dots and hyphens, not null
   * @param asOf the day, not null
   * @param estimate the estimate as adjusted, 0 đồng or more, not null
   * @param allocated the allocations received, 0 đồng or more, not null
   * @param spent the spending, 0 đồng or more, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if the code is not a valid item code or an amount is negative
   */
  public static BudgetSummary of(
      UnitId unit, String itemCode, LocalDate asOf, Money estimate, Money allocated, Money spent) {
    requireNonNull(unit, "unit");
    requireNonNull(itemCode, "itemCode");
    requireNonNull(asOf, "asOf");
    requireNonNull(estimate, "estimate");
    requireNonNull(allocated, "allocated");
    requireNonNull(spent, "spent");
    checkArgument(
        BudgetItem.isCode(itemCode),
        "%s: an item code is 1 to 20 letters, digits, dots and hyphens: %s",
        BudgetRule.KNOWN_ITEM,
        Texts.quote(itemCode));
    checkArgument(
        !estimate.isNegative() && !allocated.isNegative() && !spent.isNegative(),
        "%s: the figures of %s for %s are 0 đồng or more: estimate %s, allocated %s, spent %s",
        BudgetRule.POSITIVE_AMOUNT,
        unit,
        itemCode,
        estimate,
        allocated,
        spent);
    return new BudgetSummary(
        asOf, ImmutableSortedMap.of(unit, ImmutableSortedMap.of(itemCode, new Figures(estimate, allocated, spent))));
  }

  /**
   * Returns the figures of a budget on a day: every item, with the entries dated on or before the day.
   *
   * @param budget the budget, not null
   * @param asOf the day, not null
   * @return the summary, not null
   */
  public static BudgetSummary of(Budget budget, LocalDate asOf) {
    requireNonNull(budget, "budget");
    requireNonNull(asOf, "asOf");
    BudgetSummary summary = new BudgetSummary(asOf, ImmutableSortedMap.of());
    for (BudgetItem item : budget.items()) {
      String code = item.code();
      summary =
          summary.plus(
              of(
                  budget.unit(),
                  code,
                  asOf,
                  budget.estimate(code, asOf),
                  budget.total(BudgetEntryKind.ALLOCATION, code, asOf),
                  budget.total(BudgetEntryKind.SPENDING, code, asOf)));
    }
    return summary.lines.isEmpty() ? EMPTY : summary;
  }

  /**
   * Returns a collector of the figures of budgets on a day.
   *
   * @param asOf the day, not null
   * @return the collector, not null
   */
  public static Collector<Budget, ?, BudgetSummary> collector(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return Collectors.reducing(EMPTY, b -> of(b, asOf), BudgetSummary::plus);
  }

  /**
   * Returns a collector that merges summaries.
   *
   * @return the collector, not null
   */
  public static Collector<BudgetSummary, ?, BudgetSummary> collector() {
    return Collectors.reducing(EMPTY, Function.identity(), BudgetSummary::plus);
  }

  /**
   * Merges two summaries of the same day, line by line.
   *
   * @param other the other summary, of the same day or empty, not null
   * @return the merged summary, not null
   * @throws IllegalArgumentException if the summaries are of different days
   * @throws ArithmeticException if an amount passes the range of {@link Money}
   */
  @Override
  public BudgetSummary plus(BudgetSummary other) {
    requireNonNull(other, "other");
    if (other.asOf == null) {
      return this;
    }
    if (asOf == null) {
      return other;
    }
    checkArgument(
        asOf.equals(other.asOf), "budget figures of different days do not merge: %s and %s", asOf, other.asOf);
    Map<UnitId, Map<String, Figures>> sum = new TreeMap<>();
    for (BudgetSummary part : new BudgetSummary[] {this, other}) {
      part.lines.forEach(
          (unit, items) -> {
            Map<String, Figures> of = sum.computeIfAbsent(unit, u -> new TreeMap<>());
            items.forEach((code, figures) -> of.merge(code, figures, Figures::plus));
          });
    }
    return new BudgetSummary(asOf, copy(sum));
  }

  private static ImmutableSortedMap<UnitId, ImmutableSortedMap<String, Figures>> copy(
      Map<UnitId, ? extends Map<String, Figures>> lines) {
    ImmutableSortedMap.Builder<UnitId, ImmutableSortedMap<String, Figures>> built = ImmutableSortedMap.naturalOrder();
    lines.forEach((unit, items) -> built.put(unit, ImmutableSortedMap.copyOf(items)));
    return built.buildOrThrow();
  }

  /**
   * The day the figures hold on.
   *
   * @return the day, or empty for the empty summary
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
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
   * Returns the item codes that have a line.
   *
   * @return the codes, in order, not null
   */
  public ImmutableSortedSet<String> itemCodes() {
    return lines.values().stream()
        .flatMap(m -> m.keySet().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /**
   * Returns the lines of one unit.
   *
   * @param unit the unit, not null
   * @return its figures, empty if it has no line
   */
  public BudgetSummary forUnit(UnitId unit) {
    requireNonNull(unit, "unit");
    return forUnits(Set.of(unit));
  }

  /** Returns the lines of the units given, empty (and of no day) if none has a line. */
  BudgetSummary forUnits(Set<UnitId> units) {
    Map<UnitId, ImmutableSortedMap<String, Figures>> kept = new TreeMap<>();
    lines.forEach(
        (unit, items) -> {
          if (units.contains(unit)) {
            kept.put(unit, items);
          }
        });
    return kept.isEmpty() ? EMPTY : new BudgetSummary(asOf, ImmutableSortedMap.copyOf(kept));
  }

  /**
   * Returns the lines of one item, across units.
   *
   * @param itemCode the item's code, not null
   * @return its figures, empty if it has no line
   */
  public BudgetSummary forItem(String itemCode) {
    requireNonNull(itemCode, "itemCode");
    Map<UnitId, Map<String, Figures>> kept = new TreeMap<>();
    lines.forEach(
        (unit, items) -> {
          Figures figures = items.get(itemCode);
          if (figures != null) {
            kept.put(unit, Map.of(itemCode, figures));
          }
        });
    return kept.isEmpty() ? EMPTY : new BudgetSummary(asOf, copy(kept));
  }

  /**
   * Returns the estimate as adjusted, over every line.
   *
   * @return the total, not null
   */
  public Money estimate() {
    return total(Figures::estimate);
  }

  /**
   * Returns the allocations received, over every line.
   *
   * @return the total, not null
   */
  public Money allocated() {
    return total(Figures::allocated);
  }

  /**
   * Returns the spending, over every line.
   *
   * @return the total, not null
   */
  public Money spent() {
    return total(Figures::spent);
  }

  /**
   * Returns the balance, over every line: what was received less what was spent, negative where more was spent.
   *
   * @return the balance, not null
   */
  public Money balance() {
    return allocated().minus(spent());
  }

  private Money total(Function<Figures, Money> amount) {
    Money total = Money.ZERO;
    for (ImmutableSortedMap<String, Figures> items : lines.values()) {
      for (Figures figures : items.values()) {
        total = total.plus(amount.apply(figures));
      }
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BudgetSummary other && Objects.equals(asOf, other.asOf) && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, lines);
  }

  /**
   * Returns a readable form: "BudgetSummary[as of 2026-06-30, 2 units, estimate VND 2400000000, ...]".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return asOf == null
        ? "BudgetSummary[nothing]"
        : "BudgetSummary[as of "
            + asOf
            + ", "
            + lines.size()
            + " units, estimate "
            + estimate()
            + ", allocated "
            + allocated()
            + ", spent "
            + spent()
            + ", balance "
            + balance()
            + "]";
  }
}
