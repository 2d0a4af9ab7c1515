package io.github.vanphong.testing;

import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@link MoneyArbitraries} by type, so that {@code @ForAll Money amount}, {@code @ForAll Rate rate} and
 * {@code @ForAll Rounding rounding} work in any jqwik property. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class MoneyArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public MoneyArbitraryProvider() {}

  /**
   * Tells whether the type is {@link Money}, {@link Rate} or {@link Rounding}.
   *
   * @param targetType the type of the parameter, not null
   * @return true for the three money types
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Money.class) || targetType.isOfType(Rate.class) || targetType.isOfType(Rounding.class);
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
    if (targetType.isOfType(Money.class)) {
      return Set.of(MoneyArbitraries.amounts());
    }
    return targetType.isOfType(Rate.class)
        ? Set.of(MoneyArbitraries.rates())
        : Set.of(MoneyArbitraries.roundings());
  }
}
