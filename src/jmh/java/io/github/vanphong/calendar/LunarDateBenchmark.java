package io.github.vanphong.calendar;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Measures {@link LunarDate#from(LocalDate)} over 4,096 days spread at random over 1900–2199; the target is at least
 * 5 million conversions per second on one core (at most 200 ns per operation).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LunarDateBenchmark {

  private static final int DAYS = 4096;

  private final LocalDate[] days = new LocalDate[DAYS];
  private int next;

  /** Draws the days, the same ones on every run. */
  @Setup
  public void drawDays() {
    SplittableRandom random = new SplittableRandom(20160208);
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long last = LocalDate.of(2199, 12, 31).toEpochDay();
    for (int i = 0; i < DAYS; i++) {
      days[i] = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
    }
  }

  /** One conversion of the next day of the spread. */
  @Benchmark
  public LunarDate from() {
    next = (next + 1) & (DAYS - 1);
    return LunarDate.from(days[next]);
  }

  /** A conversion and a read of every field, as a caller that prints the date would. */
  @Benchmark
  public void fromAndRead(Blackhole hole) {
    next = (next + 1) & (DAYS - 1);
    LunarDate d = LunarDate.from(days[next]);
    hole.consume(d.year());
    hole.consume(d.month());
    hole.consume(d.day());
    hole.consume(d.isLeapMonth());
  }
}
