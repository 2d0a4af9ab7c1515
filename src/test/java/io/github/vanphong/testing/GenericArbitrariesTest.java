package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The arbitraries every generator shares are defined once, and the generators of each package draw from them. */
class GenericArbitrariesTest {

  @Property(tries = 200)
  void aDayIsWithinTheSpan(@ForAll("days") LocalDate day) {
    assertThat(day).isBetween(GenericArbitraries.FIRST_DAY, GenericArbitraries.LAST_DAY);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return GenericArbitraries.days();
  }

  @Example
  void aSpanOfDaysHasBothEndsAsEdgeCases() {
    LocalDate first = LocalDate.of(2016, 1, 1);
    LocalDate last = LocalDate.of(2016, 12, 31);
    List<LocalDate> edges = new ArrayList<>();
    GenericArbitraries.days(first, last).edgeCases().forEach(e -> edges.add(e.value()));
    assertThat(edges).contains(first, last);
    assertThat(GenericArbitraries.days(first, first).sampleStream().limit(10)).containsOnly(first);
  }

  @Example
  void aSpanThatEndsBeforeItStartsIsRefusedNamingBothDays() {
    assertThatThrownBy(() -> GenericArbitraries.days(LocalDate.of(2016, 1, 2), LocalDate.of(2016, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first 2016-01-02")
        .hasMessageContaining("last 2016-01-01");
  }

  @Example
  void theUnitsArePooledAsTheFirstUnitsOfAGeneratedChart() {
    Set<UnitId> pool = GenericArbitraries.unitIds().allValues().orElseThrow().collect(Collectors.toSet());
    assertThat(pool).hasSize(10).contains(UnitId.of("U0"), UnitId.of("U9"));
    OrgChart chart = OrganizationArbitraries.orgCharts().sample();
    assertThat(chart.events().get(0).subjects()).containsExactly(UnitId.of("U0"));
    assertThat(StaffingArbitraries.unitIds().allValues().orElseThrow().collect(Collectors.toSet())).isEqualTo(pool);
    assertThat(MeetingArbitraries.unitIds().allValues().orElseThrow().collect(Collectors.toSet())).isEqualTo(pool);
  }

  @Example
  void thePersonsArePooledOnceForEveryPackage() {
    Set<PersonId> pool = GenericArbitraries.personIds().allValues().orElseThrow().collect(Collectors.toSet());
    assertThat(pool).hasSize(20).contains(PersonId.of("P-0"), PersonId.of("P-19"));
    assertThat(StaffingArbitraries.personIds().allValues().orElseThrow().collect(Collectors.toSet())).isEqualTo(pool);
    assertThat(MeetingArbitraries.personIds().allValues().orElseThrow().collect(Collectors.toSet())).isEqualTo(pool);
  }

  @Property(tries = 200)
  void anIdentifierOfAnyShapeIsOneTheIdentifierAccepts(@ForAll("anyUnits") UnitId unit, @ForAll("anyPersons") PersonId person) {
    assertThat(UnitId.of(unit.toString())).isEqualTo(unit);
    assertThat(unit.toString()).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,15}");
    assertThat(person.toString()).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,15}");
  }

  @Provide
  Arbitrary<UnitId> anyUnits() {
    return GenericArbitraries.anyUnitIds();
  }

  @Provide
  Arbitrary<PersonId> anyPersons() {
    return GenericArbitraries.anyPersonIds();
  }

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // coverage is checked; the figures are not printed
  @Property(tries = 400)
  void aValidityStartsInTheSpanAndLastsAtMostTenYearsOrHasNoEnd(@ForAll("validities") Validity validity) {
    assertThat(validity.start()).isBetween(GenericArbitraries.FIRST_DAY, GenericArbitraries.LAST_DAY);
    validity.end().ifPresent(end -> assertThat(ChronoUnit.DAYS.between(validity.start(), end)).isBetween(0L, 3650L));
    Statistics.label("open-ended").collect(validity.end().isEmpty());
    Statistics.label("open-ended").coverage(c -> {
      c.check(true).percentage(p -> p > 35);
      c.check(false).percentage(p -> p > 35);
    });
  }

  @Provide
  Arbitrary<Validity> validities() {
    return GenericArbitraries.validities();
  }

  @Example
  void theLawsValiditiesAreTheGenericOnes() {
    LocalDate day = LocalDate.of(2016, 3, 1);
    assertThat(LawArbitraries.validities(GenericArbitraries.days(day, day)).sampleStream().limit(20))
        .allSatisfy(v -> assertThat(v.start()).isEqualTo(day));
    assertThat(LawArbitraries.validities().sampleStream().limit(50))
        .allSatisfy(v -> assertThat(v.start()).isBetween(GenericArbitraries.FIRST_DAY, GenericArbitraries.LAST_DAY));
  }
}
