package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the organisation: unit identifiers, levels, kinds, units, valid unit trees, valid org
 * charts built from restructuring events, and persons. For example {@code OrganizationArbitraries.orgCharts()}
 * gives charts that start with a provincial committee and go through creations, renamings, changes of kind,
 * moves, mergers and dissolutions, every one of which the chart accepts.
 *
 * <p>The same arbitraries back {@link OrganizationArbitraryProvider}, so a property can simply declare
 * {@code @ForAll OrgChart chart}. Charts start between 1976 and 2025, half of them after 2014, so many cross the end of
 * the district level on 2025-06-30; no event of a district-level unit is generated after it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class OrganizationArbitraries {

  private static final LocalDate EARLIEST = LocalDate.of(1976, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2030, 12, 31);
  private static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);

  private static final ImmutableList<String> UNIT_NAMES =
      ImmutableList.of(
          "Tỉnh ủy Hậu Giang",
          "Văn phòng Tỉnh ủy",
          "Thành ủy Vị Thanh",
          "Thị ủy Ngã Bảy",
          "Huyện ủy Châu Thành A",
          "Huyện ủy Phụng Hiệp",
          "Đảng ủy xã Vị Thủy",
          "Ban Tổ chức",
          "Ủy ban Kiểm tra",
          "Phòng Tổng hợp");

  private static final ImmutableList<String> FAMILY_NAMES =
      ImmutableList.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đinh", "Lữ");
  private static final ImmutableList<String> MIDDLE_NAMES =
      ImmutableList.of("Văn", "Thị", "Thanh", "Công", "Tiến", "Ngọc");
  private static final ImmutableList<String> GIVEN_NAMES =
      ImmutableList.of("Tạo", "Chung", "Chánh", "Hùng", "Châu", "Huyến", "Lan", "Hạnh");

  private OrganizationArbitraries() {}

  /**
   * Returns unit identifiers: 1 to 16 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitId> unitIds() {
    return GenericArbitraries.anyUnitIds();
  }

  /**
   * Returns person identifiers: 1 to 16 characters of {@code [A-Za-z0-9._-]} starting with a letter or digit.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PersonId> personIds() {
    return GenericArbitraries.anyPersonIds();
  }

  /**
   * Returns every level.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Level> levels() {
    return Arbitraries.of(Level.class);
  }

  /**
   * Returns every unit kind.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitKind> unitKinds() {
    return Arbitraries.of(UnitKind.class);
  }

  /**
   * Returns days from 1976-01-01 to 2030-12-31.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> dates() {
    return GenericArbitraries.days(EARLIEST, LATEST);
  }

  /**
   * Returns single units: any identifier, name, kind and level, a parent other than the unit or none, and a life
   * open or closed.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Unit> units() {
    return Combinators.combine(
            unitIds(),
            Arbitraries.of(UNIT_NAMES),
            unitKinds(),
            levels(),
            unitIds().optional(),
            GenericArbitraries.validities(dates()))
        .as(
            (id, name, kind, level, parent, life) ->
                Unit.builder()
                    .id(id)
                    .name(name)
                    .kind(kind)
                    .level(level)
                    .parent(parent.filter(p -> !p.equals(id)))
                    .life(life)
                    .build());
  }

  /**
   * Returns valid unit trees: the tree of a generated {@link #orgCharts() chart} on a day within its history.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitTree> unitTrees() {
    return orgCharts().flatMap(chart -> daysOf(chart).map(chart::asOf));
  }

  /**
   * Returns days from the first event of the chart to a year after its last, or any day for an empty chart.
   *
   * @param chart the chart, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> daysOf(OrgChart chart) {
    if (chart.events().isEmpty()) {
      return dates();
    }
    LocalDate first = chart.events().get(0).effectiveOn();
    LocalDate last = chart.events().get(chart.events().size() - 1).effectiveOn();
    int span = (int) (last.toEpochDay() - first.toEpochDay()) + 366;
    return Arbitraries.integers().between(0, span).map(first::plusDays);
  }

  /**
   * Returns valid org charts of up to 25 events: a provincial committee, then creations, renamings, changes of
   * kind, moves, mergers and dissolutions, each on a later day than the one before, each accepted by the chart.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<OrgChart> orgCharts() {
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(1, 1500))
            .as(Step::new);
    return Combinators.combine(
            Arbitraries.oneOf(Arbitraries.integers().between(0, 16_000), Arbitraries.integers().between(14_000, 18_000))
                .map(EARLIEST::plusDays),
            steps.list().ofMaxSize(24))
        .as(OrganizationArbitraries::chart);
  }

  /**
   * Returns the events of {@link #orgCharts()} without the chart: lists of events that an empty chart accepts, in
   * the order they take effect.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<List<Restructuring>> restructurings() {
    return orgCharts().map(OrgChart::events);
  }

  /**
   * Returns officials with Vietnamese names, for example "Huỳnh Thanh Tạo".
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Person> persons() {
    return Combinators.combine(
            personIds(), Arbitraries.of(FAMILY_NAMES), Arbitraries.of(MIDDLE_NAMES), Arbitraries.of(GIVEN_NAMES))
        .as((id, family, middle, given) -> Person.of(id, family + " " + middle + " " + given));
  }

  /** One generated change: what to do, two choices, and the days since the change before. */
  private static final class Step {
    final int op;
    final int pick;
    final int other;
    final int gap;

    Step(int op, int pick, int other, int gap) {
      this.op = op;
      this.pick = pick;
      this.other = other;
      this.gap = gap;
    }
  }

  private static <T> T choose(List<T> from, int index) {
    return from.get(index % from.size());
  }

  private static OrgChart chart(LocalDate start, List<Step> steps) {
    OrgChart chart =
        OrgChart.empty()
            .apply(
                Restructuring.create(
                    start, UnitId.of("U0"), "Tỉnh ủy 0", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL,
                    Optional.empty()));
    LocalDate day = start;
    int next = 1;
    for (Step step : steps) {
      day = day.plusDays(step.gap);
      LocalDate on = day;
      boolean twoTier = on.isAfter(LAST_DISTRICT_DAY);
      UnitTree tree = chart.asOf(on);
      List<Unit> units =
          tree.units().stream()
              .filter(u -> !(twoTier && u.level() == Level.DISTRICT))
              .collect(Collectors.toList());
      List<Unit> leaves =
          units.stream().filter(u -> tree.children(u.id()).isEmpty()).collect(Collectors.toList());
      UnitId id = UnitId.of("U" + next);
      String name = choose(UNIT_NAMES, step.other) + " " + next;
      Restructuring event;
      if (units.isEmpty()) {
        event = Restructuring.create(on, id, name, UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty());
      } else {
        Unit unit = choose(units, step.pick);
        event = switch (step.op) {
          case 2 -> Restructuring.rename(on, unit.id(), name);
          case 3 ->
              Restructuring.changeKind(on, unit.id(), choose(ImmutableList.copyOf(UnitKind.values()), step.other));
          case 4 -> moveOrCreate(on, tree, units, step, id, name);
          case 5, 6 -> endOrCreate(on, units, leaves, step, id, name);
          default -> create(on, unit, step, id, name, twoTier);
        };
      }
      next++;
      chart = chart.apply(event);
    }
    return chart;
  }

  private static Restructuring create(LocalDate on, Unit parent, Step step, UnitId id, String name, boolean twoTier) {
    List<Level> levels =
        ImmutableList.copyOf(Level.values()).stream()
            .filter(l -> !l.isAbove(parent.level()) && !(twoTier && l == Level.DISTRICT))
            .collect(Collectors.toList());
    return Restructuring.create(
        on,
        id,
        name,
        choose(ImmutableList.copyOf(UnitKind.values()), step.other),
        choose(levels, step.other),
        Optional.of(parent.id()));
  }

  private static Restructuring moveOrCreate(
      LocalDate on, UnitTree tree, List<Unit> units, Step step, UnitId id, String name) {
    Unit unit = choose(units, step.pick);
    List<Unit> parents =
        units.stream()
            .filter(p -> !p.id().equals(unit.id()))
            .filter(p -> !unit.level().isAbove(p.level()))
            .filter(p -> !tree.descendants(unit.id()).contains(p))
            .collect(Collectors.toList());
    if (parents.isEmpty()) {
      return create(on, unit, step, id, name, on.isAfter(LAST_DISTRICT_DAY));
    }
    return Restructuring.reattach(on, unit.id(), choose(parents, step.other).id());
  }

  private static Restructuring endOrCreate(
      LocalDate on, List<Unit> units, List<Unit> leaves, Step step, UnitId id, String name) {
    if (leaves.isEmpty() || units.size() < 2) {
      return create(on, choose(units, step.pick), step, id, name, on.isAfter(LAST_DISTRICT_DAY));
    }
    Unit leaf = choose(leaves, step.pick);
    List<Unit> others = units.stream().filter(u -> !u.id().equals(leaf.id())).collect(Collectors.toList());
    Unit other = choose(others, step.other);
    if (step.op == 5) {
      return Restructuring.merge(on, ImmutableList.of(leaf.id()), other.id());
    }
    return step.other % 2 == 0
        ? Restructuring.dissolve(on, leaf.id())
        : Restructuring.dissolve(on, leaf.id(), other.id());
  }
}
