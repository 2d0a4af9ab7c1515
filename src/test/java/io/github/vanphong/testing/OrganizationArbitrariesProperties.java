package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class OrganizationArbitrariesProperties {

  private static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);

  @Property
  void unitIdsReadBackFromTheirText(@ForAll UnitId id) {
    assertThat(UnitId.of(id.value())).isEqualTo(id);
    assertThat(id.value()).hasSizeBetween(1, 16);
  }

  @Property
  void personIdsReadBackFromTheirText(@ForAll PersonId id) {
    assertThat(PersonId.of(id.toString())).isEqualTo(id);
  }

  @Property
  void forAllUnitResolvesThroughTheProviderToAValidUnit(@ForAll Unit unit) {
    assertThat(Normalizer.isNormalized(unit.name(), Normalizer.Form.NFC)).isTrue();
    assertThat(unit.name()).isNotBlank();
    assertThat(unit.parent().filter(unit.id()::equals)).isEmpty();
    assertThat(unit.isAliveOn(unit.life().start())).isTrue();
    assertThat(Unit.builder().from(unit).build()).isEqualTo(unit);
  }

  @Property
  void generatedTreesAreValid(@ForAll UnitTree tree) {
    assertThat(UnitTree.of(tree.date(), tree.units())).isEqualTo(tree);
    assertThat(tree.units()).allMatch(u -> u.isAliveOn(tree.date()));
  }

  @Property
  void generatedChartsReplayToThemselves(@ForAll OrgChart chart) {
    assertThat(chart.events()).isNotEmpty();
    assertThat(OrgChart.of(chart.events())).isEqualTo(chart);
  }

  @Property
  void generatedChartsHaveNoDistrictEventAfterJune2025(@ForAll OrgChart chart) {
    for (Restructuring event : chart.events()) {
      if (event instanceof Restructuring.Create && ((Restructuring.Create) event).level() == Level.DISTRICT) {
        assertThat(event.effectiveOn()).isBeforeOrEqualTo(LAST_DISTRICT_DAY);
      }
    }
  }

  @Provide
  Arbitrary<List<Restructuring>> events() {
    return OrganizationArbitraries.restructurings();
  }

  @Property
  void generatedEventListsAreAccepted(@ForAll("events") List<Restructuring> events) {
    assertThat(OrgChart.of(events).events()).isEqualTo(events);
  }

  @Property
  void personsHaveThreePartVietnameseNames(@ForAll Person person) {
    assertThat(person.fullName().split(" ")).hasSize(3);
    assertThat(Normalizer.isNormalized(person.fullName(), Normalizer.Form.NFC)).isTrue();
  }

  @Property
  void enumsNeedNoProvider(@ForAll Level level, @ForAll UnitKind kind) {
    assertThat(OrganizationArbitraries.levels().exhaustive()).isPresent();
    assertThat(level).isNotNull();
    assertThat(kind).isNotNull();
  }

  @Property
  void daysOfAChartStartWithItsFirstEvent(@ForAll OrgChart chart) {
    LocalDate first = chart.events().get(0).effectiveOn();
    LocalDate last = chart.events().get(chart.events().size() - 1).effectiveOn();
    assertThat(OrganizationArbitraries.daysOf(chart).sampleStream().limit(20))
        .allMatch(d -> !d.isBefore(first) && !d.isAfter(last.plusDays(366)));
  }

  @Test
  void generatedChartsGoThroughEveryKindOfChangeAndAcrossTheEndOfTheDistrictLevel() {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    OrganizationArbitraries.orgCharts().sampleStream().limit(400).forEach(chart -> {
      assertThat(OrgChart.of(chart.events())).isEqualTo(chart);
      for (Restructuring event : chart.events()) {
        String kind = event.getClass().getSimpleName().replace("Immutable", "");
        if (event instanceof Restructuring.Dissolve) {
          kind += ((Restructuring.Dissolve) event).successor().isPresent() ? "WithSuccessor" : "Alone";
        }
        counts.merge(kind, 1, Integer::sum);
      }
      if (chart.asOf(LAST_DISTRICT_DAY.plusDays(1)).size() > 0) {
        counts.merge("alive after June 2025", 1, Integer::sum);
      }
    });
    assertThat(counts)
        .containsOnlyKeys(
            "Create", "Rename", "ChangeKind", "Reattach", "Merge", "DissolveAlone", "DissolveWithSuccessor",
            "alive after June 2025");
    assertThat(counts.values()).allMatch(n -> n >= 10);
  }

  @Test
  void theProviderFillsTheOrganisationsTypesOnly() {
    OrganizationArbitraryProvider provider = new OrganizationArbitraryProvider();
    for (Class<?> type :
        new Class<?>[] {UnitId.class, Unit.class, UnitTree.class, OrgChart.class, PersonId.class, Person.class}) {
      assertThat(provider.canProvideFor(TypeUsage.of(type))).as(type.getSimpleName()).isTrue();
      assertThat(provider.provideFor(TypeUsage.of(type), t -> java.util.Set.of())).hasSize(1);
    }
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.canProvideFor(TypeUsage.of(Level.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> java.util.Set.of())).isEmpty();
  }

  @Test
  void anEmptyChartHasDaysToo() {
    assertThat(OrganizationArbitraries.daysOf(OrgChart.empty()).sample()).isBetween(
        LocalDate.of(1976, 1, 1), LocalDate.of(2030, 12, 31));
    assertThat(OrganizationArbitraries.dates().sampleStream().limit(50))
        .allMatch(d -> !d.isBefore(LocalDate.of(1976, 1, 1)) && !d.isAfter(LocalDate.of(2030, 12, 31)));
  }
}
