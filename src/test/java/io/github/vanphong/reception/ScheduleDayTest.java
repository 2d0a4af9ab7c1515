package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleDayTest {

  private static final LocalDate JAN = LocalDate.of(2016, 1, 1);
  private static final LocalDate APR_END = LocalDate.of(2016, 4, 30);

  @Test
  void theFifteenthOfEachMonth() {
    assertThat(ScheduleDay.ofMonth(15).datesIn(JAN, APR_END))
        .containsExactly(
            LocalDate.of(2016, 1, 15), LocalDate.of(2016, 2, 15), LocalDate.of(2016, 3, 15), LocalDate.of(2016, 4, 15));
    assertThat(ScheduleDay.ofMonth(15).datesIn(LocalDate.of(2016, 1, 16), LocalDate.of(2016, 2, 14))).isEmpty();
  }

  @Test
  void aDayPastTheMonthsEndIsItsLastDay() {
    assertThat(ScheduleDay.ofMonth(31).datesIn(JAN, APR_END))
        .containsExactly(
            LocalDate.of(2016, 1, 31), LocalDate.of(2016, 2, 29), LocalDate.of(2016, 3, 31), LocalDate.of(2016, 4, 30));
  }

  @Test
  void weekdaysOfTheWeekAndOfTheMonth() {
    assertThat(ScheduleDay.weekly(DayOfWeek.THURSDAY).datesIn(JAN, LocalDate.of(2016, 1, 31)))
        .containsExactly(
            LocalDate.of(2016, 1, 7), LocalDate.of(2016, 1, 14), LocalDate.of(2016, 1, 21), LocalDate.of(2016, 1, 28));
    assertThat(ScheduleDay.nthOfMonth(2, DayOfWeek.TUESDAY).datesIn(JAN, LocalDate.of(2016, 2, 29)))
        .containsExactly(LocalDate.of(2016, 1, 12), LocalDate.of(2016, 2, 9));
    assertThat(ScheduleDay.lastOfMonth(DayOfWeek.FRIDAY).datesIn(JAN, LocalDate.of(2016, 2, 29)))
        .containsExactly(LocalDate.of(2016, 1, 29), LocalDate.of(2016, 2, 26));
  }

  @Test
  void theDaysAreNamedAsASchedulePostsThem() {
    assertThat(ScheduleDay.ofMonth(15)).hasToString("15th of each month");
    assertThat(ScheduleDay.ofMonth(1)).hasToString("1st of each month");
    assertThat(ScheduleDay.ofMonth(22)).hasToString("22nd of each month");
    assertThat(ScheduleDay.ofMonth(23)).hasToString("23rd of each month");
    assertThat(ScheduleDay.ofMonth(11)).hasToString("11th of each month");
    assertThat(ScheduleDay.weekly(DayOfWeek.THURSDAY)).hasToString("every Thursday");
    assertThat(ScheduleDay.nthOfMonth(2, DayOfWeek.TUESDAY)).hasToString("2nd Tuesday of each month");
    assertThat(ScheduleDay.lastOfMonth(DayOfWeek.FRIDAY)).hasToString("last Friday of each month");
  }

  @Test
  void outOfRangeDaysAndBackwardRangesAreRefused() {
    assertThatThrownBy(() -> ScheduleDay.ofMonth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScheduleDay.ofMonth(32)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScheduleDay.nthOfMonth(5, DayOfWeek.MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 4");
    assertThatThrownBy(() -> ScheduleDay.ofMonth(15).datesIn(APR_END, JAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runs forward");
  }

  @Test
  void equalityCoversTheFormTheNumberAndTheWeekday() {
    new EqualsTester()
        .addEqualityGroup(ScheduleDay.ofMonth(15), ScheduleDay.ofMonth(15))
        .addEqualityGroup(ScheduleDay.ofMonth(16))
        .addEqualityGroup(ScheduleDay.weekly(DayOfWeek.MONDAY))
        .addEqualityGroup(ScheduleDay.weekly(DayOfWeek.TUESDAY))
        .addEqualityGroup(ScheduleDay.nthOfMonth(1, DayOfWeek.MONDAY))
        .addEqualityGroup(ScheduleDay.lastOfMonth(DayOfWeek.MONDAY))
        .testEquals();
  }

  @Test
  void eachFormTellsWhatItNames() {
    ScheduleDay fifteenth = ScheduleDay.ofMonth(15);
    assertThat(fifteenth.dayOfMonth()).hasValue(15);
    assertThat(fifteenth.weekday()).isEmpty();
    assertThat(fifteenth.rankInMonth()).isEmpty();
    assertThat(fifteenth.isLastOfMonth()).isFalse();

    ScheduleDay thursdays = ScheduleDay.weekly(DayOfWeek.THURSDAY);
    assertThat(thursdays.dayOfMonth()).isEmpty();
    assertThat(thursdays.weekday()).hasValue(DayOfWeek.THURSDAY);
    assertThat(thursdays.rankInMonth()).isEmpty();
    assertThat(thursdays.isLastOfMonth()).isFalse();

    ScheduleDay secondTuesday = ScheduleDay.nthOfMonth(2, DayOfWeek.TUESDAY);
    assertThat(secondTuesday.dayOfMonth()).isEmpty();
    assertThat(secondTuesday.weekday()).hasValue(DayOfWeek.TUESDAY);
    assertThat(secondTuesday.rankInMonth()).hasValue(2);
    assertThat(secondTuesday.isLastOfMonth()).isFalse();

    ScheduleDay lastFriday = ScheduleDay.lastOfMonth(DayOfWeek.FRIDAY);
    assertThat(lastFriday.dayOfMonth()).isEmpty();
    assertThat(lastFriday.weekday()).hasValue(DayOfWeek.FRIDAY);
    assertThat(lastFriday.rankInMonth()).isEmpty();
    assertThat(lastFriday.isLastOfMonth()).isTrue();
  }
}
