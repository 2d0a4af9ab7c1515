package io.github.vanphong.calendar;

import io.github.vanphong.law.Instruments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeLimitTest {

  private static final LegalBasis ARTICLE_30 = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30");

  @Test
  void aTimeLimitNamesItsDaysAndBasis() {
    TimeLimit limit = TimeLimit.calendarDays(30, ARTICLE_30);
    assertThat(limit.days()).isEqualTo(30);
    assertThat(limit.count()).isEqualTo(DayCount.CALENDAR_DAYS);
    assertThat(limit.basis()).isEqualTo(ARTICLE_30);
    assertThat(limit.toString()).isEqualTo("30 calendar days (Luật Tố cáo 25/2018/QH14, Điều 30)");
    assertThat(TimeLimit.workingDays(10, ARTICLE_30).toString()).isEqualTo("10 working days (Luật Tố cáo 25/2018/QH14, Điều 30)");
    assertThat(TimeLimit.workingDays(10, ARTICLE_30)).isEqualTo(TimeLimit.workingDays(10, ARTICLE_30)).isNotEqualTo(TimeLimit.calendarDays(10, ARTICLE_30));
  }

  @Test
  void aTimeLimitGivesAtLeastOneDay() {
    assertThat(TimeLimit.workingDays(1, ARTICLE_30).days()).isEqualTo(1);
    assertThatThrownBy(() -> TimeLimit.workingDays(0, ARTICLE_30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a time limit gives at least 1 day; Luật Tố cáo 25/2018/QH14, Điều 30 gives 0");
    assertThatThrownBy(() -> TimeLimit.calendarDays(-3, ARTICLE_30)).hasMessageContaining("gives -3");
  }

  @Test
  void countingRestsOnTheCivilCode() {
    assertThat(TimeLimit.COUNTING_STARTS.citation()).isEqualTo("Bộ luật Dân sự 91/2015/QH13, Điều 147");
    assertThat(TimeLimit.COUNTING_ENDS.citation()).isEqualTo("Bộ luật Dân sự 91/2015/QH13, Điều 148");
    assertThat(TimeLimit.END_MOVES_TO_WORKING_DAY.citation()).isEqualTo("Bộ luật Dân sự 91/2015/QH13, Điều 148, khoản 5");
  }

  @Test
  void aTimeLimitAppliedToAnEventGivesADeadline() {
    Deadline deadline = TimeLimit.workingDays(1, ARTICLE_30).from("tiếp nhận", LocalDate.of(2026, 3, 13), WorkingCalendar.vietnam());
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
  }
}
