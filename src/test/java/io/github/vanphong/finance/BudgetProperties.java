package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.testing.BudgetArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The laws a unit's budget, its findings, its figures and their roll-ups obey over generated values. */
class BudgetProperties {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  @Property(tries = 300)
  void aRefusedCommandLeavesTheBudgetAsItWas(
      @ForAll Budget budget,
      @ForAll BudgetEntry entry,
      @ForAll @LongRange(min = -10, max = 10) long amount,
      @ForAll @IntRange(min = -400, max = 800) int day) {
    String before = budget.toString();
    int hash = budget.hashCode();
    LocalDate on = LocalDate.of(budget.year(), 1, 1).plusDays(day);
    List<Runnable> commands =
        List.of(
            () -> budget.record(entry),
            () -> budget.spend("6000", Money.ofDong(amount), on),
            () -> budget.receive("HD-DANG", Money.ofDong(amount), on),
            () -> budget.adjust("6100", Money.ofDong(amount * 100_000_000), "điều chỉnh", on),
            () -> budget.settle(Money.ofDong(amount), on));
    for (Runnable command : commands) {
      try {
        command.run();
      } catch (IllegalArgumentException | IllegalStateException refused) {
        assertThat(refused.getMessage()).matches("(?s)[A-Z_]+: .*|.*(KNOWN_ITEM|POSITIVE_AMOUNT|reason).*");
      }
      assertThat(budget).hasToString(before);
      assertThat(budget.hashCode()).isEqualTo(hash);
    }
  }

  @Property(tries = 200)
  void aSettledBudgetRefusesEveryCommand(@ForAll Budget budget, @ForAll BudgetEntry entry) {
    Budget settled =
        budget.isSettled() ? budget : budget.settle(budget.spent(), LocalDate.of(budget.year(), 12, 31));
    assertThatThrownBy(() -> settled.record(entry)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> settled.settle(Money.ZERO, LocalDate.of(budget.year() + 1, 1, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("SETTLED_ONCE");
  }

  @Property(tries = 200)
  void theFindingsAreExactlyTheItemsOverTheirLimits(@ForAll Budget budget) {
    for (BudgetItem item : budget.items()) {
      String code = item.code();
      Money spent = budget.spent(code);
      assertThat(budget.findings().stream().anyMatch(v -> v.rule() == BudgetRule.WITHIN_ESTIMATE && v.itemCode().orElse("").equals(code)))
          .isEqualTo(spent.isGreaterThan(budget.estimate(code)));
      assertThat(budget.findings().stream().anyMatch(v -> v.rule() == BudgetRule.WITHIN_ALLOCATIONS && v.itemCode().orElse("").equals(code)))
          .isEqualTo(spent.isGreaterThan(budget.allocated(code)));
    }
    assertThat(budget.findings().stream().anyMatch(v -> v.rule() == BudgetRule.SETTLEMENT_EQUALS_SPENDING))
        .isEqualTo(budget.settlement().map(s -> !s.amount().equals(budget.spent())).orElse(false));
  }

  @Property(tries = 200)
  void theFiguresTotalsAreTheSumsOfTheEntries(@ForAll Budget budget, @ForAll @IntRange(min = -30, max = 400) int day) {
    LocalDate asOf = LocalDate.of(budget.year(), 1, 1).plusDays(day);
    BudgetSummary summary = BudgetSummary.of(budget, asOf);
    Money allocated = Money.ZERO;
    Money spent = Money.ZERO;
    Money adjusted = Money.ZERO;
    for (BudgetEntry entry : budget.entries()) {
      if (!entry.on().isAfter(asOf)) {
        switch (entry.kind()) {
          case ALLOCATION -> allocated = allocated.plus(entry.amount());
          case SPENDING -> spent = spent.plus(entry.amount());
          case ADJUSTMENT -> adjusted = adjusted.plus(entry.amount());
        }
      }
    }
    Money estimates = budget.estimates().values().stream().reduce(Money.ZERO, Money::plus);
    assertThat(summary.allocated()).isEqualTo(allocated);
    assertThat(summary.spent()).isEqualTo(spent);
    assertThat(summary.estimate()).isEqualTo(estimates.plus(adjusted));
    assertThat(summary.balance()).isEqualTo(allocated.minus(spent));
    assertThat(summary.itemCodes()).hasSize(budget.items().size());
  }

  @Provide
  Arbitrary<BudgetSummary> linesOfADay() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            BudgetArbitraries.budgetItems(),
            Arbitraries.longs().between(0, 1_000_000_000).list().ofSize(3))
        .as(
            (unit, item, amounts) ->
                BudgetSummary.of(
                    UnitId.of("U" + unit),
                    item.code(),
                    DAY,
                    Money.ofDong(amounts.get(0)),
                    Money.ofDong(amounts.get(1)),
                    Money.ofDong(amounts.get(2))))
        .list()
        .ofMaxSize(5)
        .map(lines -> lines.stream().collect(BudgetSummary.collector()));
  }

  @Property(tries = 200)
  void budgetSummariesMerge(
      @ForAll("linesOfADay") BudgetSummary a,
      @ForAll("linesOfADay") BudgetSummary b,
      @ForAll("linesOfADay") BudgetSummary c) {
    SummaryLaws.mergeLaws(BudgetSummary.empty(), a, b, c);
  }

  @Property(tries = 100)
  void theCollectorOfBudgetsIsTheFoldOfTheirFigures(@ForAll @Size(max = 5) List<Budget> budgets, @ForAll int at) {
    SummaryLaws.collectorLaws(budgets, at, BudgetSummary.collector(DAY), b -> BudgetSummary.of(b, DAY), BudgetSummary.empty());
  }

  @Property(tries = 100)
  void theCollectorOfSummariesIsTheFoldOfPlus(@ForAll @Size(max = 5) List<@From("linesOfADay") BudgetSummary> parts, @ForAll int at) {
    SummaryLaws.collectorLaws(parts, at, BudgetSummary.collector(), s -> s, BudgetSummary.empty());
  }

  @Property(tries = 100)
  void figuresOfAnotherDayAreRefused(@ForAll Budget budget, @ForAll @IntRange(min = 1, max = 400) int later) {
    LocalDate day = LocalDate.of(budget.year(), 3, 1);
    SummaryLaws.anotherDayIsRefused(
        BudgetSummary.of(budget, day), BudgetSummary.of(budget, day.plusDays(later)), BudgetSummary.empty(), BudgetSummary::asOf);
  }

  @Property(tries = 200)
  void aLevelsFiguresAreItsOwnPlusItsChildrens(@ForAll UnitTree tree, @ForAll BudgetSummary summary) {
    BudgetRollUp rollUp = BudgetRollUp.of(summary, tree);
    for (Unit unit : tree.units()) {
      BudgetSummary expected = rollUp.ownSummaryOf(unit.id());
      for (Unit child : tree.children(unit.id())) {
        expected = expected.plus(rollUp.summaryOf(child.id()));
      }
      assertThat(rollUp.summaryOf(unit.id())).isEqualTo(expected);
    }
    BudgetSummary roots = BudgetSummary.empty();
    for (Unit root : tree.roots()) {
      roots = roots.plus(rollUp.summaryOf(root.id()));
    }
    assertThat(roots).isEqualTo(rollUp.total());
    assertThat(rollUp.total().plus(rollUp.unplaced())).isEqualTo(summary);
  }
}
