package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceivedTest {

  @Test
  void theOutcomeHoldsTheNewRegisterAndItsArrival() {
    IncomingRegister empty = IncomingRegister.of(UnitId.of("HG-VPTU"), WorkingCalendar.vietnam());
    Received r = empty.receive(
        IncomingDocument.builder().sender("Công dân").summary("Đơn").build(), LocalDate.of(2026, 3, 2));
    assertThat(r.register().arrivals()).containsExactly(r.arrival());
    assertThat(r).isEqualTo(new Received(r.register(), r.arrival())).hasSameHashCodeAs(
        new Received(r.register(), r.arrival()));
    assertThat(r).isNotEqualTo(new Received(empty, r.arrival()));
    assertThat(r.toString()).startsWith("Received[1/2026 received 2026-03-02: Công dân: Đơn in IncomingRegister[");
  }
}
