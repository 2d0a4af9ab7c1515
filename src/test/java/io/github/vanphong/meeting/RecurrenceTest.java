package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.NOTICE_BASIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static final Recurrence TWICE_A_YEAR = Recurrence.twiceAYear(LocalDate.of(2016, 3, 1), NOTICE_BASIS);

  @Test
  void aBriefingTwiceAYearIsNextDueSixMonthsOn() {
    assertThat(TWICE_A_YEAR.interval()).isEqualTo(Period.ofMonths(6));
    assertThat(TWICE_A_YEAR.nextAfter(LocalDate.of(2016, 3, 1))).isEqualTo(LocalDate.of(2016, 9, 1));
    assertThat(TWICE_A_YEAR.nextAfter(LocalDate.of(2016, 8, 31))).isEqualTo(LocalDate.of(2016, 9, 1));
    assertThat(TWICE_A_YEAR.nextAfter(LocalDate.of(2019, 7, 31))).isEqualTo(LocalDate.of(2019, 9, 1));
    assertThat(TWICE_A_YEAR.nextAfter(LocalDate.of(2019, 9, 1))).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(TWICE_A_YEAR.nextAfter(LocalDate.of(2125, 3, 1))).isEqualTo(LocalDate.of(2125, 9, 1));
  }

  @Test
  void theNextOccurrenceIsFoundByHalvingNotByWalkingWhateverTheDistance() {
    Recurrence monthly = Recurrence.every(Period.ofMonths(1), LocalDate.MIN, NOTICE_BASIS);
    assertThat(monthly.nextAfter(LocalDate.of(2016, 3, 1))).isEqualTo(LocalDate.of(2016, 4, 1));
    assertThat(monthly.nextAfter(LocalDate.of(2016, 3, 31))).isEqualTo(LocalDate.of(2016, 4, 1));
    assertThat(monthly.nextAfter(LocalDate.MAX.minusMonths(1))).isEqualTo(LocalDate.MAX.withDayOfMonth(1));
    assertThatThrownBy(() -> monthly.nextAfter(LocalDate.MAX)).isInstanceOf(java.time.DateTimeException.class);
    Recurrence mixed = Recurrence.every(Period.of(0, 1, 3), LocalDate.of(2016, 1, 31), NOTICE_BASIS);
    LocalDate far = LocalDate.of(2199, 12, 31);
    LocalDate next = mixed.nextAfter(far);
    long n = 0;
    while (!mixed.occurrence(n).isAfter(far)) {
      n++;
    }
    assertThat(next).isEqualTo(mixed.occurrence(n));
  }

  @Test
  void beforeTheFirstOccurrenceTheFirstIsNext() {
    assertThat(TWICE_A_YEAR.nextAfter(LocalDate.of(2016, 2, 29))).isEqualTo(LocalDate.of(2016, 3, 1));
    assertThat(TWICE_A_YEAR.nextAfter(LocalDate.of(1990, 1, 1))).isEqualTo(LocalDate.of(2016, 3, 1));
  }

  @Test
  void occurrencesCountFromTheFirstSoMonthEndsDoNotDrift() {
    Recurrence monthly = Recurrence.every(Period.ofMonths(1), LocalDate.of(2016, 1, 31), NOTICE_BASIS);
    assertThat(monthly.occurrence(0)).isEqualTo(LocalDate.of(2016, 1, 31));
    assertThat(monthly.occurrence(1)).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(monthly.occurrence(2)).isEqualTo(LocalDate.of(2016, 3, 31));
    assertThat(monthly.nextAfter(LocalDate.of(2016, 2, 29))).isEqualTo(LocalDate.of(2016, 3, 31));
    assertThat(monthly.nextAfter(LocalDate.of(2016, 2, 28))).isEqualTo(LocalDate.of(2016, 2, 29));
  }

  @Test
  void intervalsMayCountDaysOrMonthsAndDays() {
    Recurrence tenDays = Recurrence.every(Period.ofDays(10), LocalDate.of(2016, 3, 1), NOTICE_BASIS);
    assertThat(tenDays.nextAfter(LocalDate.of(2016, 3, 10))).isEqualTo(LocalDate.of(2016, 3, 11));
    assertThat(tenDays.nextAfter(LocalDate.of(2016, 3, 11))).isEqualTo(LocalDate.of(2016, 3, 21));
    Recurrence mixed = Recurrence.every(Period.of(0, 1, 5), LocalDate.of(2016, 3, 1), NOTICE_BASIS);
    assertThat(mixed.occurrence(2)).isEqualTo(LocalDate.of(2016, 5, 11));
    assertThat(Recurrence.yearly(LocalDate.of(2016, 3, 1), NOTICE_BASIS).nextAfter(LocalDate.of(2016, 3, 1)))
        .isEqualTo(LocalDate.of(2017, 3, 1));
  }

  @Test
  void aBriefingDueOnADayOffIsHeldOnTheNextWorkingDay() {
    Recurrence yearly = Recurrence.yearly(LocalDate.of(2016, 1, 1), NOTICE_BASIS);
    assertThat(yearly.nextAfter(LocalDate.of(2016, 6, 1))).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(yearly.nextWorkingDayAfter(LocalDate.of(2016, 6, 1), WorkingCalendar.vietnam()))
        .isEqualTo(LocalDate.of(2017, 1, 3));
    assertThat(TWICE_A_YEAR.nextWorkingDayAfter(LocalDate.of(2016, 3, 1), WorkingCalendar.vietnam()))
        .isEqualTo(LocalDate.of(2016, 9, 1));
  }

  @Test
  void aRecurrenceMovesForward() {
    LocalDate first = LocalDate.of(2016, 3, 1);
    assertThatThrownBy(() -> Recurrence.every(Period.ZERO, first, NOTICE_BASIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a recurrence moves forward: its interval has no negative part and is not zero; P0D");
    assertThatThrownBy(() -> Recurrence.every(Period.ofDays(-7), first, NOTICE_BASIS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recurrence.every(Period.of(0, 1, -1), first, NOTICE_BASIS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TWICE_A_YEAR.occurrence(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("occurrences are numbered from 0: -1");
    assertThat(TWICE_A_YEAR).isEqualTo(Recurrence.twiceAYear(first, NOTICE_BASIS));
  }

  @Test
  void recurrencesAreValuesWithAReadableForm() {
    new EqualsTester()
        .addEqualityGroup(TWICE_A_YEAR, Recurrence.every(Period.ofMonths(6), LocalDate.of(2016, 3, 1), NOTICE_BASIS))
        .addEqualityGroup(Recurrence.yearly(LocalDate.of(2016, 3, 1), NOTICE_BASIS))
        .testEquals();
    assertThat(TWICE_A_YEAR)
        .hasToString("every P6M from 2016-03-01 (Thông báo kết luận hội nghị giao ban 01/3/2016, mục 4)");
    assertThat(TWICE_A_YEAR.first()).isEqualTo(LocalDate.of(2016, 3, 1));
    assertThat(TWICE_A_YEAR.basis()).isEqualTo(NOTICE_BASIS);
  }
}
