package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VehicleTest {

  @Test
  void aCarOfAPostNamesItsPostAndAPooledCarNone() {
    Vehicle car = VehicleFixtures.secretarysCar();
    assertThat(car.post()).contains(CarPost.PROVINCIAL_PARTY_SECRETARY);
    assertThat(VehicleFixtures.pooled(1).post()).isEmpty();
    assertThatThrownBy(() -> Vehicle.builder().from(car).post(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XE-01");
    assertThatThrownBy(() -> Vehicle.builder().from(car).kind(VehicleKind.POOLED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pooled car none");
    assertThat(car.toString())
        .isEqualTo("XE-01 23A-001.23 (FOR_A_POST PROVINCIAL_PARTY_SECRETARY, VND 1480000000, 82000 km)");
  }

  @Test
  void badValuesAreRefused() {
    Vehicle car = VehicleFixtures.secretarysCar();
    assertThatThrownBy(() -> Vehicle.builder().from(car).plate("ab").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ab'");
    assertThatThrownBy(() -> Vehicle.builder().from(car).price(Money.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VND 0");
    assertThatThrownBy(() -> Vehicle.builder().from(car).odometerKm(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Vehicle.builder().from(car).odometerKm(Vehicle.MAX_KILOMETRES + 1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> car.withRepairEstimate(Money.ofDong(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repair estimate");
  }

  @Test
  void anOdometerDoesNotRunBackAndARefusedReadingLeavesTheCarAsItWas() {
    Vehicle car = VehicleFixtures.secretarysCar();
    assertThat(car.withOdometer(90_000).odometerKm()).isEqualTo(90_000);
    assertThatThrownBy(() -> car.withOdometer(81_999))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("82000 km, not 81999 km");
    assertThat(car).isEqualTo(VehicleFixtures.secretarysCar());
    assertThat(car.withRepairEstimate(Money.ofDong(5)).repairEstimate()).contains(Money.ofDong(5));
  }

  @Test
  void aProvinceHasAnAreaOfOneSquareKilometreOrMore() {
    assertThat(VehicleFixtures.mountainProvince().areaKm2()).isEqualTo(7_900);
    assertThatThrownBy(() -> ProvinceProfile.of(0, false, false, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
  }

  @Test
  void identifiersAndKindsAndPostsHaveTheirNames() {
    assertThat(VehicleId.of("XE-01").value()).isEqualTo("XE-01");
    assertThatThrownBy(() -> VehicleId.of("XE 01")).isInstanceOf(IllegalArgumentException.class);
    assertThat(VehicleKind.POOLED.vietnameseName()).isEqualTo("Xe phục vụ công tác chung");
    assertThat(VehicleKind.FOR_A_POST.englishName()).isEqualTo("A car for a post");
    assertThat(CarPost.GENERAL_SECRETARY.standardPriceCap()).isEmpty();
    assertThat(CarPost.GENERAL_SECRETARY.ownCar()).isTrue();
    assertThat(CarPost.DEPARTMENT_DIRECTOR.ownCar()).isFalse();
    assertThat(CarPost.CENTRAL_COMMITTEE_MEMBER.standardPriceCap()).contains(Money.ofDong(1_600_000_000L));
    assertThat(CarPost.HANOI_HCMC_STANDING_MEMBER.basis().citation())
        .isEqualTo("Nghị định 72/2023/NĐ-CP, Điều 7, khoản 2");
    assertThat(CarPost.PROVINCIAL_COMMITTEE_CHAIR.vietnameseName()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh");
    assertThat(CarPost.PROVINCIAL_COMMITTEE_CHAIR.englishName()).isEqualTo("Chair of the provincial People's Committee");
  }

  @Test
  void aFindingNamesItsCarsOnceWithItsFacts() {
    FleetViolation finding =
        FleetViolation.of(VehicleRule.MAY_BE_RETIRED, java.util.List.of(VehicleId.of("XE-3")), "XE-3 has run far");
    assertThat(finding.values()).containsExactly(VehicleId.of("XE-3"));
    assertThat(finding.message()).isEqualTo("XE-3 has run far");
    assertThat(finding.toString())
        .isEqualTo("MAY_BE_RETIRED (Nghị định 72/2023/NĐ-CP, Điều 3, khoản 4): XE-3 has run far");
    assertThatThrownBy(() -> FleetViolation.of(VehicleRule.MAY_BE_RETIRED, java.util.List.of(), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAY_BE_RETIRED");
    assertThatThrownBy(
            () ->
                FleetViolation.of(
                    VehicleRule.MAY_BE_RETIRED, java.util.List.of(VehicleId.of("A"), VehicleId.of("A")), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FleetViolation.of(VehicleRule.MAY_BE_RETIRED, java.util.List.of(VehicleId.of("A")), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
