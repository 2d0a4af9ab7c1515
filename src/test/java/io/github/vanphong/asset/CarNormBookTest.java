package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CarNormBookTest {

  private static final LocalDate AFTER = LocalDate.of(2025, 9, 1);
  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final CarNormBook BOOK = CarNormBook.standard();

  @Test
  void theDecreesAreDeclaredWithTheirMarks() {
    assertThat(Instruments.all())
        .contains(Instruments.CAR_DECREE_2023, Instruments.CAR_DECREE_AMENDMENT_2025);
    assertThat(Instruments.CAR_DECREE_2023.inForceFrom()).isEqualTo(LocalDate.of(2023, 11, 10));
    assertThat(Instruments.CAR_DECREE_2023.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(Instruments.CAR_DECREE_2023.amendedBy()).containsExactly(Instruments.CAR_DECREE_AMENDMENT_2025);
    assertThat(Instruments.CAR_DECREE_AMENDMENT_2025.confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(CarNormBook.AMENDMENT_DAY).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void everyRuleCitesItsBasis() {
    for (VehicleRule rule : VehicleRule.values()) {
      assertThat(rule.citation()).contains(rule.basis().citation());
      assertThat(rule.vietnameseName()).isNotBlank();
      assertThat(rule.englishName()).isNotBlank();
    }
    assertThat(VehicleRule.POOLED_CARS_WITHIN_THE_NORM.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(VehicleRule.MAY_BE_RETIRED.basis().citation()).isEqualTo("Nghị định 72/2023/NĐ-CP, Điều 3, khoản 4");
  }

  @Test
  void withinThePriceCap() {
    Vehicle car = VehicleFixtures.secretarysCar();
    assertThat(BOOK.priceCap(CarPost.PROVINCIAL_PARTY_SECRETARY)).contains(Money.ofDong(1_550_000_000L));
    assertThat(BOOK.priceCap(CarPost.PRIME_MINISTER)).isEmpty();
    Vehicle atCap = Vehicle.builder().from(car).price(Money.ofDong(1_550_000_000L)).build();
    assertThat(BOOK.check(List.of(atCap), VehicleFixtures.mountainProvince(), AFTER)).isEmpty();
    Vehicle above = Vehicle.builder().from(car).price(Money.ofDong(1_550_000_001L)).build();
    List<FleetViolation> findings = BOOK.check(List.of(above), VehicleFixtures.mountainProvince(), AFTER);
    assertThat(findings).extracting(FleetViolation::rule).containsExactly(VehicleRule.WITHIN_THE_PRICE_CAP);
    assertThat(findings.get(0).message())
        .isEqualTo("XE-01 cost VND 1550000001, above the cap of VND 1550000000 for the Provincial Party Secretary");
    Vehicle forLife =
        Vehicle.builder().from(car).post(CarPost.GENERAL_SECRETARY).price(Money.ofDong(9_000_000_000L)).build();
    assertThat(BOOK.check(List.of(forLife), VehicleFixtures.mountainProvince(), AFTER)).isEmpty();
  }

  @Test
  void anApplicationReplacesACapAndARefusedCapLeavesTheBookAsItWas() {
    CarNormBook book = BOOK.withPriceCap(CarPost.PROVINCIAL_PARTY_SECRETARY, Money.ofDong(1_700_000_000L));
    assertThat(book.priceCap(CarPost.PROVINCIAL_PARTY_SECRETARY)).contains(Money.ofDong(1_700_000_000L));
    assertThat(BOOK.priceCap(CarPost.PROVINCIAL_PARTY_SECRETARY)).contains(Money.ofDong(1_550_000_000L));
    assertThatThrownBy(() -> BOOK.withPriceCap(CarPost.DEPARTMENT_DIRECTOR, Money.ofDong(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POST_ENTITLED_TO_A_CAR")
        .hasMessageContaining("DEPARTMENT_DIRECTOR");
    assertThatThrownBy(() -> BOOK.withPriceCap(CarPost.PRIME_MINISTER, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WITHIN_THE_PRICE_CAP");
    assertThatThrownBy(() -> BOOK.withRetirementKilometres(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MAY_BE_RETIRED");
    assertThatThrownBy(() -> BOOK.withPooledCarQuota(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POOLED_CARS_WITHIN_THE_NORM")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CarNormBook.of(Map.of(), 250_000, 0, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repair share");
    assertThat(BOOK).isEqualTo(CarNormBook.standard());
    assertThat(BOOK.retirementKm()).isEqualTo(250_000);
    assertThat(BOOK.repairSharePercent()).isEqualTo(30);
    assertThat(BOOK.pooledCarQuota()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(BOOK, CarNormBook.of(BOOK.priceCaps(), 250_000, 30, Optional.empty()))
        .addEqualityGroup(book)
        .addEqualityGroup(BOOK.withRetirementKilometres(200_000))
        .addEqualityGroup(BOOK.withPooledCarQuota(6))
        .addEqualityGroup(BOOK.withPooledPriceCap(PooledCarType.ORDINARY, Money.ofDong(1_000_000_000L)))
        .testEquals();
    assertThat(BOOK.withPooledCarQuota(6).toString()).endsWith("pooled cars 6}");
  }

  @Test
  void postEntitledToACar() {
    Vehicle director =
        Vehicle.builder()
            .from(VehicleFixtures.secretarysCar())
            .post(CarPost.DEPARTMENT_DIRECTOR)
            .price(Money.ofDong(800_000_000L))
            .build();
    List<FleetViolation> findings = BOOK.check(List.of(director), VehicleFixtures.mountainProvince(), AFTER);
    assertThat(findings).extracting(FleetViolation::rule).containsExactly(VehicleRule.POST_ENTITLED_TO_A_CAR);
    assertThat(findings.get(0).vehicles()).containsExactly(VehicleId.of("XE-01"));
  }

  @Test
  void pooledCarsWithinTheNorm() {
    ProvinceProfile province = VehicleFixtures.mountainProvince();
    assertThat(BOOK.pooledCarsAllowed(province, AFTER)).contains(7);
    assertThat(BOOK.pooledCarsAllowed(province, BEFORE)).isEmpty();
    List<Vehicle> seven = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      seven.add(VehicleFixtures.pooled(i));
    }
    assertThat(BOOK.check(seven, province, AFTER)).isEmpty();
    List<Vehicle> eight = new ArrayList<>(seven);
    eight.add(VehicleFixtures.pooled(8));
    List<FleetViolation> findings = BOOK.check(eight, province, AFTER);
    assertThat(findings).extracting(FleetViolation::rule).containsExactly(VehicleRule.POOLED_CARS_WITHIN_THE_NORM);
    assertThat(findings.get(0).vehicles()).hasSize(8);
    assertThat(findings.get(0).message()).isEqualTo("the office has 8 pooled cars on 2025-09-01, above its norm of 7");
    assertThat(BOOK.check(eight, province, BEFORE)).isEmpty();
    assertThat(BOOK.withPooledCarQuota(8).check(eight, province, AFTER)).isEmpty();
    assertThat(BOOK.withPooledCarQuota(6).check(seven, province, BEFORE)).hasSize(1);
  }

  @Test
  void thePooledNormGrowsByAreaAndByTheExtras() {
    assertThat(allowed(4_999, false, false, false)).isEqualTo(5);
    assertThat(allowed(5_000, false, false, false)).isEqualTo(6);
    assertThat(allowed(7_999, false, false, false)).isEqualTo(6);
    assertThat(allowed(8_000, false, false, false)).isEqualTo(7);
    assertThat(allowed(10_999, false, false, false)).isEqualTo(7);
    assertThat(allowed(11_000, false, false, false)).isEqualTo(8);
    assertThat(allowed(14_000, false, false, false)).isEqualTo(9);
    assertThat(allowed(4_000, false, true, true)).isEqualTo(7);
    assertThat(allowed(3_300, true, true, true)).isEqualTo(10);
  }

  private static int allowed(int area, boolean city, boolean mountains, boolean budget) {
    return BOOK.pooledCarsAllowed(ProvinceProfile.of(area, city, mountains, budget), AFTER).orElseThrow();
  }

  @Test
  void mayBeRetired() {
    Vehicle car = VehicleFixtures.pooled(1);
    assertThat(BOOK.mayBeRetired(car.withOdometer(250_000))).isFalse();
    assertThat(BOOK.mayBeRetired(car.withOdometer(250_001))).isTrue();
    assertThat(BOOK.withRetirementKilometres(200_000).mayBeRetired(car.withOdometer(200_001))).isTrue();
    assertThat(BOOK.mayBeRetired(car.withRepairEstimate(Money.ofDong(270_000_000L)))).isFalse();
    Vehicle costly = car.withRepairEstimate(Money.ofDong(270_000_001L));
    assertThat(BOOK.mayBeRetired(costly)).isTrue();
    List<FleetViolation> findings =
        BOOK.check(List.of(costly, VehicleFixtures.pooled(2)), ProvinceProfile.of(3_000, false, false, false), AFTER);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).rule()).isEqualTo(VehicleRule.MAY_BE_RETIRED);
    assertThat(findings.get(0).message())
        .isEqualTo("XE-P1's repair estimate VND 270000001 is above 30% of its price VND 900000000");
  }

  @Test
  void everyFindingIsReturnedAtOnceInTheOrderOfTheRules() {
    Vehicle above =
        Vehicle.builder().from(VehicleFixtures.secretarysCar()).price(Money.ofDong(1_600_000_000L)).odometerKm(260_000)
            .build();
    List<Vehicle> fleet = new ArrayList<>(List.of(above));
    for (int i = 1; i <= 6; i++) {
      fleet.add(VehicleFixtures.pooled(i));
    }
    List<FleetViolation> findings = BOOK.check(fleet, ProvinceProfile.of(3_000, false, false, false), AFTER);
    assertThat(findings)
        .extracting(FleetViolation::rule)
        .containsExactly(
            VehicleRule.WITHIN_THE_PRICE_CAP, VehicleRule.POOLED_CARS_WITHIN_THE_NORM, VehicleRule.MAY_BE_RETIRED);
  }

  @Test
  void onlyTheCarsRecordedByTheDayAreCheckedAndACarIsListedOnce() {
    Vehicle later =
        Vehicle.builder()
            .from(VehicleFixtures.secretarysCar())
            .price(Money.ofDong(2_000_000_000L))
            .recordedOn(AFTER.plusDays(1))
            .build();
    assertThat(BOOK.check(List.of(later), VehicleFixtures.mountainProvince(), AFTER)).isEmpty();
    assertThatThrownBy(
            () ->
                BOOK.check(
                    List.of(VehicleFixtures.pooled(1), VehicleFixtures.pooled(1)),
                    VehicleFixtures.mountainProvince(),
                    AFTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XE-P1");
  }

  @Test
  void pooledCarWithinThePriceCap() {
    assertThat(BOOK.pooledPriceCap(PooledCarType.ORDINARY)).isEqualTo(Money.ofDong(950_000_000L));
    assertThat(BOOK.pooledPriceCap(PooledCarType.SEATS_12_TO_16)).isEqualTo(Money.ofDong(1_300_000_000L));
    assertThat(BOOK.pooledPriceCap(PooledCarType.FOUR_WHEEL_DRIVE_7_TO_8_SEATS))
        .isEqualTo(Money.ofDong(1_600_000_000L));
    assertThat(VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP.basis().citation())
        .isEqualTo("Nghị định 72/2023/NĐ-CP, Điều 15, khoản 1");
    assertThat(PooledCarType.BASIS).isEqualTo(VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP.basis());
    Vehicle atCap = typed(PooledCarType.ORDINARY, 950_000_000L);
    assertThat(BOOK.check(List.of(atCap), VehicleFixtures.mountainProvince(), AFTER)).isEmpty();
    Vehicle above = typed(PooledCarType.ORDINARY, 950_000_001L);
    List<FleetViolation> findings = BOOK.check(List.of(above), VehicleFixtures.mountainProvince(), AFTER);
    assertThat(findings).extracting(FleetViolation::rule).containsExactly(VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP);
    assertThat(findings.get(0).message())
        .isEqualTo("XE-P1 cost VND 950000001, above the cap of VND 950000000 for an ordinary pooled car");
    Vehicle bus = typed(PooledCarType.SEATS_12_TO_16, 1_300_000_000L);
    assertThat(BOOK.check(List.of(bus), VehicleFixtures.mountainProvince(), AFTER)).isEmpty();
    Vehicle untyped = Vehicle.builder().from(VehicleFixtures.pooled(1)).price(Money.ofDong(5_000_000_000L)).build();
    assertThat(BOOK.check(List.of(untyped), VehicleFixtures.mountainProvince(), AFTER)).isEmpty();
  }

  @Test
  void anApplicationReplacesAPooledCapAndARefusedOneLeavesTheBookAsItWas() {
    CarNormBook book = BOOK.withPooledPriceCap(PooledCarType.ORDINARY, Money.ofDong(1_000_000_000L));
    assertThat(book.pooledPriceCap(PooledCarType.ORDINARY)).isEqualTo(Money.ofDong(1_000_000_000L));
    assertThat(book.pooledPriceCap(PooledCarType.SEATS_12_TO_16)).isEqualTo(Money.ofDong(1_300_000_000L));
    assertThat(BOOK.pooledPriceCap(PooledCarType.ORDINARY)).isEqualTo(Money.ofDong(950_000_000L));
    assertThat(book.check(List.of(typed(PooledCarType.ORDINARY, 999_000_000L)), VehicleFixtures.mountainProvince(), AFTER))
        .isEmpty();
    assertThatThrownBy(() -> BOOK.withPooledPriceCap(PooledCarType.ORDINARY, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("POOLED_CAR_WITHIN_THE_PRICE_CAP")
        .hasMessageContaining("ORDINARY");
    assertThat(BOOK).isEqualTo(CarNormBook.standard());
    assertThat(BOOK.pooledPriceCaps()).hasSize(PooledCarType.values().length);
  }

  @Test
  void onlyAPooledCarHasAPooledCarsType() {
    assertThatThrownBy(
            () -> Vehicle.builder().from(VehicleFixtures.secretarysCar()).pooledType(PooledCarType.ORDINARY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a pooled car")
        .hasMessageContaining("XE-01");
    assertThat(typed(PooledCarType.SEATS_12_TO_16, 1L).toString()).contains("SEATS_12_TO_16");
  }

  @Test
  void bodyCarsWithinTheNorm() {
    ProvinceProfile small = ProvinceProfile.of(4_999, false, false, false);
    assertThat(BOOK.bodyCarsAllowed(0, small)).isEqualTo(1);
    assertThat(BOOK.bodyCarsAllowed(19, small)).isEqualTo(1);
    assertThat(BOOK.bodyCarsAllowed(20, small)).isEqualTo(2);
    assertThat(BOOK.bodyCarsAllowed(50, small)).isEqualTo(2);
    assertThat(BOOK.bodyCarsAllowed(51, small)).isEqualTo(3);
    assertThat(BOOK.bodyCarsAllowed(19, ProvinceProfile.of(5_000, false, false, false))).isEqualTo(2);
    assertThat(BOOK.bodyCarsAllowed(19, ProvinceProfile.of(4_999, false, true, false))).isEqualTo(2);
    assertThat(BOOK.bodyCarsAllowed(19, ProvinceProfile.of(4_999, false, false, true))).isEqualTo(2);
    assertThat(BOOK.bodyCarsAllowed(51, ProvinceProfile.of(9_000, false, true, true))).isEqualTo(4);
    List<Vehicle> two = List.of(VehicleFixtures.pooled(1), VehicleFixtures.pooled(2));
    assertThat(BOOK.checkBody(two, 20, small, AFTER)).isEmpty();
    List<FleetViolation> findings = BOOK.checkBody(two, 19, small, AFTER);
    assertThat(findings).extracting(FleetViolation::rule).containsExactly(VehicleRule.BODY_CARS_WITHIN_THE_NORM);
    assertThat(findings.get(0).vehicles()).containsExactly(VehicleId.of("XE-P1"), VehicleId.of("XE-P2"));
    assertThat(findings.get(0).message())
        .isEqualTo("the body of 19 staff has 2 cars on 2025-09-01, above its norm of 1");
    Vehicle later = Vehicle.builder().from(VehicleFixtures.pooled(3)).recordedOn(AFTER.plusDays(1)).build();
    assertThat(BOOK.checkBody(List.of(VehicleFixtures.pooled(1), later), 0, small, AFTER)).isEmpty();
    assertThatThrownBy(() -> BOOK.bodyCarsAllowed(-1, small))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BODY_CARS_WITHIN_THE_NORM")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> BOOK.checkBody(List.of(VehicleFixtures.pooled(1), VehicleFixtures.pooled(1)), 5, small, AFTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XE-P1");
  }

  @Test
  void aBodysCarsAreCheckedForCapsPostsAndRetirementToo() {
    ProvinceProfile small = ProvinceProfile.of(4_999, false, false, false);
    Vehicle worn = Vehicle.builder().from(VehicleFixtures.pooled(2)).odometerKm(250_001).build();
    Vehicle dear = typed(PooledCarType.ORDINARY, 960_000_000L);
    Vehicle director =
        Vehicle.builder()
            .from(VehicleFixtures.secretarysCar())
            .id(VehicleId.of("XE-09"))
            .post(CarPost.DEPARTMENT_DIRECTOR)
            .build();
    assertThat(BOOK.checkBody(List.of(worn, dear, director), 60, small, AFTER))
        .extracting(FleetViolation::rule)
        .containsExactly(
            VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP,
            VehicleRule.POST_ENTITLED_TO_A_CAR,
            VehicleRule.MAY_BE_RETIRED);
  }

  @Test
  void theBodyNormIsCarriedOverUnconfirmedAfterTheAmendment() {
    assertThat(CarNormBook.bodyCarsBasis(BEFORE).confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(CarNormBook.bodyCarsBasis(BEFORE).citation()).isEqualTo("Nghị định 72/2023/NĐ-CP, Điều 11, khoản 2");
    assertThat(CarNormBook.bodyCarsBasis(BEFORE).isInForceOn(BEFORE)).isTrue();
    assertThat(CarNormBook.bodyCarsBasis(CarNormBook.AMENDMENT_DAY).confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(CarNormBook.bodyCarsBasis(CarNormBook.AMENDMENT_DAY).asAmendedBy())
        .containsExactly(Instruments.CAR_DECREE_AMENDMENT_2025);
    assertThat(CarNormBook.bodyCarsBasis(AFTER).isInForceOn(AFTER)).isTrue();
    assertThat(CarNormBook.bodyCarsBasis(BEFORE).isInForceOn(CarNormBook.AMENDMENT_DAY)).isFalse();
  }

  private static Vehicle typed(PooledCarType type, long price) {
    return Vehicle.builder().from(VehicleFixtures.pooled(1)).pooledType(type).price(Money.ofDong(price)).build();
  }

  @Test
  void onlyThePooledCarsCountAgainstTheOfficesPooledNorm() {
    CarNormBook one = BOOK.withPooledCarQuota(1);
    List<Vehicle> fleet = List.of(VehicleFixtures.secretarysCar(), VehicleFixtures.pooled(1));
    assertThat(one.check(fleet, VehicleFixtures.mountainProvince(), AFTER)).isEmpty();
    List<FleetViolation> findings =
        one.check(
            List.of(VehicleFixtures.secretarysCar(), VehicleFixtures.pooled(1), VehicleFixtures.pooled(2)),
            VehicleFixtures.mountainProvince(),
            AFTER);
    assertThat(findings).extracting(FleetViolation::rule).containsExactly(VehicleRule.POOLED_CARS_WITHIN_THE_NORM);
    assertThat(findings.get(0).vehicles()).containsExactly(VehicleId.of("XE-P1"), VehicleId.of("XE-P2"));
  }

  @Test
  void thePooledCarTypesAreNamedInBothLanguages() {
    assertThat(PooledCarType.ORDINARY.vietnameseName()).isEqualTo("Xe phục vụ công tác chung");
    assertThat(PooledCarType.FOUR_WHEEL_DRIVE_7_TO_8_SEATS.vietnameseName()).isEqualTo("Xe 2 cầu từ 7 đến 8 chỗ ngồi");
    assertThat(PooledCarType.SEATS_12_TO_16.englishName()).isEqualTo("A car of 12 to 16 seats");
  }
}
