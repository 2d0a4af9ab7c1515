package io.github.vanphong.testing;

import io.github.vanphong.petition.ClassificationRule;
import io.github.vanphong.petition.Classifier;
import io.github.vanphong.petition.EligibilityRule;
import io.github.vanphong.petition.LetterFacts;
import io.github.vanphong.petition.RoutingRule;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider that makes {@code @ForAll LetterFacts facts} and {@code @ForAll Classifier classifier} work in
 * any property: it supplies the arbitraries of {@link ClassificationArbitraries} for {@link LetterFacts}, {@link
 * EligibilityRule}, {@link RoutingRule}, {@link ClassificationRule} and {@link Classifier}. jqwik finds it through
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>The public no-argument constructor is for {@link java.util.ServiceLoader}; applications need not call it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ClassificationArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; called by jqwik through {@link java.util.ServiceLoader}. */
  public ClassificationArbitraryProvider() {}

  /**
   * Tells whether the target type is one of the classification types.
   *
   * @param targetType the type of the parameter, not null
   * @return true for {@code LetterFacts}, {@code EligibilityRule}, {@code RoutingRule}, {@code ClassificationRule}
   *     and {@code Classifier}
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(LetterFacts.class)
        || targetType.isOfType(EligibilityRule.class)
        || targetType.isOfType(RoutingRule.class)
        || targetType.isOfType(ClassificationRule.class)
        || targetType.isOfType(Classifier.class);
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
    if (targetType.isOfType(LetterFacts.class)) {
      return Set.of(ClassificationArbitraries.letterFacts());
    }
    if (targetType.isOfType(EligibilityRule.class)) {
      return Set.of(ClassificationArbitraries.eligibilityRules());
    }
    if (targetType.isOfType(RoutingRule.class)) {
      return Set.of(ClassificationArbitraries.routingRules());
    }
    if (targetType.isOfType(ClassificationRule.class)) {
      return Set.of(ClassificationArbitraries.classificationRules());
    }
    if (targetType.isOfType(Classifier.class)) {
      return Set.of(ClassificationArbitraries.classifiers());
    }
    return Set.of();
  }
}
