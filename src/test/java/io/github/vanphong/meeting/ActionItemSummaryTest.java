package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.CHIEF;
import static io.github.vanphong.meeting.MeetingFixtures.OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.day;
import static io.github.vanphong.meeting.MeetingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionItemSummaryTest {

  private static final List<ActionItem> ITEMS =
      List.of(
          item("A-1", OFFICE).start(day(3, 7), CHIEF).reportDone(day(3, 20), CHIEF),
          item("A-2", OFFICE).start(day(3, 7), CHIEF),
          item("A-3", CHAU_THANH_OFFICE),
          item("A-4", VI_THANH_OFFICE).start(day(3, 8), CHIEF));

  @Test
  void itemsAreCountedByStateAndByUnit() {
    ActionItemSummary summary = ITEMS.stream().collect(ActionItemSummary.collector(day(4, 4)));
    assertThat(summary.byState())
        .isEqualTo(
            ImmutableMap.of(
                ActionItemState.ASSIGNED, 1, ActionItemState.IN_PROGRESS, 2, ActionItemState.REPORTED_DONE, 1));
    assertThat(summary.byUnit().keySet()).containsExactly(CHAU_THANH_OFFICE, OFFICE, VI_THANH_OFFICE);
    assertThat(summary.progressOf(OFFICE).total()).isEqualTo(2);
    assertThat(summary.progressOf(OFFICE).done()).isEqualTo(1);
    assertThat(summary.progressOf(CHAU_THANH_OFFICE).count(ActionItemState.ASSIGNED)).isEqualTo(1);
    assertThat(summary.progressOf(MeetingFixtures.PROVINCE)).isEqualTo(Progress.empty());
    assertThat(summary.total().overdue()).isEqualTo(3);
    assertThat(summary.asOf()).contains(day(4, 4));
    assertThat(summary).hasToString(
        "ActionItemSummary[as of 2016-04-04, 4 items {ASSIGNED=1, IN_PROGRESS=2, REPORTED_DONE=1}, 3 overdue, 3"
            + " units]");
    assertThat(ActionItemSummary.empty()).hasToString("ActionItemSummary[no item]");
    assertThat(ActionItemSummary.empty().asOf()).isEmpty();
  }

  @Test
  void aReportPerUnitAndStateIsOneCall() {
    ActionItemSummary summary = ITEMS.stream().collect(ActionItemSummary.collector(day(4, 4)));
    assertThat(summary.byUnitAndState())
        .isEqualTo(
            ImmutableMap.of(
                OFFICE, ImmutableMap.of(ActionItemState.IN_PROGRESS, 1, ActionItemState.REPORTED_DONE, 1),
                CHAU_THANH_OFFICE, ImmutableMap.of(ActionItemState.ASSIGNED, 1),
                VI_THANH_OFFICE, ImmutableMap.of(ActionItemState.IN_PROGRESS, 1)));
    assertThat(summary.byUnitAndState().keySet()).containsExactly(CHAU_THANH_OFFICE, OFFICE, VI_THANH_OFFICE);
    assertThat(summary.count(OFFICE, ActionItemState.REPORTED_DONE)).isEqualTo(1);
    assertThat(summary.count(OFFICE, ActionItemState.ASSIGNED)).isZero();
    assertThat(summary.count(MeetingFixtures.PROVINCE, ActionItemState.ASSIGNED)).isZero();
    assertThat(ActionItemSummary.empty().byUnitAndState()).isEmpty();
    assertThatThrownBy(() -> summary.count(OFFICE, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void itemsNotYetAssignedCountNowhere() {
    assertThat(ActionItemSummary.of(ITEMS.get(0), day(3, 1))).isEqualTo(ActionItemSummary.empty());
    assertThat(ITEMS.stream().collect(ActionItemSummary.collector(day(3, 1))).byUnit()).isEmpty();
  }

  @Test
  void summariesAddUnitByUnit() {
    ActionItemSummary office = ActionItemSummary.of(ITEMS.get(0), day(4, 4));
    ActionItemSummary rest = ITEMS.subList(1, 4).stream().collect(ActionItemSummary.collector(day(4, 4)));
    assertThat(office.plus(rest)).isEqualTo(ITEMS.stream().collect(ActionItemSummary.collector(day(4, 4))));
    assertThat(office.plus(rest)).isEqualTo(rest.plus(office));
    assertThat(office.plus(ActionItemSummary.empty())).isSameAs(office);
    assertThat(ActionItemSummary.empty().plus(office)).isSameAs(office);
    assertThat(ActionItemSummary.empty().total()).isEqualTo(Progress.empty());
  }

  @Test
  void summariesOfDifferentDaysDoNotMergeAndStayAsTheyWere() {
    ActionItemSummary april4 = ActionItemSummary.of(ITEMS.get(0), day(4, 4));
    ActionItemSummary april5 = ActionItemSummary.of(ITEMS.get(3), day(4, 5));
    assertThatThrownBy(() -> april4.plus(april5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2016-04-04")
        .hasMessageContaining("2016-04-05");
    assertThatThrownBy(() -> april5.plus(april4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(april4).isEqualTo(ActionItemSummary.of(ITEMS.get(0), day(4, 4)));
    assertThat(april5.asOf()).contains(day(4, 5));
  }

  @Test
  void summariesAreValues() {
    new EqualsTester()
        .addEqualityGroup(ActionItemSummary.empty(), ActionItemSummary.of(ITEMS.get(0), day(3, 1)))
        .addEqualityGroup(ActionItemSummary.of(ITEMS.get(2), day(4, 4)))
        .addEqualityGroup(ActionItemSummary.of(ITEMS.get(1), day(4, 4)))
        .testEquals();
    assertThat(ActionItemSummary.of(ITEMS.get(2), day(4, 4)).hashCode())
        .isNotEqualTo(ActionItemSummary.empty().hashCode());
  }

  @Test
  void aSummaryMadeFromEachUnitsFiguresEqualsTheCollectedOne() {
    ActionItemSummary collected = ITEMS.stream().collect(ActionItemSummary.collector(day(4, 4)));
    assertThat(ActionItemSummary.of(collected.byUnit())).isEqualTo(collected).hasSameHashCodeAs(collected);
    assertThat(ActionItemSummary.of(ImmutableMap.of(OFFICE, Progress.empty()))).isSameAs(ActionItemSummary.empty());
    assertThat(ActionItemSummary.of(ImmutableMap.of())).isSameAs(ActionItemSummary.empty());
    assertThat(
            ActionItemSummary.of(
                ImmutableMap.of(OFFICE, collected.progressOf(OFFICE), VI_THANH_OFFICE, Progress.empty())))
        .isEqualTo(ITEMS.subList(0, 2).stream().collect(ActionItemSummary.collector(day(4, 4))));
  }

  @Test
  void aSummaryOfFiguresOfDifferentDaysIsRefusedNamingTheUnits() {
    Progress april = Progress.of(ITEMS.get(1), day(4, 4));
    Progress may = Progress.of(ITEMS.get(3), day(5, 4));
    assertThatThrownBy(() -> ActionItemSummary.of(ImmutableMap.of(OFFICE, april, VI_THANH_OFFICE, may)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all of one day")
        .hasMessageContaining(OFFICE + " as of " + april.asOf().orElseThrow())
        .hasMessageContaining(VI_THANH_OFFICE + " as of " + may.asOf().orElseThrow());
  }
}
