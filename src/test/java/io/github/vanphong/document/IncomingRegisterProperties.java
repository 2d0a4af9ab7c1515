package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class IncomingRegisterProperties {

  @Property
  void arrivalNumbersRunFromOneEachYearWithoutGap(@ForAll IncomingRegister register) {
    Map<Year, List<Arrival>> byYear = register.arrivals().stream().collect(Collectors.groupingBy(Arrival::year));
    byYear.forEach(
        (year, arrivals) -> {
          assertThat(arrivals).extracting(Arrival::number)
              .containsExactlyElementsOf(IntStream.rangeClosed(1, arrivals.size()).boxed().collect(Collectors.toList()));
          assertThat(register.arrivals(year)).containsExactlyElementsOf(arrivals);
          assertThat(register.nextNumber(year)).isEqualTo(arrivals.size() + 1);
        });
  }

  @Property
  void everyDeadlineCountsFromItsReceiptAndEndsAfterIt(@ForAll IncomingRegister register) {
    for (Arrival a : register.arrivals()) {
      a.deadline().ifPresent(d -> {
        assertThat(d.eventDay()).isEqualTo(a.receivedOn());
        assertThat(d.dueDate()).isAfter(a.receivedOn());
        assertThat(register.calendar().isWorkingDay(d.dueDate())).isTrue();
      });
    }
  }

  @Property
  void aKeptRegisterIsRestoredToItselfAndAnEarlierDayIsRefused(@ForAll Received received) {
    IncomingRegister register = received.register();
    assertThat(IncomingRegister.restore(register.receiver(), register.calendar(), register.arrivals()))
        .isEqualTo(register);
    assertThatThrownBy(() -> register.receive(received.arrival().document(), received.arrival().receivedOn().minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(register.arrivals().get(register.arrivals().size() - 1)).isEqualTo(received.arrival());
  }
}
