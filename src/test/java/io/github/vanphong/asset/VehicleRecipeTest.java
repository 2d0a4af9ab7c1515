package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recipe "Office cars: the price caps, the pooled cars and the cars that may be retired" of docs/cookbook.md. */
class VehicleRecipeTest {

  @Test
  void theRecipeRuns() {
    // the recipe, as docs/cookbook.md shows it
    Vehicle secretarysCar =
        Vehicle.builder()
            .id(VehicleId.of("XE-01"))
            .plate("23A-001.23")
            .kind(VehicleKind.FOR_A_POST)
            .post(CarPost.PROVINCIAL_PARTY_SECRETARY)
            .price(Money.ofDong(1_600_000_000L))
            .recordedOn(LocalDate.of(2024, 3, 1))
            .odometerKm(82_000)
            .build();
    Vehicle pooled =
        Vehicle.builder()
            .id(VehicleId.of("XE-02"))
            .plate("23A-002.34")
            .kind(VehicleKind.POOLED)
            .price(Money.ofDong(900_000_000L))
            .recordedOn(LocalDate.of(2018, 5, 2))
            .odometerKm(251_300)
            .build();

    ProvinceProfile province = ProvinceProfile.of(7_900, false, true, false);
    CarNormBook norms = CarNormBook.standard();
    assertThat(norms.pooledCarsAllowed(province, LocalDate.of(2025, 9, 1))).isEqualTo(Optional.of(7));
    assertThat(norms.pooledCarsAllowed(province, LocalDate.of(2025, 6, 30))).isEmpty();

    List<FleetViolation> findings = norms.check(List.of(secretarysCar, pooled), province, LocalDate.of(2025, 9, 1));
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).toString())
        .startsWith(
            "WITHIN_THE_PRICE_CAP (Nghị định 72/2023/NĐ-CP, Điều 6, Điều 7): XE-01 cost VND 1600000000, above the cap of");
    assertThat(findings.get(1).toString())
        .isEqualTo("MAY_BE_RETIRED (Nghị định 72/2023/NĐ-CP, Điều 3, khoản 4): XE-02 has run 251300 km, above 250000");

    CarNormBook mountains = norms.withRetirementKilometres(200_000).withPooledCarQuota(6);
    assertThat(mountains.pooledCarsAllowed(province, LocalDate.of(2025, 6, 30))).contains(6);
    assertThat(mountains.retirementKm()).isEqualTo(200_000);

    Vehicle van =
        Vehicle.builder()
            .id(VehicleId.of("XE-07"))
            .plate("23A-007.89")
            .kind(VehicleKind.POOLED)
            .pooledType(PooledCarType.SEATS_12_TO_16)
            .price(Money.ofDong(1_350_000_000L))
            .recordedOn(LocalDate.of(2025, 8, 4))
            .odometerKm(1_200)
            .build();
    assertThat(norms.bodyCarsAllowed(35, province)).isEqualTo(3);
    List<FleetViolation> body = norms.checkBody(List.of(van), 35, province, LocalDate.of(2025, 9, 1));
    assertThat(body).hasSize(1);
    assertThat(body.get(0).toString())
        .isEqualTo(
            "POOLED_CAR_WITHIN_THE_PRICE_CAP (Nghị định 72/2023/NĐ-CP, Điều 15, khoản 1): XE-07 cost VND 1350000000,"
                + " above the cap of VND 1300000000 for a car of 12 to 16 seats");
  }
}
