package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.asset.CarNormBook;
import io.github.vanphong.asset.FleetViolation;
import io.github.vanphong.asset.ProvinceProfile;
import io.github.vanphong.asset.Vehicle;
import io.github.vanphong.asset.VehicleId;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@link VehicleArbitraries} by type, so that {@code @ForAll Vehicle vehicle}, {@code @ForAll CarNormBook book} and the
 * others work in any jqwik property. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class VehicleArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(VehicleId.class, VehicleArbitraries::vehicleIds)
          .put(Vehicle.class, VehicleArbitraries::vehicles)
          .put(ProvinceProfile.class, VehicleArbitraries::provinceProfiles)
          .put(CarNormBook.class, VehicleArbitraries::carNormBooks)
          .put(FleetViolation.class, VehicleArbitraries::fleetViolations)
          .build();

  /** Creates the provider; jqwik calls this through the service loader. */
  public VehicleArbitraryProvider() {}

  /**
   * Tells whether the type is one of the office cars' types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for every public value type of the office cars
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  /**
   * Returns the arbitrary for the type.
   *
   * @param targetType the type of a {@code @ForAll} parameter, one this provider {@linkplain
   *     #canProvideFor(TypeUsage) can provide for}
   * @param subtypeProvider not used: these types have no type parameters
   * @return one arbitrary, or none for another type
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ARBITRARIES.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(Map.Entry::getValue)
        .map(Supplier::get)
        .collect(ImmutableSet.toImmutableSet());
  }
}
