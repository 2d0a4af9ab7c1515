package io.github.vanphong.testing;

import io.github.vanphong.finance.DuesAdvanceViolation;
import io.github.vanphong.finance.DuesAssessment;
import io.github.vanphong.finance.DuesFindingRule;
import io.github.vanphong.finance.DuesLedger;
import io.github.vanphong.finance.DuesPayment;
import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageRegion;
import io.github.vanphong.finance.MemberCategory;
import io.github.vanphong.finance.MinimumWageTable;
import io.github.vanphong.finance.ReliefGround;
import io.github.vanphong.finance.DuesViolation;
// the split of dues up the hierarchy
import io.github.vanphong.finance.DuesLevel;
import io.github.vanphong.finance.DuesRollUp;
import io.github.vanphong.finance.DuesSplitRule;
import io.github.vanphong.finance.DuesSplitRuleBook;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitTree;
import java.util.HashMap;
import java.util.Map;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.util.List;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for Party dues: rules, rule books, minimum wages and their tables, reliefs. For example {@code
 * FinanceArbitraries.duesRules()} gives the standard rules with other roundings, rates and fixed amounts, and {@code
 * FinanceArbitraries.reliefs()} exemptions and hardship reductions of 1 to 12 months from 2026 to 2030.
 *
 * <p>The same arbitraries are available by type, for example {@code @ForAll DuesRule} or {@code @ForAll
 * DuesLedger}, through {@link FinanceArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class FinanceArbitraries {

  private static final YearMonth FIRST_RELIEF_MONTH = YearMonth.of(2026, 2);

  private FinanceArbitraries() {}

  /**
   * Returns dues rules: a standard rule, its rounding replaced, and for a share its rate, for a fixed amount its
   * amount.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesRule> duesRules() {
    return Combinators.combine(
            Arbitraries.of(DuesRuleBook.standard().rules()),
            MoneyArbitraries.roundings(),
            MoneyArbitraries.rates(),
            Arbitraries.longs().between(0, 100_000).map(Money::ofDong))
        .as(
            (rule, rounding, rate, amount) -> {
              DuesRule.Builder changed = DuesRule.builder().from(rule).rounding(rounding);
              if (rule.fixedAmount().isPresent()) {
                changed.fixedAmount(amount);
              } else {
                changed.rate(rate);
              }
              return changed.build();
            });
  }

  /**
   * Returns rule books: the standard book with some rules replaced by generated rules of the same name, or left out.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesRuleBook> duesRuleBooks() {
    return duesRules()
        .list()
        .ofMaxSize(4)
        .flatMap(
            replaced ->
                Arbitraries.of(DuesRuleBook.standard().rules())
                    .list()
                    .ofMaxSize(3)
                    .map(
                        removed -> {
                          DuesRuleBook book = DuesRuleBook.standard();
                          for (DuesRule rule : replaced) {
                            book = book.with(rule);
                          }
                          for (DuesRule rule : removed) {
                            book = book.without(rule.name());
                          }
                          return book;
                        }));
  }

  /**
   * Returns minimum wages of every region, from 1 to 10 million đồng, set by a generated decree in force from a day
   * between 2020 and 2035.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<MinimumWage> minimumWages() {
    return Combinators.combine(
            Arbitraries.of(MinimumWageRegion.class),
            Arbitraries.longs().between(1_000_000, 10_000_000).map(Money::ofDong),
            GenericArbitraries.days(LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)),
            Arbitraries.integers().between(1, 400),
            Arbitraries.of(Confirmation.class))
        .as(
            (region, monthly, from, number, confirmation) ->
                MinimumWage.builder()
                    .region(region)
                    .monthly(monthly)
                    .basis(
                        LegalBasis.builder()
                            .instrument(Instrument.of("Nghị định " + number + "/" + from.getYear() + "/NĐ-CP", from))
                            .article("Điều 3")
                            .confirmation(confirmation)
                            .build())
                    .build());
  }

  /**
   * Returns tables: the standard table with up to three generated wages added.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<MinimumWageTable> minimumWageTables() {
    return minimumWages()
        .list()
        .ofMaxSize(3)
        .uniqueElements(w -> w.region() + " " + w.validity().start())
        .map(
            added -> {
              MinimumWageTable table = MinimumWageTable.standard();
              for (MinimumWage wage : added) {
                if (table.wages().stream()
                    .noneMatch(w -> w.region() == wage.region() && w.validity().start().equals(wage.validity().start()))) {
                  table = table.with(wage);
                }
              }
              return table;
            });
  }

  /**
   * Returns reliefs from a month of 2026 to 2030: exemptions on every ground (the long-membership ones with a day of
   * admission 50 years or more before), and hardship exemptions and reductions of 1 to 12 months.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesRelief> reliefs() {
    Arbitrary<YearMonth> months = Arbitraries.integers().between(0, 59).map(FIRST_RELIEF_MONTH::plusMonths);
    Arbitrary<DuesRelief> hardship =
        Combinators.combine(
                Arbitraries.of("30", "50", "70", "100").map(Rate::percent),
                months,
                Arbitraries.integers().between(0, DuesRelief.MOST_HARDSHIP_MONTHS - 1))
            .as((reduction, from, length) -> DuesRelief.hardship(reduction, from, from.plusMonths(length)));
    Arbitrary<DuesRelief> exemptions =
        Combinators.combine(
                Arbitraries.of(ReliefGround.SOCIAL_PENSION, ReliefGround.POOR_HOUSEHOLD, ReliefGround.SERIOUS_ILLNESS),
                months,
                Arbitraries.integers().between(0, 24).optional(0.5))
            .as(
                (ground, from, length) ->
                    DuesRelief.builder()
                        .ground(ground)
                        .reduction(Rate.WHOLE)
                        .firstMonth(from)
                        .lastMonth(length.map(from::plusMonths))
                        .build());
    Arbitrary<DuesRelief> longMembership =
        Combinators.combine(months, Arbitraries.integers().between(0, 20 * 366))
            .as(
                (from, daysBefore) ->
                    DuesRelief.builder()
                        .ground(ReliefGround.LONG_MEMBERSHIP)
                        .reduction(Rate.WHOLE)
                        .firstMonth(from)
                        .admittedOn(from.atDay(1).minusYears(50).minusDays(daysBefore))
                        .build());
    return Arbitraries.oneOf(hardship, exemptions, longMembership);
  }

  private static final List<PersonId> MEMBERS =
      List.of(PersonId.of("DV-01"), PersonId.of("DV-02"), PersonId.of("DV-03"), PersonId.of("DV-04"));

  /**
   * Returns assessments of a few members for months from February 2026 to December 2027, each with a base its
   * category's standard rule accepts.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesAssessment> assessments() {
    return Combinators.combine(
            Arbitraries.of(MEMBERS),
            Arbitraries.integers().between(0, 22).map(FIRST_RELIEF_MONTH::plusMonths),
            Arbitraries.of(MemberCategory.class),
            Arbitraries.longs().between(0, 20_000_000).map(Money::ofDong))
        .as(DuesAssessment::of);
  }

  /**
   * Returns payments of a few members, from 1,000 to 200,000 đồng, on days from February 2026 to March 2028.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesPayment> payments() {
    return Combinators.combine(
            Arbitraries.of(MEMBERS),
            GenericArbitraries.days(LocalDate.of(2026, 2, 1), LocalDate.of(2028, 3, 31)),
            Arbitraries.longs().between(1_000, 200_000).map(Money::ofDong))
        .as(DuesPayment::of);
  }

  /**
   * Returns ledgers of a cell under the standard book: assessments, a relief or none per member, an excused period or
   * none, and payments, each entry kept only where the ledger accepts it.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesLedger> ledgers() {
    return Combinators.combine(
            assessments().list().ofMaxSize(30),
            reliefs().list().ofMaxSize(2),
            Arbitraries.integers().between(0, 22).list().ofMaxSize(2),
            payments().list().ofMaxSize(20))
        .as(
            (assessed, reliefs, excused, paid) -> {
              DuesLedger ledger = DuesLedger.of(UnitId.of("HG-CB-VP"), DuesRuleBook.standard());
              for (DuesAssessment a : assessed) {
                DuesLedger before = ledger;
                ledger = attempt(() -> before.assess(a), before);
              }
              for (int i = 0; i < reliefs.size(); i++) {
                DuesLedger before = ledger;
                PersonId member = MEMBERS.get(i % MEMBERS.size());
                DuesRelief relief = reliefs.get(i);
                ledger = attempt(() -> before.relieve(member, relief), before);
              }
              for (int i = 0; i < excused.size(); i++) {
                YearMonth first = FIRST_RELIEF_MONTH.plusMonths(excused.get(i));
                ledger = ledger.excuse(MEMBERS.get((i + 1) % MEMBERS.size()), first, first.plusMonths(2));
              }
              for (DuesPayment p : paid) {
                ledger = ledger.pay(p);
              }
              return ledger;
            });
  }

  private static DuesLedger attempt(java.util.function.Supplier<DuesLedger> change, DuesLedger unchanged) {
    try {
      return change.get();
    } catch (IllegalArgumentException refused) {
      return unchanged;
    }
  }

  /**
   * Returns findings of payments in advance: a member and 1 to 12 months from February 2026 to January 2028.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesAdvanceViolation> duesAdvanceViolations() {
    return Combinators.combine(
            Arbitraries.of(MEMBERS), Arbitraries.integers().between(0, 23).set().ofMinSize(1).ofMaxSize(12))
        .as(
            (member, months) ->
                DuesAdvanceViolation.of(member, months.stream().sorted().map(FIRST_RELIEF_MONTH::plusMonths).toList()));
  }

  /**
   * Returns findings of unpaid dues: a member and 3 to 12 months of one year from 2026 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesViolation> duesViolations() {
    return Combinators.combine(
            Arbitraries.of(MEMBERS),
            Arbitraries.integers().between(2026, 2030),
            Arbitraries.integers().between(1, 12).set().ofMinSize(3).ofMaxSize(12))
        .as(
            (member, year, months) ->
                DuesViolation.of(
                    DuesFindingRule.UNPAID_THREE_MONTHS,
                    member,
                    months.stream().sorted().map(m -> YearMonth.of(year, m)).toList()));
  }

  // --- the split of dues up the hierarchy ---

  /**
   * Returns split rules: a standard rule with its shares kept and rounding replaced, its name, level and days kept.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesSplitRule> duesSplitRules() {
    return Combinators.combine(
            Arbitraries.of(DuesSplitRuleBook.standard().rules()),
            MoneyArbitraries.rates(),
            MoneyArbitraries.rates(),
            MoneyArbitraries.roundings())
        .as(
            (rule, a, b, rounding) ->
                DuesSplitRule.of(
                    rule.name(),
                    rule.level(),
                    a.compareTo(b) <= 0 ? a : b,
                    a.compareTo(b) <= 0 ? b : a,
                    rule.validity(),
                    rounding,
                    rule.basis()));
  }

  /**
   * Returns split rule books: the standard book with some rules replaced by generated rules of the same name.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesSplitRuleBook> duesSplitRuleBooks() {
    return duesSplitRules()
        .list()
        .ofMaxSize(4)
        .map(
            replaced -> {
              DuesSplitRuleBook book = DuesSplitRuleBook.standard();
              for (DuesSplitRule rule : replaced) {
                book = book.with(rule);
              }
              return book;
            });
  }

  /**
   * Returns summaries of up to 6 lines of generated units and months from 2011 to 2030, amounts up to VND 100
   * million, the kept part within what is held.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesSummary> duesSummaries() {
    return duesSummaryLines().list().ofMaxSize(6).map(lines -> lines.stream().collect(DuesSummary.collector()));
  }

  private static Arbitrary<DuesSummary> duesSummaryLines() {
    return Combinators.combine(
            GenericArbitraries.unitIds(),
            Arbitraries.integers().between(2011, 2030),
            Arbitraries.integers().between(1, 12),
            Arbitraries.longs().between(0, 100_000_000),
            Arbitraries.longs().between(0, 100_000_000),
            Arbitraries.integers().between(0, 100))
        .as(
            (unit, year, month, collected, received, percent) ->
                DuesSummary.of(
                    unit,
                    YearMonth.of(year, month),
                    Money.ofDong(collected),
                    Money.ofDong(received),
                    Money.ofDong((collected + received) / 100 * percent)));
  }

  /**
   * Returns roll-ups of generated trees for a month of the standard book (April 2011 to January 2026): each unit of a
   * level drawn at random, up to VND 10 million collected, a cell's share kept from 30% to 50%.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<DuesRollUp> duesRollUps() {
    return OrganizationArbitraries.unitTrees()
        .flatMap(
            tree ->
                Combinators.combine(
                        Arbitraries.of(DuesLevel.class).list().ofSize(tree.size()),
                        Arbitraries.longs().between(0, 10_000_000).list().ofSize(tree.size()),
                        Arbitraries.integers().between(30, 50).list().ofSize(tree.size()),
                        Arbitraries.integers().between(0, 177))
                    .as((levels, amounts, shares, month) -> rollUp(tree, levels, amounts, shares, month)));
  }

  private static DuesRollUp rollUp(
      UnitTree tree, List<DuesLevel> levels, List<Long> amounts, List<Integer> shares, int month) {
    Map<UnitId, DuesLevel> levelOf = new HashMap<>();
    Map<UnitId, Money> collected = new HashMap<>();
    Map<UnitId, Rate> shareOf = new HashMap<>();
    for (int i = 0; i < tree.size(); i++) {
      Unit unit = tree.units().get(i);
      levelOf.put(unit.id(), levels.get(i));
      collected.put(unit.id(), Money.ofDong(amounts.get(i)));
      if (levels.get(i) == DuesLevel.CELL_UNDER_GRASSROOTS) {
        shareOf.put(unit.id(), Rate.percent(String.valueOf(shares.get(i))));
      }
    }
    return DuesRollUp.of(
        tree,
        YearMonth.of(2011, 4).plusMonths(month),
        DuesSplitRuleBook.standard(),
        levelOf,
        collected,
        shareOf);
  }

  // --- end of the split of dues ---
}
