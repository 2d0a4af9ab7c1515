package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cookbook's recipe "An election's timeline and the office's follow-up", step by step. */
class ElectionTimelineRecipeTest {

  @Test
  void theRecipeGivesWhatItSays() {
    ElectionTimeline timeline =
        ElectionTimeline.of(LocalDate.of(2026, 3, 15)).checkAnnouncement(LocalDate.of(2025, 5, 21));
    assertThat(timeline.milestone("CANDIDATE_FILES_DUE_2025").orElseThrow().date())
        .isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(timeline.forLevel(ElectionLevel.COMMUNE_COUNCIL).milestones())
        .isNotEmpty()
        .allMatch(m -> m.rule().appliesTo(ElectionLevel.COMMUNE_COUNCIL));

    ElectionFollowUp office =
        ElectionFollowUp.of(UnitId.of("CT-VPTU"), timeline, LocalDate.of(2025, 5, 21))
            .recordDone("ELECTION_DAY_ANNOUNCED_2025", LocalDate.of(2025, 5, 21))
            .recordDone("ELECTION_COMMITTEES_FORMED_2025", LocalDate.of(2025, 11, 28));
    MilestoneCheck files = office.check("CANDIDATE_FILES_DUE_2025", LocalDate.of(2026, 1, 20));
    assertThat(files.status()).isEqualTo(MilestoneStatus.DUE);
    assertThat(files.daysLeft()).isEqualTo(12);
    assertThat(office.check("ELECTION_COMMITTEES_FORMED_2025", LocalDate.of(2026, 1, 20)).status())
        .isEqualTo(MilestoneStatus.DONE);

    OrgChart chart =
        OrgChart.of(
            List.of(
                Restructuring.create(
                    LocalDate.of(2025, 7, 1),
                    UnitId.of("CT-TU"),
                    "Thành ủy Cần Thơ",
                    UnitKind.CITY_COMMITTEE,
                    Level.PROVINCIAL,
                    Optional.empty()),
                Restructuring.create(
                    LocalDate.of(2025, 7, 1),
                    UnitId.of("CT-VPTU"),
                    "Văn phòng Thành ủy",
                    UnitKind.OFFICE,
                    Level.PROVINCIAL,
                    Optional.of(UnitId.of("CT-TU")))));
    List<ElectionFollowUp> followUps = List.of(office);
    MilestoneSummary figures = followUps.stream().collect(MilestoneSummary.collector(LocalDate.of(2026, 1, 20)));
    MilestoneSummary ofCity = MilestoneRollUp.of(figures, chart, LocalDate.of(2026, 1, 20)).summaryOf(UnitId.of("CT-TU"));
    assertThat(ofCity.total()).isEqualTo(37);
    assertThat(ofCity.count(MilestoneStatus.DONE)).isEqualTo(2);

    ElectionRuleBook book =
        ElectionRuleBook.standard()
            .with(ElectionRule.builder().from(ElectionRuleBook.VOTER_LISTS_POSTED_2025).days(42).build());
    assertThat(book.timeline(LocalDate.of(2026, 3, 15)).milestone("VOTER_LISTS_POSTED_2025").orElseThrow().date())
        .isEqualTo(LocalDate.of(2026, 2, 1));
  }
}
