package io.github.vanphong.petition;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Builds 1,000,000 petitions with five events each in a JVM limited to 1 GB of heap ({@code -Xmx1g}), and prints the
 * heap they retain: the heap in use after a full collection with the list held, less the heap in use after a full
 * collection once it is released. The time printed by JMH is the time to build them; the target is that the run
 * completes (no {@link OutOfMemoryError}) and the retained heap printed is under 1 GB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseG1GC"})
public class PetitionHeapBenchmark {

  @Param({"1000000"})
  public int petitions;

  /** Whether each petition has its own summary text, or one of a few shared ones. */
  @Param({"false", "true"})
  public boolean distinctSummaries;

  private List<Petition> kept;

  @Benchmark
  public List<Petition> build() {
    kept = PetitionSample.petitions(petitions, distinctSummaries);
    return kept;
  }

  /** Measures what the petitions built by the iteration retain, then lets them go. */
  @TearDown(Level.Iteration)
  public void measure() {
    long held = usedAfterFullCollection();
    int count = kept.size();
    kept = null;
    long released = usedAfterFullCollection();
    long retained = held - released;
    System.out.printf(
        "%n%,d petitions retain %,d bytes (%.1f MiB, %,d bytes each); heap in use %,d MiB of at most %,d MiB%n",
        count,
        retained,
        retained / 1048576.0,
        retained / count,
        held / 1048576,
        Runtime.getRuntime().maxMemory() / 1048576);
  }

  private static long usedAfterFullCollection() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      used = Math.min(used, heap.getUsed());
    }
    return used;
  }
}
