package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The dues of a month carried up a tree of Party organisations: each unit holds what it collected from its members
 * and what its children sent up, keeps the share its {@link DuesLevel}'s split gives it, and sends the rest to its
 * parent; what the top units send goes to the level above the tree ({@link #sentAbove()}). For example a cell that
 * collects VND 1,000,000 and keeps 30% sends 700,000 to its grassroots committee, which keeps 70% of what it collects
 * and receives.
 *
 * <p>At every unit, what is collected and received is what is kept and sent up, to the đồng. An organisation chart
 * is rolled up as of a day by rolling up its tree of that day ({@code chart.asOf(day)}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesRollUp {

  private final YearMonth month;
  private final DuesSummary summary;
  private final Money sentAbove;

  private DuesRollUp(YearMonth month, DuesSummary summary, Money sentAbove) {
    this.month = month;
    this.summary = summary;
    this.sentAbove = sentAbove;
  }

  /**
   * Rolls up the dues of a month over a tree.
   *
   * @param tree the organisations, not null
   * @param month the month, not null
   * @param book the splits, chosen by the month, not null
   * @param levels the kind of every unit of the tree, not null, none null
   * @param collected the dues each unit collected from its members, 0 đồng or more; a unit left out collected
   *     nothing; not null, none null
   * @param shares the share kept by each unit whose split lets the committee above choose, not null, none null
   * @return the roll-up, not null
   * @throws IllegalArgumentException if a unit of the tree has no level, a map names a unit outside the tree, an
   *     amount is negative, the book has no split for a unit's level and month (from February 2026 the standard book
   *     has none), a chosen share is missing or outside its range, or a share is given for a unit whose split has a
   *     single figure
   * @throws ArithmeticException if a rule's rounding refuses a kept part
   */
  public static DuesRollUp of(
      UnitTree tree,
      YearMonth month,
      DuesSplitRuleBook book,
      Map<UnitId, DuesLevel> levels,
      Map<UnitId, Money> collected,
      Map<UnitId, Rate> shares) {
    requireNonNull(tree, "tree");
    requireNonNull(month, "month");
    requireNonNull(book, "book");
    ImmutableMap<UnitId, DuesLevel> levelOf = ImmutableMap.copyOf(Arguments.entries(levels, "levels"));
    ImmutableMap<UnitId, Money> collectedOf = ImmutableMap.copyOf(Arguments.entries(collected, "collected"));
    ImmutableMap<UnitId, Rate> shareOf = ImmutableMap.copyOf(Arguments.entries(shares, "shares"));
    for (Map<UnitId, ?> named : java.util.List.of(levelOf, collectedOf, shareOf)) {
      for (UnitId unit : named.keySet()) {
        checkArgument(tree.contains(unit), "a dues roll-up names only units of its tree: %s is not there", unit);
      }
    }
    for (Unit unit : tree.units()) {
      checkArgument(levelOf.containsKey(unit.id()), "every unit of a dues roll-up has a level: %s has none", unit.id());
    }
    collectedOf.forEach(
        (unit, amount) ->
            checkArgument(!amount.isNegative(), "dues collected are 0 đồng or more: %s for %s", amount, unit));
    DuesSummary summary = DuesSummary.empty();
    Money above = Money.ZERO;
    for (Unit root : tree.roots()) {
      Placed placed = place(root.id(), tree, month, book, levelOf, collectedOf, shareOf);
      summary = summary.plus(placed.summary());
      above = above.plus(placed.sentUp());
    }
    return new DuesRollUp(month, summary, above);
  }

  private record Placed(DuesSummary summary, Money sentUp) {}

  private static Placed place(
      UnitId id,
      UnitTree tree,
      YearMonth month,
      DuesSplitRuleBook book,
      Map<UnitId, DuesLevel> levels,
      Map<UnitId, Money> collected,
      Map<UnitId, Rate> shares) {
    DuesSummary summary = DuesSummary.empty();
    Money received = Money.ZERO;
    for (Unit child : tree.children(id)) {
      Placed placed = place(child.id(), tree, month, book, levels, collected, shares);
      summary = summary.plus(placed.summary());
      received = received.plus(placed.sentUp());
    }
    DuesSplitRule rule = book.ruleOf(Objects.requireNonNull(levels.get(id)), month);
    Money own = collected.getOrDefault(id, Money.ZERO);
    Money held = own.plus(received);
    Rate share = shares.get(id);
    Money kept;
    if (rule.isChosen()) {
      checkArgument(share != null, "%s lets the committee above choose the share %s keeps: none given", rule.name(), id);
      kept = rule.keptOf(held, share);
    } else {
      checkArgument(
          share == null, "%s keeps %s under %s, not a chosen share (%s given)", id, rule.lowestKept(), rule.name(), share);
      kept = rule.keptOf(held);
    }
    DuesSummary line = DuesSummary.of(id, month, own, received, kept);
    return new Placed(summary.plus(line), held.minus(kept));
  }

  /**
   * The month rolled up.
   *
   * @return the month, not null
   */
  public YearMonth month() {
    return month;
  }

  /**
   * The lines of every unit of the tree for the month.
   *
   * @return the summary, not null
   */
  public DuesSummary summary() {
    return summary;
  }

  /**
   * The line of one unit.
   *
   * @param unit the unit, not null
   * @return its summary, empty if the unit is not in the tree
   */
  public DuesSummary summaryOf(UnitId unit) {
    return summary.forUnit(unit);
  }

  /**
   * What the top units of the tree send to the level above the tree.
   *
   * @return the amount, not null
   */
  public Money sentAbove() {
    return sentAbove;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DuesRollUp other
        && month.equals(other.month)
        && summary.equals(other.summary)
        && sentAbove.equals(other.sentAbove);
  }

  @Override
  public int hashCode() {
    return Objects.hash(month, summary, sentAbove);
  }

  /**
   * Returns a readable form: "DuesRollUp[2026-01, ..., sent above 500000 đồng]".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return "DuesRollUp[" + month + ", " + summary + ", sent above " + sentAbove + "]";
  }
}
