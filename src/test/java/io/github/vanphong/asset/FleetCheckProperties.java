package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.testing.VehicleArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FleetCheckProperties {

  @Provide
  Arbitrary<List<Vehicle>> fleets() {
    return VehicleArbitraries.fleets();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return VehicleArbitraries.days();
  }

  @Property(tries = 200)
  void everyFindingNamesCarsOfTheFleetRecordedByTheDay(
      @ForAll("fleets") List<Vehicle> fleet,
      @ForAll ProvinceProfile province,
      @ForAll("days") LocalDate day,
      @ForAll CarNormBook book) {
    List<VehicleId> held = fleet.stream().filter(v -> !v.recordedOn().isAfter(day)).map(Vehicle::id).toList();
    for (FleetViolation finding : book.check(fleet, province, day)) {
      assertThat(held).containsAll(finding.vehicles());
    }
  }

  @Property(tries = 200)
  void aCarIsFoundOverItsCapExactlyWhenItsPriceIsAboveThePostsCap(
      @ForAll("fleets") List<Vehicle> fleet, @ForAll ProvinceProfile province, @ForAll CarNormBook book) {
    LocalDate day = LocalDate.of(2031, 1, 1);
    List<VehicleId> expected = new ArrayList<>();
    for (Vehicle v : fleet) {
      if (v.post().flatMap(book::priceCap).map(cap -> v.price().isGreaterThan(cap)).orElse(false)) {
        expected.add(v.id());
      }
    }
    List<VehicleId> found =
        book.check(fleet, province, day).stream()
            .filter(f -> f.rule() == VehicleRule.WITHIN_THE_PRICE_CAP)
            .flatMap(f -> f.vehicles().stream())
            .toList();
    assertThat(found).isEqualTo(expected);
  }

  @Property(tries = 200)
  void thePooledNormNeverShrinksWithTheAreaOrTheExtras(@ForAll ProvinceProfile province, @ForAll("days") LocalDate day) {
    CarNormBook book = CarNormBook.standard();
    ProvinceProfile larger =
        ProvinceProfile.of(
            Math.min(ProvinceProfile.MAX_AREA_KM2, province.areaKm2() + 3_000),
            province.hanoiOrHoChiMinhCity(),
            true,
            true);
    assertThat(book.pooledCarsAllowed(province, day).isPresent()).isEqualTo(!day.isBefore(CarNormBook.AMENDMENT_DAY));
    book.pooledCarsAllowed(province, day)
        .ifPresent(n -> assertThat(book.pooledCarsAllowed(larger, day).orElseThrow()).isGreaterThanOrEqualTo(n));
  }

  @Property(tries = 200)
  void aLowerRetirementDistanceRetiresEveryCarTheHigherOneDoes(@ForAll Vehicle vehicle) {
    CarNormBook standard = CarNormBook.standard();
    if (standard.mayBeRetired(vehicle)) {
      assertThat(standard.withRetirementKilometres(200_000).mayBeRetired(vehicle)).isTrue();
    }
  }

  @Property(tries = 100)
  void theCheckIsTheSameForTheFleetInAnyOrderOfItsFindingsCars(
      @ForAll("fleets") List<Vehicle> fleet, @ForAll ProvinceProfile province, @ForAll("days") LocalDate day) {
    CarNormBook book = CarNormBook.standard();
    List<Vehicle> reversed = new ArrayList<>(fleet);
    java.util.Collections.reverse(reversed);
    assertThat(book.check(reversed, province, day).stream().map(FleetViolation::rule).sorted().toList())
        .isEqualTo(book.check(fleet, province, day).stream().map(FleetViolation::rule).sorted().toList());
  }

  @Property(tries = 200)
  void aPooledCarIsFoundOverItsCapExactlyWhenItsPriceIsAboveItsTypesCap(
      @ForAll("fleets") List<Vehicle> fleet, @ForAll ProvinceProfile province, @ForAll CarNormBook book) {
    LocalDate day = LocalDate.of(2031, 1, 1);
    List<VehicleId> expected = new ArrayList<>();
    for (Vehicle v : fleet) {
      if (v.pooledType().map(t -> v.price().isGreaterThan(book.pooledPriceCap(t))).orElse(false)) {
        expected.add(v.id());
      }
    }
    List<VehicleId> found =
        book.check(fleet, province, day).stream()
            .filter(f -> f.rule() == VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP)
            .flatMap(f -> f.vehicles().stream())
            .toList();
    assertThat(found).isEqualTo(expected);
  }

  @Property(tries = 200)
  void aBodyIsFoundOverItsNormExactlyWhenItHoldsMoreCarsThanItsNormAllows(
      @ForAll("fleets") List<Vehicle> fleet,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 120) int staff,
      @ForAll ProvinceProfile province,
      @ForAll("days") LocalDate day) {
    CarNormBook book = CarNormBook.standard();
    long held = fleet.stream().filter(v -> !v.recordedOn().isAfter(day)).count();
    int allowed = book.bodyCarsAllowed(staff, province);
    assertThat(allowed).isBetween(1, 4);
    assertThat(book.bodyCarsAllowed(staff + 1, province)).isGreaterThanOrEqualTo(allowed);
    boolean found =
        book.checkBody(fleet, staff, province, day).stream()
            .anyMatch(f -> f.rule() == VehicleRule.BODY_CARS_WITHIN_THE_NORM);
    assertThat(found).isEqualTo(held > allowed);
  }
}
