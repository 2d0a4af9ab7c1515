package io.github.vanphong.testing;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider of the budget calendar's values, so that {@code @ForAll BudgetFollowUp followUp} works in a property: it
 * provides {@code BudgetStep}, {@code BudgetCalendar}, {@code BudgetDeadline}, {@code BudgetFollowUp}, and for a unit's budget
 * {@code BudgetItem}, {@code BudgetEntry}, {@code BudgetSettlement}, {@code Budget}, {@code BudgetViolation},
 * {@code BudgetSummary} and {@code BudgetRollUp}, from
 * {@link BudgetArbitraries}. Enums such as {@code BudgetPhase} and {@code BudgetDeadlineStatus} need no provider:
 * jqwik generates every enum.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik creates it
 * through the public no-argument constructor.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class BudgetArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public BudgetArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return BudgetArbitraries.forType(targetType.getRawType()).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return BudgetArbitraries.forType(targetType.getRawType()).map(Set::<Arbitrary<?>>of).orElse(Set.of());
  }
}
