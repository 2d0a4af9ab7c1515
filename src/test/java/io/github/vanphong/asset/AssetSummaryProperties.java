package io.github.vanphong.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.testing.OrganizationArbitraries;
import java.util.Optional;
import net.jqwik.api.Tuple;
import io.github.vanphong.testing.AssetRegisterArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class AssetSummaryProperties {

  private static final LocalDate ON = LocalDate.of(2025, 12, 31);

  @Provide
  Arbitrary<AssetSummary> ofOneDay() {
    return AssetRegisterArbitraries.assets()
        .list()
        .ofMaxSize(6)
        .map(assets -> assets.stream().collect(AssetSummary.collector(ON)));
  }

  @Property(tries = 200)
  void theFiguresMerge(
      @ForAll("ofOneDay") AssetSummary a, @ForAll("ofOneDay") AssetSummary b, @ForAll("ofOneDay") AssetSummary c) {
    SummaryLaws.mergeLaws(AssetSummary.empty(), a, b, c);
  }

  @Property(tries = 100)
  void theCollectorIsTheFoldOfPlus(@ForAll @Size(max = 12) List<Asset> assets, @ForAll int at) {
    SummaryLaws.collectorLaws(assets, at, AssetSummary.collector(ON), a -> AssetSummary.of(a, ON), AssetSummary.empty());
  }

  @Property(tries = 50)
  void figuresOfAnotherDayAreRefused(@ForAll Asset asset) {
    SummaryLaws.anotherDayIsRefused(
        AssetSummary.of(asset, ON), AssetSummary.of(asset, ON.plusDays(1)), AssetSummary.empty(), AssetSummary::asOf);
  }

  @Property(tries = 100)
  void theFiguresOfARegisterAreItsAssetsInUse(@ForAll AssetRegister register) {
    LocalDate day = register.history().isEmpty() ? ON : register.history().get(register.history().size() - 1).on();
    AssetSummary summary = AssetSummary.of(register, day);
    List<Asset> assets = register.assetsAsOf(day);
    assertThat(summary.count()).isEqualTo(assets.size());
    assertThat(summary.value()).isEqualTo(assets.stream().map(Asset::originalValue).reduce(Money.ZERO, Money::plus));
  }

  @Provide
  Arbitrary<Tuple.Tuple2<OrgChart, LocalDate>> chartsOnADay() {
    return OrganizationArbitraries.orgCharts()
        .flatMap(chart -> OrganizationArbitraries.daysOf(chart).map(day -> Tuple.of(chart, day)));
  }

  @Property(tries = 60)
  void eachLevelsFigureIsTheSumOfItsUnits(
      @ForAll("ofOneDay") AssetSummary summary, @ForAll("chartsOnADay") Tuple.Tuple2<OrgChart, LocalDate> chartOn) {
    OrgChart chart = chartOn.get1();
    UnitTree tree = chart.asOf(chartOn.get2());
    AssetRollUp rollUp = AssetRollUp.of(summary, chart, chartOn.get2());
    for (Unit unit : tree.units()) {
      int count = rollUp.ownSummaryOf(unit.id()).count();
      Money value = rollUp.ownSummaryOf(unit.id()).value();
      for (Unit child : tree.units()) {
        if (child.parent().equals(Optional.of(unit.id()))) {
          count += rollUp.summaryOf(child.id()).count();
          value = value.plus(rollUp.summaryOf(child.id()).value());
        }
      }
      assertThat(rollUp.summaryOf(unit.id()).count()).as("%s", unit.id()).isEqualTo(count);
      assertThat(rollUp.summaryOf(unit.id()).value()).as("%s", unit.id()).isEqualTo(value);
    }
    int placed = rollUp.rolledUp().keySet().stream().mapToInt(u -> rollUp.ownSummaryOf(u).count()).sum();
    int unplaced = rollUp.unplaced().values().stream().mapToInt(AssetSummary::count).sum();
    assertThat(rollUp.total().count()).isEqualTo(placed + unplaced).isEqualTo(summary.count());
  }

  @Property(tries = 20)
  void generatedRollUpsLoseNoAsset(@ForAll AssetRollUp rollUp) {
    int placed = rollUp.rolledUp().keySet().stream().mapToInt(u -> rollUp.ownSummaryOf(u).count()).sum();
    int unplaced = rollUp.unplaced().values().stream().mapToInt(AssetSummary::count).sum();
    assertThat(rollUp.total().count()).isEqualTo(placed + unplaced);
  }
}
