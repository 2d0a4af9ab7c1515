package io.github.vanphong.election;

import static io.github.vanphong.election.ElectionFixtures.CAN_THO;
import static io.github.vanphong.election.ElectionFixtures.OFFICE;
import static io.github.vanphong.election.ElectionFixtures.PROVINCE;
import static io.github.vanphong.election.ElectionFixtures.VI_THANH;
import static io.github.vanphong.election.ElectionFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.election.ElectionFixtures.officeFollowUp;
import static io.github.vanphong.election.ElectionFixtures.timeline2016;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MilestoneRollUpTest {

  private static final OrgChart CHART = ElectionFixtures.chart();
  private static final LocalDate ON = LocalDate.of(2016, 4, 20);
  private static final MilestoneSummary SUMMARY =
      Stream.of(
              officeFollowUp(),
              ElectionFollowUp.of(VI_THANH_OFFICE, timeline2016()),
              ElectionFollowUp.of(UnitId.of("HG-GONE"), timeline2016()))
          .collect(MilestoneSummary.collector(ON));

  @Test
  void aUnitsFiguresIncludeThoseOfEveryUnitUnderIt() {
    MilestoneRollUp rollUp = MilestoneRollUp.of(SUMMARY, CHART, ON);
    assertThat(rollUp.date()).isEqualTo(ON);
    assertThat(rollUp.summaryOf(PROVINCE).total()).isEqualTo(74);
    assertThat(rollUp.summaryOf(PROVINCE).units()).containsExactly(PROVINCE);
    assertThat(rollUp.summaryOf(PROVINCE).count(MilestoneStatus.OVERDUE)).isEqualTo(35);
    assertThat(rollUp.summaryOf(VI_THANH).total()).isEqualTo(37);
    assertThat(rollUp.ownSummaryOf(VI_THANH)).isEqualTo(MilestoneSummary.empty());
    assertThat(rollUp.ownSummaryOf(OFFICE).total()).isEqualTo(37);
    assertThat(rollUp.summaryOf(CAN_THO)).isEqualTo(MilestoneSummary.empty());
    assertThat(rollUp.rolledUp().keySet()).containsExactlyInAnyOrder(PROVINCE, OFFICE, VI_THANH, VI_THANH_OFFICE);
  }

  @Test
  void figuresOfAnUnknownUnitAreKeptApartNotDropped() {
    MilestoneRollUp rollUp = MilestoneRollUp.of(SUMMARY, CHART, ON);
    assertThat(rollUp.unplaced().keySet()).containsExactly(UnitId.of("HG-GONE"));
    assertThat(rollUp.total().total()).isEqualTo(111);
    assertThat(rollUp).hasToString("MilestoneRollUp[2016-04-20, 111 milestones, 4 units, 1 unplaced]");
  }

  @Test
  void afterTheMergerTheFiguresCountWithTheUnitThatCarriesTheirHistory() {
    MilestoneRollUp rollUp = MilestoneRollUp.of(SUMMARY, CHART, LocalDate.of(2026, 1, 1));
    assertThat(rollUp.summaryOf(CAN_THO).total()).isEqualTo(74);
    assertThat(rollUp.ownSummaryOf(CAN_THO).total()).isEqualTo(74);
    assertThat(rollUp.summaryOf(PROVINCE)).isEqualTo(MilestoneSummary.empty());
    MilestoneRollUp treeOnly = MilestoneRollUp.of(SUMMARY, CHART.asOf(LocalDate.of(2026, 1, 1)));
    assertThat(treeOnly.unplaced()).hasSize(3);
    assertThat(MilestoneRollUp.of(SUMMARY, CHART.asOf(ON))).isEqualTo(MilestoneRollUp.of(SUMMARY, CHART, ON));
  }

  @Test
  void rollUpsAreValues() {
    new EqualsTester()
        .addEqualityGroup(MilestoneRollUp.of(SUMMARY, CHART, ON), MilestoneRollUp.of(SUMMARY, CHART, ON))
        .addEqualityGroup(MilestoneRollUp.of(SUMMARY, CHART, ON.plusDays(1)))
        .addEqualityGroup(MilestoneRollUp.of(MilestoneSummary.empty(), CHART, ON))
        .addEqualityGroup(MilestoneRollUp.of(SUMMARY, CHART, LocalDate.of(2026, 1, 1)))
        .addEqualityGroup(MilestoneRollUp.of(SUMMARY, CHART.asOf(LocalDate.of(2026, 1, 1))))
        .testEquals();
  }
}
