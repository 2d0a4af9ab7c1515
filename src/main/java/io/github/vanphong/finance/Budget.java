package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit's Party budget for one budget year: the estimate (dự toán) by item, then the allocations received, the
 * spending and the adjustments of the estimate as they are recorded, and at last the settled accounts (quyết toán).
 * For example the provincial committee's office in 2026, with item {@code 6000} "Tiền lương" estimated at VND
 * 2,400,000,000, VND 600,000,000 received on 2026-01-05 and VND 190,000,000 spent on 2026-01-25.
 *
 * <p>Each command returns a new budget or throws, and a refused command leaves the budget as it was. A budget
 * refuses spending and adjustments dated outside its budget year, the calendar year ({@link
 * BudgetRule#WITHIN_BUDGET_YEAR}, Luật Ngân sách nhà nước 83/2015/QH13, Điều 14), and allocations dated after it or
 * before the year before; an entry on an item it does not have ({@link BudgetRule#KNOWN_ITEM}); an amount that is not
 * positive, or an adjustment that takes an estimate below 0 đồng ({@link BudgetRule#POSITIVE_AMOUNT}); anything after
 * the settled accounts, which are recorded once and not before the year's last day ({@link BudgetRule#SETTLED_ONCE}).
 * Bad data is an {@link IllegalArgumentException}; a command on settled accounts an {@link IllegalStateException}.
 *
 * <p>Spending beyond an item's estimate or beyond what was received is recorded, not refused: the books show what was
 * paid, and {@link #findings()} reports it ({@link BudgetRule#WITHIN_ESTIMATE}, {@link
 * BudgetRule#WITHIN_ALLOCATIONS}), with settled accounts that differ from the spending ({@link
 * BudgetRule#SETTLEMENT_EQUALS_SPENDING}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Budget {

  private final UnitId unit;
  private final int year;

  @SuppressWarnings("Immutable") // ImmutableMap of immutable values
  private final ImmutableMap<String, BudgetItem> items;

  @SuppressWarnings("Immutable")
  private final ImmutableMap<String, Money> estimates;

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<BudgetEntry> entries;

  @SuppressWarnings("Immutable") // an immutable value type
  private final @Nullable BudgetSettlement settlement;

  private Budget(
      UnitId unit,
      int year,
      ImmutableMap<String, BudgetItem> items,
      ImmutableMap<String, Money> estimates,
      ImmutableList<BudgetEntry> entries,
      @Nullable BudgetSettlement settlement) {
    this.unit = unit;
    this.year = year;
    this.items = items;
    this.estimates = estimates;
    this.entries = entries;
    this.settlement = settlement;
  }

  /**
   * Returns a unit's budget of a year with its estimate by item and nothing recorded yet.
   *
   * @param unit the unit, not null
   * @param year the budget year, from {@link BudgetStep#FIRST_BUDGET_YEAR} to {@link BudgetStep#LAST_BUDGET_YEAR}
   * @param estimates the estimate of each item, 0 đồng or more, in the order the items are listed; not null, none
   *     null; two items may not share a code
   * @return the budget, not null
   * @throws IllegalArgumentException if the year is outside the calendar's range, an estimate is negative or two items
   *     share a code
   */
  public static Budget of(UnitId unit, int year, Map<BudgetItem, Money> estimates) {
    requireNonNull(unit, "unit");
    Map<BudgetItem, Money> given = Arguments.entries(estimates, "estimates");
    BudgetCalendar.budgetYear(year);
    Map<String, BudgetItem> items = new LinkedHashMap<>();
    Map<String, Money> amounts = new LinkedHashMap<>();
    given.forEach(
        (item, amount) -> {
          checkArgument(
              !items.containsKey(item.code()),
              "%s: a budget lists an item code once; %s is listed as %s and as %s",
              BudgetRule.KNOWN_ITEM,
              item.code(),
              items.get(item.code()),
              item);
          checkArgument(
              !amount.isNegative(),
              "%s: an estimate is 0 đồng or more; %s was %s",
              BudgetRule.POSITIVE_AMOUNT,
              item.code(),
              amount);
          items.put(item.code(), item);
          amounts.put(item.code(), amount);
        });
    return new Budget(unit, year, ImmutableMap.copyOf(items), ImmutableMap.copyOf(amounts), ImmutableList.of(), null);
  }

  /**
   * Rebuilds a budget from its estimate, its entries in the order recorded, and its settled accounts if any,
   * recording each again: an entry the budget would refuse is refused.
   *
   * @param unit the unit, not null
   * @param year the budget year, not null
   * @param estimates the estimate of each item, not null, none null
   * @param entries the entries, in the order recorded, not null, none null
   * @param settlement the settled accounts, if any, not null
   * @return the budget, not null
   * @throws IllegalArgumentException if a command of {@link #of}, {@link #record} or {@link #settle} would refuse
   */
  public static Budget replay(
      UnitId unit,
      int year,
      Map<BudgetItem, Money> estimates,
      Iterable<BudgetEntry> entries,
      Optional<BudgetSettlement> settlement) {
    ImmutableList<BudgetEntry> recorded = Arguments.list(entries, "entries");
    requireNonNull(settlement, "settlement");
    Budget budget = of(unit, year, estimates);
    for (BudgetEntry entry : recorded) {
      budget = budget.record(entry);
    }
    if (settlement.isPresent()) {
      budget = budget.settle(settlement.get().amount(), settlement.get().on());
    }
    return budget;
  }

  /**
   * Records an allocation received for an item.
   *
   * @param itemCode the item's code, not null
   * @param amount the amount, 1 đồng or more, not null
   * @param on the day received, from 1 January of the year before to 31 December of the budget year, not null
   * @return the budget with the allocation, not null
   * @throws IllegalArgumentException if the item is not the budget's, the amount is not positive or the day is out of
   *     range
   * @throws IllegalStateException if the accounts are settled
   */
  public Budget receive(String itemCode, Money amount, LocalDate on) {
    return record(BudgetEntry.allocation(itemCode, amount, on));
  }

  /**
   * Records a spending on an item; spending beyond the estimate or the allocations is recorded and found.
   *
   * @param itemCode the item's code, not null
   * @param amount the amount, 1 đồng or more, not null
   * @param on the day spent, within the budget year, not null
   * @return the budget with the spending, not null
   * @throws IllegalArgumentException if the item is not the budget's, the amount is not positive or the day is outside
   *     the budget year
   * @throws IllegalStateException if the accounts are settled
   */
  public Budget spend(String itemCode, Money amount, LocalDate on) {
    return record(BudgetEntry.spending(itemCode, amount, on));
  }

  /**
   * Records an adjustment of an item's estimate.
   *
   * @param itemCode the item's code, not null
   * @param change the change, up if positive, down if negative, not 0; the estimate stays 0 đồng or more; not null
   * @param reason why, not blank, not null
   * @param on the day, within the budget year, not null
   * @return the budget with the adjustment, not null
   * @throws IllegalArgumentException if the item is not the budget's, the change is 0 or takes the estimate below 0,
   *     the reason is blank or the day is outside the budget year
   * @throws IllegalStateException if the accounts are settled
   */
  public Budget adjust(String itemCode, Money change, String reason, LocalDate on) {
    return record(BudgetEntry.adjustment(itemCode, change, reason, on));
  }

  /**
   * Records an entry of any kind.
   *
   * @param entry the entry, not null
   * @return the budget with the entry, not null
   * @throws IllegalArgumentException if the item is not the budget's, the day does not fit the kind, or an adjustment
   *     takes the estimate below 0 đồng
   * @throws IllegalStateException if the accounts are settled
   */
  public Budget record(BudgetEntry entry) {
    requireNonNull(entry, "entry");
    checkNotSettled(entry.kind().englishName());
    checkArgument(
        items.containsKey(entry.itemCode()),
        "%s: the budget of %s for %s has no item %s",
        BudgetRule.KNOWN_ITEM,
        unit,
        year,
        Texts.quote(entry.itemCode()));
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    if (entry.kind() == BudgetEntryKind.ALLOCATION) {
      checkArgument(
          !entry.on().isAfter(last) && !entry.on().isBefore(first.minusYears(1)),
          "%s: an allocation for budget year %s is received from %s to %s; it is dated %s",
          BudgetRule.WITHIN_BUDGET_YEAR,
          year,
          first.minusYears(1),
          last,
          entry.on());
    } else {
      checkArgument(
          !entry.on().isAfter(last) && !entry.on().isBefore(first),
          "%s: %s of budget year %s is dated from %s to %s; it is dated %s",
          BudgetRule.WITHIN_BUDGET_YEAR,
          entry.kind().englishName(),
          year,
          first,
          last,
          entry.on());
    }
    if (entry.kind() == BudgetEntryKind.ADJUSTMENT) {
      checkEstimateStaysPositive(entry);
    }
    ImmutableList<BudgetEntry> recorded = ImmutableList.<BudgetEntry>builder().addAll(entries).add(entry).build();
    return new Budget(unit, year, items, estimates, recorded, null);
  }

  /** An estimate stays 0 đồng or more on the adjustment's day and on the day of every later adjustment. */
  private void checkEstimateStaysPositive(BudgetEntry adjustment) {
    for (LocalDate day : adjustmentDaysFrom(adjustment.on())) {
      Money adjusted = estimate(adjustment.itemCode(), day).plus(adjustment.amount());
      checkArgument(
          !adjusted.isNegative(),
          "%s: an estimate stays 0 đồng or more; a change of %s on %s would take %s to %s on %s",
          BudgetRule.POSITIVE_AMOUNT,
          adjustment.amount(),
          adjustment.on(),
          adjustment.itemCode(),
          adjusted,
          day);
    }
  }

  private ImmutableList<LocalDate> adjustmentDaysFrom(LocalDate from) {
    ImmutableList.Builder<LocalDate> days = ImmutableList.<LocalDate>builder().add(from);
    for (BudgetEntry entry : entries) {
      if (entry.kind() == BudgetEntryKind.ADJUSTMENT && entry.on().isAfter(from)) {
        days.add(entry.on());
      }
    }
    return days.build();
  }

  /**
   * Records the settled accounts of the year, after which the budget records nothing more.
   *
   * @param amount the spending the accounts approve, 0 đồng or more, not null
   * @param on the day recorded, 31 December of the budget year or later, not null
   * @return the settled budget, not null
   * @throws IllegalArgumentException if the amount is negative or the day is before the year's last day
   * @throws IllegalStateException if the accounts are already settled
   */
  public Budget settle(Money amount, LocalDate on) {
    BudgetSettlement settled = BudgetSettlement.of(amount, on);
    checkNotSettled("the settlement");
    LocalDate last = LocalDate.of(year, 12, 31);
    checkArgument(
        !on.isBefore(last),
        "%s: the accounts of budget year %s are settled on %s or later; it is dated %s",
        BudgetRule.SETTLED_ONCE,
        year,
        last,
        on);
    return new Budget(unit, year, items, estimates, entries, settled);
  }

  private void checkNotSettled(String what) {
    checkState(
        settlement == null,
        "%s: the budget of %s for %s is %s; %s is not recorded after it",
        BudgetRule.SETTLED_ONCE,
        unit,
        year,
        settlement,
        what);
  }

  /**
   * The unit whose budget this is.
   *
   * @return the unit, not null
   */
  public UnitId unit() {
    return unit;
  }

  /**
   * The budget year.
   *
   * @return the year, from {@link BudgetStep#FIRST_BUDGET_YEAR} to {@link BudgetStep#LAST_BUDGET_YEAR}
   */
  public int year() {
    return year;
  }

  /**
   * The items, in the order listed.
   *
   * @return the items, not null
   */
  public ImmutableList<BudgetItem> items() {
    return items.values().asList();
  }

  /**
   * Returns an item by its code.
   *
   * @param code the code, not null
   * @return the item, or empty if the budget has none of that code
   */
  public Optional<BudgetItem> item(String code) {
    requireNonNull(code, "code");
    return Optional.ofNullable(items.get(code));
  }

  /**
   * The estimate of each item as first given, before any adjustment, in the order listed.
   *
   * @return the estimates, not null
   */
  public ImmutableMap<BudgetItem, Money> estimates() {
    ImmutableMap.Builder<BudgetItem, Money> built = ImmutableMap.builder();
    items.forEach((code, item) -> built.put(item, Objects.requireNonNull(estimates.get(code))));
    return built.buildOrThrow();
  }

  /**
   * The entries, in the order recorded.
   *
   * @return the entries, not null
   */
  public ImmutableList<BudgetEntry> entries() {
    return entries;
  }

  /**
   * The settled accounts, once recorded.
   *
   * @return the settlement, or empty while the accounts are open
   */
  public Optional<BudgetSettlement> settlement() {
    return Optional.ofNullable(settlement);
  }

  /**
   * Tells whether the accounts are settled.
   *
   * @return true once the settlement is recorded
   */
  public boolean isSettled() {
    return settlement != null;
  }

  /**
   * Returns an item's estimate with every adjustment.
   *
   * @param itemCode the item's code, not null
   * @return the estimate, 0 đồng or more, not null
   * @throws IllegalArgumentException if the item is not the budget's
   */
  public Money estimate(String itemCode) {
    return estimate(itemCode, LocalDate.MAX);
  }

  Money estimate(String itemCode, LocalDate asOf) {
    return total(BudgetEntryKind.ADJUSTMENT, itemCode, asOf).plus(initial(itemCode));
  }

  /**
   * Returns what was received for an item.
   *
   * @param itemCode the item's code, not null
   * @return the total, not null
   * @throws IllegalArgumentException if the item is not the budget's
   */
  public Money allocated(String itemCode) {
    return total(BudgetEntryKind.ALLOCATION, itemCode, LocalDate.MAX);
  }

  /**
   * Returns what was spent on an item.
   *
   * @param itemCode the item's code, not null
   * @return the total, not null
   * @throws IllegalArgumentException if the item is not the budget's
   */
  public Money spent(String itemCode) {
    return total(BudgetEntryKind.SPENDING, itemCode, LocalDate.MAX);
  }

  /**
   * Returns what was spent on every item.
   *
   * @return the total, not null
   */
  public Money spent() {
    Money total = Money.ZERO;
    for (String code : items.keySet()) {
      total = total.plus(spent(code));
    }
    return total;
  }

  Money initial(String itemCode) {
    requireNonNull(itemCode, "itemCode");
    Money initial = estimates.get(itemCode);
    checkArgument(
        initial != null,
        "%s: the budget of %s for %s has no item %s",
        BudgetRule.KNOWN_ITEM,
        unit,
        year,
        Texts.quote(itemCode));
    return initial;
  }

  Money total(BudgetEntryKind kind, String itemCode, LocalDate asOf) {
    initial(itemCode);
    Money total = Money.ZERO;
    for (BudgetEntry entry : entries) {
      if (entry.kind() == kind && entry.itemCode().equals(itemCode) && !entry.on().isAfter(asOf)) {
        total = total.plus(entry.amount());
      }
    }
    return total;
  }

  /**
   * Checks the budget and returns every finding at once: for each item, in the order listed, spending beyond its
   * estimate as adjusted ({@link BudgetRule#WITHIN_ESTIMATE}), then spending beyond what was received ({@link
   * BudgetRule#WITHIN_ALLOCATIONS}); last, settled accounts that differ from the spending ({@link
   * BudgetRule#SETTLEMENT_EQUALS_SPENDING}).
   *
   * @return the findings, empty if the budget keeps every rule, not null
   */
  public ImmutableList<BudgetViolation> findings() {
    ImmutableList.Builder<BudgetViolation> found = ImmutableList.builder();
    for (String code : items.keySet()) {
      Money spent = spent(code);
      Money estimate = estimate(code);
      if (spent.isGreaterThan(estimate)) {
        found.add(BudgetViolation.of(BudgetRule.WITHIN_ESTIMATE, unit, year, Optional.of(code), estimate, spent));
      }
      Money allocated = allocated(code);
      if (spent.isGreaterThan(allocated)) {
        found.add(BudgetViolation.of(BudgetRule.WITHIN_ALLOCATIONS, unit, year, Optional.of(code), allocated, spent));
      }
    }
    if (settlement != null) {
      Money spent = spent();
      if (!settlement.amount().equals(spent)) {
        found.add(
            BudgetViolation.of(
                BudgetRule.SETTLEMENT_EQUALS_SPENDING, unit, year, Optional.empty(), spent, settlement.amount()));
      }
    }
    return found.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Budget other
        && unit.equals(other.unit)
        && year == other.year
        && items.equals(other.items)
        && estimates.equals(other.estimates)
        && entries.equals(other.entries)
        && Objects.equals(settlement, other.settlement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, year, items, estimates, entries, settlement);
  }

  /**
   * Returns a readable form: "Budget[HG-VPTU 2026, 3 items, 12 entries, open]".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return "Budget["
        + unit
        + " "
        + year
        + ", "
        + items.size()
        + " items, "
        + entries.size()
        + " entries, "
        + (settlement == null ? "open" : settlement.toString())
        + "]";
  }
}
