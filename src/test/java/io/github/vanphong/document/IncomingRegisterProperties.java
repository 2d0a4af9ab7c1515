package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

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

  /** The register kept as a plain list: the arrivals of a year and the next number found by scanning it. */
  private static List<Arrival> ofYear(List<Arrival> arrivals, Year year) {
    return arrivals.stream().filter(a -> a.year().equals(year)).collect(Collectors.toList());
  }

  @Property(tries = 100)
  void longRegistersAgreeWithAPlainListOnEveryYear(
      @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 9) Integer> gaps,
      @ForAll @IntRange(min = 0, max = 500) int branchAt) {
    IncomingDocument document =
        IncomingDocument.builder().sender("Văn phòng Tỉnh ủy").summary("V/v báo cáo").build();
    IncomingRegister register = IncomingRegister.of(UnitId.of("HG-VPTU"), WorkingCalendar.vietnam());
    List<Arrival> model = new ArrayList<>();
    IncomingRegister branch = register;
    List<Arrival> branchModel = List.of();
    LocalDate day = LocalDate.of(2019, 12, 1);
    for (int gap : gaps) {
      // a gap of 9 jumps a year, so that some years have no arrival
      day = day.plusDays(gap == 9 ? 400 : gap * 3L);
      int expected = ofYear(model, Year.from(day)).size() + 1;
      assertThat(register.nextNumber(Year.from(day))).isEqualTo(expected);
      Received received = register.receive(document, day);
      assertThat(received.arrival().number()).isEqualTo(expected);
      register = received.register();
      model.add(received.arrival());
      if (model.size() == branchAt) {
        branch = register;
        branchModel = List.copyOf(model);
      }
    }
    for (IncomingRegister r : List.of(register, branch)) {
      List<Arrival> kept = r == register ? model : branchModel;
      assertThat(r.arrivals()).containsExactlyElementsOf(kept);
      for (int year = 2018; year <= day.getYear() + 1; year++) {
        Year y = Year.of(year);
        List<Arrival> expected = ofYear(kept, y);
        assertThat(r.arrivals(y)).containsExactlyElementsOf(expected);
        assertThat(r.nextNumber(y)).isEqualTo(expected.size() + 1);
        for (int n = 0; n <= expected.size() + 1; n++) {
          Optional<Arrival> arrival = n >= 1 && n <= expected.size() ? Optional.of(expected.get(n - 1)) : Optional.empty();
          assertThat(r.arrival(y, n)).isEqualTo(arrival);
        }
      }
    }
  }
}
