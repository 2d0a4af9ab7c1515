package io.github.vanphong.asset;

import io.github.vanphong.money.Money;
import java.time.LocalDate;

/** Cars of a provincial office, for the tests. */
final class VehicleFixtures {
  private VehicleFixtures() {}

  /** The Secretary's car, VND 1,480,000,000, recorded 2024-03-01, at 82,000 km. */
  static Vehicle secretarysCar() {
    return Vehicle.builder()
        .id(VehicleId.of("XE-01"))
        .plate("23A-001.23")
        .kind(VehicleKind.FOR_A_POST)
        .post(CarPost.PROVINCIAL_PARTY_SECRETARY)
        .price(Money.ofDong(1_480_000_000L))
        .recordedOn(LocalDate.of(2024, 3, 1))
        .odometerKm(82_000)
        .build();
  }

  /** A pooled car of a number, VND 900,000,000, recorded 2024-01-02, at 40,000 km. */
  static Vehicle pooled(int number) {
    return Vehicle.builder()
        .id(VehicleId.of("XE-P" + number))
        .plate("23A-100." + (10 + number))
        .kind(VehicleKind.POOLED)
        .price(Money.ofDong(900_000_000L))
        .recordedOn(LocalDate.of(2024, 1, 2))
        .odometerKm(40_000)
        .build();
  }

  /** A province of 7,900 km², mostly mountainous, not balancing its own budget: 7 pooled cars from 2025-07-01. */
  static ProvinceProfile mountainProvince() {
    return ProvinceProfile.of(7_900, false, true, false);
  }
}
