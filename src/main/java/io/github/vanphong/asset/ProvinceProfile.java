package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * The facts about a province that set the number of pooled cars of each of its provincial offices: its area, whether
 * it is Hà Nội or Hồ Chí Minh City, whether more than half of its communes are mountainous or disadvantaged, and
 * whether it balances its own budget. For example a province of 7,900 km², mostly mountainous, that does not balance
 * its own budget: 5 cars, one more for the area and one for the mountains, 7 in all ({@link
 * CarNormBook#pooledCarsAllowed}).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ProvinceProfile {

  /** The largest area accepted: 1,000,000 km². */
  public static final int MAX_AREA_KM2 = 1_000_000;

  ProvinceProfile() {}

  /**
   * The area.
   *
   * @return the square kilometres, from 1 to {@link #MAX_AREA_KM2}
   */
  public abstract int areaKm2();

  /**
   * Whether the province is Hà Nội or Hồ Chí Minh City.
   *
   * @return true for one of the two cities
   */
  public abstract boolean hanoiOrHoChiMinhCity();

  /**
   * Whether more than half of the province's communes are mountainous or disadvantaged.
   *
   * @return true if so
   */
  public abstract boolean mostlyMountainous();

  /**
   * Whether the province balances its own budget.
   *
   * @return true if so
   */
  public abstract boolean balancesOwnBudget();

  /**
   * Returns a profile.
   *
   * @param areaKm2 the area, 1 to {@link #MAX_AREA_KM2} km²
   * @param hanoiOrHoChiMinhCity true for Hà Nội or Hồ Chí Minh City
   * @param mostlyMountainous true if more than half of the communes are mountainous or disadvantaged
   * @param balancesOwnBudget true if the province balances its own budget
   * @return the profile, not null
   * @throws IllegalArgumentException if the area is out of range
   */
  public static ProvinceProfile of(
      int areaKm2, boolean hanoiOrHoChiMinhCity, boolean mostlyMountainous, boolean balancesOwnBudget) {
    return ImmutableProvinceProfile.builder()
        .areaKm2(areaKm2)
        .hanoiOrHoChiMinhCity(hanoiOrHoChiMinhCity)
        .mostlyMountainous(mostlyMountainous)
        .balancesOwnBudget(balancesOwnBudget)
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(
        areaKm2() >= 1 && areaKm2() <= MAX_AREA_KM2,
        "a province's area is 1 to %s km²; it was %s",
        MAX_AREA_KM2,
        areaKm2());
  }
}
