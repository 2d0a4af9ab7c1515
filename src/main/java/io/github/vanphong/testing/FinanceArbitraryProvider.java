package io.github.vanphong.testing;

import io.github.vanphong.finance.DuesAdvanceViolation;
import io.github.vanphong.finance.DuesAssessment;
import io.github.vanphong.finance.DuesLedger;
import io.github.vanphong.finance.DuesPayment;
import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesViolation;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageTable;
// the split of dues up the hierarchy
import io.github.vanphong.finance.DuesRollUp;
import io.github.vanphong.finance.DuesSplitRule;
import io.github.vanphong.finance.DuesSplitRuleBook;
import io.github.vanphong.finance.DuesSummary;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@link FinanceArbitraries} by type, so that {@code @ForAll DuesRule}, {@code @ForAll DuesRuleBook},
 * {@code @ForAll MinimumWage}, {@code @ForAll MinimumWageTable}, {@code @ForAll DuesRelief}, {@code @ForAll
 * DuesAssessment}, {@code @ForAll DuesPayment}, {@code @ForAll DuesLedger} and {@code @ForAll DuesViolation} work in any jqwik
 * property. Registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>The findings of payments in advance ({@code @ForAll DuesAdvanceViolation}) are provided too.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class FinanceArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public FinanceArbitraryProvider() {}

  /**
   * Tells whether the type is one of the finance types this provider makes.
   *
   * @param targetType the type of the parameter, not null
   * @return true for the dues rules, books, minimum wages, tables, reliefs, assessments, payments, ledgers and findings
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(DuesRule.class)
        || targetType.isOfType(DuesRuleBook.class)
        || targetType.isOfType(MinimumWage.class)
        || targetType.isOfType(MinimumWageTable.class)
        || targetType.isOfType(DuesRelief.class)
        || targetType.isOfType(DuesAssessment.class)
        || targetType.isOfType(DuesPayment.class)
        || targetType.isOfType(DuesLedger.class)
        || targetType.isOfType(DuesViolation.class)
        // the split of dues up the hierarchy
        || targetType.isOfType(DuesSplitRule.class)
        || targetType.isOfType(DuesSplitRuleBook.class)
        || targetType.isOfType(DuesSummary.class)
        || targetType.isOfType(DuesRollUp.class)
        // payments in advance outside an excused period
        || targetType.isOfType(DuesAdvanceViolation.class);
  }

  /**
   * Returns the arbitrary of the target type.
   *
   * @param targetType the type of the parameter, not null, one of those {@link #canProvideFor(TypeUsage)
   *     canProvideFor} accepts
   * @param subtypeProvider jqwik's provider of type arguments, not null, unused
   * @return a set holding the arbitrary, not null
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    if (targetType.isOfType(DuesRule.class)) {
      return Set.of(FinanceArbitraries.duesRules());
    }
    if (targetType.isOfType(DuesRuleBook.class)) {
      return Set.of(FinanceArbitraries.duesRuleBooks());
    }
    if (targetType.isOfType(DuesAssessment.class)) {
      return Set.of(FinanceArbitraries.assessments());
    }
    if (targetType.isOfType(DuesPayment.class)) {
      return Set.of(FinanceArbitraries.payments());
    }
    if (targetType.isOfType(DuesLedger.class)) {
      return Set.of(FinanceArbitraries.ledgers());
    }
    if (targetType.isOfType(DuesViolation.class)) {
      return Set.of(FinanceArbitraries.duesViolations());
    }
    // the split of dues up the hierarchy
    if (targetType.isOfType(DuesSplitRule.class)) {
      return Set.of(FinanceArbitraries.duesSplitRules());
    }
    if (targetType.isOfType(DuesSplitRuleBook.class)) {
      return Set.of(FinanceArbitraries.duesSplitRuleBooks());
    }
    if (targetType.isOfType(DuesSummary.class)) {
      return Set.of(FinanceArbitraries.duesSummaries());
    }
    if (targetType.isOfType(DuesRollUp.class)) {
      return Set.of(FinanceArbitraries.duesRollUps());
    }
    // payments in advance outside an excused period
    if (targetType.isOfType(DuesAdvanceViolation.class)) {
      return Set.of(FinanceArbitraries.duesAdvanceViolations());
    }
    if (targetType.isOfType(MinimumWage.class)) {
      return Set.of(FinanceArbitraries.minimumWages());
    }
    return targetType.isOfType(MinimumWageTable.class)
        ? Set.of(FinanceArbitraries.minimumWageTables())
        : Set.of(FinanceArbitraries.reliefs());
  }
}
