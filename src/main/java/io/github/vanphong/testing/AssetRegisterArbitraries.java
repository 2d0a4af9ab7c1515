package io.github.vanphong.testing;

import io.github.vanphong.asset.Asset;
import io.github.vanphong.asset.AssetClass;
import io.github.vanphong.asset.AssetEvent;
import io.github.vanphong.asset.AssetFigure;
import io.github.vanphong.asset.AssetId;
import io.github.vanphong.asset.AssetRegister;
import io.github.vanphong.asset.AssetRollUp;
import io.github.vanphong.asset.AssetSource;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.asset.FixedAssetRuleBook;
import io.github.vanphong.asset.FixedAssetThreshold;
import io.github.vanphong.asset.Inventory;
import io.github.vanphong.asset.InventoryDifference;
import io.github.vanphong.asset.RevaluationTrigger;
import io.github.vanphong.asset.WearPolicy;
import io.github.vanphong.asset.WearRates;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the asset register's types: for example {@code AssetRegisterArbitraries.assetRegisters()}
 * gives registers whose history walks records, transfers, revaluations, disposals and reconciliations that the
 * register accepts, and {@code AssetRegisterArbitraries.wearPolicies()} tables of rates with a rounding.
 *
 * <p>The same arbitraries are available by type ({@code @ForAll AssetRegister}, {@code @ForAll Asset}, ...) through
 * {@link AssetRegisterArbitraryProvider}. Assets are named {@code TS-0} to {@code TS-19} and held by the units
 * {@code U0} to {@code U9}, the units of a generated chart; days run from 2010 to 2030.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class AssetRegisterArbitraries {

  private static final List<String> NAMES =
      List.of("Máy vi tính để bàn", "Máy in laser", "Trụ sở làm việc", "Xe ô tô 7 chỗ", "Phần mềm kế toán", "Bàn họp");

  private AssetRegisterArbitraries() {}

  /**
   * Returns asset identifiers from a pool of twenty, {@code TS-0} to {@code TS-19}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AssetId> assetIds() {
    return Arbitraries.integers().between(0, 19).map(i -> AssetId.of("TS-" + i));
  }

  /**
   * Returns amounts from 0 to 5 billion đồng, many around the fixed-asset threshold of 10 million.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Money> values() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 30_000_000L)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(9_999_999L, 10_000_000L, 10_000_001L)),
            net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 5_000_000_000L)))
        .map(Money::ofDong);
  }

  /**
   * Returns assets of every class and source, held by units of the pool, recorded from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Asset> assets() {
    return Combinators.combine(
            assetIds(),
            Arbitraries.of(NAMES),
            Arbitraries.of(AssetClass.class),
            Arbitraries.of(AssetSource.class),
            values(),
            Arbitraries.integers().between(0, 50),
            GenericArbitraries.days(),
            GenericArbitraries.unitIds())
        .as(
            (id, name, assetClass, source, value, years, day, holder) ->
                asset(id, name, assetClass, source, value, years, day, holder));
  }

  private static Asset asset(
      AssetId id,
      String name,
      AssetClass assetClass,
      AssetSource source,
      Money value,
      int years,
      LocalDate day,
      UnitId holder) {
    return Asset.builder()
        .id(id)
        .name(name)
        .assetClass(assetClass)
        .source(source)
        .originalValue(value)
        .yearsOfUse(years)
        .recordedOn(day)
        .holder(holder)
        .build();
  }

  /** One step of a walk over a register: a command and its data. */
  private static final class Step {
    final int command;
    final int days;
    final Asset asset;
    final UnitId unit;
    final Money value;
    final RevaluationTrigger trigger;

    Step(int command, int days, Asset asset, UnitId unit, Money value, RevaluationTrigger trigger) {
      this.command = command;
      this.days = days;
      this.asset = asset;
      this.unit = unit;
      this.value = value;
      this.trigger = trigger;
    }
  }

  /**
   * Returns registers of a unit of the pool whose histories walk 0 to 25 commands the register accepts: records of
   * new assets, transfers to another holder, revaluations for every trigger, disposals, and reconciliations of a
   * year's inventory with a shortfall, from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AssetRegister> assetRegisters() {
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 400),
                assets(),
                GenericArbitraries.unitIds(),
                values(),
                Arbitraries.of(RevaluationTrigger.class))
            .as(Step::new);
    return Combinators.combine(
            GenericArbitraries.unitIds(),
            GenericArbitraries.days(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 12, 31)),
            steps.list().ofMaxSize(25))
        .as(AssetRegisterArbitraries::walk);
  }

  private static AssetRegister walk(UnitId keeper, LocalDate start, List<Step> steps) {
    AssetRegister register = AssetRegister.of(keeper);
    LocalDate day = start;
    int next = 0;
    for (Step step : steps) {
      day = day.plusDays(step.days);
      List<Asset> inUse = register.assetsAsOf(day);
      Optional<Asset> some =
          inUse.isEmpty() ? Optional.empty() : Optional.of(inUse.get(step.days % inUse.size()));
      switch (step.command) {
        case 0, 1 -> {
          if (next < 20) {
            Asset asset =
                Asset.builder().from(step.asset).id(AssetId.of("TS-" + next++)).recordedOn(day).build();
            register = register.record(asset);
          }
        }
        case 2 -> {
          if (some.isPresent() && !some.get().holder().equals(step.unit)) {
            register = register.transfer(some.get().id(), step.unit, day);
          }
        }
        case 3 -> {
          if (some.isPresent()) {
            register = register.revalue(some.get().id(), step.value, step.trigger, day);
          }
        }
        case 4 -> {
          if (some.isPresent()) {
            register = register.dispose(some.get().id(), day);
          }
        }
        default -> {
          Year year = Year.of(day.getYear() - 1);
          if (!register.isReconciled(year)) {
            List<Asset> held = register.assetsAsOf(year.atMonth(12).atEndOfMonth());
            List<AssetId> found = new ArrayList<>();
            Map<AssetId, String> causes = new HashMap<>();
            for (int i = 0; i < held.size(); i++) {
              if (i == 0) {
                causes.put(held.get(i).id(), "Không tìm thấy khi kiểm kê");
              } else {
                found.add(held.get(i).id());
              }
            }
            register = register.reconcile(Inventory.count(register, year, found, causes), day);
          }
        }
      }
    }
    return register;
  }

  /**
   * Returns events of generated registers.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AssetEvent> assetEvents() {
    return Arbitraries.oneOf(
        assets().map(AssetEvent::recorded),
        assetRegisters()
            .filter(r -> !r.history().isEmpty())
            .flatMap(r -> Arbitraries.of(r.history())));
  }

  /**
   * Returns inventories of generated registers for a year from 2010 to 2030: the assets found, some not found, and a
   * surplus or none, each difference with a cause.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Inventory> inventories() {
    return Combinators.combine(
            assetRegisters(),
            Arbitraries.integers().between(2010, 2030),
            Arbitraries.integers().between(0, 3),
            assetIds().optional(0.3))
        .as(
            (register, y, skip, surplus) -> {
              Year year = Year.of(y);
              List<AssetId> found = new ArrayList<>();
              Map<AssetId, String> causes = new HashMap<>();
              List<Asset> held = register.assetsAsOf(year.atMonth(12).atEndOfMonth());
              for (int i = 0; i < held.size(); i++) {
                if (i % 4 != skip) {
                  found.add(held.get(i).id());
                }
                causes.put(held.get(i).id(), "Hư hỏng, chờ thanh lý");
              }
              surplus.ifPresent(
                  id -> {
                    if (!found.contains(id)) {
                      found.add(id);
                      causes.put(id, "Được tặng, chưa ghi sổ");
                    }
                  });
              return Inventory.count(register, year, found, causes);
            });
  }

  /**
   * Returns the differences of generated inventories.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<InventoryDifference> inventoryDifferences() {
    return Combinators.combine(
            assetIds(),
            Arbitraries.of(io.github.vanphong.asset.InventoryDifferenceKind.class),
            Arbitraries.of("Hư hỏng, chờ thanh lý", "Được tặng, chưa ghi sổ", "Mất"))
        .as(InventoryDifference::of);
  }

  /**
   * Returns thresholds of 0 to 50 million đồng and 0 to 5 years, on generated bases, chosen for generated days or
   * for those of their basis.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FixedAssetThreshold> fixedAssetThresholds() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8),
            Arbitraries.longs().between(0, 50_000_000L),
            Arbitraries.integers().between(0, 5),
            LawArbitraries.legalBases(),
            GenericArbitraries.validities().optional(0.5))
        .as(
            (name, value, years, basis, validity) -> {
              FixedAssetThreshold.Builder threshold =
                  FixedAssetThreshold.builder()
                      .name("THRESHOLD_" + name)
                      .minimumValue(Money.ofDong(value))
                      .minimumYearsOfUse(years)
                      .basis(basis);
              validity.ifPresent(threshold::validity);
              return threshold.build();
            });
  }

  /**
   * Returns rule books: the standard one, an empty one, or a book of one generated threshold.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<FixedAssetRuleBook> fixedAssetRuleBooks() {
    FixedAssetRuleBook standard = FixedAssetRuleBook.standard();
    return Arbitraries.oneOf(
        Arbitraries.just(standard),
        Arbitraries.just(standard.without(FixedAssetRuleBook.THRESHOLD_2023.name())),
        fixedAssetThresholds().map(t -> FixedAssetRuleBook.of(List.of(t))));
  }

  /**
   * Returns tables of rates for some classes, the rates of 0% to 100%.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<WearRates> wearRates() {
    return Arbitraries.maps(Arbitraries.of(AssetClass.class), rates()).ofMaxSize(13).map(WearRates::of);
  }

  private static Arbitrary<Rate> rates() {
    return Arbitraries.oneOf(
        Arbitraries.of("2", "4", "6.67", "10", "12.5", "20", "25", "100").map(Rate::percent),
        MoneyArbitraries.rates());
  }

  /**
   * Returns tables of rates for every class, the rates of 0% to 100%, so that every asset has a rate.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<WearRates> completeWearRates() {
    return rates()
        .list()
        .ofSize(AssetClass.values().length)
        .map(
            list -> {
              WearRates table = WearRates.none();
              int i = 0;
              for (AssetClass assetClass : AssetClass.values()) {
                table = table.with(assetClass, list.get(i++));
              }
              return table;
            });
  }

  /**
   * Returns policies of generated tables, most of them complete, with every rounding but the exact one.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<WearPolicy> wearPolicies() {
    return Combinators.combine(
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, completeWearRates()), net.jqwik.api.Tuple.of(1, wearRates())),
            MoneyArbitraries.roundings())
        .as(WearPolicy::of);
  }

  /**
   * Returns lines of figures of 1 to 1,000 assets.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AssetFigure> assetFigures() {
    return Combinators.combine(
            Arbitraries.of(AssetClass.class),
            Arbitraries.of(AssetSource.class),
            Arbitraries.integers().between(1, 1_000),
            values())
        .as(AssetFigure::of);
  }

  /**
   * Returns the figures of 1 to 8 assets on one day, from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AssetSummary> assetSummaries() {
    return GenericArbitraries.days()
        .flatMap(asOf -> assets().list().ofMinSize(1).ofMaxSize(8).map(a -> a.stream().collect(AssetSummary.collector(asOf))));
  }

  /**
   * Returns roll-ups of generated figures over generated org charts on a day of each chart.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<AssetRollUp> assetRollUps() {
    return Combinators.combine(assetSummaries(), OrganizationArbitraries.orgCharts())
        .flatAs((summary, chart) -> OrganizationArbitraries.daysOf(chart).map(day -> AssetRollUp.of(summary, chart, day)));
  }
}
