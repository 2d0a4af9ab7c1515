package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.Validity;
import io.github.vanphong.testing.OrganizationArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The indexed chart agrees with the chart as it was before its indexes ({@link ReferenceOrgChart}, which replays the
 * whole history at every change and checks every unit on every day): the same events, persons and appointments give
 * the same trees, lives, histories, carriers and holders, or the same violations in the same order with the same
 * messages; and a chart built by {@link OrgChart#of} equals the chart built by {@link OrgChart#apply} one event at a
 * time, in everything it shows.
 */
class OrgChartOracleProperties {

  private static final LocalDate START = LocalDate.of(2000, 1, 1);

  // ---- generators ------------------------------------------------------------------------------------------------

  private static Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 12_000).map(START::plusDays);
  }

  private static Arbitrary<UnitId> ids(int count) {
    return Arbitraries.integers().between(0, count - 1).map(n -> UnitId.of("U" + n));
  }

  /** Any event over a few units, valid or not: most lists of them break a rule somewhere. */
  private static Arbitrary<Restructuring> anyEvent(Arbitrary<LocalDate> days, Arbitrary<UnitId> ids) {
    Arbitrary<Level> levels = Arbitraries.of(Level.class);
    Arbitrary<Restructuring> create =
        Combinators.combine(days, ids, levels, ids.optional(0.8))
            .as((d, id, level, parent) ->
                Restructuring.create(d, id, "Đơn vị " + id, UnitKind.OFFICE, level, parent.filter(p -> !p.equals(id))));
    Arbitrary<Restructuring> rename =
        Combinators.combine(days, ids, Arbitraries.of("Tên mới", "Tên khác"))
            .as((d, id, name) -> Restructuring.rename(d, id, name));
    Arbitrary<Restructuring> changeKind =
        Combinators.combine(days, ids, Arbitraries.of(UnitKind.class)).as(Restructuring::changeKind);
    Arbitrary<Restructuring> move =
        Combinators.combine(days, ids, ids)
            .as((d, id, p) -> p.equals(id) ? Restructuring.rename(d, id, "Tên") : Restructuring.reattach(d, id, p));
    Arbitrary<Restructuring> merge =
        Combinators.combine(days, ids, ids, ids)
            .as((d, a, b, into) -> {
              List<UnitId> merged = new ArrayList<>(new TreeSet<>(List.of(a, b)));
              merged.remove(into);
              return merged.isEmpty() ? Restructuring.dissolve(d, into) : Restructuring.merge(d, merged, into);
            });
    Arbitrary<Restructuring> split =
        Combinators.combine(days, ids, Arbitraries.integers().between(100, 199), levels, ids.optional(0.7))
            .as((d, source, n, level, parent) -> {
              UnitId a = UnitId.of("S" + n);
              UnitId b = UnitId.of("S" + (n + 100));
              return Restructuring.split(
                  d,
                  source,
                  List.of(
                      Restructuring.create(d, a, "Phần " + a, UnitKind.OFFICE, level, parent),
                      Restructuring.create(d, b, "Phần " + b, UnitKind.SECTION, level, Optional.of(a))),
                  n % 2 == 0 ? a : b);
            });
    Arbitrary<Restructuring> dissolve =
        Combinators.combine(days, ids, ids.optional(0.5))
            .as((d, id, successor) -> successor.filter(s -> !s.equals(id)).isPresent()
                ? Restructuring.dissolve(d, id, successor.get())
                : Restructuring.dissolve(d, id));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, create),
        net.jqwik.api.Tuple.of(2, rename),
        net.jqwik.api.Tuple.of(1, changeKind),
        net.jqwik.api.Tuple.of(3, move),
        net.jqwik.api.Tuple.of(2, merge),
        net.jqwik.api.Tuple.of(1, split),
        net.jqwik.api.Tuple.of(2, dissolve));
  }

  @Provide
  Arbitrary<List<Restructuring>> anyEvents() {
    Arbitrary<Integer> sizes = Arbitraries.integers().between(2, 12);
    return sizes.flatMap(n -> anyEvent(days(), ids(n)).list().ofMaxSize(30));
  }

  /**
   * A valid chart, and more events over its units and new ones, on days within its history or after it: some made
   * from the units alive on their day (mostly accepted, often inserted before later events of the same units), some
   * over any units (mostly refused).
   */
  @Provide
  Arbitrary<ChartAndEvents> chartsAndEvents() {
    return OrganizationArbitraries.orgCharts()
        .flatMap(
            chart -> {
              List<Restructuring> events = chart.events();
              LocalDate first = events.get(0).effectiveOn();
              int span = (int) (events.get(events.size() - 1).effectiveOn().toEpochDay() - first.toEpochDay()) + 400;
              Arbitrary<LocalDate> days = Arbitraries.integers().between(0, span).map(first::plusDays);
              Arbitrary<UnitId> ids = Arbitraries.integers().between(0, events.size() + 3).map(n -> UnitId.of("U" + n));
              Arbitrary<Restructuring> event =
                  Arbitraries.frequencyOf(
                      net.jqwik.api.Tuple.of(4, plausibleEvent(chart, days)),
                      net.jqwik.api.Tuple.of(1, anyEvent(days, ids)));
              return event.list().ofMinSize(1).ofMaxSize(8).map(more -> new ChartAndEvents(chart, more));
            });
  }

  private static final LocalDate LAST_DISTRICT_DAY = LocalDate.of(2025, 6, 30);

  /** An event over the units of a chart alive on its day, that the chart as it stands that day would accept. */
  private static Arbitrary<Restructuring> plausibleEvent(OrgChart chart, Arbitrary<LocalDate> days) {
    return Combinators.combine(
            days,
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 999),
            Arbitraries.integers().between(0, 999),
            Arbitraries.integers().between(0, 999))
        .as((day, op, a, b, n) -> plausible(chart, day, op, a, b, n));
  }

  private static Restructuring plausible(OrgChart chart, LocalDate day, int op, int a, int b, int n) {
    UnitTree tree = chart.asOf(day);
    boolean twoTier = day.isAfter(LAST_DISTRICT_DAY);
    List<Unit> alive = new ArrayList<>();
    for (Unit unit : tree.units()) {
      if (!(twoTier && unit.level() == Level.DISTRICT)) {
        alive.add(unit);
      }
    }
    UnitId fresh = UnitId.of("N" + n);
    if (alive.isEmpty()) {
      return Restructuring.create(day, fresh, "Tỉnh ủy mới", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL,
          Optional.empty());
    }
    Unit unit = alive.get(a % alive.size());
    Unit other = alive.get(b % alive.size());
    switch (op) {
      case 1:
        return Restructuring.rename(day, unit.id(), "Tên " + n);
      case 2:
        return Restructuring.changeKind(day, unit.id(), UnitKind.values()[n % UnitKind.values().length]);
      case 3:
        if (!other.id().equals(unit.id()) && !unit.level().isAbove(other.level())
            && !tree.descendants(unit.id()).contains(other)) {
          return Restructuring.reattach(day, unit.id(), other.id());
        }
        return Restructuring.rename(day, unit.id(), "Tên " + n);
      case 4:
        if (!other.id().equals(unit.id()) && tree.children(unit.id()).isEmpty()) {
          return n % 2 == 0
              ? Restructuring.merge(day, List.of(unit.id()), other.id())
              : Restructuring.dissolve(day, unit.id(), other.id());
        }
        return Restructuring.dissolve(day, fresh);
      case 5:
        if (tree.children(unit.id()).isEmpty()) {
          UnitId x = UnitId.of("N" + n + "A");
          UnitId y = UnitId.of("N" + n + "B");
          Optional<UnitId> parent = unit.parent();
          Level level = unit.level();
          return Restructuring.split(
              day,
              unit.id(),
              List.of(
                  Restructuring.create(day, x, "Phần A", unit.kind(), level, parent),
                  Restructuring.create(day, y, "Phần B", UnitKind.SECTION, level, Optional.of(x))),
              n % 2 == 0 ? x : y);
        }
        return Restructuring.rename(day, unit.id(), "Tên " + n);
      case 6:
        // under one of its own descendants: a cycle that day
        List<Unit> below = tree.descendants(unit.id());
        if (!below.isEmpty()) {
          return Restructuring.reattach(day, unit.id(), below.get(b % below.size()).id());
        }
        return Restructuring.rename(day, unit.id(), "Tên " + n);
      default:
        List<Level> levels = new ArrayList<>();
        for (Level level : Level.values()) {
          if (!level.isAbove(unit.level()) && !(twoTier && level == Level.DISTRICT)) {
            levels.add(level);
          }
        }
        return Restructuring.create(day, fresh, "Đơn vị " + n, UnitKind.OFFICE, levels.get(b % levels.size()),
            Optional.of(unit.id()));
    }
  }

  /** A chart and events to apply to it. */
  static final class ChartAndEvents {
    final OrgChart chart;
    final List<Restructuring> more;

    ChartAndEvents(OrgChart chart, List<Restructuring> more) {
      this.chart = chart;
      this.more = more;
    }

    @Override
    public String toString() {
      return chart.events() + " + " + more;
    }
  }

  // ---- the properties --------------------------------------------------------------------------------------------

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the outcomes are counted, not printed
  @Property(tries = 1000)
  void anyEventsGiveTheChartOrTheViolationsOfTheReferenceReplay(@ForAll("anyEvents") List<Restructuring> events) {
    assertSameOutcome(() -> OrgChart.of(events), () -> ReferenceOrgChart.of(events));
  }

  /** The events of a valid chart with one dropped, one given twice, or one moved to another day. */
  @Provide
  Arbitrary<List<Restructuring>> nearlyValidEvents() {
    return Combinators.combine(
            OrganizationArbitraries.restructurings(),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 999),
            Arbitraries.integers().between(-3000, 3000))
        .as((events, how, which, shift) -> {
          List<Restructuring> changed = new ArrayList<>(events);
          int at = which % changed.size();
          Restructuring event = changed.get(at);
          if (how == 0) {
            changed.remove(at);
          } else if (how == 1) {
            changed.add(event);
          } else {
            changed.set(at, moved(event, shift));
          }
          return changed;
        });
  }

  private static Restructuring moved(Restructuring event, int days) {
    LocalDate day = event.effectiveOn().plusDays(days);
    if (event instanceof Restructuring.Create) {
      Restructuring.Create c = (Restructuring.Create) event;
      return Restructuring.create(day, c.id(), c.name(), c.kind(), c.level(), c.parent());
    }
    if (event instanceof Restructuring.Rename) {
      return Restructuring.rename(day, ((Restructuring.Rename) event).id(), ((Restructuring.Rename) event).name());
    }
    if (event instanceof Restructuring.Reattach) {
      Restructuring.Reattach r = (Restructuring.Reattach) event;
      return Restructuring.reattach(day, r.id(), r.parent());
    }
    if (event instanceof Restructuring.Merge) {
      Restructuring.Merge m = (Restructuring.Merge) event;
      return Restructuring.merge(day, m.merged(), m.into());
    }
    if (event instanceof Restructuring.Dissolve) {
      Restructuring.Dissolve d = (Restructuring.Dissolve) event;
      return d.successor().isPresent()
          ? Restructuring.dissolve(day, d.id(), d.successor().get())
          : Restructuring.dissolve(day, d.id());
    }
    return event;
  }

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the outcomes are counted, not printed
  @Property(tries = 1000)
  void nearlyValidEventsGiveTheChartOrTheViolationsOfTheReferenceReplay(
      @ForAll("nearlyValidEvents") List<Restructuring> events) {
    assertSameOutcome(() -> OrgChart.of(events), () -> ReferenceOrgChart.of(events));
  }

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // the outcomes are counted, not printed
  @Property(tries = 300)
  void applyingEventsToAValidChartAgreesWithTheReferenceReplay(@ForAll("chartsAndEvents") ChartAndEvents given) {
    OrgChart chart = given.chart;
    ReferenceOrgChart reference = ReferenceOrgChart.of(chart.events());
    for (Restructuring event : given.more) {
      OrgChart before = chart;
      ReferenceOrgChart referenceBefore = reference;
      Optional<OrgChart> applied = assertSameOutcome(() -> before.apply(event), () -> referenceBefore.apply(event));
      if (applied.isPresent()) {
        chart = applied.get();
        OrgChartTest.assertUnitIndexesAgree(chart);
        reference = reference.apply(event);
        // the same events replayed in full give the same chart
        assertThat(OrgChart.of(chart.events())).isEqualTo(chart);
      }
    }
    OrgChart start = given.chart;
    assertSameOutcome(() -> start.applyAll(given.more), () -> ReferenceOrgChart.of(start.events()).applyAll(given.more));
  }

  @Property(tries = 300)
  void aChartBuiltByOfEqualsTheChartBuiltByApplyOneEventAtATime(@ForAll OrgChart chart, @ForAll Random random) {
    List<Restructuring> shuffled = new ArrayList<>(chart.events());
    Collections.shuffle(shuffled, random);
    OrgChart built = OrgChart.of(shuffled);
    OrgChart oneByOne = OrgChart.empty();
    for (Restructuring event : chart.events()) {
      oneByOne = oneByOne.apply(event);
    }
    assertThat(oneByOne).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
    OrgChartTest.assertUnitIndexesAgree(built);
    OrgChartTest.assertUnitIndexesAgree(oneByOne);
    assertSameViews(oneByOne, built);
    assertSameViews(built, ReferenceOrgChart.of(shuffled));
  }

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // coverage is checked; the figures are not printed
  @Property(tries = 200)
  void appointmentsAgreeWithTheReferenceReplay(
      @ForAll OrgChart chart, @ForAll("appointmentSteps") List<AppointmentStep> steps) {
    List<UnitId> units = new ArrayList<>(idsOf(chart.events()));
    units.add(UnitId.of("UNKNOWN"));
    LocalDate first = chart.events().get(0).effectiveOn();
    OrgChart indexed = chart;
    ReferenceOrgChart reference = ReferenceOrgChart.of(chart.events());
    for (AppointmentStep step : steps) {
      PersonId person = PersonId.of("P" + step.person);
      if (step.addsPerson || (step.start % 3 != 0 && indexed.person(person).isEmpty())) {
        Person p = Person.of(person, "Nguyễn Văn " + (char) ('A' + step.person));
        indexed = indexed.withPerson(p);
        reference = reference.withPerson(p);
        continue;
      }
      LocalDate from = first.plusDays(step.start);
      List<Unit> alive = chart.asOf(from).units();
      UnitId unit =
          step.unit % 4 != 0 && !alive.isEmpty()
              ? alive.get(step.unit % alive.size()).id()
              : units.get(step.unit % units.size());
      Post post = Post.of(unit, step.singleHolder ? PostKind.SECRETARY : PostKind.DEPUTY_SECRETARY);
      Validity term = step.length < 0 ? Validity.from(from) : Validity.between(from, from.plusDays(step.length / 10));
      Appointment appointment = Appointment.of(person, post, term);
      OrgChart i = indexed;
      ReferenceOrgChart r = reference;
      Optional<OrgChart> appointed = assertSameOutcome(() -> i.appoint(appointment), () -> r.appoint(appointment));
      if (appointed.isPresent()) {
        indexed = appointed.get();
        reference = reference.appoint(appointment);
      }
    }
    assertSameViews(indexed, reference);
    OrgChartTest.assertUnitIndexesAgree(indexed);
  }

  /** One step of appointing: add a person, or appoint one to a post of a unit for a term. */
  static final class AppointmentStep {
    final boolean addsPerson;
    final int person;
    final int unit;
    final boolean singleHolder;
    final int start;
    final int length;

    AppointmentStep(boolean addsPerson, int person, int unit, boolean singleHolder, int start, int length) {
      this.addsPerson = addsPerson;
      this.person = person;
      this.unit = unit;
      this.singleHolder = singleHolder;
      this.start = start;
      this.length = length;
    }

    @Override
    public String toString() {
      return addsPerson ? "person P" + person : "appoint P" + person + " to " + unit + " from +" + start + " for " + length;
    }
  }

  @Provide
  Arbitrary<List<AppointmentStep>> appointmentSteps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3).map(n -> n == 0),
            Arbitraries.integers().between(0, 5),
            Arbitraries.integers().between(0, 40),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 6_000),
            Arbitraries.integers().between(-1, 3_000))
        .as(AppointmentStep::new)
        .list()
        .ofMaxSize(15);
  }

  // ---- comparing -------------------------------------------------------------------------------------------------

  /** Both give a chart that shows the same, or both refuse with the same violations; returns the indexed chart. */
  private static Optional<OrgChart> assertSameOutcome(Supplier<OrgChart> indexed, Supplier<ReferenceOrgChart> reference) {
    ReferenceOrgChart expected;
    try {
      expected = reference.get();
      Statistics.label("outcome").collect("accepted");
    } catch (InvalidOrganizationException refused) {
      Statistics.label("outcome").collect("refused");
      InvalidOrganizationException actual =
          catchThrowableOfType(InvalidOrganizationException.class, indexed::get);
      assertThat(actual).as("the reference refuses with %s", refused.violations()).isNotNull();
      assertThat(actual.violations()).containsExactlyElementsOf(refused.violations());
      assertThat(actual).hasMessage(refused.getMessage());
      return Optional.empty();
    }
    OrgChart actual = indexed.get();
    assertSameViews(actual, expected);
    return Optional.of(actual);
  }

  private static Set<UnitId> idsOf(List<Restructuring> events) {
    Set<UnitId> ids = new TreeSet<>();
    for (Restructuring event : events) {
      ids.addAll(event.subjects());
      if (event instanceof Restructuring.Create) {
        ((Restructuring.Create) event).parent().ifPresent(ids::add);
      } else if (event instanceof Restructuring.Reattach) {
        ids.add(((Restructuring.Reattach) event).parent());
      }
    }
    ids.add(UnitId.of("NOBODY"));
    return ids;
  }

  private static Set<LocalDate> daysOf(List<Restructuring> events) {
    Set<LocalDate> days = new TreeSet<>();
    for (Restructuring event : events) {
      days.add(event.effectiveOn().minusDays(1));
      days.add(event.effectiveOn());
      days.add(event.effectiveOn().plusDays(1));
    }
    days.add(START);
    return days;
  }

  private static void assertSameViews(OrgChart chart, ReferenceOrgChart reference) {
    assertThat(chart.events()).isEqualTo(reference.events());
    assertThat(chart.persons()).isEqualTo(reference.persons());
    assertThat(chart.appointments()).isEqualTo(reference.appointments());
    assertThat(chart.toString()).isEqualTo(reference.toString().replace("ReferenceOrgChart", "OrgChart"));
    assertSameViews(chart, reference.events(), new ViewsOf() {
      @Override
      public UnitTree asOf(LocalDate day) {
        return reference.asOf(day);
      }

      @Override
      public Optional<Unit> unit(UnitId id, LocalDate day) {
        return reference.unit(id, day);
      }

      @Override
      public ImmutableList<Validity> lives(UnitId id) {
        return reference.lives(id);
      }

      @Override
      public ImmutableList<Restructuring> history(UnitId id) {
        return reference.history(id);
      }

      @Override
      public ImmutableList<UnitId> successors(UnitId id) {
        return reference.successors(id);
      }

      @Override
      public Optional<UnitId> historyCarrier(UnitId id, LocalDate day) {
        return reference.historyCarrier(id, day);
      }

      @Override
      public ImmutableList<Person> holdersOf(Post post, LocalDate day) {
        return reference.holdersOf(post, day);
      }

      @Override
      public ImmutableList<Post> postsOf(PersonId person, LocalDate day) {
        return reference.postsOf(person, day);
      }
    });
  }

  private static void assertSameViews(OrgChart chart, OrgChart other) {
    assertThat(chart.events()).isEqualTo(other.events());
    assertSameViews(chart, other.events(), new ViewsOf() {
      @Override
      public UnitTree asOf(LocalDate day) {
        return other.asOf(day);
      }

      @Override
      public Optional<Unit> unit(UnitId id, LocalDate day) {
        return other.unit(id, day);
      }

      @Override
      public ImmutableList<Validity> lives(UnitId id) {
        return other.lives(id);
      }

      @Override
      public ImmutableList<Restructuring> history(UnitId id) {
        return other.history(id);
      }

      @Override
      public ImmutableList<UnitId> successors(UnitId id) {
        return other.successors(id);
      }

      @Override
      public Optional<UnitId> historyCarrier(UnitId id, LocalDate day) {
        return other.historyCarrier(id, day);
      }

      @Override
      public ImmutableList<Person> holdersOf(Post post, LocalDate day) {
        return other.holdersOf(post, day);
      }

      @Override
      public ImmutableList<Post> postsOf(PersonId person, LocalDate day) {
        return other.postsOf(person, day);
      }
    });
  }

  /** What a chart shows. */
  interface ViewsOf {
    UnitTree asOf(LocalDate day);

    Optional<Unit> unit(UnitId id, LocalDate day);

    ImmutableList<Validity> lives(UnitId id);

    ImmutableList<Restructuring> history(UnitId id);

    ImmutableList<UnitId> successors(UnitId id);

    Optional<UnitId> historyCarrier(UnitId id, LocalDate day);

    ImmutableList<Person> holdersOf(Post post, LocalDate day);

    ImmutableList<Post> postsOf(PersonId person, LocalDate day);
  }

  /**
   * The carriers of many units at once are those of each unit: the first unit alone, then every unit (the first
   * read from what the chart kept for the day), then the first again, on a new chart value of the same events, which
   * has kept nothing yet, and on the chart, which may have kept the carriers of another day.
   */
  private static void assertSameCarriers(OrgChart chart, Set<UnitId> ids, LocalDate day, ViewsOf expected) {
    Map<UnitId, UnitId> want = new LinkedHashMap<>();
    ids.forEach(id -> expected.historyCarrier(id, day).ifPresent(carrier -> want.put(id, carrier)));
    List<UnitId> first = ids.stream().limit(1).collect(Collectors.toList());
    Map<UnitId, UnitId> wantFirst = new LinkedHashMap<>(want);
    wantFirst.keySet().retainAll(first);
    OrgChart fresh = chart.withPerson(Person.of(PersonId.of("CARRIERS"), "Người đọc"));
    for (OrgChart asked : List.of(fresh, chart)) {
      assertThat(asked.historyCarriers(first, day)).containsExactlyEntriesOf(wantFirst);
      assertThat(asked.historyCarriers(ids, day)).containsExactlyEntriesOf(want);
      assertThat(asked.historyCarriers(first, day)).containsExactlyEntriesOf(wantFirst);
    }
  }

  private static void assertSameViews(OrgChart chart, List<Restructuring> events, ViewsOf expected) {
    Set<UnitId> ids = idsOf(events);
    chart.appointments().forEach(a -> ids.add(a.post().unit()));
    Set<LocalDate> days = daysOf(events);
    chart.appointments().forEach(a -> {
      days.add(a.term().start());
      a.term().end().ifPresent(days::add);
    });
    for (LocalDate day : days) {
      UnitTree want = expected.asOf(day);
      // a fresh tree answers one unit at a time from the chart, before it is made whole
      UnitTree reading = chart.asOf(day);
      for (UnitId id : ids) {
        assertThat(reading.find(id)).isEqualTo(want.find(id));
        assertThat(reading.contains(id)).isEqualTo(want.contains(id));
        if (want.contains(id)) {
          assertThat(reading.children(id)).containsExactlyElementsOf(want.children(id));
          assertThat(reading.descendants(id)).containsExactlyElementsOf(want.descendants(id));
          assertThat(reading.ancestors(id)).containsExactlyElementsOf(want.ancestors(id));
          assertThat(reading.committeeOf(id)).isEqualTo(want.committeeOf(id));
        }
        assertThat(chart.unit(id, day)).isEqualTo(expected.unit(id, day));
        assertThat(chart.historyCarrier(id, day)).isEqualTo(expected.historyCarrier(id, day));
      }
      assertSameCarriers(chart, ids, day, expected);
      UnitTree whole = chart.asOf(day);
      assertThat(whole.units()).containsExactlyElementsOf(want.units());
      assertThat(whole.roots()).containsExactlyElementsOf(want.roots());
      assertThat(whole.size()).isEqualTo(want.size());
      assertThat(whole).isEqualTo(want).hasSameHashCodeAs(want).hasToString(want.toString());
      for (Unit unit : want.units()) {
        assertThat(whole.children(unit.id())).containsExactlyElementsOf(want.children(unit.id()));
      }
      for (Appointment a : chart.appointments()) {
        assertThat(chart.holdersOf(a.post(), day)).containsExactlyElementsOf(expected.holdersOf(a.post(), day));
        assertThat(chart.postsOf(a.person(), day)).containsExactlyElementsOf(expected.postsOf(a.person(), day));
      }
    }
    for (UnitId id : ids) {
      assertThat(chart.lives(id)).isEqualTo(expected.lives(id));
      assertThat(chart.history(id)).isEqualTo(expected.history(id));
      assertThat(chart.successors(id)).isEqualTo(expected.successors(id));
    }
  }
}
