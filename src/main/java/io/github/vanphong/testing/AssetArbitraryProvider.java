package io.github.vanphong.testing;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider of the asset values, so that {@code @ForAll RoomSchedule schedule} works in a property: it
 * provides {@code RoomId}, {@code BookingId}, {@code TimeSpan}, {@code Room}, {@code RoomBooking}, {@code
 * RoomSchedule} and {@code RoomWeek} from {@link AssetArbitraries}. Enums such as {@code RoomKind} and {@code
 * RoomRule} need no provider: jqwik generates every enum.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik creates it
 * through the public no-argument constructor.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class AssetArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public AssetArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return AssetArbitraries.forType(targetType.getRawType()).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return AssetArbitraries.forType(targetType.getRawType()).map(Set::<Arbitrary<?>>of).orElse(Set.of());
  }
}
