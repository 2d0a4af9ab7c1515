package io.github.vanphong.staffing;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class AllocationTest {

  @Test
  void anAllocationIsPositionsForAUnitAndAYear() {
    Allocation allocation = Allocation.of(PROVINCIAL_OFFICE, Year.of(2016), 50);
    assertThat(allocation.unit()).isEqualTo(PROVINCIAL_OFFICE);
    assertThat(allocation.year()).isEqualTo(Year.of(2016));
    assertThat(allocation.positions()).isEqualTo(50);
    assertThat(allocation.basis()).isEmpty();
    assertThat(allocation).hasToString("HG-VPTU 2016: 50 positions");
  }

  @Test
  void anAllocationMayRecordItsDecision() {
    LegalBasis decision = LegalBasis.of(Instrument.of("Quyết định 12-QĐ/TU", LocalDate.of(2016, 1, 5)), "Điều 1");
    Allocation allocation =
        Allocation.builder().unit(PROVINCIAL_OFFICE).year(Year.of(2016)).positions(50).basis(decision).build();
    assertThat(allocation.basis()).contains(decision);
  }

  @Test
  void zeroPositionsAreAllowed() {
    assertThat(Allocation.of(PROVINCIAL_OFFICE, Year.of(2016), 0).positions()).isZero();
    assertThat(Allocation.of(PROVINCIAL_OFFICE, Year.of(2016), 0)).hasToString("HG-VPTU 2016: 0 positions");
    assertThat(Allocation.of(PROVINCIAL_OFFICE, Year.of(2016), 1)).hasToString("HG-VPTU 2016: 1 position");
  }

  @Test
  void anAllocationNeedsANonNegativeNumberOfPositions() {
    assertThatThrownBy(() -> Allocation.of(PROVINCIAL_OFFICE, Year.of(2016), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an allocation needs a non-negative number of positions: -1 for HG-VPTU in 2016");
  }
}
