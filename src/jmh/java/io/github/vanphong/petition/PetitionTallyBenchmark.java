package io.github.vanphong.petition;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tallies 1,000,000 petitions with five events each (built once, {@link PetitionSample}) as of 2026-12-31: with
 * {@link PetitionTally#collector} on a sequential stream, on a parallel stream, and with a hand-written loop that
 * does the same work into arrays and hash maps. Targets: the collector within 2x of the loop; the parallel stream
 * faster than the sequential one on 2 cores. {@link #deadlinesOnly} is the part of the work every method shares.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PetitionTallyBenchmark {

  @Param({"1000000"})
  public int petitions;

  private List<Petition> list;
  private WorkingCalendar calendar;
  private LocalDate asOf;

  /** Builds the petitions once for the whole run. */
  @Setup
  public void setUp() {
    list = PetitionSample.petitions(petitions, false);
    calendar = WorkingCalendar.vietnam();
    asOf = PetitionSample.AS_OF;
  }

  @Benchmark
  public PetitionTally collector() {
    return list.stream().collect(PetitionTally.collector(calendar, asOf));
  }

  @Benchmark
  public PetitionTally parallelCollector() {
    return list.parallelStream().collect(PetitionTally.collector(calendar, asOf));
  }

  /** The same counts and overdue list, by hand: arrays by ordinal, hash maps, a list sorted at the end. */
  @Benchmark
  public void handWrittenLoop(Blackhole out) {
    int[] kinds = new int[PetitionKind.values().length];
    int[] states = new int[PetitionState.values().length];
    int[] channels = new int[Channel.values().length];
    int[] statuses = new int[DeadlineStatus.values().length];
    Map<UnitId, int[]> units = new HashMap<>();
    Map<YearMonth, int[]> months = new HashMap<>();
    List<OverdueDuty> overdue = new ArrayList<>();
    for (Petition p : list) {
      UnitId unit = p.intake().receivingUnit();
      kinds[p.kind().ordinal()]++;
      states[p.state().ordinal()]++;
      channels[p.intake().channel().ordinal()]++;
      units.computeIfAbsent(unit, u -> new int[1])[0]++;
      months.computeIfAbsent(YearMonth.from(p.received()), m -> new int[1])[0]++;
      for (PetitionDeadline d : p.deadlines(calendar, asOf)) {
        if (d.officeDuty()) {
          DeadlineStatus status = d.status();
          statuses[status.ordinal()]++;
          if (status == DeadlineStatus.OVERDUE) {
            overdue.add(OverdueDuty.of(p.id(), unit, d.stage(), d.round(), d.deadline().dueDate()));
          }
        }
      }
    }
    overdue.sort(null);
    out.consume(kinds);
    out.consume(states);
    out.consume(channels);
    out.consume(statuses);
    out.consume(units);
    out.consume(months);
    out.consume(overdue);
  }

  /** Only the deadlines of every petition, which every way of tallying must work out. */
  @Benchmark
  public void deadlinesOnly(Blackhole out) {
    for (Petition p : list) {
      out.consume(p.deadlines(calendar, asOf));
    }
  }
}
