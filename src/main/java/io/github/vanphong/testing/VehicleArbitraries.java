package io.github.vanphong.testing;

import io.github.vanphong.asset.CarNormBook;
import io.github.vanphong.asset.CarPost;
import io.github.vanphong.asset.FleetViolation;
import io.github.vanphong.asset.PooledCarType;
import io.github.vanphong.asset.ProvinceProfile;
import io.github.vanphong.asset.Vehicle;
import io.github.vanphong.asset.VehicleId;
import io.github.vanphong.asset.VehicleKind;
import io.github.vanphong.asset.VehicleRule;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the office cars: for example {@code VehicleArbitraries.fleets()} gives lists of cars with
 * distinct identifiers, for posts and pooled, many near the caps and the retirement distance, and {@code
 * VehicleArbitraries.provinceProfiles()} provinces around the area steps of the pooled-car norm.
 *
 * <p>The same arbitraries are available by type ({@code @ForAll Vehicle}, {@code @ForAll CarNormBook}, ...) through
 * {@link VehicleArbitraryProvider}. Cars are named {@code XE-0} to {@code XE-19}; days run from 2023 to 2030.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class VehicleArbitraries {

  private VehicleArbitraries() {}

  /**
   * Returns car identifiers from a pool of twenty, {@code XE-0} to {@code XE-19}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<VehicleId> vehicleIds() {
    return Arbitraries.integers().between(0, 19).map(i -> VehicleId.of("XE-" + i));
  }

  /**
   * Returns days from 2023-11-10 to 2030-12-31, many around 2025-07-01.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    LocalDate start = LocalDate.of(2023, 11, 10);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 2_608).map(start::plusDays)),
        net.jqwik.api.Tuple.of(
            1, Arbitraries.of(CarNormBook.AMENDMENT_DAY.minusDays(1), CarNormBook.AMENDMENT_DAY)));
  }

  /**
   * Returns prices from 300 million to 2 billion đồng, many at a post's cap and one đồng above.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Money> prices() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(300_000_000L, 2_000_000_000L)),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.of(
                    950_000_000L,
                    950_000_001L,
                    1_250_000_000L,
                    1_250_000_001L,
                    1_550_000_000L,
                    1_550_000_001L)))
        .map(Money::ofDong);
  }

  /**
   * Returns cars of both kinds, for every post, with odometers from 0 to 400,000 km and some with a repair estimate.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Vehicle> vehicles() {
    return vehicles(vehicleIds());
  }

  private static Arbitrary<Vehicle> vehicles(Arbitrary<VehicleId> ids) {
    Arbitrary<Optional<CarPost>> posts = Arbitraries.of(CarPost.class).optional(0.6);
    return Combinators.combine(
            ids,
            Arbitraries.of("23A-001.23", "29B-123.45", "51C 678.90", "80A-000.01"),
            posts,
            prices(),
            days(),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 400_000L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(250_000L, 250_001L))),
            Arbitraries.longs().between(0, 800_000_000L).map(Money::ofDong).optional(0.3),
            Arbitraries.of(PooledCarType.class).optional(0.7))
        .as(
            (id, plate, post, price, day, km, repair, type) ->
                Vehicle.builder()
                    .id(id)
                    .plate(plate)
                    .kind(post.isPresent() ? VehicleKind.FOR_A_POST : VehicleKind.POOLED)
                    .post(post)
                    .pooledType(post.isPresent() ? Optional.empty() : type)
                    .price(price)
                    .recordedOn(day)
                    .odometerKm(km)
                    .repairEstimate(repair)
                    .build());
  }

  /**
   * Returns fleets of 0 to 20 cars with distinct identifiers.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<List<Vehicle>> fleets() {
    return vehicleIds()
        .set()
        .ofMaxSize(20)
        .flatMap(
            ids -> {
              List<Arbitrary<Vehicle>> cars = new ArrayList<>();
              for (VehicleId id : ids) {
                cars.add(vehicles(Arbitraries.just(id)));
              }
              return Combinators.combine(cars).as(list -> list);
            });
  }

  /**
   * Returns provinces from 800 to 40,000 km², many at the area steps, some Hà Nội or Hồ Chí Minh City.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ProvinceProfile> provinceProfiles() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(800, 40_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(4_999, 5_000, 7_999, 8_000, 10_999, 11_000, 14_000))),
            Arbitraries.integers().between(0, 9).map(i -> i == 0),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(ProvinceProfile::of);
  }

  /**
   * Returns norm books: the standard one, or one with another cap (a post's or a pooled car's), retirement distance or pooled-car quota.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CarNormBook> carNormBooks() {
    CarNormBook standard = CarNormBook.standard();
    return Arbitraries.oneOf(
        Arbitraries.just(standard),
        Arbitraries.just(standard.withRetirementKilometres(200_000)),
        Arbitraries.integers().between(0, 30).map(standard::withPooledCarQuota),
        Combinators.combine(
                Arbitraries.of(CarPost.class).filter(CarPost::ownCar), prices())
            .as(standard::withPriceCap),
        Combinators.combine(Arbitraries.of(PooledCarType.class), prices()).as(standard::withPooledPriceCap),
        Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000L),
                Arbitraries.integers().between(1, 100),
                Arbitraries.integers().between(0, 1_000).optional())
            .as((km, share, quota) -> CarNormBook.of(caps(), km, share, quota)));
  }

  private static Map<CarPost, Money> caps() {
    Map<CarPost, Money> caps = new EnumMap<>(CarPost.class);
    caps.put(CarPost.PROVINCIAL_PARTY_SECRETARY, Money.ofDong(1_550_000_000L));
    return caps;
  }

  /**
   * Returns findings of every rule, naming one to three cars.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FleetViolation> fleetViolations() {
    return Combinators.combine(
            Arbitraries.of(VehicleRule.class),
            vehicleIds().set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of("XE-1 cost VND 1600000000, above the cap", "XE-2 has run 260000 km, above 250000"))
        .as((rule, ids, facts) -> FleetViolation.of(rule, ids, facts));
  }
}
