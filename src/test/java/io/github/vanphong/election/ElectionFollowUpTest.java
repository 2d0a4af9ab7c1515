package io.github.vanphong.election;

import static io.github.vanphong.election.ElectionFixtures.OFFICE;
import static io.github.vanphong.election.ElectionFixtures.officeFollowUp;
import static io.github.vanphong.election.ElectionFixtures.timeline2016;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ElectionFollowUpTest {

  private static final LocalDate APRIL_20 = LocalDate.of(2016, 4, 20);

  @Test
  void aMilestoneRecordedDoneIsDoneFromItsDayOn() {
    ElectionFollowUp followUp = officeFollowUp();
    assertThat(followUp.unit()).isEqualTo(OFFICE);
    assertThat(followUp.doneOn("VOTER_LISTS_POSTED_2015")).contains(LocalDate.of(2016, 4, 11));
    assertThat(followUp.check("VOTER_LISTS_POSTED_2015", APRIL_20).status()).isEqualTo(MilestoneStatus.DONE);
    assertThat(followUp.check("VOTER_LISTS_POSTED_2015", LocalDate.of(2016, 4, 10)).status())
        .isEqualTo(MilestoneStatus.DUE);
    assertThat(followUp.check("CANDIDATE_FILES_DUE_2015", APRIL_20).status()).isEqualTo(MilestoneStatus.DONE_LATE);
    MilestoneCheck lists = followUp.check("CANDIDATE_LISTS_POSTED_2015", APRIL_20);
    assertThat(lists.status()).isEqualTo(MilestoneStatus.DUE);
    assertThat(lists.daysLeft()).isEqualTo(12);
    assertThat(followUp.check("POLLING_TEAMS_FORMED_2015", APRIL_20).status()).isEqualTo(MilestoneStatus.OVERDUE);
  }

  @Test
  void everyMilestoneIsCheckedInTheOrderOfTheTimeline() {
    ElectionFollowUp followUp = officeFollowUp();
    assertThat(followUp.checks(APRIL_20))
        .hasSize(37)
        .extracting(MilestoneCheck::milestone)
        .containsExactlyElementsOf(timeline2016().milestones());
    assertThat(followUp.done().keySet())
        .containsExactly("ELECTION_DAY_ANNOUNCED_2015", "VOTER_LISTS_POSTED_2015", "CANDIDATE_FILES_DUE_2015");
  }

  @Test
  void aRecordReturnsANewFollowUpAndLeavesThisOneAsItWas() {
    ElectionFollowUp before = ElectionFollowUp.of(OFFICE, timeline2016());
    ElectionFollowUp after = before.recordDone("VOTER_LISTS_POSTED_2015", LocalDate.of(2016, 4, 11));
    assertThat(before.done()).isEmpty();
    assertThat(after.done()).hasSize(1);
    assertThat(before.startsOn()).isEqualTo(LocalDate.of(2016, 1, 28));
    assertThat(after.timeline()).isEqualTo(timeline2016());
  }

  @Test
  void anUnknownMilestoneIsRefused() {
    ElectionFollowUp followUp = officeFollowUp();
    assertThatThrownBy(() -> followUp.recordDone("CANDIDATE_FILES_DUE_2025", APRIL_20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CANDIDATE_FILES_DUE_2025")
        .hasMessageContaining("2016-05-22");
    assertThatThrownBy(() -> followUp.check("NOTHING", APRIL_20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOTHING");
    assertThat(followUp).isEqualTo(officeFollowUp());
  }

  @Test
  void aMilestoneIsRecordedDoneOnce() {
    ElectionFollowUp followUp = officeFollowUp();
    assertThatThrownBy(() -> followUp.recordDone("VOTER_LISTS_POSTED_2015", APRIL_20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VOTER_LISTS_POSTED_2015")
        .hasMessageContaining("2016-04-11")
        .hasMessageContaining("2016-04-20");
    assertThat(followUp).isEqualTo(officeFollowUp());
  }

  @Test
  void aRecordBeforeTheFollowUpStartsIsRefusedAndOneAfterTheDayAskedIsKept() {
    ElectionFollowUp followUp = officeFollowUp();
    assertThatThrownBy(() -> followUp.recordDone("NA_COMPOSITION", LocalDate.of(2016, 1, 27)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2016-01-28")
        .hasMessageContaining("2016-01-27");
    ElectionFollowUp late = followUp.recordDone("VOTING_NOTIFIED_2015", LocalDate.of(2016, 5, 20));
    assertThat(late.check("VOTING_NOTIFIED_2015", LocalDate.of(2016, 5, 1)).status()).isEqualTo(MilestoneStatus.DUE);
    assertThat(late.check("VOTING_NOTIFIED_2015", LocalDate.of(2016, 5, 20)).status())
        .isEqualTo(MilestoneStatus.DONE_LATE);
  }

  @Test
  void anOfficeThatStartedSoonerRecordsFromItsOwnFirstDay() {
    ElectionTimeline timeline2026 = ElectionTimeline.of(ElectionFixtures.DAY_2026);
    ElectionFollowUp followUp =
        ElectionFollowUp.of(OFFICE, timeline2026, LocalDate.of(2025, 5, 21))
            .recordDone("ELECTION_DAY_ANNOUNCED_2025", LocalDate.of(2025, 5, 21));
    assertThat(followUp.check("ELECTION_DAY_ANNOUNCED_2025", LocalDate.of(2025, 6, 1)).status())
        .isEqualTo(MilestoneStatus.DONE);
    assertThatThrownBy(() -> ElectionFollowUp.of(OFFICE, timeline2026, timeline2026.start().plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startsOn was 2025-11-21");
  }

  @Test
  void followUpsAreValues() {
    ElectionFollowUp other =
        ElectionFollowUp.of(OFFICE, timeline2016())
            .recordDone("CANDIDATE_FILES_DUE_2015", LocalDate.of(2016, 3, 15))
            .recordDone("VOTER_LISTS_POSTED_2015", LocalDate.of(2016, 4, 11))
            .recordDone("ELECTION_DAY_ANNOUNCED_2015", LocalDate.of(2016, 1, 28));
    new EqualsTester()
        .addEqualityGroup(officeFollowUp(), other)
        .addEqualityGroup(ElectionFollowUp.of(OFFICE, timeline2016()))
        .addEqualityGroup(ElectionFollowUp.of(ElectionFixtures.VI_THANH_OFFICE, timeline2016()))
        .addEqualityGroup(ElectionFollowUp.of(OFFICE, timeline2016(), LocalDate.of(2016, 1, 1)))
        .addEqualityGroup(ElectionFollowUp.of(OFFICE, timeline2016().forLevel(ElectionLevel.COMMUNE_COUNCIL)))
        .testEquals();
    assertThat(officeFollowUp()).hasToString("ElectionFollowUp[HG-VPTU, 2016-05-22, 3 of 37 done]");
  }
}
