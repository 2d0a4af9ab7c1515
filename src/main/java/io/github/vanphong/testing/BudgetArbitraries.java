package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetPhase;
import io.github.vanphong.finance.BudgetStep;
import java.time.LocalDate;
import java.time.MonthDay;
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

  private static final Map<Class<?>, Supplier<Arbitrary<?>>> BY_TYPE =
      Map.ofEntries(
          Map.entry(BudgetStep.class, BudgetArbitraries::budgetSteps),
          Map.entry(BudgetCalendar.class, BudgetArbitraries::budgetCalendars),
          Map.entry(BudgetDeadline.class, BudgetArbitraries::budgetDeadlines),
          Map.entry(BudgetFollowUp.class, BudgetArbitraries::budgetFollowUps));

  static Optional<Arbitrary<?>> forType(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type)).map(Supplier::get);
  }
}
