package io.github.vanphong.calendar;

import io.github.vanphong.law.Instruments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.LegalBasis;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final LegalBasis ARTICLE_30 = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30");
  private static final LegalBasis ARTICLE_31 = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 31");
  private static final TimeLimit TEN_WORKING_DAYS = TimeLimit.workingDays(10, ARTICLE_30);
  private static final TimeLimit THIRTY_DAYS = TimeLimit.calendarDays(30, ARTICLE_30);

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void aTimeLimitStartsTheDayAfterTheEvent() {
    Deadline deadline = TimeLimit.calendarDays(1, ARTICLE_30).from("thụ lý", day(2026, 3, 9), VIETNAM);
    assertThat(deadline.firstCountedDay()).isEqualTo(day(2026, 3, 10));
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2026, 3, 10));
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 10));
    assertThat(deadline.skippedDays()).isEmpty();
    assertThat(deadline.movedToWorkingDay()).isFalse();
  }

  @Test
  void aDeadlineFallingOnSaturdayMovesToMonday() {
    Deadline deadline = TimeLimit.calendarDays(5, ARTICLE_30).from("thụ lý", day(2026, 3, 9), VIETNAM);
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2026, 3, 14));
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 16));
    assertThat(deadline.movedToWorkingDay()).isTrue();
    assertThat(deadline.skippedDays()).containsExactly(day(2026, 3, 15));
  }

  @Test
  void aDeadlineFallingInTetMovesPastIt() {
    Deadline deadline = THIRTY_DAYS.from("đơn tố cáo được thụ lý", day(2026, 1, 15), VIETNAM);
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2026, 2, 14));
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 2, 23));
    assertThat(deadline.skippedDays()).hasSize(8).startsWith(day(2026, 2, 15)).endsWith(day(2026, 2, 22));
  }

  @Test
  void workingDaysSkipRestDaysAndHolidays() {
    Deadline deadline = TEN_WORKING_DAYS.from("đơn được tiếp nhận", day(2026, 2, 13), VIETNAM);
    assertThat(deadline.firstCountedDay()).isEqualTo(day(2026, 2, 23));
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 6));
    assertThat(deadline.skippedDays()).hasSize(11);
    assertThat(deadline.countedDays()).isEqualTo(10);
    assertThat(deadline.timeLimit()).isEqualTo(TEN_WORKING_DAYS);
    assertThat(deadline.startEvent()).isEqualTo("đơn được tiếp nhận");
    assertThat(deadline.eventDay()).isEqualTo(day(2026, 2, 13));
  }

  @Test
  void anExtensionAddsDaysCountedAsTheLimitCountsThem() {
    Deadline deadline = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM).extendedBy(Extension.of(5, ARTICLE_30));
    assertThat(deadline.countedDays()).isEqualTo(15);
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 30));
    assertThat(deadline.extensions()).containsExactly(Extension.of(5, ARTICLE_30));
    assertThat(deadline.extendedBy(Extension.of(1, ARTICLE_30)).countedDays()).isEqualTo(16);
  }

  @Test
  void suspendedDaysDoNotCount() {
    Suspension expert = Suspension.of(day(2026, 3, 2), day(2026, 3, 13), "chờ kết quả giám định", ARTICLE_31);
    Deadline deadline =
        THIRTY_DAYS.from("thụ lý", day(2026, 1, 15), VIETNAM).extendedBy(Extension.of(30, ARTICLE_30)).suspendedFor(expert);
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2026, 3, 28));
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 30));
    assertThat(deadline.skippedDays()).hasSize(13).contains(day(2026, 3, 2), day(2026, 3, 13), day(2026, 3, 29));
    assertThat(deadline.suspensions()).containsExactly(expert);
  }

  @Test
  void suspensionsMayOverlapAndComeInAnyOrder() {
    Deadline base = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM);
    Deadline a = base.suspendedFor(Suspension.of(day(2026, 3, 16), day(2026, 3, 20), "b", ARTICLE_31))
        .suspendedFor(Suspension.of(day(2026, 3, 10), day(2026, 3, 17), "a", ARTICLE_31))
        .suspendedFor(Suspension.of(day(2026, 3, 11), day(2026, 3, 12), "c", ARTICLE_31));
    // 10, 11, 12, 13, 16, 17, 18, 19, 20 March are suspended: counting resumes on Monday 23 March.
    assertThat(a.firstCountedDay()).isEqualTo(day(2026, 3, 23));
    assertThat(a.dueDate()).isEqualTo(day(2026, 4, 3));
    Deadline later = base.suspendedFor(Suspension.of(day(2026, 5, 1), day(2026, 5, 10), "late", ARTICLE_31));
    assertThat(later.dueDate()).isEqualTo(base.dueDate());
    Deadline startsSuspended = base.suspendedFor(Suspension.of(day(2026, 3, 10), day(2026, 3, 10), "d", ARTICLE_31));
    assertThat(startsSuspended.firstCountedDay()).isEqualTo(day(2026, 3, 11));
    assertThat(startsSuspended.dueDate()).isEqualTo(base.dueDate().plusDays(1));
  }

  @Test
  void aSuspensionStartsAfterTheEvent() {
    Deadline deadline = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM);
    assertThatThrownBy(() -> deadline.suspendedFor(Suspension.of(day(2026, 3, 9), day(2026, 3, 12), "giám định", ARTICLE_31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a suspension stops the time after the start event (2026-03-09); giám định starts on 2026-03-09");
  }

  @Test
  void aDeadlineNeedsAStartEventWithinTheRange() {
    assertThatThrownBy(() -> TEN_WORKING_DAYS.from(" ", day(2026, 3, 9), VIETNAM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a deadline needs a start event: ' '");
    assertThatThrownBy(() -> TEN_WORKING_DAYS.from("tiếp nhận", day(1899, 12, 31), VIETNAM))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("eventDay must lie within the calendar's range 2006-01-01 to 2199-12-31: 1899-12-31");
    assertThatThrownBy(() -> THIRTY_DAYS.from("tiếp nhận", day(2199, 12, 20), VIETNAM))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("the last counted day must lie within the calendar's range 2006-01-01 to 2199-12-31: 30 days"
            + " after 2199-12-20 lie beyond it");
    assertThatThrownBy(() -> TEN_WORKING_DAYS.from("tiếp nhận", day(2199, 12, 20), VIETNAM))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("the last counted day must lie within the calendar's range 2006-01-01 to 2199-12-31: 10 working"
            + " days after 2199-12-20 lie beyond it");
    assertThat(THIRTY_DAYS.from("tiếp nhận", day(2199, 12, 1), VIETNAM).lastCountedDay()).isEqualTo(day(2199, 12, 31));
  }

  @Test
  void aPeriodStartingBefore2006IsRefusedForWantOfACivilCode() {
    // The first day the library answers for is the first day of Bộ luật Dân sự 33/2005/QH11.
    assertThatThrownBy(() -> THIRTY_DAYS.from("tiếp nhận", day(2005, 12, 31), VIETNAM))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("eventDay must lie within the calendar's range 2006-01-01 to 2199-12-31: 2005-12-31");
    assertThatThrownBy(() -> Deadline.of(TEN_WORKING_DAYS, "tiếp nhận", day(2005, 12, 31), VIETNAM))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("eventDay must lie within the calendar's range 2006-01-01");
    // From 2006-01-01 the library counts: day 30 is 2006-01-31, in Tết Bính Tuất (four days under the code of 1994,
    // 28 to 31 January, with two days made up for the weekend), so the time ends on Friday 2006-02-03.
    Deadline first = THIRTY_DAYS.from("tiếp nhận", day(2006, 1, 1), VIETNAM);
    assertThat(first.lastCountedDay()).isEqualTo(day(2006, 1, 31));
    assertThat(first.dueDate()).isEqualTo(day(2006, 2, 3));
  }

  @Test
  void aPeriodStartingIn2016CitesTheCivilCodeOf2005Articles152And153() {
    // An event on Saturday 2016-12-31: the period starts under the code of 2005 though it is counted from the
    // first day of the code of 2015.
    Deadline deadline = THIRTY_DAYS.from("thụ lý", day(2016, 12, 31), VIETNAM);
    assertThat(deadline.civilCode()).isEqualTo(CivilCode.CODE_2005);
    assertThat(deadline.firstCountedDay()).isEqualTo(day(2017, 1, 1));
    assertThat(deadline.explain())
        .contains("counting starts the day after (Bộ luật Dân sự 33/2005/QH11, Điều 152)")
        .contains("at 24:00 (Bộ luật Dân sự 33/2005/QH11, Điều 153)")
        .doesNotContain("91/2015");
    Deadline moved = THIRTY_DAYS.from("thụ lý", day(2016, 3, 4), VIETNAM);
    // Day 30 is Sunday 2016-04-03; the time ends on Monday 2016-04-04.
    assertThat(moved.lastCountedDay()).isEqualTo(day(2016, 4, 3));
    assertThat(moved.dueDate()).isEqualTo(day(2016, 4, 4));
    assertThat(moved.explain()).contains("(Bộ luật Dân sự 33/2005/QH11, Điều 153, khoản 5)");
  }

  @Test
  void aPeriodStartingFrom2017CitesTheCivilCodeOf2015Articles147And148() {
    Deadline deadline = THIRTY_DAYS.from("thụ lý", day(2017, 1, 1), VIETNAM);
    assertThat(deadline.civilCode()).isEqualTo(CivilCode.CODE_2015);
    assertThat(deadline.explain())
        .contains("counting starts the day after (Bộ luật Dân sự 91/2015/QH13, Điều 147)")
        .doesNotContain("33/2005");
  }

  @Test
  void anExtensionOrSuspensionPastTheRangeIsRefusedAndTheDeadlineUnchanged() {
    Deadline late = THIRTY_DAYS.from("tiếp nhận", day(2199, 11, 1), VIETNAM);
    LocalDate due = late.dueDate();
    assertThatThrownBy(() -> late.extendedBy(Extension.of(60, ARTICLE_31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("the last counted day must lie within the calendar's range 2006-01-01 to 2199-12-31");
    assertThatThrownBy(() -> late.suspendedFor(Suspension.of(day(2199, 11, 10), day(2300, 1, 1), "d", ARTICLE_31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageEndingWith("after 2300-01-01 lie beyond it");
    Deadline lateWorking = TEN_WORKING_DAYS.from("tiếp nhận", day(2199, 11, 1), VIETNAM);
    assertThatThrownBy(
            () -> lateWorking.suspendedFor(Suspension.of(day(2199, 11, 3), day(2300, 1, 1), "d", ARTICLE_31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageEndingWith("working days after 2300-01-01 lie beyond it");
    assertThat(late.dueDate()).isEqualTo(due);
    assertThat(late.extensions()).isEmpty();
    assertThat(late.suspensions()).isEmpty();
  }

  @Test
  void theStatusIsAskedOnADayWithinTheRange() {
    Deadline deadline = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM);
    assertThatThrownBy(() -> deadline.statusOn(day(2200, 1, 1)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day must lie within the calendar's range 2006-01-01 to 2199-12-31: 2200-01-01");
    assertThatThrownBy(() -> deadline.statusOn(day(1899, 12, 31), Optional.empty(), 3))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("day must lie within the calendar's range 2006-01-01 to 2199-12-31: 1899-12-31");
  }

  @Test
  void theStatusFollowsTheDueDate() {
    Deadline deadline = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM);
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 23));
    assertThat(deadline.statusOn(day(2026, 3, 10))).isEqualTo(DeadlineStatus.ON_TRACK);
    assertThat(deadline.statusOn(day(2026, 3, 17))).isEqualTo(DeadlineStatus.ON_TRACK);
    assertThat(deadline.statusOn(day(2026, 3, 18))).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.statusOn(day(2026, 3, 20))).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.statusOn(day(2026, 3, 23))).isEqualTo(DeadlineStatus.DUE_TODAY);
    assertThat(deadline.statusOn(day(2026, 3, 24))).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(deadline.statusOn(day(2026, 3, 20), Optional.empty(), 0)).isEqualTo(DeadlineStatus.ON_TRACK);
    assertThat(deadline.statusOn(day(2026, 3, 20), Optional.empty(), 1)).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(deadline.statusOn(day(2026, 3, 19), Optional.empty(), 1)).isEqualTo(DeadlineStatus.ON_TRACK);
  }

  @Test
  void aCompletedDeadlineIsMetOrMetLate() {
    Deadline deadline = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM);
    assertThat(deadline.statusOn(day(2026, 4, 1), Optional.of(day(2026, 3, 23)), 3)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline.statusOn(day(2026, 4, 1), Optional.of(day(2026, 3, 9)), 3)).isEqualTo(DeadlineStatus.MET);
    assertThat(deadline.statusOn(day(2026, 4, 1), Optional.of(day(2026, 3, 24)), 3)).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(deadline.statusOn(day(2026, 3, 24), Optional.of(day(2026, 3, 24)), 3)).isEqualTo(DeadlineStatus.MET_LATE);
    // A completion after the day asked about is not known yet.
    assertThat(deadline.statusOn(day(2026, 3, 10), Optional.of(day(2026, 3, 11)), 3)).isEqualTo(DeadlineStatus.ON_TRACK);
  }

  @Test
  void badStatusQuestionsAreRefused() {
    Deadline deadline = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM);
    assertThatThrownBy(() -> deadline.statusOn(day(2026, 3, 10), Optional.empty(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a warning counts 0 or more working days, not -1");
    assertThatThrownBy(() -> deadline.statusOn(day(2026, 3, 10), Optional.of(day(2026, 3, 8)), 3))
        .hasMessage("work is completed on or after its start event (2026-03-09), not on 2026-03-08");
  }

  @Test
  void theExplanationSetsOutEveryStep() {
    Suspension expert = Suspension.of(day(2026, 3, 2), day(2026, 3, 3), "chờ kết quả giám định", ARTICLE_31);
    String text =
        THIRTY_DAYS.from("đơn tố cáo được thụ lý", day(2026, 1, 15), VIETNAM)
            .extendedBy(Extension.of(30, ARTICLE_30))
            .suspendedFor(expert)
            .explain();
    assertThat(text)
        .isEqualTo(
            "Time limit: 30 calendar days (Luật Tố cáo 25/2018/QH14, Điều 30)\n"
                + "Start event: đơn tố cáo được thụ lý, on 2026-01-15 (Thursday); counting starts the day after"
                + " (Bộ luật Dân sự 91/2015/QH13, Điều 147)\n"
                + "First counted day: 2026-01-16 (Friday)\n"
                + "Extension: +30 days (Luật Tố cáo 25/2018/QH14, Điều 30)\n"
                + "Suspension, days not counted: [2026-03-02..2026-03-03] chờ kết quả giám định"
                + " (Luật Tố cáo 25/2018/QH14, Điều 31)\n"
                + "Days counted: 60 calendar days\n"
                + "Days not counted: 2: 2026-03-02 suspended, 2026-03-03 suspended\n"
                + "Last counted day: 2026-03-18 (Wednesday)\n"
                + "Due: 2026-03-18 (Wednesday), at 24:00 (Bộ luật Dân sự 91/2015/QH13, Điều 148)\n");
  }

  @Test
  void theExplanationNamesTheHolidaysSkipped() {
    String text = TEN_WORKING_DAYS.from("đơn được tiếp nhận", day(2026, 2, 13), VIETNAM).explain();
    assertThat(text)
        .contains("Days not counted: 11: 2026-02-14 nghỉ hằng tuần, 2026-02-15 nghỉ hằng tuần, 2026-02-16 Tết Nguyên đán")
        .contains("Due: 2026-03-06 (Friday)")
        .doesNotContain("the time ends on the next working day");
    String moved = THIRTY_DAYS.from("thụ lý", day(2026, 1, 15), VIETNAM).explain();
    assertThat(moved)
        .contains("2026-02-22 nghỉ hằng tuần\nLast counted day: 2026-02-14 (Saturday)\n")
        .contains(
            "The last counted day is not a working day; the time ends on the next working day"
                + " (Bộ luật Dân sự 91/2015/QH13, Điều 148, khoản 5)\nDue: 2026-02-23 (Monday)");
    String none = TimeLimit.calendarDays(1, ARTICLE_30).from("thụ lý", day(2026, 3, 9), VIETNAM).explain();
    assertThat(none).contains("Days not counted: 0\n");
  }

  @Test
  void theSummaryNamesTheRuleAndTheDueDate() {
    assertThat(TEN_WORKING_DAYS.from("đơn được tiếp nhận", day(2026, 2, 13), VIETNAM).toString())
        .isEqualTo(
            "Deadline[10 working days (Luật Tố cáo 25/2018/QH14, Điều 30) from đơn được tiếp nhận on 2026-02-13,"
                + " due 2026-03-06]");
  }

  @Test
  void deadlinesAreEqualByTheirInputs() {
    Deadline a = TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM);
    new EqualsTester()
        .addEqualityGroup(a, Deadline.of(TEN_WORKING_DAYS, "tiếp nhận", day(2026, 3, 9), WorkingCalendar.builder().build()))
        .addEqualityGroup(THIRTY_DAYS.from("tiếp nhận", day(2026, 3, 9), VIETNAM))
        .addEqualityGroup(TEN_WORKING_DAYS.from("thụ lý", day(2026, 3, 9), VIETNAM))
        .addEqualityGroup(TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 10), VIETNAM))
        .addEqualityGroup(a.extendedBy(Extension.of(1, ARTICLE_30)))
        .addEqualityGroup(a.suspendedFor(Suspension.of(day(2026, 3, 10), day(2026, 3, 10), "x", ARTICLE_31)))
        .addEqualityGroup(TEN_WORKING_DAYS.from("tiếp nhận", day(2026, 3, 9), WorkingCalendar.builder().withoutSchedules().build()))
        .testEquals();
  }

  @Test
  void aDeadlineKeepsTheCalendarThatCountsIt() {
    WorkingCalendar sixDays = WorkingCalendar.builder().restDays(ARTICLE_31, java.time.DayOfWeek.SUNDAY).build();
    assertThat(TEN_WORKING_DAYS.from("thụ lý", day(2026, 3, 9), VIETNAM).calendar()).isSameAs(VIETNAM);
    Deadline deadline = TEN_WORKING_DAYS.from("thụ lý", day(2026, 3, 9), sixDays);
    assertThat(deadline.calendar()).isSameAs(sixDays);
    assertThat(deadline.extendedBy(Extension.of(5, ARTICLE_31)).calendar()).isSameAs(sixDays);
  }

  @Test
  void aDayAskedAboutIsNotNull() {
    Deadline deadline = Deadline.of(TEN_WORKING_DAYS, "tiếp nhận", day(2026, 3, 9), VIETNAM);
    assertThatThrownBy(() -> deadline.statusOn(null)).isInstanceOf(NullPointerException.class).hasMessage("day");
  }

  @Test
  void anExtensionPastAnyCountIsRefusedAsADayOutOfTheRange() {
    Deadline deadline = Deadline.of(TEN_WORKING_DAYS, "tiếp nhận", day(2026, 3, 9), VIETNAM);
    assertThatThrownBy(() -> deadline.extendedBy(Extension.of(Integer.MAX_VALUE, ARTICLE_31)))
        .isInstanceOf(java.time.DateTimeException.class)
        .hasMessageContaining("within the calendar's range 2006-01-01 to 2199-12-31")
        .hasMessageContaining("10 days counted")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("-2147483639"));
  }
}
