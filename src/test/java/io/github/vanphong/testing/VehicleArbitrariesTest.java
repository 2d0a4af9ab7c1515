package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.asset.CarNormBook;
import io.github.vanphong.asset.FleetViolation;
import io.github.vanphong.asset.ProvinceProfile;
import io.github.vanphong.asset.Vehicle;
import io.github.vanphong.asset.VehicleKind;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/** The generators of the office's cars give values the norm book checks, through the provider as by name. */
class VehicleArbitrariesTest {

  @Property(tries = 100)
  void generatedVehiclesAreWhatTheirKindSays(@ForAll Vehicle vehicle) {
    assertThat(vehicle.price().isPositive()).as("%s", vehicle).isTrue();
    assertThat(vehicle.odometerKm()).isNotNegative();
    if (vehicle.kind() == VehicleKind.POOLED) {
      assertThat(vehicle.post()).isEmpty();
    }
  }

  @Property(tries = 100)
  void generatedFleetsAreCheckedWithoutFailing(
      @ForAll("fleets") List<Vehicle> fleet, @ForAll ProvinceProfile province, @ForAll CarNormBook book) {
    LocalDate day = LocalDate.of(2026, 1, 5);
    List<FleetViolation> findings = book.check(fleet, province, day);
    for (FleetViolation finding : findings) {
      assertThat(finding.message()).isNotBlank();
      assertThat(fleet.stream().map(Vehicle::id)).containsAll(finding.vehicles());
    }
    for (Vehicle vehicle : fleet) {
      if (book.mayBeRetired(vehicle) && !vehicle.recordedOn().isAfter(day)) {
        assertThat(findings).anyMatch(f -> f.vehicles().contains(vehicle.id()));
      }
    }
  }

  @Provide
  Arbitrary<List<Vehicle>> fleets() {
    return VehicleArbitraries.fleets();
  }

  @Property(tries = 50)
  void generatedFindingsNameTheirRule(@ForAll FleetViolation finding) {
    assertThat(finding.rule()).isNotNull();
    assertThat(finding.toString()).isNotBlank();
  }

  @Test
  void theProviderProvidesTheCarTypesOnly() {
    VehicleArbitraryProvider provider = new VehicleArbitraryProvider();
    assertThat(provider.canProvideFor(TypeUsage.of(Vehicle.class))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(CarNormBook.class))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
  }
}
