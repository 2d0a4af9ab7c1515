package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomingRegisterTest {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final UnitId OFFICE = UnitId.of("HG-VPTU");
  /** The application's own figure: the library has no confirmed one. */
  private static final TimeLimit FIVE_WORKING_DAYS =
      TimeLimit.workingDays(5, LegalBasis.of(Instrument.of("Quy chế làm việc của Văn phòng Tỉnh ủy (ví dụ)", LocalDate.of(2021, 1, 1)), "Điều 12"));

  private static IncomingDocument letter(String summary) {
    return IncomingDocument.of("Văn phòng Tỉnh ủy Cao Bằng", DocumentSymbol.parse("1400-CV/VPTU"), summary);
  }

  @Test
  void arrivalNumbersRunFromOneEachYearAndRestartOnFirstJanuary() {
    IncomingRegister r = IncomingRegister.of(OFFICE, VIETNAM);
    Received a = r.receive(letter("a"), LocalDate.of(2025, 12, 30));
    Received b = a.register().receive(letter("b"), LocalDate.of(2025, 12, 31));
    Received c = b.register().receive(letter("c"), LocalDate.of(2026, 1, 1));
    Received d = c.register().receive(letter("d"), LocalDate.of(2026, 1, 2));
    assertThat(List.of(a, b, c, d)).extracting(x -> x.arrival().number()).containsExactly(1, 2, 1, 2);
    assertThat(d.arrival().year()).isEqualTo(Year.of(2026));
    assertThat(d.register().arrivals(Year.of(2025))).extracting(Arrival::number).containsExactly(1, 2);
    assertThat(d.register().arrival(Year.of(2026), 2)).contains(d.arrival());
    assertThat(d.register().arrival(Year.of(2026), 3)).isEmpty();
    assertThat(d.register().arrival(Year.of(2024), 1)).isEmpty();
    assertThat(d.register().nextNumber(Year.of(2026))).isEqualTo(3);
    assertThat(d.register().nextNumber(Year.of(2027))).isEqualTo(1);
    assertThat(r.arrivals()).isEmpty();
  }

  @Test
  void theProcessingDeadlineCountsWorkingDaysFromTheDayAfterReceipt() {
    Received received =
        IncomingRegister.of(OFFICE, VIETNAM).receive(letter("Trước Tết"), LocalDate.of(2026, 2, 13), FIVE_WORKING_DAYS);
    Arrival arrival = received.arrival();
    assertThat(arrival.deadline()).isPresent();
    assertThat(arrival.deadline().orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(arrival.deadline().orElseThrow().startEvent()).isEqualTo(IncomingRegister.START_EVENT);
    assertThat(arrival.deadline().orElseThrow().timeLimit().basis().instrument().name()).contains("Quy chế làm việc");
    assertThat(arrival.statusOn(LocalDate.of(2026, 3, 2))).contains(DeadlineStatus.OVERDUE);
    assertThat(arrival.statusOn(LocalDate.of(2026, 2, 27))).contains(DeadlineStatus.DUE_TODAY);
    assertThat(received.register().receive(letter("no limit"), LocalDate.of(2026, 2, 13)).arrival().statusOn(
        LocalDate.of(2026, 3, 2))).isEmpty();
  }

  @Test
  void noProcessingLimitIsBuiltInAndTheNumberingRuleIsUnconfirmed() {
    assertThat(IncomingRegister.ARRIVAL_NUMBERING.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    Received received = IncomingRegister.of(OFFICE, VIETNAM).receive(letter("x"), LocalDate.of(2026, 3, 2));
    assertThat(received.arrival().deadline()).isEmpty();
  }

  @Test
  void daysOfReceiptDoNotGoBackwards() {
    Received a = IncomingRegister.of(OFFICE, VIETNAM).receive(letter("a"), LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> a.register().receive(letter("b"), LocalDate.of(2026, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an incoming register is kept in order of receipt: arrival 1/2026 was received on 2026-03-02, so the"
                + " next cannot be received on 2026-03-01");
    assertThatThrownBy(() -> a.register().receive(letter("b"), LocalDate.of(2026, 3, 1), FIVE_WORKING_DAYS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(a.register().arrivals()).hasSize(1);
    assertThat(a.register().receive(letter("b"), LocalDate.of(2026, 3, 2)).arrival().number()).isEqualTo(2);
  }

  @Test
  void aDayOutsideTheCalendarIsRefusedAndTheRegisterUnchanged() {
    IncomingRegister r = IncomingRegister.of(OFFICE, VIETNAM);
    assertThatThrownBy(() -> r.receive(letter("x"), LocalDate.of(2200, 1, 1), FIVE_WORKING_DAYS))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageContaining("the calendar's range 2006-01-01 to 2199-12-31")
        .hasMessageEndingWith(": 2200-01-01");
    assertThat(r.arrivals()).isEmpty();
  }

  @Test
  void aKeptRegisterIsRestoredAndAWrongNumberRefused() {
    Received a = IncomingRegister.of(OFFICE, VIETNAM).receive(letter("a"), LocalDate.of(2026, 2, 13), FIVE_WORKING_DAYS);
    Received b = a.register().receive(letter("b"), LocalDate.of(2026, 2, 23));
    IncomingRegister kept = b.register();
    assertThat(IncomingRegister.restore(OFFICE, VIETNAM, kept.arrivals())).isEqualTo(kept).hasSameHashCodeAs(kept);
    assertThatThrownBy(() -> IncomingRegister.restore(OFFICE, VIETNAM, List.of(b.arrival())))
        .hasMessageContaining("would give arrival number 1 of 2026")
        .hasMessageContaining("says 2");
    assertThatThrownBy(() -> IncomingRegister.restore(OFFICE, VIETNAM, List.of(b.arrival(), a.arrival())))
        .isInstanceOf(IllegalArgumentException.class);
    WorkingCalendar sixDays =
        WorkingCalendar.builder().restDays(LegalBasis.of(Instrument.of("Quy chế", LocalDate.of(2000, 1, 1)), "Điều 1"),
            java.time.DayOfWeek.SUNDAY).build();
    assertThatThrownBy(() -> IncomingRegister.restore(OFFICE, sixDays, List.of(a.arrival())))
        .hasMessageContaining("was not counted on the register's calendar");
  }

  @Test
  void anArrivalsDeadlineCountsFromItsReceipt() {
    Arrival a = IncomingRegister.of(OFFICE, VIETNAM).receive(letter("a"), LocalDate.of(2026, 2, 13), FIVE_WORKING_DAYS)
        .arrival();
    assertThatThrownBy(() -> Arrival.builder().from(a).receivedOn(LocalDate.of(2026, 2, 12)).build())
        .hasMessageContaining("counts from its receipt on 2026-02-12");
    assertThatThrownBy(() -> Arrival.builder().from(a).number(0).build()).hasMessageContaining("from 1");
    assertThat(a).hasToString(
        "1/2026 received 2026-02-13, due 2026-02-27: Văn phòng Tỉnh ủy Cao Bằng 1400-CV/VPTU: a");
  }

  @Test
  void readableFormsAndEquality() {
    IncomingRegister r = IncomingRegister.of(OFFICE, VIETNAM);
    Received a = r.receive(letter("a"), LocalDate.of(2026, 3, 2));
    assertThat(a.register()).hasToString("IncomingRegister[HG-VPTU, 1 arrivals]");
    assertThat(a).hasToString("Received[" + a.arrival() + " in " + a.register() + "]");
    assertThat(a).isEqualTo(r.receive(letter("a"), LocalDate.of(2026, 3, 2)))
        .hasSameHashCodeAs(r.receive(letter("a"), LocalDate.of(2026, 3, 2)));
    assertThat(a).isNotEqualTo(r.receive(letter("b"), LocalDate.of(2026, 3, 2)));
    assertThat(a).isNotEqualTo(new Received(a.register(), r.receive(letter("b"), LocalDate.of(2026, 3, 2)).arrival()));
    assertThat(a).isNotEqualTo("received");
    assertThat(r).isNotEqualTo(IncomingRegister.of(UnitId.of("OTHER"), VIETNAM));
    assertThat(r).isNotEqualTo(IncomingRegister.of(OFFICE, WorkingCalendar.builder().withoutSchedules().build()));
    assertThat(r).isNotEqualTo(a.register());
    assertThat(r).isNotEqualTo("register");
    assertThat(r.receiver()).isEqualTo(OFFICE);
    assertThat(r.calendar()).isEqualTo(VIETNAM);
  }

  @Test
  void distinctRegistersHaveDistinctHashCodesAndARestoredYearMayNotGoBack() {
    IncomingRegister r = IncomingRegister.of(OFFICE, VIETNAM);
    Received a = r.receive(letter("a"), LocalDate.of(2026, 3, 2));
    assertThat(a.register().hashCode()).isNotEqualTo(r.hashCode());
    assertThat(a.hashCode()).isNotEqualTo(new Received(r, a.arrival()).hashCode());
    Arrival earlierYear = r.receive(letter("b"), LocalDate.of(2025, 12, 31)).arrival();
    assertThatThrownBy(() -> IncomingRegister.restore(OFFICE, VIETNAM, List.of(a.arrival(), earlierYear)))
        .hasMessageContaining("kept in order of receipt");
  }
}
