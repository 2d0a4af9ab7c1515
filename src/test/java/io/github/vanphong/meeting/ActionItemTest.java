package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.BRIEFING;
import static io.github.vanphong.meeting.MeetingFixtures.CHIEF;
import static io.github.vanphong.meeting.MeetingFixtures.NOTICE_BASIS;
import static io.github.vanphong.meeting.MeetingFixtures.NOTICE_DAY;
import static io.github.vanphong.meeting.MeetingFixtures.OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.day;
import static io.github.vanphong.meeting.MeetingFixtures.item;
import static io.github.vanphong.meeting.MeetingFixtures.workingDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.organization.PersonId;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemTest {

  private static final PersonId OWNER_STAFF = PersonId.of("HG-P-CV");
  private static final Extension TEN_DAYS = Extension.of(10, NOTICE_BASIS);

  private final ActionItem assigned = item("A-1", OFFICE);

  @Test
  void anAssignedItemHasItsDeadlineAndOneEvent() {
    assertThat(assigned.state()).isEqualTo(ActionItemState.ASSIGNED);
    assertThat(assigned.history()).containsExactly(ActionItemEvent.of(ActionItemCommand.ASSIGN, NOTICE_DAY, CHIEF));
    assertThat(assigned.assignedOn()).isEqualTo(NOTICE_DAY);
    assertThat(assigned.deadline()).isEqualTo(assigned.initialDeadline());
    assertThat(assigned.deadline().dueDate()).isEqualTo(day(4, 1));
    assertThat(assigned.allowedCommands()).containsExactly(ActionItemCommand.START, ActionItemCommand.CANCEL);
    assertThat(assigned.reportedDoneOn()).isEmpty();
    assertThat(assigned.id()).isEqualTo(ActionItemId.of("A-1"));
    assertThat(assigned.briefing()).isEqualTo(BRIEFING);
    assertThat(assigned.conclusion().number()).isEqualTo(1);
    assertThat(assigned.owner()).isEqualTo(OFFICE);
  }

  @Test
  void anItemGoesFromAssignedThroughInProgressToReportedDone() {
    ActionItem started = assigned.start(day(3, 7), OWNER_STAFF);
    ActionItem done = started.reportDone(day(3, 30), OWNER_STAFF);
    assertThat(started.state()).isEqualTo(ActionItemState.IN_PROGRESS);
    assertThat(started.allowedCommands())
        .containsExactly(ActionItemCommand.REPORT_DONE, ActionItemCommand.EXTEND, ActionItemCommand.CANCEL);
    assertThat(done.state()).isEqualTo(ActionItemState.REPORTED_DONE);
    assertThat(done.reportedDoneOn()).contains(day(3, 30));
    assertThat(done.history()).extracting(ActionItemEvent::command)
        .containsExactly(ActionItemCommand.ASSIGN, ActionItemCommand.START, ActionItemCommand.REPORT_DONE);
    assertThat(done.allowedCommands()).isEmpty();
    assertThat(assigned.state()).isEqualTo(ActionItemState.ASSIGNED);
  }

  @Test
  void anExtensionAddsWorkingDaysToTheDeadlineAndKeepsTheInitialOne() {
    ActionItem extended = assigned.start(day(3, 7), OWNER_STAFF).extend(TEN_DAYS, day(3, 28), CHIEF);
    assertThat(extended.state()).isEqualTo(ActionItemState.EXTENDED);
    assertThat(extended.deadline().dueDate()).isEqualTo(day(4, 15));
    assertThat(extended.deadline().extensions()).containsExactly(TEN_DAYS);
    assertThat(extended.initialDeadline().dueDate()).isEqualTo(day(4, 1));
    ActionItem twice = extended.extend(Extension.of(1, NOTICE_BASIS), day(4, 14), CHIEF);
    assertThat(twice.deadline().countedDays()).isEqualTo(31);
    assertThat(twice.reportDone(day(4, 20), OWNER_STAFF).state()).isEqualTo(ActionItemState.REPORTED_DONE);
    assertThat(extended.cancel("Nội dung đã được lồng ghép", day(4, 1), CHIEF).state())
        .isEqualTo(ActionItemState.CANCELLED);
  }

  @Test
  void anAssignedItemIsStartedBeforeItIsReportedDone() {
    assertThatThrownBy(() -> assigned.reportDone(day(3, 10), OWNER_STAFF))
        .isInstanceOf(IllegalStateException.class)
        .isInstanceOfSatisfying(
            ActionItemWorkflowException.class,
            e -> {
              assertThat(e.subject()).isEqualTo(ActionItemId.of("A-1"));
              assertThat(e.state()).isEqualTo(ActionItemState.ASSIGNED);
              assertThat(e.command()).isEqualTo(ActionItemCommand.REPORT_DONE);
              assertThat(e.allowedCommands()).containsExactly(ActionItemCommand.START, ActionItemCommand.CANCEL);
              assertThat(e.rule()).isEmpty();
            });
    assertThatThrownBy(() -> assigned.extend(TEN_DAYS, day(3, 10), CHIEF))
        .isInstanceOfSatisfying(
            ActionItemWorkflowException.class, e -> assertThat(e.command()).isEqualTo(ActionItemCommand.EXTEND));
    assertThat(assigned).isEqualTo(item("A-1", OFFICE));
    assertThat(assigned.history()).hasSize(1);
  }

  @Test
  void anItemReportedDoneAcceptsNoCommandAndStaysAsItWas() {
    ActionItem done = assigned.start(day(3, 7), OWNER_STAFF).reportDone(day(3, 30), OWNER_STAFF);
    ActionItem copy = assigned.start(day(3, 7), OWNER_STAFF).reportDone(day(3, 30), OWNER_STAFF);
    for (ActionItemCommand command : ActionItemCommand.values()) {
      ActionItemEvent event =
          command == ActionItemCommand.EXTEND
              ? ActionItemEvent.extension(TEN_DAYS, day(4, 1), CHIEF)
              : command == ActionItemCommand.CANCEL
                  ? ActionItemEvent.cancellation("lý do", day(4, 1), CHIEF)
                  : ActionItemEvent.of(command, day(4, 1), CHIEF);
      assertThatThrownBy(() -> done.apply(event))
          .isInstanceOfSatisfying(
              ActionItemWorkflowException.class,
              e -> {
                assertThat(e.state()).isEqualTo(ActionItemState.REPORTED_DONE);
                assertThat(e.command()).isEqualTo(command);
                assertThat(e.allowedCommands()).isEmpty();
                assertThat(e.item()).isEqualTo(ActionItemId.of("A-1"));
                assertThat(e.getMessage()).contains("action item A-1").contains(command.name());
              });
    }
    assertThat(done).isEqualTo(copy);
  }

  @Test
  void aCancelledItemAcceptsNoCommand() {
    ActionItem cancelled = assigned.cancel("Trùng với nhiệm vụ khác", day(3, 10), CHIEF);
    assertThat(cancelled.state()).isEqualTo(ActionItemState.CANCELLED);
    assertThat(cancelled.history().get(1).note()).contains("Trùng với nhiệm vụ khác");
    assertThatThrownBy(() -> cancelled.start(day(3, 11), OWNER_STAFF))
        .isInstanceOfSatisfying(
            ActionItemWorkflowException.class,
            e -> {
              assertThat(e.state()).isEqualTo(ActionItemState.CANCELLED);
              assertThat(e.allowedCommands()).isEmpty();
            });
  }

  @Test
  void aCancellationGivesItsReason() {
    ActionItem started = assigned.start(day(3, 7), OWNER_STAFF);
    assertThatThrownBy(() -> started.cancel(" ", day(3, 10), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a note is not blank");
    assertThat(started.state()).isEqualTo(ActionItemState.IN_PROGRESS);
    assertThat(started.history()).hasSize(2);
  }

  @Test
  void eventsAreInDateOrder() {
    ActionItem started = assigned.start(day(3, 9), OWNER_STAFF);
    assertThatThrownBy(() -> started.reportDone(day(3, 8), OWNER_STAFF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the events of an action item are in date order; the last event of A-1 is on 2016-03-09, the"
                + " REPORT_DONE is dated 2016-03-08");
    assertThat(started.history()).hasSize(2);
    assertThatThrownBy(() -> started.start(day(3, 10), OWNER_STAFF))
        .isInstanceOfSatisfying(
            ActionItemWorkflowException.class,
            e -> {
              assertThat(e.state()).isEqualTo(ActionItemState.IN_PROGRESS);
              assertThat(e.command()).isEqualTo(ActionItemCommand.START);
              assertThat(e.allowedCommands())
                  .containsExactly(ActionItemCommand.REPORT_DONE, ActionItemCommand.EXTEND, ActionItemCommand.CANCEL);
            });
  }

  @Test
  void twoEventsMayShareADay() {
    ActionItem done = assigned.start(NOTICE_DAY, OWNER_STAFF).reportDone(NOTICE_DAY, OWNER_STAFF);
    assertThat(done.state()).isEqualTo(ActionItemState.REPORTED_DONE);
  }

  @Test
  void anItemIsAssignedOnOrAfterTheDayItsDeadlineCountsFrom() {
    assertThatThrownBy(
            () ->
                ActionItem.assign(
                    ActionItemId.of("A-2"), BRIEFING, Conclusion.of(1, "x"), OFFICE, workingDays(20), day(3, 3), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an action item is assigned on or after the day its deadline counts from (2016-03-04, thông báo kết luận"
                + " được ban hành); A-2 is dated 2016-03-03");
  }

  @Test
  void anExtensionBeyondTheCalendarIsRefusedAndChangesNothing() {
    Deadline late =
        TimeLimit.calendarDays(20, NOTICE_BASIS).from("thông báo", LocalDate.of(2199, 12, 1), MeetingFixtures.CALENDAR);
    ActionItem item =
        ActionItem.assign(ActionItemId.of("A-9"), BRIEFING, Conclusion.of(1, "x"), OFFICE, late, late.eventDay(), CHIEF)
            .start(LocalDate.of(2199, 12, 2), CHIEF);
    assertThatThrownBy(() -> item.extend(Extension.of(60, NOTICE_BASIS), LocalDate.of(2199, 12, 3), CHIEF))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageContaining("the calendar's range 2006-01-01 to 2199-12-31");
    assertThat(item.state()).isEqualTo(ActionItemState.IN_PROGRESS);
    assertThat(item.deadline().extensions()).isEmpty();
  }

  @Test
  void theHistoryReplaysToTheSameItem() {
    ActionItem item =
        assigned.start(day(3, 7), OWNER_STAFF).extend(TEN_DAYS, day(3, 28), CHIEF).reportDone(day(4, 20), OWNER_STAFF);
    ActionItem replayed =
        ActionItem.replay(
            item.id(), item.briefing(), item.conclusion(), item.owner(), item.initialDeadline(), item.history());
    assertThat(replayed).isEqualTo(item);
    assertThat(replayed.deadline()).isEqualTo(item.deadline());
    assertThat(replayed.state()).isEqualTo(item.state());
  }

  @Test
  void aHistoryStartsWithOneAssignment() {
    Deadline deadline = workingDays(20);
    Conclusion c = assigned.conclusion();
    ActionItemId id = assigned.id();
    assertThatThrownBy(() -> ActionItem.replay(id, BRIEFING, c, OFFICE, deadline, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the history of action item A-1 starts with its assignment; it is empty");
    assertThatThrownBy(
            () ->
                ActionItem.replay(
                    id, BRIEFING, c, OFFICE, deadline, List.of(ActionItemEvent.of(ActionItemCommand.START, NOTICE_DAY, CHIEF))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with its assignment; that of A-1 starts with 2016-03-04 START by HG-P-CVP");
    ActionItemEvent assign = ActionItemEvent.of(ActionItemCommand.ASSIGN, NOTICE_DAY, CHIEF);
    assertThatThrownBy(() -> ActionItem.replay(id, BRIEFING, c, OFFICE, deadline, List.of(assign, assign)))
        .isInstanceOfSatisfying(
            ActionItemWorkflowException.class, e -> assertThat(e.command()).isEqualTo(ActionItemCommand.ASSIGN));
  }

  @Test
  void theStateOnADayIsThatOfTheLastEventByThen() {
    ActionItem item = assigned.start(day(3, 7), OWNER_STAFF).reportDone(day(3, 30), OWNER_STAFF);
    assertThat(item.stateOn(day(3, 3))).isEmpty();
    assertThat(item.stateOn(NOTICE_DAY)).contains(ActionItemState.ASSIGNED);
    assertThat(item.stateOn(day(3, 6))).contains(ActionItemState.ASSIGNED);
    assertThat(item.stateOn(day(3, 7))).contains(ActionItemState.IN_PROGRESS);
    assertThat(item.stateOn(day(3, 29))).contains(ActionItemState.IN_PROGRESS);
    assertThat(item.stateOn(day(3, 30))).contains(ActionItemState.REPORTED_DONE);
  }

  @Test
  void theDeadlineOnADayCountsTheExtensionsGrantedByThen() {
    ActionItem item = assigned.start(day(3, 7), OWNER_STAFF).extend(TEN_DAYS, day(3, 28), CHIEF);
    assertThat(item.deadlineOn(day(3, 27)).dueDate()).isEqualTo(day(4, 1));
    assertThat(item.deadlineOn(day(3, 28)).dueDate()).isEqualTo(day(4, 15));
  }

  @Test
  void theDeadlineStatusFollowsTheDayAndTheReport() {
    ActionItem started = assigned.start(day(3, 7), OWNER_STAFF);
    assertThat(started.deadlineStatusOn(day(3, 3))).isEmpty();
    assertThat(started.deadlineStatusOn(day(3, 10))).contains(DeadlineStatus.ON_TRACK);
    assertThat(started.deadlineStatusOn(day(3, 29))).contains(DeadlineStatus.DUE_SOON);
    assertThat(started.deadlineStatusOn(day(3, 28))).contains(DeadlineStatus.ON_TRACK);
    assertThat(started.deadlineStatusOn(day(4, 1))).contains(DeadlineStatus.DUE_TODAY);
    assertThat(started.deadlineStatusOn(day(4, 2))).contains(DeadlineStatus.OVERDUE);
    assertThat(started.isOverdueOn(day(4, 2))).isTrue();
    assertThat(started.isOverdueOn(day(4, 1))).isFalse();

    ActionItem onTime = started.reportDone(day(4, 1), OWNER_STAFF);
    assertThat(onTime.deadlineStatusOn(day(5, 1))).contains(DeadlineStatus.MET);
    assertThat(onTime.deadlineStatusOn(day(3, 31))).contains(DeadlineStatus.DUE_SOON);
    ActionItem late = started.reportDone(day(4, 4), OWNER_STAFF);
    assertThat(late.deadlineStatusOn(day(4, 4))).contains(DeadlineStatus.MET_LATE);
    assertThat(late.deadlineStatusOn(day(4, 2))).contains(DeadlineStatus.OVERDUE);
    assertThat(late.isOverdueOn(day(4, 4))).isFalse();

    ActionItem cancelled = started.cancel("lý do", day(4, 4), CHIEF);
    assertThat(cancelled.deadlineStatusOn(day(4, 4))).isEmpty();
    assertThat(cancelled.deadlineStatusOn(day(4, 3))).contains(DeadlineStatus.OVERDUE);
    assertThat(cancelled.isOverdueOn(day(4, 4))).isFalse();
  }

  @Test
  void anExtendedDeadlineIsNoLongerOverdue() {
    ActionItem extended = assigned.start(day(3, 7), OWNER_STAFF).extend(TEN_DAYS, day(4, 5), CHIEF);
    assertThat(extended.isOverdueOn(day(4, 4))).isTrue();
    assertThat(extended.isOverdueOn(day(4, 5))).isFalse();
  }

  @Test
  void equalItemsHaveEqualFieldsAndHistories() {
    new EqualsTester()
        .addEqualityGroup(assigned, item("A-1", OFFICE))
        .addEqualityGroup(item("A-2", OFFICE))
        .addEqualityGroup(item("A-1", MeetingFixtures.CHAU_THANH_OFFICE))
        .addEqualityGroup(assigned.start(day(3, 7), CHIEF))
        .addEqualityGroup(
            ActionItem.assign(assigned.id(), BriefingId.of("X"), assigned.conclusion(), OFFICE, workingDays(20), NOTICE_DAY, CHIEF))
        .addEqualityGroup(
            ActionItem.assign(assigned.id(), BRIEFING, Conclusion.of(2, "y"), OFFICE, workingDays(20), NOTICE_DAY, CHIEF))
        .addEqualityGroup(
            ActionItem.assign(assigned.id(), BRIEFING, assigned.conclusion(), OFFICE, workingDays(21), NOTICE_DAY, CHIEF))
        .testEquals();
    assertThat(assigned.hashCode()).isNotEqualTo(item("A-2", OFFICE).hashCode());
  }

  @Test
  void theReadableFormNamesTheItemItsConclusionOwnerStateAndDueDate() {
    assertThat(assigned)
        .hasToString("ActionItem[A-1, conclusion 1 of HG-GB-2016-03-01, owner HG-VPTU, ASSIGNED, due 2016-04-01]");
  }
}
