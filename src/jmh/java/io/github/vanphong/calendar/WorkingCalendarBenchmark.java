package io.github.vanphong.calendar;

import java.time.LocalDate;
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
 * plusWorkingDays and workingDaysBetween against a day-by-day walk, at 30, 3,000 and 30,000 working days: the
 * calendar's time should stay flat in the distance; the walk grows with it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingCalendarBenchmark {

  @Param({"30", "3000", "30000"})
  public int distance;

  private WorkingCalendar calendar;
  private LocalDate start;
  private LocalDate end;

  @Setup
  public void setUp() {
    calendar = WorkingCalendar.vietnam();
    start = LocalDate.of(2026, 2, 13);
    end = calendar.plusWorkingDays(start, distance);
  }

  @Benchmark
  public LocalDate plusWorkingDays() {
    return calendar.plusWorkingDays(start, distance);
  }

  @Benchmark
  public LocalDate plusWorkingDaysByWalking() {
    LocalDate day = start;
    int left = distance;
    while (left > 0) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  @Benchmark
  public int workingDaysBetween() {
    return calendar.workingDaysBetween(start, end);
  }

  @Benchmark
  public int workingDaysBetweenByWalking() {
    int count = 0;
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
