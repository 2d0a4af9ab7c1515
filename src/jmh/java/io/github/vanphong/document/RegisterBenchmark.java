package io.github.vanphong.document;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
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
 * Registers of 4,000 to 40,000 entries: one more issue, a voiding, the last number of a type, one more arrival, and
 * a whole register built one issue at a time. Target (issue 10): issuing the 40,000th document within twice the
 * time of the 4,000th, and the last number read without a scan. Before the persistent vector, an issue averaged 2.1 /
 * 4.5 / 8.6 µs over registers of 10,000 / 20,000 / 40,000 entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RegisterBenchmark {

  @Param({"4000", "10000", "20000", "40000"})
  public int entries;

  private static final List<DocumentType> TYPES =
      List.of(DocumentCodeBook.REPORT, DocumentCodeBook.PLAN, DocumentCodeBook.NOTICE, DocumentCodeBook.RESOLUTION);
  private static final LocalDate TERM_START = LocalDate.of(2020, 10, 15);

  private OutgoingRegister register;
  private IncomingRegister incoming;
  private LocalDate lastDay;
  private DocumentSymbol middle;
  private IncomingDocument document;

  @Setup
  public void setUp() {
    register = build(entries);
    lastDay = register.entries().get(entries - 1).issuedOn();
    middle = register.entries().get(entries / 2).symbol();
    document = IncomingDocument.builder().sender("Văn phòng Trung ương Đảng").summary("V/v báo cáo").build();
    IncomingRegister in = IncomingRegister.of(UnitId.of("HG-VPTU"), WorkingCalendar.vietnam());
    for (int i = 0; i < entries; i++) {
      in = in.receive(document, TERM_START.plusDays(i / 20)).register();
    }
    incoming = in;
  }

  /** A register of the provincial office whose entries run over the four types, twenty a day. */
  private static OutgoingRegister build(int size) {
    OutgoingRegister r =
        OutgoingRegister.forPartyTerm(
            DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE, OutgoingRegister.termAfterCongress(TERM_START.minusDays(1)));
    for (int i = 0; i < size; i++) {
      r = r.issue(TYPES.get(i % TYPES.size()), TERM_START.plusDays(i / 20), "Trích yếu số " + i).register();
    }
    return r;
  }

  /** The next issue on a register of {@code entries} entries. */
  @Benchmark
  public Issued issueNext() {
    return register.issue(DocumentCodeBook.REPORT, lastDay, "Báo cáo tháng");
  }

  @Benchmark
  public OutgoingRegister voidMiddle() {
    return register.voidNumber(middle, lastDay, "ban hành nhầm");
  }

  @Benchmark
  public int lastNumber() {
    return register.lastNumber(DocumentCodeBook.PLAN);
  }

  @Benchmark
  public Received receiveNext() {
    return incoming.receive(document, lastDay);
  }

  /** The whole register, issued one document at a time; divide by {@code entries} for the average issue. */
  @Benchmark
  public OutgoingRegister buildByIssuing() {
    return build(entries);
  }
}
