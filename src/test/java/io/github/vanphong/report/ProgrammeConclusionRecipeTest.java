package io.github.vanphong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The recipe "A matter of the programme, the session that concluded it and the work it gave" of docs/cookbook.md. */
class ProgrammeConclusionRecipeTest {

  @Test
  void theRecipeRuns() {
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    PersonId chief = PersonId.of("HG-P-CVP");
    ProgrammeItem review =
        ProgrammeItem.plan(
                ProgrammeItemId.of("HG-BTV-2016-07"),
                "Sơ kết 6 tháng đầu năm 2016",
                UnitId.of("HG-VPTU"),
                YearMonth.of(2016, 7),
                LocalDate.of(2016, 6, 20),
                chief)
            .prepare(LocalDate.of(2016, 7, 10), chief)
            .submit(LocalDate.of(2016, 7, 15), chief)
            .conclude(Optional.of("Thống nhất báo cáo sơ kết"), LocalDate.of(2016, 7, 20), chief);
    Briefing session = ConclusionFixtures.session();

    Deadline thirtyDays =
        TimeLimit.calendarDays(30, ConclusionFixtures.NOTICE).from("phiên họp kết luận", session.date(), calendar);
    ActionItem office =
        session.assign(2, ActionItemId.of("HG-A-1"), UnitId.of("HG-VPTU"), thirtyDays, LocalDate.of(2016, 7, 22), chief);
    ActionItem propaganda =
        session.assign(2, ActionItemId.of("HG-A-2"), UnitId.of("HG-BTG"), thirtyDays, LocalDate.of(2016, 7, 22), chief);
    ProgrammeConclusion link = ProgrammeConclusion.of(review, session, 2, List.of(office, propaganda));

    link =
        link.withActionItem(
            office.start(LocalDate.of(2016, 7, 25), chief).reportDone(LocalDate.of(2016, 8, 10), chief));
    LocalDate day = LocalDate.of(2016, 8, 22);
    assertThat(link.isDoneOn(day)).isFalse();
    assertThat(link.overdueOn(day)).extracting(ActionItem::id).containsExactly(ActionItemId.of("HG-A-2"));
    Progress progress = link.progress(day);
    assertThat(progress.total()).isEqualTo(2);
    assertThat(progress.done()).isEqualTo(1);
    assertThat(progress.open()).isEqualTo(1);
    assertThat(progress.overdue()).isEqualTo(1);
    assertThat(link.summary(day).total()).isEqualTo(progress);
    assertThat(link.summary(day).byUnit()).containsOnlyKeys(UnitId.of("HG-VPTU"), UnitId.of("HG-BTG"));

    ProgrammeItem concluded = review;
    assertThatThrownBy(() -> ProgrammeConclusion.of(concluded, session, 4, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "CONCLUSION_OF_THE_BRIEFING: briefing HG-BTV-2016-07-20 has 3 conclusions;");
  }
}
