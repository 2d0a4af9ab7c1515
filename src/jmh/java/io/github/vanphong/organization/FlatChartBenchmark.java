package io.github.vanphong.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The measurements of issue 10, repeated: a chart of units created under one parent, each on its own day, built from
 * its events, built one event at a time, and changed by one more event. Before the indexes, {@code of} took 93 / 172 /
 * 649 ms at 1,000 / 2,000 / 4,000 units, one renaming 46 / 226 / 570 ms, and building 1,000 units one event at a time
 * 13.1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FlatChartBenchmark {

  @Param({"1000", "4000", "5000", "50000"})
  public int units;

  private static final LocalDate START = LocalDate.of(1990, 1, 1);
  private static final UnitId PARENT = UnitId.of("TU");

  private List<Restructuring> events;
  private OrgChart chart;
  private Restructuring rename;
  private Restructuring create;

  @Setup
  public void setUp() {
    List<Restructuring> all = new ArrayList<>();
    all.add(
        Restructuring.create(
            START, PARENT, "Tỉnh ủy", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty()));
    for (int i = 1; i <= units; i++) {
      all.add(
          Restructuring.create(
              START.plusDays(i), UnitId.of(String.format(Locale.ROOT, "U%06d", i)), "Chi bộ " + i,
              UnitKind.PARTY_CELL, Level.GRASSROOTS, Optional.of(PARENT)));
    }
    events = List.copyOf(all);
    chart = OrgChart.of(events);
    LocalDate after = START.plusDays(units + 1);
    rename = Restructuring.rename(after, UnitId.of(String.format(Locale.ROOT, "U%06d", units / 2)), "Chi bộ mới");
    create =
        Restructuring.create(
            after, UnitId.of("NEW"), "Chi bộ mới", UnitKind.PARTY_CELL, Level.GRASSROOTS, Optional.of(PARENT));
  }

  @Benchmark
  public OrgChart of() {
    return OrgChart.of(events);
  }

  @Benchmark
  public OrgChart applyRename() {
    return chart.apply(rename);
  }

  @Benchmark
  public OrgChart applyCreate() {
    return chart.apply(create);
  }

  /** The whole chart, one event at a time: {@code units + 1} calls of {@code apply}. */
  @Benchmark
  public OrgChart buildByApply() {
    OrgChart built = OrgChart.empty();
    for (Restructuring event : events) {
      built = built.apply(event);
    }
    return built;
  }
}
