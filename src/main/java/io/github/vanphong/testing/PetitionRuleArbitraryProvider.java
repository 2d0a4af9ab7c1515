package io.github.vanphong.testing;

import io.github.vanphong.petition.Circumstances;
import io.github.vanphong.petition.Complexity;
import io.github.vanphong.petition.PetitionRule;
import io.github.vanphong.petition.RuleDays;
import io.github.vanphong.petition.WorkflowRule;
import io.github.vanphong.petition.PetitionRuleBook;
import io.github.vanphong.petition.PetitionTimeLimit;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider that makes {@code @ForAll PetitionTimeLimit rule} work in any property: it supplies the
 * arbitraries of {@link PetitionRuleArbitraries} for {@link Complexity}, {@link Circumstances}, {@link
 * PetitionTimeLimit} and {@link PetitionRuleBook}. jqwik finds it through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>The public no-argument constructor is for {@link java.util.ServiceLoader}; applications need not call it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class PetitionRuleArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; called by jqwik through {@link java.util.ServiceLoader}. */
  public PetitionRuleArbitraryProvider() {}

  /**
   * Tells whether the target type is one of the petition rule types.
   *
   * @param targetType the type of the parameter, not null
   * @return true for {@code Complexity}, {@code Circumstances}, {@code PetitionTimeLimit}, {@code WorkflowRule},
   *     {@code PetitionRule}, {@code RuleDays} and {@code PetitionRuleBook}
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Complexity.class)
        || targetType.isOfType(Circumstances.class)
        || targetType.isOfType(PetitionTimeLimit.class)
        || targetType.isOfType(WorkflowRule.class)
        || targetType.isOfType(PetitionRule.class)
        || targetType.isOfType(RuleDays.class)
        || targetType.isOfType(PetitionRuleBook.class);
  }

  /**
   * Returns the arbitrary of the target type.
   *
   * @param targetType the type of the parameter, not null
   * @param subtypeProvider jqwik's provider of type arguments, not null, unused
   * @return a set holding the arbitrary, or an empty set for another type, not null
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    if (targetType.isOfType(Complexity.class)) {
      return Set.of(PetitionRuleArbitraries.complexities());
    }
    if (targetType.isOfType(Circumstances.class)) {
      return Set.of(PetitionRuleArbitraries.circumstances());
    }
    if (targetType.isOfType(PetitionTimeLimit.class)) {
      return Set.of(PetitionRuleArbitraries.timeLimits());
    }
    if (targetType.isOfType(WorkflowRule.class)) {
      return Set.of(PetitionRuleArbitraries.workflowRules());
    }
    if (targetType.isOfType(PetitionRule.class)) {
      return Set.of(PetitionRuleArbitraries.rules());
    }
    if (targetType.isOfType(RuleDays.class)) {
      return Set.of(PetitionRuleArbitraries.ruleDays());
    }
    if (targetType.isOfType(PetitionRuleBook.class)) {
      return Set.of(PetitionRuleArbitraries.ruleBooks());
    }
    return Set.of();
  }
}
