package io.github.vanphong;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The growth of the benchmarks of a class from one size to another, timed by the CPU time of the measuring thread
 * rather than by the clock: on a shared machine whose cores are busy with other builds, the clock counts the time the
 * thread waits for a core, and the collector's threads wait longer on the larger size, which inflates the ratio; the
 * thread's own CPU time does not. It counts neither the collector's work nor what the clock shows, so the absolute
 * figures are JMH's; this gives the ratios. Each benchmark method is warmed up, then timed in batches of at least
 * 100 ms of CPU, and the best batch is kept.
 *
 * <p>Two system properties steady the ratio of a benchmark that takes tens of milliseconds a call, whose batches of
 * 100 ms hold only a few calls at the small size: {@code cpu.batchMillis} makes the batches longer (for example 1000),
 * and {@code cpu.only} times only the benchmark methods it names (separated by commas).
 *
 * <pre>
 * java -cp CLASSPATH io.github.vanphong.CpuTimeGrowth io.github.vanphong.organization.OrgChartBenchmark \
 *     grassroots 5000 50000
 * java -Dcpu.batchMillis=1000 -Dcpu.only=of -cp CLASSPATH io.github.vanphong.CpuTimeGrowth \
 *     io.github.vanphong.organization.OrgChartBenchmark grassroots 5000 50000
 * </pre>
 */
public final class CpuTimeGrowth {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long BATCH_NANOS = Long.getLong("cpu.batchMillis", 100L) * 1_000_000L;
  private static final int BATCHES = 7;

  private CpuTimeGrowth() {}

  /**
   * Runs the benchmarks of a class at two or more values of an int parameter and prints their CPU time per call.
   *
   * @param args the benchmark class, the name of its int parameter field, and the values
   * @throws Exception if the class cannot be set up or a benchmark throws
   */
  public static void main(String[] args) throws Exception {
    Class<?> type = Class.forName(args[0]);
    String param = args[1];
    int[] values = Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray();
    String only = System.getProperty("cpu.only", "");
    List<String> named = only.isEmpty() ? List.of() : Arrays.asList(only.split(","));
    List<Method> benchmarks = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(Benchmark.class)
          && m.getParameterCount() == 0
          && (named.isEmpty() || named.contains(m.getName()))) {
        benchmarks.add(m);
      }
    }
    benchmarks.sort(Comparator.comparing(Method::getName));
    double[][] perCall = new double[benchmarks.size()][values.length];
    for (int v = 0; v < values.length; v++) {
      Object state = type.getDeclaredConstructor().newInstance();
      type.getField(param).setInt(state, values[v]);
      for (Method m : type.getMethods()) {
        if (m.isAnnotationPresent(Setup.class) && !Modifier.isStatic(m.getModifiers())) {
          m.invoke(state);
        }
      }
      for (int b = 0; b < benchmarks.size(); b++) {
        perCall[b][v] = time(benchmarks.get(b), state);
      }
    }
    System.out.printf(Locale.ROOT, "%-28s", type.getSimpleName());
    for (int value : values) {
      System.out.printf(Locale.ROOT, " %16s", param + "=" + value);
    }
    System.out.printf(Locale.ROOT, " %8s%n", "ratio");
    for (int b = 0; b < benchmarks.size(); b++) {
      System.out.printf(Locale.ROOT, "%-28s", benchmarks.get(b).getName());
      for (int v = 0; v < values.length; v++) {
        System.out.printf(Locale.ROOT, " %16s", format(perCall[b][v]));
      }
      System.out.printf(Locale.ROOT, " %7.1fx%n", perCall[b][values.length - 1] / perCall[b][0]);
    }
  }

  /** The best CPU time per call of a benchmark, in nanoseconds. */
  private static double time(Method benchmark, Object state) throws Exception {
    long calls = 1;
    // warm up for at least ten batches' worth, finding how many calls make a batch
    long warm = THREADS.getCurrentThreadCpuTime();
    while (true) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (long i = 0; i < calls; i++) {
        benchmark.invoke(state);
      }
      long spent = THREADS.getCurrentThreadCpuTime() - start;
      if (spent >= BATCH_NANOS && THREADS.getCurrentThreadCpuTime() - warm >= 10 * BATCH_NANOS) {
        break;
      }
      if (spent < BATCH_NANOS) {
        calls *= 2;
      }
    }
    double best = Double.MAX_VALUE;
    for (int batch = 0; batch < BATCHES; batch++) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (long i = 0; i < calls; i++) {
        benchmark.invoke(state);
      }
      best = Math.min(best, (double) (THREADS.getCurrentThreadCpuTime() - start) / calls);
    }
    return best;
  }

  private static String format(double nanos) {
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    if (nanos >= 1e3) {
      return String.format(Locale.ROOT, "%.2f us", nanos / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", nanos);
  }
}
