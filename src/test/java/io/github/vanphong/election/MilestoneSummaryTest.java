package io.github.vanphong.election;

import static io.github.vanphong.election.ElectionFixtures.OFFICE;
import static io.github.vanphong.election.ElectionFixtures.VI_THANH_OFFICE;
import static io.github.vanphong.election.ElectionFixtures.officeFollowUp;
import static io.github.vanphong.election.ElectionFixtures.timeline2016;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MilestoneSummaryTest {

  private static final LocalDate APRIL_20 = LocalDate.of(2016, 4, 20);

  @Test
  void aFollowUpCountsEachMilestoneByItsStatusUnderItsUnit() {
    MilestoneSummary summary = MilestoneSummary.of(officeFollowUp(), APRIL_20);
    assertThat(summary.asOf()).contains(APRIL_20);
    assertThat(summary.units()).containsExactly(OFFICE);
    assertThat(summary.total()).isEqualTo(37);
    assertThat(summary.count(MilestoneStatus.DONE)).isEqualTo(2);
    assertThat(summary.count(MilestoneStatus.DONE_LATE)).isEqualTo(1);
    // 19 milestones fall before 2016-04-20 (more than 32 days before election day), three of them recorded done
    assertThat(summary.count(MilestoneStatus.OVERDUE)).isEqualTo(16);
    assertThat(summary.count(MilestoneStatus.DUE)).isEqualTo(18);
    assertThat(summary.isEmpty()).isFalse();
  }

  @Test
  void theCollectorMergesTheFollowUpsOfSeveralUnits() {
    MilestoneSummary summary =
        Stream.of(officeFollowUp(), ElectionFollowUp.of(VI_THANH_OFFICE, timeline2016()))
            .collect(MilestoneSummary.collector(APRIL_20));
    assertThat(summary.units()).containsExactly(OFFICE, VI_THANH_OFFICE);
    assertThat(summary.total()).isEqualTo(74);
    assertThat(summary.forUnit(VI_THANH_OFFICE).count(MilestoneStatus.OVERDUE)).isEqualTo(19);
    assertThat(summary.forUnit(UnitId.of("NONE"))).isEqualTo(MilestoneSummary.empty());
    assertThat(summary.byUnit().get(OFFICE)).containsEntry(MilestoneStatus.DONE, 2);
  }

  @Test
  void figuresOfAnotherDayAreRefused() {
    MilestoneSummary april = MilestoneSummary.of(officeFollowUp(), APRIL_20);
    MilestoneSummary may = MilestoneSummary.of(officeFollowUp(), APRIL_20.plusDays(10));
    assertThatThrownBy(() -> april.plus(may))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2016-04-20")
        .hasMessageContaining("2016-04-30");
    assertThat(april.plus(MilestoneSummary.empty())).isEqualTo(april);
    assertThat(MilestoneSummary.empty().plus(april)).isEqualTo(april);
  }

  @Test
  void figuresFromCountsLeaveOutEmptyUnitsAndStatuses() {
    MilestoneSummary read = MilestoneSummary.of(APRIL_20, Map.of(OFFICE, Map.of(MilestoneStatus.DUE, 3)));
    assertThat(read.count(MilestoneStatus.DUE)).isEqualTo(3);
    assertThat(MilestoneSummary.of(APRIL_20, Map.of())).isEqualTo(MilestoneSummary.empty());
    assertThatThrownBy(() -> MilestoneSummary.of(APRIL_20, Map.of(OFFICE, Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HG-VPTU");
    assertThatThrownBy(() -> MilestoneSummary.of(APRIL_20, Map.of(OFFICE, Map.of(MilestoneStatus.DUE, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUE=0");
  }

  @Test
  void aTimelineWithNoMilestoneCountsNothing() {
    ElectionFollowUp none =
        ElectionFollowUp.of(OFFICE, ElectionTimeline.of(ElectionFixtures.DAY_2026).forLevel(ElectionLevel.DISTRICT_COUNCIL));
    assertThat(MilestoneSummary.of(none, APRIL_20)).isEqualTo(MilestoneSummary.empty());
    assertThat(MilestoneSummary.empty().asOf()).isEmpty();
    assertThat(MilestoneSummary.empty().isEmpty()).isTrue();
    assertThat(MilestoneSummary.empty().total()).isZero();
  }

  @Test
  void summariesAreValues() {
    new EqualsTester()
        .addEqualityGroup(MilestoneSummary.of(officeFollowUp(), APRIL_20), MilestoneSummary.of(officeFollowUp(), APRIL_20))
        .addEqualityGroup(MilestoneSummary.of(officeFollowUp(), APRIL_20.plusDays(1)))
        .addEqualityGroup(MilestoneSummary.empty())
        .testEquals();
    assertThat(MilestoneSummary.empty()).hasToString("MilestoneSummary[no milestone]");
    assertThat(MilestoneSummary.of(APRIL_20, Map.of(OFFICE, Map.of(MilestoneStatus.DUE, 3))))
        .hasToString("MilestoneSummary[as of 2016-04-20, {HG-VPTU={DUE=3}}]");
  }
}
