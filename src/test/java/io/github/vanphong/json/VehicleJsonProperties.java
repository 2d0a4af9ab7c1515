package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.asset.CarNormBook;
import io.github.vanphong.asset.CarPost;
import io.github.vanphong.asset.FleetViolation;
import io.github.vanphong.asset.ProvinceProfile;
import io.github.vanphong.asset.Vehicle;
import io.github.vanphong.asset.VehicleId;
import io.github.vanphong.asset.VehicleKind;
import io.github.vanphong.asset.VehicleRule;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the office cars of {@code io.github.vanphong.asset}. */
class VehicleJsonProperties {
  /** The public types of the office cars without a JSON form: none. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 100)
  void identifiersObeyTheLaws(@ForAll VehicleId id) {
    JsonLaws.assertLaws(id, VehicleId.class);
  }

  @Property(tries = 100)
  void vehiclesObeyTheLaws(@ForAll Vehicle vehicle) {
    JsonLaws.assertLaws(vehicle, Vehicle.class);
  }

  @Property(tries = 100)
  void provincesObeyTheLaws(@ForAll ProvinceProfile province) {
    JsonLaws.assertLaws(province, ProvinceProfile.class);
  }

  @Property(tries = 50)
  void normBooksObeyTheLaws(@ForAll CarNormBook book) {
    JsonLaws.assertLaws(book, CarNormBook.class);
  }

  @Property(tries = 100)
  void findingsObeyTheLaws(@ForAll FleetViolation finding) {
    JsonLaws.assertLaws(finding, FleetViolation.class);
  }

  @Example
  void enumerationsAndRulesAreWrittenAsTheirCodes() {
    assertThat(JsonLaws.write(VehicleKind.POOLED)).isEqualTo("\"pooled\"");
    assertThat(JsonLaws.write(CarPost.PROVINCIAL_PARTY_SECRETARY)).isEqualTo("\"provincial-party-secretary\"");
    assertThat(JsonLaws.write(VehicleRule.MAY_BE_RETIRED)).isEqualTo("\"may-be-retired\"");
  }

  @Example
  void badValuesAreRefusedAtTheirPath() {
    JsonLaws.assertRefusedAt("\"XE 1\"", VehicleId.class, "$");
    JsonLaws.assertRefusedAt(
        "{\"id\":\"XE-1\",\"plate\":\"23A-001.23\",\"kind\":\"pooled\",\"post\":\"provincial-party-secretary\","
            + "\"price\":\"VND 900000000\",\"recordedOn\":\"2025-01-01\",\"odometerKm\":10}",
        Vehicle.class,
        "$");
    JsonLaws.assertRefusedAt(
        "{\"areaKm2\":0,\"hanoiOrHoChiMinhCity\":false,\"mostlyMountainous\":false,\"balancesOwnBudget\":false}",
        ProvinceProfile.class,
        "$");
    JsonLaws.assertRefusedAt(
        "{\"priceCaps\":[{\"post\":\"prime-minister\",\"cap\":\"VND 1\"},{\"post\":\"prime-minister\",\"cap\":\"VND 2\"}],"
            + "\"retirementKm\":250000,\"repairSharePercent\":30}",
        CarNormBook.class,
        "$.priceCaps[1]");
  }
}
