package io.github.vanphong.meeting;

import static io.github.vanphong.meeting.MeetingFixtures.CAN_THO;
import static io.github.vanphong.meeting.MeetingFixtures.CHAU_THANH;
import static io.github.vanphong.meeting.MeetingFixtures.CHAU_THANH_OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.CHIEF;
import static io.github.vanphong.meeting.MeetingFixtures.OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.PROVINCE;
import static io.github.vanphong.meeting.MeetingFixtures.VI_THANH;
import static io.github.vanphong.meeting.MeetingFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.meeting.MeetingFixtures.chart;
import static io.github.vanphong.meeting.MeetingFixtures.day;
import static io.github.vanphong.meeting.MeetingFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRollUpTest {

  private static final OrgChart CHART = chart();
  private static final LocalDate ON = day(4, 4);
  private static final ActionItemSummary SUMMARY =
      List.of(
              item("A-1", OFFICE).start(day(3, 7), CHIEF).reportDone(day(3, 20), CHIEF),
              item("A-2", CHAU_THANH_OFFICE).start(day(3, 7), CHIEF),
              item("A-3", CHAU_THANH_OFFICE),
              item("A-4", VI_THANH_OFFICE).start(day(3, 8), CHIEF).reportDone(day(3, 30), CHIEF),
              item("A-5", UnitId.of("HG-GONE")))
          .stream()
          .collect(ActionItemSummary.collector(ON));

  @Test
  void aUnitsFiguresIncludeItsSubordinates() {
    ProgressRollUp rollUp = ProgressRollUp.of(SUMMARY, CHART, ON);
    assertThat(rollUp.date()).isEqualTo(ON);
    assertThat(rollUp.progressOf(CHAU_THANH).total()).isEqualTo(2);
    assertThat(rollUp.ownProgressOf(CHAU_THANH)).isEqualTo(Progress.empty());
    assertThat(rollUp.progressOf(CHAU_THANH_OFFICE).total()).isEqualTo(2);
    assertThat(rollUp.progressOf(VI_THANH).done()).isEqualTo(1);
    assertThat(rollUp.progressOf(PROVINCE).total()).isEqualTo(4);
    assertThat(rollUp.progressOf(PROVINCE).done()).isEqualTo(2);
    assertThat(rollUp.progressOf(PROVINCE).overdue()).isEqualTo(2);
    assertThat(rollUp.progressOf(OFFICE).total()).isEqualTo(1);
    assertThat(rollUp.progressOf(CAN_THO)).isEqualTo(Progress.empty());
  }

  @Test
  void itemsOfAnUnknownUnitAreKeptApartNotDropped() {
    ProgressRollUp rollUp = ProgressRollUp.of(SUMMARY, CHART, ON);
    assertThat(rollUp.unplaced().keySet()).containsExactly(UnitId.of("HG-GONE"));
    assertThat(rollUp.total().total()).isEqualTo(5);
    assertThat(rollUp)
        .hasToString(
            "ProgressRollUp[as of 2016-04-04: 5 items: 2 reported done, 3 open (3 overdue); under HG-TU 4 items: 2"
                + " reported done, 2 open (2 overdue); unplaced HG-GONE 1 item: 0 reported done, 1 open (1 overdue)]");
    assertThat(rollUp.rolledUp().keySet())
        .containsExactly(CHAU_THANH, CHAU_THANH_OFFICE, PROVINCE, OFFICE, VI_THANH, VI_THANH_OFFICE);
  }

  @Test
  void theTopUnitsAndTheUnplacedAccountForEveryItem() {
    ProgressRollUp rollUp = ProgressRollUp.of(SUMMARY, CHART, ON);
    assertThat(rollUp.topUnits().keySet()).containsExactly(PROVINCE);
    assertThat(rollUp.topUnits().get(PROVINCE)).isEqualTo(rollUp.progressOf(PROVINCE));
    assertThat(rollUp.topUnits().get(PROVINCE).plus(rollUp.unplaced().get(UnitId.of("HG-GONE"))))
        .isEqualTo(rollUp.total());
    ProgressRollUp later = ProgressRollUp.of(SUMMARY, CHART, LocalDate.of(2026, 1, 1));
    assertThat(later.topUnits().keySet()).containsExactly(CAN_THO);
    assertThat(later).hasToString(
        "ProgressRollUp[as of 2026-01-01: 5 items: 2 reported done, 3 open (3 overdue); under CT-TU 4 items: 2"
            + " reported done, 2 open (2 overdue); unplaced HG-GONE 1 item: 0 reported done, 1 open (1 overdue)]");
    ProgressRollUp none = ProgressRollUp.of(ActionItemSummary.empty(), CHART, ON);
    assertThat(none.topUnits()).isEmpty();
    assertThat(none).hasToString("ProgressRollUp[as of 2016-04-04: 0 items: 0 reported done, 0 open (0 overdue);"
        + " unplaced none]");
  }

  @Test
  void afterTheMergerTheItemsCountWithTheUnitThatCarriesTheirHistory() {
    ProgressRollUp rollUp = ProgressRollUp.of(SUMMARY, CHART, LocalDate.of(2026, 1, 1));
    assertThat(rollUp.progressOf(CAN_THO).total()).isEqualTo(4);
    assertThat(rollUp.ownProgressOf(CAN_THO).total()).isEqualTo(4);
    assertThat(rollUp.progressOf(PROVINCE)).isEqualTo(Progress.empty());
    assertThat(rollUp.unplaced()).hasSize(1);
  }

  @Test
  void aTreeAloneKeepsEndedUnitsApart() {
    ProgressRollUp rollUp = ProgressRollUp.of(SUMMARY, CHART.asOf(LocalDate.of(2026, 1, 1)));
    assertThat(rollUp.progressOf(CAN_THO)).isEqualTo(Progress.empty());
    assertThat(rollUp.unplaced()).hasSize(4);
    assertThat(rollUp.total().total()).isEqualTo(5);
    assertThat(ProgressRollUp.of(SUMMARY, CHART.asOf(ON))).isEqualTo(ProgressRollUp.of(SUMMARY, CHART, ON));
  }

  @Test
  void rollUpsAreValues() {
    new EqualsTester()
        .addEqualityGroup(ProgressRollUp.of(SUMMARY, CHART, ON), ProgressRollUp.of(SUMMARY, CHART, ON))
        .addEqualityGroup(ProgressRollUp.of(SUMMARY, CHART, ON.plusDays(1)))
        .addEqualityGroup(ProgressRollUp.of(ActionItemSummary.empty(), CHART, ON))
        .addEqualityGroup(ProgressRollUp.of(SUMMARY, CHART, LocalDate.of(2026, 1, 1)))
        .addEqualityGroup(ProgressRollUp.of(SUMMARY, CHART.asOf(LocalDate.of(2026, 1, 1))))
        .testEquals();
    assertThat(ProgressRollUp.of(SUMMARY, CHART, ON).hashCode())
        .isNotEqualTo(ProgressRollUp.of(ActionItemSummary.empty(), CHART, ON).hashCode());
  }
}
