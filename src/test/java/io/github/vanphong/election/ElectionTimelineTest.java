package io.github.vanphong.election;

import static io.github.vanphong.election.ElectionFixtures.DAY_2016;
import static io.github.vanphong.election.ElectionFixtures.DAY_2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectionTimelineTest {

  @Test
  void theTimelineOf2016RunsFromTheAnnouncementToTheComplaintsOnTheAssemblysResults() {
    ElectionTimeline timeline = ElectionTimeline.of(DAY_2016);
    assertThat(timeline.electionDay()).isEqualTo(DAY_2016);
    assertThat(timeline.milestones()).hasSize(37);
    assertThat(timeline.start()).isEqualTo(LocalDate.of(2016, 1, 28));
    assertThat(timeline.end()).isEqualTo(LocalDate.of(2016, 6, 16));
    assertThat(timeline.milestones().get(0).name()).isEqualTo("ELECTION_DAY_ANNOUNCED_2015");
    assertThat(timeline.milestone("VOTER_LISTS_POSTED_2015").orElseThrow().date()).isEqualTo(LocalDate.of(2016, 4, 12));
    assertThat(timeline.milestone("CANDIDATE_LISTS_POSTED_2015").orElseThrow().date())
        .isEqualTo(LocalDate.of(2016, 5, 2));
    assertThat(timeline.milestone("CANDIDATE_FILES_DUE_2025")).isEmpty();
    assertThat(timeline).hasToString("ElectionTimeline[2016-05-22, 37 milestones, 2016-01-28..2016-06-16]");
  }

  @Test
  void milestonesFollowTheirDatesAndOneDateKeepsTheOrderOfTheBook() {
    List<Milestone> milestones = ElectionTimeline.of(DAY_2016).milestones();
    for (int i = 1; i < milestones.size(); i++) {
      assertThat(milestones.get(i).date()).isAfterOrEqualTo(milestones.get(i - 1).date());
    }
    List<String> on7February =
        milestones.stream().filter(m -> m.date().equals(LocalDate.of(2016, 2, 7))).map(Milestone::name).toList();
    assertThat(on7February)
        .containsExactly("NA_COMPOSITION", "COUNCIL_COMPOSITION_2015", "ELECTION_COMMITTEES_FORMED_2015");
  }

  @Test
  void electionDayIsASunday() {
    assertThatThrownBy(() -> ElectionTimeline.of(LocalDate.of(2016, 5, 23)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ELECTION_DAY_IS_SUNDAY")
        .hasMessageContaining("Điều 5")
        .hasMessageContaining("2016-05-23")
        .hasMessageContaining("MONDAY");
  }

  @Test
  void electionDayIsAnnouncedAtLeast115DaysAhead() {
    ElectionTimeline timeline = ElectionTimeline.of(DAY_2016);
    assertThat(timeline.checkAnnouncement(LocalDate.of(2016, 1, 28))).isSameAs(timeline);
    assertThatThrownBy(() -> timeline.checkAnnouncement(LocalDate.of(2016, 1, 29)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ELECTION_DAY_ANNOUNCED_2015")
        .hasMessageContaining("at least 115 days")
        .hasMessageContaining("announcedOn 2016-01-29 is 114 days before");
    assertThat(ElectionTimeline.of(DAY_2026).checkAnnouncement(LocalDate.of(2025, 5, 21))).isNotNull();
    assertThat(
            ElectionRuleBook.standard()
                .without("ELECTION_DAY_ANNOUNCED_2015")
                .timeline(DAY_2016)
                .checkAnnouncement(DAY_2016))
        .isNotNull();
  }

  @Test
  void the2026TimelineFollowsTheAmendedLawWithoutTheDistrictLevel() {
    ElectionTimeline timeline = ElectionTimeline.of(DAY_2026);
    assertThat(timeline.milestones()).hasSize(37).allMatch(m -> !m.name().endsWith("_2015"));
    assertThat(timeline.forLevel(ElectionLevel.DISTRICT_COUNCIL).milestones()).isEmpty();
    assertThat(timeline.forLevel(ElectionLevel.DISTRICT_COUNCIL).start()).isEqualTo(DAY_2026);
    assertThat(timeline.forLevel(ElectionLevel.DISTRICT_COUNCIL).end()).isEqualTo(DAY_2026);
    assertThat(timeline.end()).isEqualTo(LocalDate.of(2026, 3, 28));
  }

  @Test
  void aLevelsTimelineHoldsItsOwnMilestonesOnly() {
    ElectionTimeline commune = ElectionTimeline.of(DAY_2026).forLevel(ElectionLevel.COMMUNE_COUNCIL);
    assertThat(commune.milestones()).allMatch(m -> m.rule().appliesTo(ElectionLevel.COMMUNE_COUNCIL));
    assertThat(commune.milestone("SECOND_ADJUSTMENT_2025")).isEmpty();
    assertThat(commune.milestone("COUNCIL_RESULT_COMPLAINTS_CLOSED_2025").orElseThrow().date())
        .isEqualTo(LocalDate.of(2026, 3, 28));
    assertThat(commune.electionDay()).isEqualTo(DAY_2026);
  }

  @Test
  void complaintsOnTheResultsAreCountedFromTheAnnouncementOfTheSameElection() {
    ElectionTimeline timeline = ElectionTimeline.of(DAY_2016);
    assertThat(timeline.milestone("NA_RESULT_COMPLAINTS_CLOSED_2015").orElseThrow().date())
        .isEqualTo(LocalDate.of(2016, 6, 16));
    assertThat(timeline.milestone("COUNCIL_RESULT_COMPLAINTS_CLOSED_2015").orElseThrow().date())
        .isEqualTo(LocalDate.of(2016, 6, 6));
  }

  @Test
  void aTimeCountedFromTheResultsNeedsTheirAnnouncement() {
    ElectionRuleBook book = ElectionRuleBook.standard().without("NA_RESULTS_ANNOUNCED_2015");
    assertThatThrownBy(() -> book.timeline(DAY_2016))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NA_RESULT_COMPLAINTS_CLOSED_2015")
        .hasMessageContaining("2016-05-22");
    assertThat(book.timeline(DAY_2026).milestones()).hasSize(37);
  }

  @Test
  void ofSeveralAnnouncementsOfTheResultsTheLatestCounts() {
    ElectionRule later =
        ElectionRule.builder()
            .from(ElectionRuleBook.NA_RESULTS_ANNOUNCED_2015)
            .name("NA_RESULTS_LATER")
            .days(25)
            .build();
    ElectionTimeline timeline = ElectionRuleBook.standard().with(later).timeline(DAY_2016);
    assertThat(timeline.milestone("NA_RESULT_COMPLAINTS_CLOSED_2015").orElseThrow().date())
        .isEqualTo(LocalDate.of(2016, 6, 21));
  }

  @Test
  void noRuleIsChosenBeforeTheElectionLaw() {
    ElectionTimeline timeline = ElectionTimeline.of(LocalDate.of(2011, 5, 22));
    assertThat(timeline.milestones()).isEmpty();
    assertThat(timeline.start()).isEqualTo(timeline.end()).isEqualTo(LocalDate.of(2011, 5, 22));
    assertThat(timeline.checkAnnouncement(LocalDate.of(2011, 5, 22))).isSameAs(timeline);
  }

  @Test
  void aTimelineOfStepsAfterTheElectionOnlyStartsOnElectionDay() {
    ElectionTimeline after =
        ElectionRuleBook.of(List.of(ElectionRuleBook.NA_RESULTS_ANNOUNCED_2015)).timeline(DAY_2016);
    assertThat(after.milestones()).singleElement().extracting(Milestone::date).isEqualTo(LocalDate.of(2016, 6, 11));
    assertThat(after.start()).isEqualTo(DAY_2016);
    assertThat(after.end()).isEqualTo(LocalDate.of(2016, 6, 11));
  }

  @Test
  void timelinesAreValues() {
    ElectionRule own =
        ElectionRule.builder()
            .name("OWN")
            .step(ElectionStep.VOTING_NOTIFIED)
            .addLevels(ElectionLevel.COMMUNE_COUNCIL)
            .days(12)
            .counting(DayCounting.BEFORE_ELECTION_DAY)
            .basis(LegalBasis.of(Instruments.ELECTION_LAW_2015, "Điều 70"))
            .build();
    new EqualsTester()
        .addEqualityGroup(ElectionTimeline.of(DAY_2016), ElectionRuleBook.standard().timeline(DAY_2016))
        .addEqualityGroup(ElectionTimeline.of(DAY_2016.plusWeeks(1)))
        .addEqualityGroup(ElectionRuleBook.standard().with(own).timeline(DAY_2016))
        .addEqualityGroup("a timeline")
        .testEquals();
  }
}
