package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.testing.ElectionArbitraries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of every timeline: its milestones in the order of their dates, and in the order the law gives. */
class ElectionTimelineProperties {

  /** The steps that follow each other, as the law orders them, for every election and every book's day counts. */
  private static final List<ElectionStep> LAW_ORDER =
      List.of(
          ElectionStep.ELECTION_DAY_ANNOUNCED,
          ElectionStep.FIRST_CONSULTATION,
          ElectionStep.SECOND_CONSULTATION,
          ElectionStep.THIRD_CONSULTATION,
          ElectionStep.CANDIDATES_SENT,
          ElectionStep.CANDIDATE_LIST_PUBLISHED,
          ElectionStep.CANDIDATE_LISTS_POSTED,
          ElectionStep.CAMPAIGN_ENDS,
          ElectionStep.RESULTS_ANNOUNCED,
          ElectionStep.RESULT_COMPLAINTS_CLOSED);

  @Provide
  Arbitrary<LocalDate> sundays() {
    return ElectionArbitraries.electionDays();
  }

  @Property(tries = 200)
  void everyMilestoneBeforeElectionDayFallsBeforeItAndTheOthersAfter(@ForAll("sundays") LocalDate day) {
    for (Milestone m : ElectionTimeline.of(day).milestones()) {
      long before = ChronoUnit.DAYS.between(m.date(), day);
      switch (m.rule().counting()) {
        case BEFORE_ELECTION_DAY -> assertThat(before).isEqualTo(m.rule().days()).isPositive();
        case AFTER_ELECTION_DAY -> assertThat(-before).isEqualTo(m.rule().days()).isPositive();
        case AFTER_RESULTS -> assertThat(m.date()).isAfter(day);
      }
    }
  }

  @Property(tries = 200)
  void theMilestonesOfEachElectionFollowTheOrderTheLawGives(@ForAll("sundays") LocalDate day) {
    ElectionTimeline timeline = ElectionTimeline.of(day);
    for (ElectionLevel level : ElectionLevel.values()) {
      List<Milestone> ofLevel = timeline.forLevel(level).milestones();
      LocalDate previous = LocalDate.MIN;
      for (ElectionStep step : LAW_ORDER) {
        Optional<Milestone> found = ofLevel.stream().filter(m -> m.step() == step).findFirst();
        if (found.isPresent()) {
          assertThat(found.get().date()).as("%s of %s", step, level).isAfter(previous);
          previous = found.get().date();
        }
      }
      for (int i = 1; i < ofLevel.size(); i++) {
        assertThat(ofLevel.get(i).date()).isAfterOrEqualTo(ofLevel.get(i - 1).date());
      }
    }
  }

  @Property(tries = 200)
  void theOriginalLawServesTheDaysBeforeTheAmendmentAndTheAmendedLawTheDaysFrom(@ForAll("sundays") LocalDate day) {
    ElectionTimeline timeline = ElectionTimeline.of(day);
    String suffix = day.isBefore(ElectionRuleBook.AMENDMENT_DAY) ? "_2025" : "_2015";
    assertThat(timeline.milestones()).hasSize(37).noneMatch(m -> m.name().endsWith(suffix));
    assertThat(timeline.forLevel(ElectionLevel.DISTRICT_COUNCIL).milestones().isEmpty())
        .isEqualTo(!day.isBefore(ElectionRuleBook.AMENDMENT_DAY));
  }

  @Property(tries = 200)
  void onlyASundayIsAnElectionDay(@ForAll("sundays") LocalDate sunday, @ForAll("weekdays") int offset) {
    LocalDate day = sunday.plusDays(offset);
    assertThat(day.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
    assertThatThrownBy(() -> ElectionTimeline.of(day))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ELECTION_DAY_IS_SUNDAY")
        .hasMessageContaining(day.toString());
  }

  @Provide
  Arbitrary<Integer> weekdays() {
    return Arbitraries.integers().between(1, 6);
  }

  @Property(tries = 200)
  void anAnnouncementIsRefusedExactlyWhenFewerThan115DaysAhead(
      @ForAll("sundays") LocalDate day, @ForAll("ahead") int ahead) {
    ElectionTimeline timeline = ElectionTimeline.of(day);
    if (ahead >= 115) {
      assertThat(timeline.checkAnnouncement(day.minusDays(ahead))).isSameAs(timeline);
    } else {
      assertThatThrownBy(() -> timeline.checkAnnouncement(day.minusDays(ahead)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("ELECTION_DAY_ANNOUNCED")
          .hasMessageContaining(ahead + " days before");
    }
  }

  @Provide
  Arbitrary<Integer> ahead() {
    return Arbitraries.integers().between(0, 400).edgeCases(c -> c.add(114, 115));
  }

  @Property(tries = 100)
  void aTimelineOfAnyBookIsOrderedByDate(@ForAll ElectionTimeline timeline) {
    List<Milestone> milestones = timeline.milestones();
    for (int i = 1; i < milestones.size(); i++) {
      assertThat(milestones.get(i).date()).isAfterOrEqualTo(milestones.get(i - 1).date());
    }
    assertThat(timeline.start()).isBeforeOrEqualTo(timeline.electionDay());
    assertThat(timeline.end()).isAfterOrEqualTo(timeline.electionDay());
  }
}
