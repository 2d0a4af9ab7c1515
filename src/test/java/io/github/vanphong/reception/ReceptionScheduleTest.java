package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.DEPUTY;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Post;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionScheduleTest {

  private static ReceptionSchedule.Builder schedule(Post post, ScheduleDay... days) {
    return ReceptionSchedule.builder()
        .post(post)
        .addDays(days)
        .place(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE)
        .validity(Validity.from(LocalDate.of(2016, 1, 1)));
  }

  @Test
  void theFifteenthOfTet2016MonthsIsAWorkingDayAndTheTenthMovesPastTet() {
    ReceptionSchedule fifteenth = schedule(HG_CHAIR, ScheduleDay.ofMonth(15)).build();
    assertThat(fifteenth.shift()).isEqualTo(ScheduleShift.NEXT_WORKING_DAY);
    assertThat(fifteenth.datesIn(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 31), VIETNAM))
        .extracting(ScheduledDate::held)
        .containsExactly(LocalDate.of(2016, 1, 15), LocalDate.of(2016, 2, 15), LocalDate.of(2016, 3, 15));
    ReceptionSchedule tenth = schedule(HG_CHAIR, ScheduleDay.ofMonth(10)).build();
    assertThat(tenth.datesIn(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), VIETNAM))
        .containsExactly(ScheduledDate.of(LocalDate.of(2016, 2, 10), LocalDate.of(2016, 2, 15)));
  }

  @Test
  void twoDaysMovedToTheSameWorkingDayGiveItOnceAndDaysBeforeTheScheduleNone() {
    ReceptionSchedule twice = schedule(HG_CHAIR, ScheduleDay.ofMonth(8), ScheduleDay.ofMonth(10)).build();
    assertThat(twice.datesIn(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29), VIETNAM))
        .containsExactly(ScheduledDate.of(LocalDate.of(2016, 2, 8), LocalDate.of(2016, 2, 15)));
    assertThat(twice.datesIn(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), VIETNAM)).isEmpty();
    assertThatThrownBy(() -> twice.datesIn(LocalDate.of(2016, 2, 2), LocalDate.of(2016, 2, 1), VIETNAM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScheduleIsPostedBeforeItsDaysFromJuly2026() {
    ReceptionSchedule unposted = schedule(HG_CHAIR, ScheduleDay.ofMonth(15)).build();
    assertThat(unposted.findings(STANDARD, VIETNAM, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31))).isEmpty();
    List<ReceptionViolation> found =
        unposted.findings(STANDARD, VIETNAM, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReceptionRuleBook.SCHEDULE_POSTED);
              assertThat(f.message()).contains("was not posted").contains("2026-07-15");
            });
    ReceptionSchedule late = schedule(HG_CHAIR, ScheduleDay.ofMonth(15)).postedOn(LocalDate.of(2026, 8, 1)).build();
    assertThat(late.findings(STANDARD, VIETNAM, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)))
        .singleElement()
        .satisfies(f -> assertThat(f.values()).containsExactly(HG_CHAIR, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 1)));
  }

  @Test
  void aDeputysScheduleIsNotifiedTenWorkingDaysAhead() {
    ReceptionSchedule thursdays =
        schedule(DEPUTY, ScheduleDay.nthOfMonth(3, DayOfWeek.THURSDAY)).notifiedOn(LocalDate.of(2016, 9, 5)).build();
    List<ReceptionViolation> found =
        thursdays.findings(STANDARD, VIETNAM, LocalDate.of(2016, 9, 1), LocalDate.of(2016, 10, 31));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReceptionRuleBook.DEPUTY_SCHEDULE_NOTICE);
              assertThat(f.message()).contains("2016-09-15").contains("7 working days ahead");
            });
    ReceptionSchedule unnotified = schedule(DEPUTY, ScheduleDay.nthOfMonth(3, DayOfWeek.THURSDAY)).build();
    assertThat(unnotified.findings(STANDARD, VIETNAM, LocalDate.of(2016, 9, 1), LocalDate.of(2016, 10, 31)))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("it was not notified"));
    assertThat(schedule(HG_CHAIR, ScheduleDay.ofMonth(15)).build().findings(STANDARD, VIETNAM, LocalDate.of(2016, 9, 1), LocalDate.of(2016, 10, 31)))
        .as("a chair's schedule is not a deputy's")
        .isEmpty();
  }

  @Test
  void aDeputysScheduleIsNotifiedWithTenWholeWorkingDaysBetweenTheNoticeAndTheDay() {
    ScheduleDay thirdThursday = ScheduleDay.nthOfMonth(3, DayOfWeek.THURSDAY);
    LocalDate from = LocalDate.of(2016, 10, 1);
    LocalDate to = LocalDate.of(2016, 10, 31);
    assertThat(schedule(DEPUTY, thirdThursday).notifiedOn(LocalDate.of(2016, 10, 5)).build().findings(STANDARD, VIETNAM, from, to))
        .as("Thursday 6 to Wednesday 19 October hold 10 working days, for Thursday 20")
        .isEmpty();
    assertThat(schedule(DEPUTY, thirdThursday).notifiedOn(LocalDate.of(2016, 10, 6)).build().findings(STANDARD, VIETNAM, from, to))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReceptionRuleBook.DEPUTY_SCHEDULE_NOTICE);
              assertThat(f.message()).contains("2016-10-20").contains("9 working days ahead");
            });
  }

  @Test
  void aSchedulePostedOnItsDayIsNotPostedBeforeIt() {
    LocalDate from = LocalDate.of(2026, 7, 1);
    LocalDate to = LocalDate.of(2026, 7, 31);
    assertThat(schedule(HG_CHAIR, ScheduleDay.ofMonth(15)).postedOn(LocalDate.of(2026, 7, 14)).build().findings(STANDARD, VIETNAM, from, to))
        .isEmpty();
    assertThat(schedule(HG_CHAIR, ScheduleDay.ofMonth(15)).postedOn(LocalDate.of(2026, 7, 15)).build().findings(STANDARD, VIETNAM, from, to))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReceptionRuleBook.SCHEDULE_POSTED);
              assertThat(f.message()).contains("posted on 2026-07-15, not before its day 2026-07-15");
            });
  }

  @Test
  void aScheduleNamesADayAndReadsAsItIsPosted() {
    assertThatThrownBy(() -> schedule(HG_CHAIR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names one or more days");
    assertThat(schedule(HG_CHAIR, ScheduleDay.ofMonth(15)).build())
        .hasToString("Chair of HG-UBND: [15th of each month], NEXT_WORKING_DAY, [2016-01-01..)");
  }
}
