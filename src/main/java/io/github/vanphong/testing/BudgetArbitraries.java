package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.finance.Budget;
import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetEntry;
import io.github.vanphong.finance.BudgetEntryKind;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetItem;
import io.github.vanphong.finance.BudgetPhase;
import io.github.vanphong.finance.BudgetRollUp;
import io.github.vanphong.finance.BudgetRule;
import io.github.vanphong.finance.BudgetSettlement;
import io.github.vanphong.finance.BudgetStep;
import io.github.vanphong.finance.BudgetSummary;
import io.github.vanphong.finance.BudgetViolation;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the budget calendar of {@code io.github.vanphong.finance}: steps of any day and span of
 * budget years, calendars made from the standard one by replacing and removing steps, a year's deadlines, and an
 * office's follow-up with some steps recorded done around their due days. For example {@code
 * BudgetArbitraries.budgetFollowUps()} gives follow-ups of budget years 2018 to 2040 of such calendars.
 *
 * <p>And for a unit's budget of a year: items from a pool of six codes, entries, settlements, budgets walked through
 * the commands they accept (allocations, spending beyond the estimate now and then, adjustments, and the settled
 * accounts in two budgets of five, sometimes at another figure than the spending), findings, figures of a day and
 * their roll-ups over generated trees.
 *
 * <p>Generated steps are named from a pool of ten, {@code STEP_0} to {@code STEP_9}, so that a generated step often
 * replaces another. The same arbitraries are available by type, {@code @ForAll BudgetFollowUp followUp}, through
 * {@link BudgetArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class BudgetArbitraries {

  private static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "Ban Thường vụ cho ý kiến dự toán của cơ quan Đảng",
          "Văn phòng tổng hợp dự toán",
          "Xét duyệt quyết toán",
          "Báo cáo tình hình thực hiện dự toán 6 tháng");

  private BudgetArbitraries() {}

  /**
   * Returns steps named {@code STEP_0} to {@code STEP_9}, of every phase and year offset, due on any day of the year,
   * for budget years starting from 2017 to 2040, half of them ending.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetStep> budgetSteps() {
    Arbitrary<MonthDay> days =
        Arbitraries.integers().between(1, 366).map(d -> MonthDay.from(LocalDate.ofYearDay(2024, d)));
    Arbitrary<Integer> first = Arbitraries.integers().between(BudgetStep.FIRST_BUDGET_YEAR, 2040);
    Arbitrary<Optional<Integer>> length = Arbitraries.integers().between(0, 15).optional(0.5);
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.of(NAMES),
            Arbitraries.of(BudgetPhase.class),
            Arbitraries.integers().between(-1, 1),
            days,
            first,
            length,
            LawArbitraries.legalBases())
        .as(
            (n, name, phase, offset, due, from, span, basis) ->
                BudgetStep.builder()
                    .name("STEP_" + n)
                    .vietnameseName(name)
                    .englishName("Step " + n)
                    .phase(phase)
                    .yearOffset(offset)
                    .due(due)
                    .firstBudgetYear(from)
                    .lastBudgetYear(span.map(s -> from + s))
                    .basis(basis)
                    .build());
  }

  /**
   * Returns calendars made from {@link BudgetCalendar#standard()} with up to four steps added or replaced and up to
   * two of the standard ones removed.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetCalendar> budgetCalendars() {
    return Combinators.combine(
            budgetSteps().list().ofMaxSize(4),
            Arbitraries.of(BudgetCalendar.standard().steps()).list().ofMaxSize(2).uniqueElements())
        .as(
            (added, removed) -> {
              BudgetCalendar calendar = BudgetCalendar.standard();
              for (BudgetStep step : removed) {
                calendar = calendar.without(step.name());
              }
              for (BudgetStep step : added) {
                calendar = calendar.with(step);
              }
              return calendar;
            });
  }

  /**
   * Returns budget years from 2018 to 2040, around the change of law in 2026.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Integer> budgetYears() {
    return Arbitraries.oneOf(Arbitraries.integers().between(2018, 2040), Arbitraries.of(2025, 2026, 2027));
  }

  /**
   * Returns the deadlines of generated steps in a year they apply to.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetDeadline> budgetDeadlines() {
    return budgetSteps()
        .flatMap(
            step ->
                Arbitraries.integers()
                    .between(step.firstBudgetYear(), step.lastBudgetYear().orElse(step.firstBudgetYear() + 10))
                    .map(year -> BudgetDeadline.of(step, year)));
  }

  /**
   * Returns follow-ups of generated calendars and budget years, with some steps recorded done from 40 days before to
   * 40 days after their due days.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetFollowUp> budgetFollowUps() {
    return Combinators.combine(budgetCalendars(), budgetYears())
        .as(BudgetFollowUp::of)
        .flatMap(
            followUp ->
                Arbitraries.integers()
                    .between(-40, 40)
                    .optional(0.6)
                    .list()
                    .ofSize(followUp.deadlines().size())
                    .map(shifts -> recorded(followUp, shifts)));
  }

  private static BudgetFollowUp recorded(BudgetFollowUp followUp, List<Optional<Integer>> shifts) {
    BudgetFollowUp result = followUp;
    for (int i = 0; i < shifts.size(); i++) {
      BudgetDeadline deadline = followUp.deadlines().get(i);
      Optional<Integer> shift = shifts.get(i);
      if (shift.isPresent()) {
        result = result.recordDone(deadline.step().name(), deadline.due().plusDays(shift.get()));
      }
    }
    return result;
  }

  // ---- a unit's budget of a year ------------------------------------------------------------------------------

  private static final ImmutableList<BudgetItem> ITEMS =
      ImmutableList.of(
          BudgetItem.of("6000", "Tiền lương"),
          BudgetItem.of("6100", "Phụ cấp lương"),
          BudgetItem.of("6500", "Thanh toán dịch vụ công cộng"),
          BudgetItem.of("7000", "Chi nghiệp vụ chuyên môn"),
          BudgetItem.of("HD-DANG", "Chi hoạt động công tác đảng"),
          BudgetItem.of("DAI-HOI", "Chi tổ chức đại hội"));

  /**
   * Returns items from a pool of six: {@code 6000}, {@code 6100}, {@code 6500}, {@code 7000}, {@code HD-DANG} and
   * {@code DAI-HOI}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetItem> budgetItems() {
    return Arbitraries.of(ITEMS);
  }

  /**
   * Returns entries of every kind on the pool's items, dated in 2025 to 2027; adjustments up or down with a reason.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetEntry> budgetEntries() {
    return Combinators.combine(
            Arbitraries.of(BudgetEntryKind.class),
            budgetItems(),
            Arbitraries.longs().between(1, 500_000_000),
            Arbitraries.of(true, false),
            GenericArbitraries.days(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)))
        .as(
            (kind, item, amount, up, on) ->
                switch (kind) {
                  case ALLOCATION -> BudgetEntry.allocation(item.code(), Money.ofDong(amount), on);
                  case SPENDING -> BudgetEntry.spending(item.code(), Money.ofDong(amount), on);
                  case ADJUSTMENT ->
                      BudgetEntry.adjustment(
                          item.code(), Money.ofDong(up ? amount : -amount), "Quyết định điều chỉnh dự toán", on);
                });
  }

  /**
   * Returns settled accounts of 0 to 5,000,000,000 đồng, dated in 2025 to 2028.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetSettlement> budgetSettlements() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 5_000_000_000L),
            GenericArbitraries.days(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)))
        .as((amount, on) -> BudgetSettlement.of(Money.ofDong(amount), on));
  }

  /** One command of a generated walk: its kind, item, amount in đồng, and day of the year (or of the year before). */
  private record Command(BudgetEntryKind kind, int item, long amount, int day) {}

  /**
   * Returns budgets of units {@code U0} to {@code U9} for budget years 2018 to 2040, with one to six items of the
   * pool estimated at 0 to 1,000,000,000 đồng, walked through up to 15 commands the budget accepts (a command it
   * refuses, such as an adjustment below 0 đồng, is left out), and settled in two budgets of five, at the spending
   * or at another figure, on a day from the year's last to 90 days after.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Budget> budgets() {
    Arbitrary<Command> commands =
        Combinators.combine(
                Arbitraries.of(BudgetEntryKind.class),
                Arbitraries.integers().between(0, 5),
                Arbitraries.longs().between(-300_000_000, 400_000_000),
                Arbitraries.integers().between(1, 730))
            .as(Command::new);
    return Combinators.combine(
            GenericArbitraries.unitIds(),
            budgetYears(),
            Arbitraries.longs().between(0, 1_000_000_000).list().ofMinSize(1).ofMaxSize(ITEMS.size()),
            commands.list().ofMaxSize(15),
            Arbitraries.longs().between(-50_000_000, 50_000_000).optional(0.4),
            Arbitraries.integers().between(0, 90))
        .as(
            (unit, year, estimates, walk, settled, after) -> {
              Map<BudgetItem, Money> byItem = new LinkedHashMap<>();
              for (int i = 0; i < estimates.size(); i++) {
                byItem.put(ITEMS.get(i), Money.ofDong(estimates.get(i)));
              }
              Budget budget = Budget.of(unit, year, byItem);
              for (Command command : walk) {
                budget = walked(budget, command, estimates.size());
              }
              if (settled.isPresent()) {
                long amount = Math.max(0, budget.spent().dong() + settled.get());
                budget = budget.settle(Money.ofDong(amount), LocalDate.of(year, 12, 31).plusDays(after));
              }
              return budget;
            });
  }

  private static Budget walked(Budget budget, Command command, int items) {
    String code = ITEMS.get(command.item() % items).code();
    LocalDate first = LocalDate.of(budget.year(), 1, 1);
    LocalDate inYear = first.plusDays((command.day() - 1) % first.lengthOfYear());
    long size = Math.max(1, Math.abs(command.amount()));
    return switch (command.kind()) {
      case ALLOCATION ->
          budget.receive(code, Money.ofDong(size), first.minusYears(1).plusDays(command.day() - 1L));
      case SPENDING -> budget.spend(code, Money.ofDong(size), inYear);
      default -> adjusted(budget, code, Money.ofDong(command.amount() == 0 ? 1 : command.amount()), inYear);
    };
  }

  private static Budget adjusted(Budget budget, String code, Money change, LocalDate on) {
    try {
      return budget.adjust(code, change, "Điều chỉnh theo quyết định của Thường trực", on);
    } catch (IllegalArgumentException belowZero) {
      return budget; // the walk leaves out an adjustment the budget refuses, as a clerk would
    }
  }

  /**
   * Returns the findings of every finding rule on units {@code U0} to {@code U9}: by item for the spending rules,
   * without one for the settlement.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetViolation> budgetViolations() {
    return Combinators.combine(
            Arbitraries.of(BudgetRule.WITHIN_ESTIMATE, BudgetRule.WITHIN_ALLOCATIONS, BudgetRule.SETTLEMENT_EQUALS_SPENDING),
            GenericArbitraries.unitIds(),
            budgetYears(),
            budgetItems(),
            Arbitraries.longs().between(0, 1_000_000_000),
            Arbitraries.longs().between(1, 100_000_000),
            Arbitraries.of(true, false))
        .as(
            (rule, unit, year, item, limit, excess, above) ->
                rule == BudgetRule.SETTLEMENT_EQUALS_SPENDING
                    ? BudgetViolation.of(
                        rule,
                        unit,
                        year,
                        Optional.empty(),
                        Money.ofDong(limit + excess),
                        Money.ofDong(above ? limit + 2 * excess : limit))
                    : BudgetViolation.of(
                        rule, unit, year, Optional.of(item.code()), Money.ofDong(limit), Money.ofDong(limit + excess)));
  }

  /**
   * Returns the figures of up to four generated budgets on one day of 2018 to 2041, or the empty figures.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetSummary> budgetSummaries() {
    return Combinators.combine(
            budgets().list().ofMaxSize(4), GenericArbitraries.days(LocalDate.of(2018, 1, 1), LocalDate.of(2041, 3, 31)))
        .as((budgets, asOf) -> budgets.stream().collect(BudgetSummary.collector(asOf)));
  }

  /**
   * Returns roll-ups over generated trees of figures of a day, most of whose lines are units of the tree, some not.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BudgetRollUp> budgetRollUps() {
    return OrganizationArbitraries.unitTrees()
        .flatMap(
            tree ->
                Combinators.combine(
                        Arbitraries.integers().between(0, 20).list().ofMaxSize(8),
                        budgetItems(),
                        Arbitraries.longs().between(0, 100_000_000).list().ofSize(3))
                    .as((picks, item, amounts) -> BudgetRollUp.of(figures(tree, picks, item, amounts), tree)));
  }

  private static BudgetSummary figures(UnitTree tree, List<Integer> picks, BudgetItem item, List<Long> amounts) {
    BudgetSummary summary = BudgetSummary.empty();
    List<Unit> units = tree.units();
    for (int pick : picks) {
      UnitId unit =
          pick < units.size() ? units.get(pick).id() : UnitId.of("OUT-" + pick);
      summary =
          summary.plus(
              BudgetSummary.of(
                  unit,
                  item.code(),
                  tree.date(),
                  Money.ofDong(amounts.get(0)),
                  Money.ofDong(amounts.get(1)),
                  Money.ofDong(amounts.get(2))));
    }
    return summary;
  }

  // ---- end of a unit's budget ------------------------------------------------------------------------------------

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      Map.ofEntries(
          Map.entry(BudgetStep.class, BudgetArbitraries::budgetSteps),
          Map.entry(BudgetCalendar.class, BudgetArbitraries::budgetCalendars),
          Map.entry(BudgetDeadline.class, BudgetArbitraries::budgetDeadlines),
          Map.entry(BudgetFollowUp.class, BudgetArbitraries::budgetFollowUps),
          // a unit's budget of a year
          Map.entry(BudgetItem.class, BudgetArbitraries::budgetItems),
          Map.entry(BudgetEntry.class, BudgetArbitraries::budgetEntries),
          Map.entry(BudgetSettlement.class, BudgetArbitraries::budgetSettlements),
          Map.entry(Budget.class, BudgetArbitraries::budgets),
          Map.entry(BudgetViolation.class, BudgetArbitraries::budgetViolations),
          Map.entry(BudgetSummary.class, BudgetArbitraries::budgetSummaries),
          Map.entry(BudgetRollUp.class, BudgetArbitraries::budgetRollUps));

  static Optional<Arbitrary<?>> forType(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type)).map(Supplier::get);
  }
}
