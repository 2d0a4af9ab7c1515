package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.BRIEFING;
import static io.github.vanphong.meeting.MeetingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.CHIEF;
import static io.github.vanphong.meeting.MeetingFixtures.OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.PROVINCE;
import static io.github.vanphong.meeting.MeetingFixtures.day;
import static io.github.vanphong.meeting.MeetingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpTest {

  private static final ActionItem OFFICE_ITEM = item("A-1", OFFICE);
  private static final ActionItem DISTRICT_ITEM = item("A-2", CHAU_THANH_OFFICE).start(day(3, 7), CHIEF);
  private static final FollowUp FOLLOW_UP = FollowUp.of(List.of(OFFICE_ITEM, DISTRICT_ITEM));

  @Test
  void theRegisterFindsItemsByIdUnitAndConclusion() {
    assertThat(FOLLOW_UP.items()).containsExactly(OFFICE_ITEM, DISTRICT_ITEM);
    assertThat(FOLLOW_UP.item(ActionItemId.of("A-2"))).contains(DISTRICT_ITEM);
    assertThat(FOLLOW_UP.item(ActionItemId.of("A-3"))).isEmpty();
    assertThat(FOLLOW_UP.itemsOf(OFFICE)).containsExactly(OFFICE_ITEM);
    assertThat(FOLLOW_UP.itemsOf(PROVINCE)).isEmpty();
    assertThat(FOLLOW_UP.itemsFor(BRIEFING, 1)).containsExactly(OFFICE_ITEM, DISTRICT_ITEM);
    assertThat(FOLLOW_UP.itemsFor(BRIEFING, 2)).isEmpty();
    assertThat(FOLLOW_UP.itemsFor(BriefingId.of("OTHER"), 1)).isEmpty();
  }

  @Test
  void theNewerVersionOfAnItemTakesItsPlace() {
    ActionItem done = DISTRICT_ITEM.reportDone(day(3, 30), CHIEF);
    FollowUp after = FOLLOW_UP.with(done);
    assertThat(after.items()).containsExactly(OFFICE_ITEM, done);
    assertThat(FOLLOW_UP.items()).containsExactly(OFFICE_ITEM, DISTRICT_ITEM);
    assertThat(FollowUp.empty().with(OFFICE_ITEM).items()).containsExactly(OFFICE_ITEM);
  }

  @Test
  void eachItemIsHeldOnce() {
    assertThatThrownBy(() -> FollowUp.of(List.of(OFFICE_ITEM, OFFICE_ITEM.start(day(3, 7), CHIEF))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a follow-up register holds each action item once; A-1 is given twice");
    assertThat(FOLLOW_UP.items()).containsExactly(OFFICE_ITEM, DISTRICT_ITEM);
  }

  @Test
  void theOverdueItemsOnADay() {
    assertThat(FOLLOW_UP.overdueOn(day(4, 1))).isEmpty();
    assertThat(FOLLOW_UP.overdueOn(day(4, 4))).containsExactly(OFFICE_ITEM, DISTRICT_ITEM);
    assertThat(FOLLOW_UP.with(DISTRICT_ITEM.reportDone(day(4, 4), CHIEF)).overdueOn(day(4, 4)))
        .containsExactly(OFFICE_ITEM);
  }

  @Test
  void theSummaryAndRollUpOfTheItems() {
    assertThat(FOLLOW_UP.summaryOn(day(4, 4)).byState())
        .containsEntry(ActionItemState.ASSIGNED, 1)
        .containsEntry(ActionItemState.IN_PROGRESS, 1);
    assertThat(FOLLOW_UP.rollUpOn(MeetingFixtures.chart(), day(4, 4)).progressOf(PROVINCE).total()).isEqualTo(2);
    assertThat(FollowUp.empty().summaryOn(day(4, 4))).isEqualTo(ActionItemSummary.empty());
  }

  @Test
  void registersWithTheSameItemsInTheSameOrderAreEqual() {
    new EqualsTester()
        .addEqualityGroup(FOLLOW_UP, FollowUp.of(List.of(OFFICE_ITEM, DISTRICT_ITEM)), FollowUp.empty().with(OFFICE_ITEM).with(DISTRICT_ITEM))
        .addEqualityGroup(FollowUp.of(List.of(DISTRICT_ITEM, OFFICE_ITEM)))
        .addEqualityGroup(FollowUp.empty(), FollowUp.of(List.of()))
        .testEquals();
    assertThat(FOLLOW_UP.hashCode()).isNotEqualTo(FollowUp.empty().hashCode());
    assertThat(FOLLOW_UP).hasToString("FollowUp[2 items]");
  }
}
