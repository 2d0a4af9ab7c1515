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
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
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
 * Tallies 1,000,000 petitions with five events each (built once, {@link PetitionSample}) as of 2026-12-31, side by
 * side: with {@link PetitionTally#collector} on a sequential stream and on a parallel stream; with a hand-written
 * loop that reads each petition's events, works out its current due dates directly with {@link WorkingCalendar}
 * (the sample's rules written out by hand: each stage's start day plus its days, calendar or working days, counted
 * from the day after, a last day that is not a working day moved to the next working day) and counts the same
 * figures, on one thread and on two ({@link #handWrittenLoopOnTwoThreads}, what a second core gives to this work
 * on the machine at hand); and {@link #deadlinesOnly}, the deadlines of every petition as {@link Petition#deadlines}
 * gives them.
 *
 * <p>Targets: the collector within 3x of the hand-written loop; the parallel collector at least 1.6x the sequential
 * one on 2 cores. The set-up checks that the hand-written loop counts exactly what the collector counts, so the two
 * do the same work.
 *
 * <p>The fork runs the library's DEBUG tracing off, as an application would in production: the test run's SLF4J
 * binding on the benchmark's class path ({@code io.github.vanphong.logging.CapturedLog}) enables every level unless
 * told otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-DcapturedLog.level=INFO"})
public class PetitionTallyBenchmark {

  @Param({"1000000"})
  public int petitions;

  private List<Petition> list;
  private WorkingCalendar calendar;
  private LocalDate asOf;

  /** Builds the petitions once for the whole run, and checks that the hand-written loop counts what the tally does. */
  @Setup
  public void setUp() {
    list = PetitionSample.petitions(petitions, false);
    calendar = WorkingCalendar.vietnam();
    asOf = PetitionSample.AS_OF;
    HandTally byHand = handTally();
    PetitionTally tally = collector();
    byHand.check(tally);
    HandTally byHalves = handTally(list.subList(0, list.size() / 2));
    byHalves.add(handTally(list.subList(list.size() / 2, list.size())));
    byHalves.check(tally);
    if (!list.parallelStream().collect(PetitionTally.collector(calendar, asOf)).equals(tally)) {
      throw new IllegalStateException("the parallel collector disagrees with the sequential one");
    }
  }

  @Benchmark
  public PetitionTally collector() {
    return list.stream().collect(PetitionTally.collector(calendar, asOf));
  }

  @Benchmark
  public PetitionTally parallelCollector() {
    return list.parallelStream().collect(PetitionTally.collector(calendar, asOf));
  }

  /** The same counts and overdue list by hand, the due dates worked out directly with the calendar. */
  @Benchmark
  public void handWrittenLoop(Blackhole out) {
    HandTally tally = handTally();
    out.consume(tally.kinds);
    out.consume(tally.states);
    out.consume(tally.channels);
    out.consume(tally.statuses);
    out.consume(tally.units);
    out.consume(tally.months);
    out.consume(tally.overdue);
  }

  /**
   * The hand-written loop on two threads, each over half the list, the halves' counts then added and their sorted
   * overdue lists merged: how much a second core gives to work of this kind on this machine, whatever the code.
   */
  @Benchmark
  public void handWrittenLoopOnTwoThreads(Blackhole out) {
    int half = list.size() / 2;
    CompletableFuture<HandTally> second = CompletableFuture.supplyAsync(() -> handTally(list.subList(half, list.size())));
    HandTally tally = handTally(list.subList(0, half));
    tally.add(second.join());
    out.consume(tally.kinds);
    out.consume(tally.states);
    out.consume(tally.channels);
    out.consume(tally.statuses);
    out.consume(tally.units);
    out.consume(tally.months);
    out.consume(tally.overdue);
  }

  /** Only the deadlines of every petition, as {@link Petition#deadlines} gives them. */
  @Benchmark
  public void deadlinesOnly(Blackhole out) {
    for (Petition p : list) {
      out.consume(p.deadlines(calendar, asOf));
    }
  }

  // ---- the hand-written loop ---------------------------------------------------------------------------------

  /** The sample's petitions are received from January 2025; months are counted in an array from then. */
  private static final int FIRST_MONTH = 2025 * 12;

  /** From this day of receipt a complaint is accepted within 7 working days rather than 10. */
  private static final LocalDate AMENDED = LocalDate.of(2026, 7, 1);

  /** A warning of 3 working days, as {@link PetitionDeadline#status()} gives it. */
  private static final int DUE_SOON = 3;

  /** What the hand-written loop counts. */
  private static final class HandTally {
    final int[] kinds = new int[PetitionKind.values().length];
    final int[] states = new int[PetitionState.values().length];
    final int[] channels = new int[Channel.values().length];
    final int[] statuses = new int[DeadlineStatus.values().length];
    final Map<UnitId, int[]> units = new HashMap<>();
    final int[] months = new int[12 * 3];
    final List<OverdueDuty> overdue = new ArrayList<>();

    /** Adds the other's counts into this one's, and merges the two sorted overdue lists. */
    void add(HandTally other) {
      addInto(kinds, other.kinds);
      addInto(states, other.states);
      addInto(channels, other.channels);
      addInto(statuses, other.statuses);
      addInto(months, other.months);
      other.units.forEach((unit, n) -> units.merge(unit, n, (a, b) -> new int[] {a[0] + b[0]}));
      List<OverdueDuty> merged = new ArrayList<>(overdue.size() + other.overdue.size());
      int i = 0;
      int j = 0;
      while (i < overdue.size() && j < other.overdue.size()) {
        merged.add(overdue.get(i).compareTo(other.overdue.get(j)) <= 0 ? overdue.get(i++) : other.overdue.get(j++));
      }
      merged.addAll(overdue.subList(i, overdue.size()));
      merged.addAll(other.overdue.subList(j, other.overdue.size()));
      overdue.clear();
      overdue.addAll(merged);
    }

    private static void addInto(int[] into, int[] from) {
      for (int k = 0; k < into.length; k++) {
        into[k] += from[k];
      }
    }

    /** Throws unless every figure equals the tally's. */
    void check(PetitionTally tally) {
      Map<UnitId, Integer> unitCounts = new TreeMap<>();
      units.forEach((unit, n) -> unitCounts.put(unit, n[0]));
      Map<YearMonth, Integer> monthCounts = new TreeMap<>();
      for (int i = 0; i < months.length; i++) {
        if (months[i] != 0) {
          monthCounts.put(YearMonth.of((FIRST_MONTH + i) / 12, (FIRST_MONTH + i) % 12 + 1), months[i]);
        }
      }
      boolean same =
          same(kinds, PetitionKind.values(), tally.byKind())
              && same(states, PetitionState.values(), tally.byState())
              && same(channels, Channel.values(), tally.byChannel())
              && same(statuses, DeadlineStatus.values(), tally.dutiesByStatus())
              && unitCounts.equals(tally.byUnit())
              && monthCounts.equals(tally.byMonth())
              && overdue.equals(List.copyOf(tally.overdue()));
      if (!same) {
        throw new IllegalStateException("the hand-written loop does not count what the tally counts: " + tally);
      }
    }

    private static <E extends Enum<E>> boolean same(int[] counts, E[] constants, Map<E, Integer> tallied) {
      for (E constant : constants) {
        if (counts[constant.ordinal()] != tallied.getOrDefault(constant, 0)) {
          return false;
        }
      }
      return true;
    }
  }

  private HandTally handTally() {
    return handTally(list);
  }

  private HandTally handTally(List<Petition> petitions) {
    HandTally t = new HandTally();
    for (Petition p : petitions) {
      UnitId unit = p.intake().receivingUnit();
      LocalDate received = p.received();
      PetitionKind kind = p.kind();
      Channel channel = p.intake().channel();
      t.kinds[kind.ordinal()]++;
      t.states[stateOn(p).ordinal()]++;
      t.channels[channel.ordinal()]++;
      t.units.computeIfAbsent(unit, u -> new int[1])[0]++;
      t.months[received.getYear() * 12 + received.getMonthValue() - 1 - FIRST_MONTH]++;

      // the days of the history known on the day
      boolean competent = true;
      LocalDate forwarded = null;
      LocalDate decided = null;
      LocalDate accepted = null;
      LocalDate resolved = null;
      LocalDate stopped = null;
      LocalDate suspended = null;
      LocalDate receiptNotice = null;
      LocalDate acceptanceNotice = null;
      LocalDate dispatchNotice = null;
      for (PetitionEvent e : p.history()) {
        LocalDate on = e.on();
        if (on.isAfter(asOf)) {
          break;
        }
        switch (e.command()) {
          case CLASSIFY -> competent = e.classification().orElseThrow().competent();
          case ACCEPT -> {
            accepted = on;
            decided = on;
          }
          case FILE -> decided = on;
          case FORWARD -> {
            decided = on;
            forwarded = on;
          }
          case RESOLVE -> resolved = on;
          case SUSPEND -> suspended = on;
          case WITHDRAW -> stopped = e.withdrawal().orElseThrow().stops() ? on : stopped;
          case NOTIFY -> {
            switch (e.notice().orElseThrow()) {
              case RECEIPT_NOTICE -> receiptNotice = receiptNotice == null ? on : receiptNotice;
              case ACCEPTANCE_NOTICE -> acceptanceNotice = acceptanceNotice == null ? on : acceptanceNotice;
              case DECISION_DISPATCH -> dispatchNotice = dispatchNotice == null ? on : dispatchNotice;
              default -> {
                // the result relay starts no time limit of the office
              }
            }
          }
          case RECEIVE, START_VERIFICATION, RECORD_FINALITY, CLOSE -> {
            // no duty of the office starts or ends here in the sample
          }
          default -> throw new IllegalStateException("the sample gives no " + e.command());
        }
      }

      // the sample's rules, written out by hand (PetitionRuleBook.standard(), first rounds, normal cases)
      switch (kind) {
        case DENUNCIATION -> {
          duty(t, p, unit, PetitionStage.PROCESSING, plusWorkingDays(received, 7), or(decided, stopped));
          if (!competent || forwarded != null) {
            duty(t, p, unit, PetitionStage.FORWARDING, plusWorkingDays(received, 5),
                or(forwarded, or(decided, stopped)));
          }
          receiptNotice(t, p, unit, channel, received, receiptNotice);
          if (accepted != null) {
            duty(t, p, unit, PetitionStage.ACCEPTANCE_NOTICE, plusWorkingDays(accepted, 5),
                or(acceptanceNotice, stopped));
            duty(t, p, unit, PetitionStage.RESOLUTION, plusDaysSuspended(accepted, 30, suspended),
                or(resolved, stopped));
          }
        }
        case COMPLAINT -> {
          duty(t, p, unit, PetitionStage.ACCEPTANCE,
              plusWorkingDays(received, received.isBefore(AMENDED) ? 10 : 7), or(decided, stopped));
          receiptNotice(t, p, unit, channel, received, receiptNotice);
          if (accepted != null) {
            duty(t, p, unit, PetitionStage.RESOLUTION, plusDaysSuspended(accepted, 30, suspended),
                or(resolved, stopped));
            if (resolved != null) {
              duty(t, p, unit, PetitionStage.DECISION_DISPATCH, plusWorkingDays(resolved, 3), dispatchNotice);
            }
          }
        }
        default -> receiptNotice(t, p, unit, channel, received, receiptNotice);
      }
    }
    t.overdue.sort(null);
    return t;
  }

  private PetitionState stateOn(Petition p) {
    return p.lastEventDay().isAfter(asOf) ? PetitionTally.stateOn(p, asOf) : p.state();
  }

  private static LocalDate or(LocalDate first, LocalDate second) {
    return first != null ? first : second;
  }

  private void receiptNotice(
      HandTally t, Petition p, UnitId unit, Channel channel, LocalDate received, LocalDate notice) {
    if (channel == Channel.IN_PERSON) {
      duty(t, p, unit, PetitionStage.RECEIPT_NOTICE, plusWorkingDays(received, 10), notice);
    }
  }

  /** Working days from the day after the start: the last one counted is a working day, so it is the due date. */
  private LocalDate plusWorkingDays(LocalDate start, int days) {
    return calendar.plusWorkingDays(start, days);
  }

  /**
   * Calendar days from the day after the start, not counting the days of a suspension from a day to the day of the
   * tally; a last day that is not a working day moves to the next working day.
   */
  private LocalDate plusDaysSuspended(LocalDate start, int days, LocalDate suspendedFrom) {
    LocalDate last = start.plusDays(days);
    if (suspendedFrom != null) {
      LocalDate firstSuspended = suspendedFrom.isAfter(start) ? suspendedFrom : start.plusDays(1);
      if (!firstSuspended.isAfter(last)) {
        int counted = (int) (firstSuspended.toEpochDay() - 1 - start.toEpochDay());
        last = asOf.plusDays(days - counted);
      }
    }
    return calendar.nextWorkingDay(last);
  }

  private void duty(HandTally t, Petition p, UnitId unit, PetitionStage stage, LocalDate due, LocalDate done) {
    DeadlineStatus status;
    if (done != null && !done.isAfter(asOf)) {
      status = done.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
    } else if (asOf.isAfter(due)) {
      status = DeadlineStatus.OVERDUE;
      t.overdue.add(OverdueDuty.of(p.id(), unit, stage, ComplaintRound.FIRST, due));
    } else if (asOf.equals(due)) {
      status = DeadlineStatus.DUE_TODAY;
    } else {
      status = calendar.workingDaysBetween(asOf, due) <= DUE_SOON ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
    }
    t.statuses[status.ordinal()]++;
  }
}
