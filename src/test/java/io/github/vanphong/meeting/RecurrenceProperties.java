package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.testing.MeetingArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RecurrenceProperties {

  @Provide
  Arbitrary<LocalDate> days() {
    return MeetingArbitraries.days();
  }

  @Property
  void theNextOccurrenceIsTheFirstOneAfterTheDay(@ForAll Recurrence recurrence, @ForAll("days") LocalDate day) {
    LocalDate next = recurrence.nextAfter(day);
    assertThat(next).isAfter(day);
    if (day.isBefore(recurrence.first())) {
      assertThat(next).isEqualTo(recurrence.first());
    } else {
      long n = 0;
      while (recurrence.occurrence(n).isBefore(next)) {
        assertThat(recurrence.occurrence(n)).isBeforeOrEqualTo(day);
        n++;
      }
      assertThat(recurrence.occurrence(n)).isEqualTo(next);
    }
  }

  @Property
  void occurrencesMoveForward(@ForAll Recurrence recurrence, @ForAll("smallCounts") int n) {
    assertThat(recurrence.occurrence(n + 1)).isAfter(recurrence.occurrence(n));
    assertThat(recurrence.nextAfter(recurrence.occurrence(n))).isEqualTo(recurrence.occurrence(n + 1));
  }

  @Provide
  Arbitrary<Integer> smallCounts() {
    return net.jqwik.api.Arbitraries.integers().between(0, 200);
  }
}
