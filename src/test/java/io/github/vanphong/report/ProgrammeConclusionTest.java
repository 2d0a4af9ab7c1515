package io.github.vanphong.report;

import static io.github.vanphong.report.ConclusionFixtures.CHIEF;
import static io.github.vanphong.report.ConclusionFixtures.OFFICE;
import static io.github.vanphong.report.ConclusionFixtures.PROPAGANDA;
import static io.github.vanphong.report.ConclusionFixtures.SESSION;
import static io.github.vanphong.report.ConclusionFixtures.SESSION_DAY;
import static io.github.vanphong.report.ConclusionFixtures.actionItem;
import static io.github.vanphong.report.ConclusionFixtures.item;
import static io.github.vanphong.report.ConclusionFixtures.session;
import static io.github.vanphong.report.ConclusionFixtures.submitted;
import static io.github.vanphong.report.ConclusionFixtures.thirtyDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingId;
import io.github.vanphong.meeting.Conclusion;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.programme.ProgrammeItem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgrammeConclusionTest {

  private static LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(2016, month, dayOfMonth);
  }

  private static ProgrammeConclusion link(ActionItem... actionItems) {
    return ProgrammeConclusion.of(item(), session(), 2, Arrays.asList(actionItems));
  }

  // ---- the link --------------------------------------------------------------------------------------------------

  @Test
  void aConcludedItemIsLinkedToItsSessionItsConclusionAndTheWorkAssigned() {
    ActionItem office = actionItem("HG-A-1", OFFICE);
    ActionItem propaganda = actionItem("HG-A-2", PROPAGANDA);
    ProgrammeConclusion link = link(office, propaganda);

    assertThat(link.item()).isEqualTo(item());
    assertThat(link.briefing()).isEqualTo(session());
    assertThat(link.conclusionNumber()).isEqualTo(2);
    assertThat(link.conclusion()).isEqualTo(Conclusion.of(2, "Hoàn chỉnh báo cáo sơ kết 6 tháng đầu năm 2016"));
    assertThat(link.concludedOn()).isEqualTo(SESSION_DAY);
    assertThat(link.actionItems()).containsExactly(office, propaganda);
    assertThat(link)
        .hasToString("ProgrammeConclusion[HG-BTV-2016-07 concluded by conclusion 2 of HG-BTV-2016-07-20 on 2016-07-20,"
            + " 2 action items]");
    assertThat(link).isEqualTo(link(office, propaganda)).hasSameHashCodeAs(link(office, propaganda));
    assertThat(link).isNotEqualTo(link(propaganda, office));
  }

  @Test
  void aConclusionFromWhichNoWorkWasAssignedIsLinkedToo() {
    ProgrammeConclusion link = link();
    assertThat(link.actionItems()).isEmpty();
    assertThat(link).hasToString(
        "ProgrammeConclusion[HG-BTV-2016-07 concluded by conclusion 2 of HG-BTV-2016-07-20 on 2016-07-20,"
            + " 0 action items]");
    assertThat(link(actionItem("HG-A-1", OFFICE)).toString()).endsWith(", 1 action item]");
  }

  @Test
  void theFirstAndTheLastConclusionOfTheSessionMayConcludeAnItem() {
    assertThat(ProgrammeConclusion.of(item(), session(), 1, List.of()).conclusion().number()).isEqualTo(1);
    assertThat(ProgrammeConclusion.of(item(), session(), 3, List.of()).conclusion().number()).isEqualTo(3);
  }

  // ---- the rules -------------------------------------------------------------------------------------------------

  @Test
  void itemConcluded() {
    ProgrammeItem submitted = submitted();
    List<ProgrammeItem> notConcluded =
        List.of(
            submitted,
            submitted.postpone("Chưa đủ số liệu", SESSION_DAY, CHIEF),
            submitted.drop("Không còn phù hợp", SESSION_DAY, CHIEF));
    for (ProgrammeItem open : notConcluded) {
      assertThatThrownBy(() -> ProgrammeConclusion.of(open, session(), 2, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "ITEM_CONCLUDED: only a concluded programme item is linked to a conclusion; HG-BTV-2016-07 is "
                  + open.state());
    }
  }

  @Test
  void concludedOnTheBriefingDay() {
    for (LocalDate other : List.of(SESSION_DAY.minusDays(1), SESSION_DAY.plusDays(1))) {
      assertThatThrownBy(() -> ProgrammeConclusion.of(ConclusionFixtures.concludedOn(other), session(), 2, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "CONCLUDED_ON_THE_BRIEFING_DAY: programme item HG-BTV-2016-07 was concluded on "
                  + other
                  + ", briefing HG-BTV-2016-07-20 was held on 2016-07-20");
    }
  }

  @Test
  void conclusionOfTheBriefing() {
    for (int number : new int[] {0, 4, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> ProgrammeConclusion.of(item(), session(), number, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "CONCLUSION_OF_THE_BRIEFING: briefing HG-BTV-2016-07-20 has 3 conclusions; there is no conclusion "
                  + number);
    }
    assertThatThrownBy(
            () ->
                ProgrammeConclusion.of(
                    item(), Briefing.builder().from(session()).conclusions(List.of()).build(), 1, List.of()))
        .hasMessageStartingWith("CONCLUSION_OF_THE_BRIEFING: briefing HG-BTV-2016-07-20 has 0 conclusions");
  }

  @Test
  void actionItemOfTheConclusionNotOfAnotherBriefing() {
    ActionItem elsewhere =
        ActionItem.assign(
            ActionItemId.of("HG-A-9"),
            BriefingId.of("HG-GB-2016-07-01"),
            session().conclusion(2),
            OFFICE,
            thirtyDays(),
            day(7, 22),
            CHIEF);
    assertThatThrownBy(() -> link(actionItem("HG-A-1", OFFICE), elsewhere))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ACTION_ITEM_OF_THE_CONCLUSION: action item HG-A-9 was assigned at briefing HG-GB-2016-07-01, not"
                + " HG-BTV-2016-07-20");
  }

  @Test
  void actionItemOfTheConclusionNotOfAnotherConclusion() {
    ActionItem first =
        session().assign(1, ActionItemId.of("HG-A-9"), OFFICE, thirtyDays(), day(7, 22), CHIEF);
    assertThatThrownBy(() -> link(first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ACTION_ITEM_OF_THE_CONCLUSION: action item HG-A-9 was assigned from conclusion 1 of briefing"
                + " HG-BTV-2016-07-20, not from conclusion 2");
    ActionItem reworded =
        ActionItem.assign(
            ActionItemId.of("HG-A-8"),
            SESSION,
            Conclusion.of(2, "Một kết luận khác"),
            OFFICE,
            thirtyDays(),
            day(7, 22),
            CHIEF);
    assertThatThrownBy(() -> link(reworded))
        .hasMessageStartingWith("ACTION_ITEM_OF_THE_CONCLUSION: action item HG-A-8");
  }

  @Test
  void actionItemOnce() {
    ActionItem assigned = actionItem("HG-A-1", OFFICE);
    ActionItem started = assigned.start(day(7, 25), CHIEF);
    assertThatThrownBy(() -> link(assigned, actionItem("HG-A-2", PROPAGANDA), started))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ACTION_ITEM_ONCE: action item HG-A-1 is given twice");
    assertThatThrownBy(() -> link(assigned, assigned)).hasMessageStartingWith("ACTION_ITEM_ONCE");
  }

  @Test
  void nullsAreRefusedWhereTheyEnter() {
    assertThatThrownBy(() -> ProgrammeConclusion.of(null, session(), 2, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("item");
    assertThatThrownBy(() -> ProgrammeConclusion.of(item(), null, 2, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("briefing");
    assertThatThrownBy(() -> ProgrammeConclusion.of(item(), session(), 2, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("actionItems");
    assertThatThrownBy(() -> link().withActionItem(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("actionItem");
    for (String method : List.of("progress", "summary", "isDoneOn", "overdueOn")) {
      assertThatThrownBy(() -> call(link(), method, null))
          .as(method)
          .isInstanceOf(NullPointerException.class)
          .hasMessage("day");
    }
  }

  private static Object call(ProgrammeConclusion link, String method, LocalDate day) {
    return switch (method) {
      case "progress" -> link.progress(day);
      case "summary" -> link.summary(day);
      case "isDoneOn" -> link.isDoneOn(day);
      default -> link.overdueOn(day);
    };
  }

  // ---- putting an action item in ---------------------------------------------------------------------------------

  @Test
  void anActionItemIsAddedAtTheEndOrInPlaceOfItsOlderVersion() {
    ActionItem office = actionItem("HG-A-1", OFFICE);
    ActionItem propaganda = actionItem("HG-A-2", PROPAGANDA);
    ProgrammeConclusion link = link(office);

    ProgrammeConclusion two = link.withActionItem(propaganda);
    assertThat(two.actionItems()).containsExactly(office, propaganda);
    ActionItem started = office.start(day(7, 25), CHIEF);
    assertThat(two.withActionItem(started).actionItems()).containsExactly(started, propaganda);
    assertThat(link.actionItems()).containsExactly(office);
  }

  @Test
  void anActionItemOfAnotherConclusionIsRefusedAndTheLinkLeftAsItWas() {
    ProgrammeConclusion link = link(actionItem("HG-A-1", OFFICE));
    ActionItem first = session().assign(1, ActionItemId.of("HG-A-9"), OFFICE, thirtyDays(), day(7, 22), CHIEF);
    assertThatThrownBy(() -> link.withActionItem(first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ACTION_ITEM_OF_THE_CONCLUSION");
    assertThat(link).isEqualTo(link(actionItem("HG-A-1", OFFICE)));
  }

  // ---- the follow-up on a day ------------------------------------------------------------------------------------

  @Test
  void theDeadlineOfTheFixturesIsFridayTheNineteenthOfAugust() {
    assertThat(thirtyDays().dueDate()).isEqualTo(day(8, 19));
  }

  @Test
  void theWorkIsDoneOnTheDayTheLastItemIsReportedDone() {
    ActionItem office = actionItem("HG-A-1", OFFICE).start(day(7, 25), CHIEF).reportDone(day(8, 10), CHIEF);
    ActionItem propaganda =
        actionItem("HG-A-2", PROPAGANDA).start(day(7, 25), CHIEF).reportDone(day(8, 19), CHIEF);
    ProgrammeConclusion link = link(office, propaganda);

    assertThat(link.isDoneOn(day(7, 21))).isFalse();
    assertThat(link.isDoneOn(day(8, 10))).isFalse();
    assertThat(link.isDoneOn(day(8, 18))).isFalse();
    assertThat(link.isDoneOn(day(8, 19))).isTrue();
    assertThat(link.isDoneOn(day(12, 31))).isTrue();
  }

  @Test
  void aConclusionWithoutWorkAssignedHasNothingLeftToDo() {
    assertThat(link().isDoneOn(SESSION_DAY)).isTrue();
    assertThat(link().progress(SESSION_DAY)).isEqualTo(Progress.empty());
    assertThat(link().summary(SESSION_DAY)).isEqualTo(ActionItemSummary.empty());
    assertThat(link().overdueOn(SESSION_DAY)).isEmpty();
  }

  @Test
  void aCancelledItemIsNotDone() {
    ActionItem cancelled = actionItem("HG-A-1", OFFICE).cancel("Đã lồng ghép vào việc khác", day(7, 30), CHIEF);
    ActionItem done = actionItem("HG-A-2", PROPAGANDA).start(day(7, 25), CHIEF).reportDone(day(8, 1), CHIEF);
    assertThat(link(cancelled, done).isDoneOn(day(9, 1))).isFalse();
    assertThat(link(done).isDoneOn(day(9, 1))).isTrue();
  }

  @Test
  void anItemIsOverdueFromTheDayAfterItsDeadlineUntilItIsReportedDone() {
    ActionItem late = actionItem("HG-A-1", OFFICE).start(day(7, 25), CHIEF).reportDone(day(8, 25), CHIEF);
    ActionItem onTime = actionItem("HG-A-2", PROPAGANDA).start(day(7, 25), CHIEF).reportDone(day(8, 19), CHIEF);
    ProgrammeConclusion link = link(late, onTime);

    assertThat(link.overdueOn(day(8, 19))).isEmpty();
    assertThat(link.overdueOn(day(8, 20))).containsExactly(late);
    assertThat(link.overdueOn(day(8, 24))).containsExactly(late);
    assertThat(link.overdueOn(day(8, 25))).isEmpty();
  }

  @Test
  void theFiguresOfADayAreThoseOfTheMeetingPackage() {
    ActionItem late = actionItem("HG-A-1", OFFICE).start(day(7, 25), CHIEF).reportDone(day(8, 25), CHIEF);
    ActionItem open = actionItem("HG-A-2", PROPAGANDA).start(day(7, 25), CHIEF);
    ProgrammeConclusion link = link(late, open);

    assertThat(link.progress(day(7, 21))).isEqualTo(Progress.empty());
    Progress assigned = link.progress(day(7, 22));
    assertThat(assigned.total()).isEqualTo(2);
    assertThat(assigned.count(ActionItemState.ASSIGNED)).isEqualTo(2);

    Progress after = link.progress(day(8, 26));
    assertThat(after.asOf()).contains(day(8, 26));
    assertThat(after.done()).isEqualTo(1);
    assertThat(after.doneLate()).isEqualTo(1);
    assertThat(after.open()).isEqualTo(1);
    assertThat(after.overdue()).isEqualTo(1);
    assertThat(after).isEqualTo(Progress.of(late, day(8, 26)).plus(Progress.of(open, day(8, 26))));

    ActionItemSummary summary = link.summary(day(8, 26));
    assertThat(summary.progressOf(OFFICE).done()).isEqualTo(1);
    assertThat(summary.progressOf(PROPAGANDA).overdue()).isEqualTo(1);
    assertThat(summary.total()).isEqualTo(after);
    assertThat(link.summary(day(7, 21))).isEqualTo(ActionItemSummary.empty());
  }

  @Test
  void theConclusionIsReadFromTheBriefing() {
    ProgrammeConclusion link = ProgrammeConclusion.of(item(), session(), 3, List.of());
    assertThat(link.conclusion()).isEqualTo(session().conclusions().get(2));
    assertThat(link.item().concludedOn()).isEqualTo(Optional.of(link.concludedOn()));
  }
}
