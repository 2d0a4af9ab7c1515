package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.CHIEF;
import static io.github.vanphong.meeting.MeetingFixtures.NOTICE_BASIS;
import static io.github.vanphong.meeting.MeetingFixtures.OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.day;
import static io.github.vanphong.meeting.MeetingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.calendar.Extension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final ActionItem ASSIGNED = item("A-1", OFFICE);
  private static final ActionItem STARTED = item("A-2", OFFICE).start(day(3, 7), CHIEF);
  private static final ActionItem DONE_LATE = item("A-3", OFFICE).start(day(3, 7), CHIEF).reportDone(day(4, 4), CHIEF);
  private static final ActionItem DONE = item("A-4", OFFICE).start(day(3, 7), CHIEF).reportDone(day(3, 25), CHIEF);
  private static final ActionItem CANCELLED = item("A-5", OFFICE).cancel("Trùng nhiệm vụ", day(3, 8), CHIEF);
  private static final ActionItem EXTENDED =
      item("A-6", OFFICE).start(day(3, 7), CHIEF).extend(Extension.of(10, NOTICE_BASIS), day(3, 31), CHIEF);
  private static final List<ActionItem> ALL = List.of(ASSIGNED, STARTED, DONE_LATE, DONE, CANCELLED, EXTENDED);

  @Test
  void oneItemCountsInItsStateOnTheDay() {
    Progress p = Progress.of(STARTED, day(3, 10));
    assertThat(p.byState()).isEqualTo(ImmutableMap.of(ActionItemState.IN_PROGRESS, 1));
    assertThat(p.total()).isEqualTo(1);
    assertThat(p.open()).isEqualTo(1);
    assertThat(p.overdue()).isZero();
    assertThat(Progress.of(STARTED, day(3, 6)).byState()).isEqualTo(ImmutableMap.of(ActionItemState.ASSIGNED, 1));
    assertThat(Progress.of(STARTED, day(4, 2)).overdue()).isEqualTo(1);
  }

  @Test
  void anItemNotYetAssignedCountsNowhere() {
    assertThat(Progress.of(ASSIGNED, day(3, 3))).isEqualTo(Progress.empty());
    assertThat(Progress.of(ASSIGNED, day(3, 3)).isEmpty()).isTrue();
  }

  @Test
  void theFiguresOfTheItemsOnADay() {
    Progress p = ALL.stream().collect(Progress.collector(day(4, 5)));
    assertThat(p.total()).isEqualTo(6);
    assertThat(p.count(ActionItemState.ASSIGNED)).isEqualTo(1);
    assertThat(p.count(ActionItemState.IN_PROGRESS)).isEqualTo(1);
    assertThat(p.count(ActionItemState.EXTENDED)).isEqualTo(1);
    assertThat(p.done()).isEqualTo(2);
    assertThat(p.count(ActionItemState.CANCELLED)).isEqualTo(1);
    assertThat(p.open()).isEqualTo(3);
    assertThat(p.overdue()).isEqualTo(2);
    assertThat(p.doneLate()).isEqualTo(1);
    assertThat(p.percentDone(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("40.0"));
    assertThat(p.asOf()).contains(day(4, 5));
    assertThat(p).hasToString(
        "Progress[as of 2016-04-05, 6 items {ASSIGNED=1, IN_PROGRESS=1, EXTENDED=1, REPORTED_DONE=2, CANCELLED=1}, 2"
            + " overdue, 1 done late]");
  }

  @Test
  void theShareDoneLeavesCancelledItemsOut() {
    assertThat(Progress.empty().percentDone(2, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("0.00"));
    assertThat(Progress.of(CANCELLED, day(4, 5)).percentDone(0, RoundingMode.UNNECESSARY)).isEqualTo(BigDecimal.ZERO);
    assertThat(Progress.of(DONE, day(4, 5)).percentDone(0, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("100"));
    Progress third = List.of(DONE, ASSIGNED, STARTED).stream().collect(Progress.collector(day(4, 5)));
    assertThatThrownBy(() -> third.percentDone(2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThat(third.total()).isEqualTo(3);
    assertThat(third.percentDone(2, RoundingMode.DOWN)).isEqualTo(new BigDecimal("33.33"));
  }

  @Test
  void figuresAddStateByState() {
    Progress a = Progress.of(DONE, day(4, 5));
    Progress b = Progress.of(DONE_LATE, day(4, 5)).plus(Progress.of(STARTED, day(4, 5)));
    Progress sum = a.plus(b);
    assertThat(sum.done()).isEqualTo(2);
    assertThat(sum.doneLate()).isEqualTo(1);
    assertThat(sum.overdue()).isEqualTo(1);
    assertThat(sum).isEqualTo(b.plus(a));
    assertThat(a.plus(Progress.empty())).isSameAs(a);
    assertThat(Progress.empty().plus(a)).isSameAs(a);
  }

  @Test
  void theEmptyFiguresHaveNothing() {
    assertThat(Progress.empty().total()).isZero();
    assertThat(Progress.empty().open()).isZero();
    assertThat(Progress.empty().count(ActionItemState.ASSIGNED)).isZero();
    assertThat(Progress.empty().asOf()).isEmpty();
    assertThat(Progress.empty()).hasToString("Progress[no item]");
  }

  @Test
  void figuresOfDifferentDaysDoNotMergeAndStayAsTheyWere() {
    Progress april4 = Progress.of(STARTED, day(4, 4));
    Progress april5 = Progress.of(STARTED, day(4, 5));
    assertThatThrownBy(() -> april4.plus(april5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2016-04-04")
        .hasMessageContaining("2016-04-05");
    assertThatThrownBy(() -> april5.plus(april4)).isInstanceOf(IllegalArgumentException.class);
    assertThat(april4).isEqualTo(Progress.of(STARTED, day(4, 4)));
    assertThat(april4.asOf()).contains(day(4, 4));
    assertThat(april5).isEqualTo(Progress.of(STARTED, day(4, 5)));
  }

  @Test
  void figuresAreValues() {
    new EqualsTester()
        .addEqualityGroup(Progress.empty(), Progress.of(ASSIGNED, day(3, 1)))
        .addEqualityGroup(Progress.of(STARTED, day(3, 10)), Progress.of(EXTENDED, day(3, 10)))
        .addEqualityGroup(Progress.of(STARTED, day(4, 4)))
        .addEqualityGroup(Progress.of(DONE_LATE, day(4, 4)))
        .addEqualityGroup(Progress.of(DONE, day(4, 4)))
        .addEqualityGroup(Progress.of(DONE, day(4, 5)))
        .testEquals();
    assertThat(Progress.of(DONE, day(4, 4)).hashCode()).isNotEqualTo(Progress.of(STARTED, day(4, 4)).hashCode());
  }

  @Test
  void figuresMadeFromTheirCountsEqualTheCollectedOnes() {
    Progress collected = ALL.stream().collect(Progress.collector(day(4, 10)));
    Progress made =
        Progress.of(day(4, 10), collected.byState(), collected.overdue(), collected.doneLate());
    assertThat(made).isEqualTo(collected).hasSameHashCodeAs(collected);
    assertThat(Progress.of(day(4, 10), ImmutableMap.of(), 0, 0)).isSameAs(Progress.empty());
  }

  @Test
  void figuresWhoseCountsNoSetOfItemsHasAreRefusedNamingTheCount() {
    ImmutableMap<ActionItemState, Integer> counts =
        ImmutableMap.of(ActionItemState.IN_PROGRESS, 2, ActionItemState.REPORTED_DONE, 1);
    assertThatThrownBy(() -> Progress.of(day(4, 10), ImmutableMap.of(ActionItemState.ASSIGNED, 0), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("byState leaves out the states with no item, so each count is positive: ASSIGNED=0");
    assertThatThrownBy(() -> Progress.of(day(4, 10), counts, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overdue items are some of the open ones: 3 overdue of 2 open");
    assertThatThrownBy(() -> Progress.of(day(4, 10), counts, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overdue items are some of the open ones: -1 overdue of 2 open");
    assertThatThrownBy(() -> Progress.of(day(4, 10), counts, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("doneLate items are some of those reported done: 2 done late of 1 done");
    assertThatThrownBy(() -> Progress.of(day(4, 10), ImmutableMap.of(), 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overdue items are some of the open ones: 1 overdue of 0 open");
  }
}
