package io.github.vanphong.testing;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@link LawArbitraries} by type, so that {@code @ForAll Instrument instrument}, {@code @ForAll LegalBasis basis} and {@code @ForAll Validity
 * validity} work in any jqwik property. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class LawArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public LawArbitraryProvider() {}

  /**
   * Tells whether the type is {@link Instrument}, {@link LegalBasis} or {@link Validity}.
   *
   * @param targetType the type of the parameter, not null
   * @return true for the three law types
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Instrument.class)
        || targetType.isOfType(LegalBasis.class)
        || targetType.isOfType(Validity.class);
  }

  /**
   * Returns the arbitrary of the target type.
   *
   * @param targetType the type of the parameter, not null, one of those {@link #canProvideFor(TypeUsage) canProvideFor} accepts
   * @param subtypeProvider jqwik's provider of type arguments, not null, unused
   * @return a set holding the arbitrary, not null
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    if (targetType.isOfType(Instrument.class)) {
      return Set.of(LawArbitraries.instruments());
    }
    return targetType.isOfType(LegalBasis.class)
        ? Set.of(LawArbitraries.legalBases())
        : Set.of(LawArbitraries.validities());
  }
}
