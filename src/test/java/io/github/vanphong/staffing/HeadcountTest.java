package io.github.vanphong.staffing;

import io.github.vanphong.organization.PersonId;
import static io.github.vanphong.staffing.StaffingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.staffing.StaffingFixtures.official;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeadcountTest {

  private static final LocalDate DAY = StaffingFixtures.BRIEFING_2016;
  private static final CountingRule DEFAULT = CountingRule.officialsOnly();
  private static final CountingRule WITH_CONCURRENT = CountingRule.builder().countsConcurrentPosts(true).build();

  private static StaffAssignment concurrent(String person, io.github.vanphong.organization.UnitId unit) {
    return StaffAssignment.builder().from(official(person, unit)).concurrent(true).build();
  }

  private static StaffAssignment during(StaffAssignment a, LocalDate from, LocalDate to) {
    return StaffAssignment.builder().from(a).tenure(Validity.between(from, to)).build();
  }

  @Test
  void aPersonHoldsOneNonConcurrentPostAtATime() {
    Headcount headcount = Headcount.empty().with(official("CB-1", CHAU_THANH_OFFICE));
    assertThatThrownBy(() -> headcount.with(official("CB-1", VI_THANH_OFFICE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a person holds one post that is not concurrent at a time: CB-1 at HG-VT-VP [2015-01-01..), Official,"
                + " University overlaps CB-1 at HG-CT-VP [2015-01-01..), Official, University");
    assertThat(headcount.assignments()).as("left as it was").hasSize(1);
  }

  @Test
  void successivePostsAndConcurrentPostsAreAllowed() {
    Headcount headcount =
        Headcount.of(
            ImmutableList.of(
                during(official("CB-1", CHAU_THANH_OFFICE), LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31)),
                during(official("CB-1", VI_THANH_OFFICE), LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)),
                concurrent("CB-1", PROVINCIAL_OFFICE),
                official("CB-2", VI_THANH_OFFICE)));
    assertThat(headcount.assignments()).hasSize(4);
    assertThat(headcount.with(concurrent("CB-2", CHAU_THANH_OFFICE)).assignments()).hasSize(5);
  }

  @Test
  void onDateKeepsThePostsHeldThatDay() {
    StaffAssignment past =
        during(official("CB-1", CHAU_THANH_OFFICE), LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31));
    StaffAssignment current = official("CB-2", CHAU_THANH_OFFICE);
    Headcount headcount = Headcount.of(ImmutableList.of(past, current));
    assertThat(headcount.onDate(DAY).assignments()).containsExactly(current);
    assertThat(headcount.onDate(LocalDate.of(2015, 6, 1)).assignments()).containsExactly(past, current);
    assertThat(headcount.onDate(LocalDate.of(2009, 6, 1)).assignments()).isEmpty();
  }

  @Test
  void contractStaffDoNotCountByDefault() {
    StaffAssignment contract =
        StaffAssignment.builder().from(official("HD-1", CHAU_THANH_OFFICE)).employment(Employment.CONTRACT).build();
    Headcount headcount = StaffingFixtures.headcount(StaffingFixtures.officials(4, CHAU_THANH_OFFICE, "CB"),
        ImmutableList.of(contract));
    assertThat(headcount.countsPerUnit(DAY, DEFAULT)).isEqualTo(ImmutableMap.of(CHAU_THANH_OFFICE, 4));
    assertThat(headcount.countsPerUnit(DAY, CountingRule.builder().countsContractStaff(true).build()))
        .isEqualTo(ImmutableMap.of(CHAU_THANH_OFFICE, 5));
    assertThat(headcount.count(ImmutableList.of(CHAU_THANH_OFFICE), DAY, DEFAULT)).isEqualTo(4);
  }

  @Test
  void aConcurrentPostIsNotCountedTwice() {
    Headcount headcount =
        Headcount.of(ImmutableList.of(official("CB-1", CHAU_THANH_OFFICE), concurrent("CB-1", VI_THANH_OFFICE)));
    ImmutableList<io.github.vanphong.organization.UnitId> both = ImmutableList.of(CHAU_THANH_OFFICE, VI_THANH_OFFICE);
    assertThat(headcount.countsPerUnit(DAY, DEFAULT)).isEqualTo(ImmutableMap.of(CHAU_THANH_OFFICE, 1));
    assertThat(headcount.count(both, DAY, DEFAULT)).isEqualTo(1);
    assertThat(headcount.countsPerUnit(DAY, WITH_CONCURRENT))
        .as("counted in each unit where the rule says so")
        .isEqualTo(ImmutableMap.of(CHAU_THANH_OFFICE, 1, VI_THANH_OFFICE, 1));
    assertThat(headcount.count(both, DAY, WITH_CONCURRENT)).as("but once within one count").isEqualTo(1);
  }

  @Test
  void aPersonWithTwoCountedPostsInOneUnitCountsOnceThere() {
    Headcount headcount =
        Headcount.of(ImmutableList.of(official("CB-1", CHAU_THANH_OFFICE), concurrent("CB-1", CHAU_THANH_OFFICE)));
    assertThat(headcount.countsPerUnit(DAY, WITH_CONCURRENT)).isEqualTo(ImmutableMap.of(CHAU_THANH_OFFICE, 1));
  }

  @Test
  void postsNotHeldOnTheDayOrOutsideTheUnitsAreNotCounted() {
    Headcount headcount =
        Headcount.of(
            ImmutableList.of(
                during(official("CB-1", CHAU_THANH_OFFICE), LocalDate.of(2010, 1, 1), LocalDate.of(2015, 12, 31)),
                official("CB-2", VI_THANH_OFFICE)));
    assertThat(headcount.countsPerUnit(DAY, DEFAULT)).isEqualTo(ImmutableMap.of(VI_THANH_OFFICE, 1));
    assertThat(headcount.count(ImmutableList.of(CHAU_THANH_OFFICE), DAY, DEFAULT)).isZero();
    assertThat(headcount.countWithUniversityDegree(ImmutableList.of(CHAU_THANH_OFFICE), DAY, DEFAULT)).isZero();
  }

  @Test
  void staffWithAUniversityDegreeOrHigherAreCountedOnce() {
    Headcount headcount =
        Headcount.of(
            ImmutableList.of(
                official("CB-1", CHAU_THANH_OFFICE, Qualification.POSTGRADUATE),
                official("CB-2", CHAU_THANH_OFFICE, Qualification.UNIVERSITY),
                official("CB-3", CHAU_THANH_OFFICE, Qualification.COLLEGE),
                official("CB-4", VI_THANH_OFFICE, Qualification.INTERMEDIATE),
                StaffAssignment.builder()
                    .from(official("CB-4", CHAU_THANH_OFFICE, Qualification.UNIVERSITY))
                    .concurrent(true)
                    .build(),
                StaffAssignment.builder()
                    .from(official("CB-1", VI_THANH_OFFICE, Qualification.OTHER))
                    .concurrent(true)
                    .build()));
    ImmutableList<io.github.vanphong.organization.UnitId> both = ImmutableList.of(CHAU_THANH_OFFICE, VI_THANH_OFFICE);
    assertThat(headcount.countWithUniversityDegree(both, DAY, DEFAULT)).isEqualTo(2);
    assertThat(headcount.count(both, DAY, DEFAULT)).isEqualTo(4);
    assertThat(headcount.count(both, DAY, WITH_CONCURRENT)).isEqualTo(4);
    assertThat(headcount.countWithUniversityDegree(both, DAY, WITH_CONCURRENT))
        .as("a university qualification on any counted post")
        .isEqualTo(3);
  }

  @Test
  void headcountsAreEqualWhenTheirPostsAre() {
    new EqualsTester()
        .addEqualityGroup(Headcount.empty(), Headcount.of(ImmutableList.of()))
        .addEqualityGroup(
            Headcount.empty().with(official("CB-1", CHAU_THANH_OFFICE)),
            Headcount.of(ImmutableList.of(official("CB-1", CHAU_THANH_OFFICE))))
        .addEqualityGroup(Headcount.empty().with(official("CB-2", CHAU_THANH_OFFICE)))
        .testEquals();
  }

  @Test
  void toStringShowsNoPersonId() {
    assertThat(Headcount.empty().with(official("CB-1", CHAU_THANH_OFFICE))).hasToString("Headcount[1 assignments]");
  }

  @Test
  void aNullAssignmentIsRefused() {
    assertThatThrownBy(() -> Headcount.empty().with(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void distinctHeadcountsSpreadOverHashCodes() {
    assertThat(Headcount.empty().with(official("CB-1", CHAU_THANH_OFFICE)).hashCode())
        .isNotEqualTo(Headcount.empty().with(official("CB-2", CHAU_THANH_OFFICE)).hashCode());
  }
}
