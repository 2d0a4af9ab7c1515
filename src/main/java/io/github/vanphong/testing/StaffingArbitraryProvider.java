package io.github.vanphong.testing;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider of the staffing values, so that {@code @ForAll StaffingNorm norm} works in a property: it
 * provides {@code StaffingNorm}, {@code StaffingTransition}, {@code Allocation}, {@code StaffAssignment}, {@code Headcount}, {@code
 * QuotaCompliance} and {@code StaffingSummary} from {@link StaffingArbitraries}.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik creates it
 * through the public no-argument constructor.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class StaffingArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public StaffingArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return StaffingArbitraries.forType(targetType.getRawType()).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return StaffingArbitraries.forType(targetType.getRawType()).map(Set::<Arbitrary<?>>of).orElse(Set.of());
  }
}
