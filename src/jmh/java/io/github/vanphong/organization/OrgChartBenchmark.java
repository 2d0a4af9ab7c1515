package io.github.vanphong.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The org chart at national size ({@link NationalSample}, 5,000 and 50,000 grassroots organisations, the 2025
 * restructuring included): building it from its events, one more event of each kind, and the look-ups that must not
 * grow with the number of units. Targets (issue 10): {@code of} at 50,000 within 12 times its time at 5,000; one
 * {@code apply} at 50,000 within 3 times its time at 5,000; the look-ups flat.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OrgChartBenchmark {

  @Param({"5000", "50000"})
  public int grassroots;

  private static final LocalDate AFTER = LocalDate.of(2026, 1, 1);
  private static final LocalDate BEFORE = LocalDate.of(2024, 1, 1);

  private NationalSample sample;
  private OrgChart chart;
  private Restructuring rename;
  private Restructuring create;
  private Restructuring moveInThePast;
  private Restructuring dissolve;
  private UnitId commune;
  private UnitId oldCommune;
  private UnitId grassroot;
  private Post secretary;

  @Setup
  public void setUp() {
    sample = NationalSample.of(grassroots);
    chart = sample.chart();
    int middle = sample.communes / 2;
    oldCommune = NationalSample.commune(middle);
    commune = sample.newCommuneOf(middle);
    grassroot = NationalSample.grassroot(sample.grassroots / 2);
    rename = Restructuring.rename(AFTER, commune, "Đảng ủy phường mới");
    create =
        Restructuring.create(
            AFTER, UnitId.of("G-NEW"), "Chi bộ mới", UnitKind.PARTY_CELL, Level.GRASSROOTS, Optional.of(commune));
    // a grassroots organisation moved to another commune of its district in 2024, before the restructuring moved it
    UnitId neighbour = NationalSample.commune(sample.communeOf(sample.grassroots / 2) + 1);
    moveInThePast = Restructuring.reattach(BEFORE, grassroot, neighbour);
    UnitId lastGrassroot = NationalSample.grassroot(sample.grassroots - 1);
    dissolve = Restructuring.dissolve(AFTER, lastGrassroot);
    secretary = Post.of(commune, PostKind.SECRETARY);
    // every benchmark below must succeed on this chart
    chart.apply(rename);
    chart.apply(create);
    chart.apply(moveInThePast);
    chart.apply(dissolve);
    if (chart.holdersOf(secretary, AFTER).isEmpty()) {
      throw new IllegalStateException("the sample appoints no secretary of " + commune);
    }
  }

  /** The whole chart from its events (about 2.4 events per unit). */
  @Benchmark
  public OrgChart of() {
    return OrgChart.of(sample.events);
  }

  /**
   * Not a target but the machine's floor under {@link #of}: one pass over the events reading what any building of the
   * chart must read of each (its day, its kind, the text of the unit it is about). Its growth from 5,000 to 50,000 is
   * what this machine's caches give a single read of the input, which is ten times longer.
   */
  @Benchmark
  public long readEveryEvent() {
    long read = 0;
    for (Restructuring event : sample.events) {
      String unit = RestructuringOrder.unit(event).value();
      read += event.effectiveOn().toEpochDay() + RestructuringOrder.rank(event) + unit.charAt(unit.length() - 1);
    }
    return read;
  }

  /**
   * Not a target but the second floor under {@link #of}: whether the events come in order, each compared with the one
   * before, as the building of a chart from events given in any order must find out.
   */
  @Benchmark
  public int compareEveryEventWithTheOneBefore() {
    List<Restructuring> events = sample.events;
    int inOrder = 0;
    for (int i = 1; i < events.size(); i++) {
      if (RestructuringOrder.ORDER.compare(events.get(i - 1), events.get(i)) <= 0) {
        inOrder++;
      }
    }
    return inOrder;
  }

  /** A renaming after the last event. */
  @Benchmark
  public OrgChart applyRename() {
    return chart.apply(rename);
  }

  /** A new grassroots organisation under a commune. */
  @Benchmark
  public OrgChart applyCreate() {
    return chart.apply(create);
  }

  /** A move inserted before later events of the same unit: its life is replayed and its new parent checked. */
  @Benchmark
  public OrgChart applyMoveInThePast() {
    return chart.apply(moveInThePast);
  }

  /** A dissolution: its children, carriers and appointments are checked. */
  @Benchmark
  public OrgChart applyDissolve() {
    return chart.apply(dissolve);
  }

  @Benchmark
  public Optional<Unit> unit() {
    return chart.unit(commune, AFTER);
  }

  /** An old commune's history, carried by the new commune it merged into. */
  @Benchmark
  public Optional<UnitId> historyCarrier() {
    return chart.historyCarrier(oldCommune, AFTER);
  }

  @Benchmark
  public List<Person> holdersOf() {
    return chart.holdersOf(secretary, AFTER);
  }

  /** One commune's subtree on a day: the tree of the day reads the chart, not the 50,000 units. */
  @Benchmark
  public List<Unit> subtreeAsOf() {
    return chart.asOf(AFTER).descendants(commune);
  }

  /** The whole tree of a day, for comparison: linear in the units alive. */
  @Benchmark
  public int wholeTreeAsOf() {
    return chart.asOf(AFTER).size();
  }
}
