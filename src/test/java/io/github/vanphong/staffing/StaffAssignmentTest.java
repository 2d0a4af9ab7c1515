package io.github.vanphong.staffing;

import io.github.vanphong.organization.PersonId;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaffAssignmentTest {

  @Test
  void aPostIsNotConcurrentUnlessSaid() {
    StaffAssignment a = StaffingFixtures.official("CB-0042", CHAU_THANH_OFFICE);
    assertThat(a.concurrent()).isFalse();
    assertThat(a.person()).isEqualTo(PersonId.of("CB-0042"));
    assertThat(a.unit()).isEqualTo(CHAU_THANH_OFFICE);
    assertThat(a.employment()).isEqualTo(Employment.OFFICIAL);
    assertThat(a.qualification()).isEqualTo(Qualification.UNIVERSITY);
  }

  @Test
  void aPostIsHeldOnTheDaysOfItsTenureBothEndsCounted() {
    StaffAssignment a =
        StaffAssignment.builder()
            .from(StaffingFixtures.official("CB-1", CHAU_THANH_OFFICE))
            .tenure(Validity.between(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)))
            .build();
    assertThat(a.isHeldOn(LocalDate.of(2016, 1, 1))).isTrue();
    assertThat(a.isHeldOn(LocalDate.of(2016, 12, 31))).isTrue();
    assertThat(a.isHeldOn(LocalDate.of(2015, 12, 31))).isFalse();
    assertThat(a.isHeldOn(LocalDate.of(2017, 1, 1))).isFalse();
  }

  @Test
  void toStringShowsTheKeyNeverAName() {
    StaffAssignment a = StaffingFixtures.official("CB-0042", CHAU_THANH_OFFICE);
    assertThat(a).hasToString("CB-0042 at HG-CT-VP [2015-01-01..), Official, University");
    StaffAssignment concurrent =
        StaffAssignment.builder()
            .from(a)
            .employment(Employment.CONTRACT)
            .qualification(Qualification.COLLEGE)
            .concurrent(true)
            .build();
    assertThat(concurrent).hasToString("CB-0042 at HG-CT-VP [2015-01-01..), Labour contract, College, concurrent");
  }
}
