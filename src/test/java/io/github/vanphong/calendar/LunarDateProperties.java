package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.testing.CalendarArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LunarDateProperties {

  @Provide
  Arbitrary<LocalDate> supportedDays() {
    return CalendarArbitraries.supportedDays();
  }

  @Property
  void everySupportedDayRoundTrips(@ForAll("supportedDays") LocalDate day) {
    assertThat(LunarDate.from(day).toLocalDate()).isEqualTo(day);
  }

  @Property
  void everyLunarDateIsRebuiltFromItsFields(@ForAll LunarDate date) {
    LunarDate rebuilt = LunarDate.of(date.year(), date.month(), date.day(), date.isLeapMonth());
    assertThat(rebuilt).isEqualTo(date);
    assertThat(rebuilt.toLocalDate()).isEqualTo(date.toLocalDate());
  }

  @Property
  void theCanonicalFormIsReadBack(@ForAll LunarDate date) {
    assertThat(LunarDate.parse(date.toString())).isEqualTo(date);
  }

  @Property
  void lunarOrderIsSolarOrder(@ForAll LunarDate a, @ForAll LunarDate b) {
    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(Integer.signum(a.toLocalDate().compareTo(b.toLocalDate())));
    int byFields = Integer.compare(a.year(), b.year());
    if (byFields == 0) {
      byFields = Integer.compare(2 * a.month() + (a.isLeapMonth() ? 1 : 0), 2 * b.month() + (b.isLeapMonth() ? 1 : 0));
    }
    if (byFields == 0) {
      byFields = Integer.compare(a.day(), b.day());
    }
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(byFields));
  }

  @Property
  void theNextDayIsTheNextLunarDay(@ForAll LunarDate date) {
    LocalDate next = date.toLocalDate().plusDays(1);
    if (next.isAfter(LunarDate.MAX.toLocalDate())) {
      return;
    }
    LunarDate after = LunarDate.from(next);
    if (date.day() < date.lengthOfMonth()) {
      assertThat(after.day()).isEqualTo(date.day() + 1);
      assertThat(after.month()).isEqualTo(date.month());
    } else {
      assertThat(after.day()).isEqualTo(1);
    }
  }
}
