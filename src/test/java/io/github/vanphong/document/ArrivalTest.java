package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class ArrivalTest {

  private static final IncomingDocument LETTER =
      IncomingDocument.of("Văn phòng Tỉnh ủy Cao Bằng", DocumentSymbol.parse("1400-CV/VPTU"), "a");

  private static Arrival withDeadline() {
    TimeLimit five = TimeLimit.workingDays(5, LegalBasis.of(Instrument.of("Quy chế", LocalDate.of(2021, 1, 1)), "Điều 12"));
    return IncomingRegister.of(UnitId.of("HG-VPTU"), WorkingCalendar.vietnam())
        .receive(LETTER, LocalDate.of(2026, 2, 13), five).arrival();
  }

  @Test
  void anArrivalsDeadlineCountsFromItsReceipt() {
    Arrival a = withDeadline();
    assertThat(a.year()).isEqualTo(Year.of(2026));
    assertThatThrownBy(() -> Arrival.builder().from(a).receivedOn(LocalDate.of(2026, 2, 12)).build())
        .hasMessage("the processing time of an arrival counts from its receipt on 2026-02-12, not from 2026-02-13");
    assertThatThrownBy(() -> Arrival.builder().from(a).number(0).build()).hasMessage("arrival numbers run from 1: 0");
    assertThat(Arrival.builder().from(a).number(1).build()).isEqualTo(a);
  }

  @Test
  void theReadableFormShowsNumberYearDayAndDueDate() {
    assertThat(withDeadline()).hasToString(
        "1/2026 received 2026-02-13, due 2026-02-27: Văn phòng Tỉnh ủy Cao Bằng 1400-CV/VPTU: a");
    Arrival plain = Arrival.builder().number(3).receivedOn(LocalDate.of(2026, 3, 2)).document(LETTER).build();
    assertThat(plain).hasToString("3/2026 received 2026-03-02: Văn phòng Tỉnh ủy Cao Bằng 1400-CV/VPTU: a");
    assertThat(plain.statusOn(LocalDate.of(2026, 3, 3))).isEmpty();
  }
}
