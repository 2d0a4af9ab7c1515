package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ElectionRuleBook#standard()}, by its name: the date it gives for the elections it is chosen for
 * (2016-05-22 and 2021-05-23 for the original law's, 2026-03-15 for the amended law's, counted here apart by
 * {@code java.time}'s own arithmetic from the day counts of the reference), its article, mark and elections; then the
 * dates the published timelines give, and the book's own operations.
 */
class ElectionRuleBookTest {

  private static final LocalDate DAY_2016 = LocalDate.of(2016, 5, 22);
  private static final LocalDate DAY_2021 = LocalDate.of(2021, 5, 23);
  private static final LocalDate DAY_2026 = LocalDate.of(2026, 3, 15);

  private static LocalDate dateOf(ElectionRule rule, LocalDate electionDay) {
    return ElectionTimeline.of(electionDay).milestone(rule.name()).orElseThrow().date();
  }

  private static void assertRule(
      ElectionRule rule,
      ElectionStep step,
      int days,
      String article,
      Confirmation confirmation,
      boolean amended,
      ElectionLevel... levels) {
    assertThat(rule.step()).isEqualTo(step);
    assertThat(rule.days()).isEqualTo(days);
    assertThat(rule.basis().instrument()).isEqualTo(Instruments.ELECTION_LAW_2015);
    assertThat(rule.basis().article()).isEqualTo(article);
    assertThat(rule.basis().confirmation()).isEqualTo(confirmation);
    assertThat(rule.basis().asAmendedBy().contains(Instruments.ELECTION_LAW_AMENDMENT_2025)).isEqualTo(amended);
    assertThat(rule.levels()).containsExactlyInAnyOrder(levels);
    assertThat(ElectionRuleBook.standard().rule(rule.name())).contains(rule);
  }

  @Test
  void electionDayAnnounced2015() {
    assertThat(dateOf(ElectionRuleBook.ELECTION_DAY_ANNOUNCED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 1, 28));
    assertThat(dateOf(ElectionRuleBook.ELECTION_DAY_ANNOUNCED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 1, 28));
    assertRule(
        ElectionRuleBook.ELECTION_DAY_ANNOUNCED_2015,
        ElectionStep.ELECTION_DAY_ANNOUNCED,
        115,
        "Điều 5",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void electionDayAnnounced2025() {
    assertThat(dateOf(ElectionRuleBook.ELECTION_DAY_ANNOUNCED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 11, 20));
    assertRule(
        ElectionRuleBook.ELECTION_DAY_ANNOUNCED_2025,
        ElectionStep.ELECTION_DAY_ANNOUNCED,
        115,
        "Điều 5",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilComposition2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_COMPOSITION_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 2, 7));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_COMPOSITION_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 2, 7));
    assertRule(
        ElectionRuleBook.COUNCIL_COMPOSITION_2015,
        ElectionStep.COMPOSITION_PLANNED,
        105,
        "Điều 9",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilComposition2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_COMPOSITION_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 11, 30));
    assertRule(
        ElectionRuleBook.COUNCIL_COMPOSITION_2025,
        ElectionStep.COMPOSITION_PLANNED,
        105,
        "Điều 9",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void electionCommitteesFormed2015() {
    assertThat(dateOf(ElectionRuleBook.ELECTION_COMMITTEES_FORMED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 2, 7));
    assertThat(dateOf(ElectionRuleBook.ELECTION_COMMITTEES_FORMED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 2, 7));
    assertRule(
        ElectionRuleBook.ELECTION_COMMITTEES_FORMED_2015,
        ElectionStep.ELECTION_COMMITTEES_FORMED,
        105,
        "Điều 22, khoản 1 và 2",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void electionCommitteesFormed2025() {
    assertThat(dateOf(ElectionRuleBook.ELECTION_COMMITTEES_FORMED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 11, 30));
    assertRule(
        ElectionRuleBook.ELECTION_COMMITTEES_FORMED_2025,
        ElectionStep.ELECTION_COMMITTEES_FORMED,
        105,
        "Điều 22, khoản 1 và 2",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilFirstConsultation2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_FIRST_CONSULTATION_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 2, 17));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_FIRST_CONSULTATION_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 2, 17));
    assertRule(
        ElectionRuleBook.COUNCIL_FIRST_CONSULTATION_2015,
        ElectionStep.FIRST_CONSULTATION,
        95,
        "Điều 50, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilFirstConsultation2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_FIRST_CONSULTATION_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 12, 10));
    assertRule(
        ElectionRuleBook.COUNCIL_FIRST_CONSULTATION_2025,
        ElectionStep.FIRST_CONSULTATION,
        95,
        "Điều 50, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilFirstAdjustment2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_FIRST_ADJUSTMENT_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 2, 22));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_FIRST_ADJUSTMENT_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 2, 22));
    assertRule(
        ElectionRuleBook.COUNCIL_FIRST_ADJUSTMENT_2015,
        ElectionStep.FIRST_ADJUSTMENT,
        90,
        "Điều 51",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilFirstAdjustment2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_FIRST_ADJUSTMENT_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 12, 15));
    assertRule(
        ElectionRuleBook.COUNCIL_FIRST_ADJUSTMENT_2025,
        ElectionStep.FIRST_ADJUSTMENT,
        90,
        "Điều 51",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void constituenciesAnnounced2015() {
    assertThat(dateOf(ElectionRuleBook.CONSTITUENCIES_ANNOUNCED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 3, 3));
    assertThat(dateOf(ElectionRuleBook.CONSTITUENCIES_ANNOUNCED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 3, 4));
    assertRule(
        ElectionRuleBook.CONSTITUENCIES_ANNOUNCED_2015,
        ElectionStep.CONSTITUENCIES_ANNOUNCED,
        80,
        "Điều 10, khoản 2 và 3",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void constituenciesAnnounced2025() {
    assertThat(dateOf(ElectionRuleBook.CONSTITUENCIES_ANNOUNCED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 12, 25));
    assertRule(
        ElectionRuleBook.CONSTITUENCIES_ANNOUNCED_2025,
        ElectionStep.CONSTITUENCIES_ANNOUNCED,
        80,
        "Điều 10, khoản 2 và 3",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void electionBoardsFormed2015() {
    assertThat(dateOf(ElectionRuleBook.ELECTION_BOARDS_FORMED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 3, 13));
    assertThat(dateOf(ElectionRuleBook.ELECTION_BOARDS_FORMED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 3, 14));
    assertRule(
        ElectionRuleBook.ELECTION_BOARDS_FORMED_2015,
        ElectionStep.ELECTION_BOARDS_FORMED,
        70,
        "Điều 24, khoản 1 và 2",
        Confirmation.REPORTED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void electionBoardsFormed2025() {
    assertThat(dateOf(ElectionRuleBook.ELECTION_BOARDS_FORMED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 1, 4));
    assertRule(
        ElectionRuleBook.ELECTION_BOARDS_FORMED_2025,
        ElectionStep.ELECTION_BOARDS_FORMED,
        70,
        "Điều 24, khoản 1 và 2",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void candidateFilesDue2015() {
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_FILES_DUE_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 3, 13));
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_FILES_DUE_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 3, 14));
    assertRule(
        ElectionRuleBook.CANDIDATE_FILES_DUE_2015,
        ElectionStep.CANDIDATE_FILES_DUE,
        70,
        "Điều 35, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void candidateFilesDue2025() {
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_FILES_DUE_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 1));
    assertRule(
        ElectionRuleBook.CANDIDATE_FILES_DUE_2025,
        ElectionStep.CANDIDATE_FILES_DUE,
        42,
        "Điều 35, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naSecondConsultation2015() {
    assertThat(dateOf(ElectionRuleBook.NA_SECOND_CONSULTATION_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 3, 18));
    assertThat(dateOf(ElectionRuleBook.NA_SECOND_CONSULTATION_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 3, 19));
    assertRule(
        ElectionRuleBook.NA_SECOND_CONSULTATION_2015,
        ElectionStep.SECOND_CONSULTATION,
        65,
        "Điều 43, khoản 1; Điều 44, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naSecondConsultation2025() {
    assertThat(dateOf(ElectionRuleBook.NA_SECOND_CONSULTATION_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 3));
    assertRule(
        ElectionRuleBook.NA_SECOND_CONSULTATION_2025,
        ElectionStep.SECOND_CONSULTATION,
        40,
        "Điều 43, khoản 1; Điều 44, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void councilSecondConsultation2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_SECOND_CONSULTATION_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 3, 18));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_SECOND_CONSULTATION_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 3, 19));
    assertRule(
        ElectionRuleBook.COUNCIL_SECOND_CONSULTATION_2015,
        ElectionStep.SECOND_CONSULTATION,
        65,
        "Điều 53, khoản 1",
        Confirmation.REPORTED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilSecondConsultation2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_SECOND_CONSULTATION_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 3));
    assertRule(
        ElectionRuleBook.COUNCIL_SECOND_CONSULTATION_2025,
        ElectionStep.SECOND_CONSULTATION,
        40,
        "Điều 53, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void secondAdjustment2015() {
    assertThat(dateOf(ElectionRuleBook.SECOND_ADJUSTMENT_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 3, 28));
    assertThat(dateOf(ElectionRuleBook.SECOND_ADJUSTMENT_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 3, 29));
    assertRule(
        ElectionRuleBook.SECOND_ADJUSTMENT_2015,
        ElectionStep.SECOND_ADJUSTMENT,
        55,
        "Điều 47",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void secondAdjustment2025() {
    assertThat(dateOf(ElectionRuleBook.SECOND_ADJUSTMENT_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 5));
    assertRule(
        ElectionRuleBook.SECOND_ADJUSTMENT_2025,
        ElectionStep.SECOND_ADJUSTMENT,
        38,
        "Điều 47",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void pollingTeamsFormed2015() {
    assertThat(dateOf(ElectionRuleBook.POLLING_TEAMS_FORMED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 2));
    assertThat(dateOf(ElectionRuleBook.POLLING_TEAMS_FORMED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 3));
    assertRule(
        ElectionRuleBook.POLLING_TEAMS_FORMED_2015,
        ElectionStep.POLLING_TEAMS_FORMED,
        50,
        "Điều 25, khoản 1",
        Confirmation.REPORTED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void pollingTeamsFormed2025() {
    assertThat(dateOf(ElectionRuleBook.POLLING_TEAMS_FORMED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 1, 31));
    assertRule(
        ElectionRuleBook.POLLING_TEAMS_FORMED_2025,
        ElectionStep.POLLING_TEAMS_FORMED,
        43,
        "Điều 25, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void voterListsPosted2015() {
    assertThat(dateOf(ElectionRuleBook.VOTER_LISTS_POSTED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 12));
    assertThat(dateOf(ElectionRuleBook.VOTER_LISTS_POSTED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 13));
    assertRule(
        ElectionRuleBook.VOTER_LISTS_POSTED_2015,
        ElectionStep.VOTER_LISTS_POSTED,
        40,
        "Điều 32",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void voterListsPosted2025() {
    assertThat(dateOf(ElectionRuleBook.VOTER_LISTS_POSTED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 3));
    assertRule(
        ElectionRuleBook.VOTER_LISTS_POSTED_2025,
        ElectionStep.VOTER_LISTS_POSTED,
        40,
        "Điều 32",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void voterConcernsAnswered2015() {
    assertThat(dateOf(ElectionRuleBook.VOTER_CONCERNS_ANSWERED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 12));
    assertThat(dateOf(ElectionRuleBook.VOTER_CONCERNS_ANSWERED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 13));
    assertRule(
        ElectionRuleBook.VOTER_CONCERNS_ANSWERED_2015,
        ElectionStep.VOTER_CONCERNS_ANSWERED,
        40,
        "Điều 46, khoản 4; Điều 55, khoản 4",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void voterConcernsAnswered2025() {
    assertThat(dateOf(ElectionRuleBook.VOTER_CONCERNS_ANSWERED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 8));
    assertRule(
        ElectionRuleBook.VOTER_CONCERNS_ANSWERED_2025,
        ElectionStep.VOTER_CONCERNS_ANSWERED,
        35,
        "Điều 46, khoản 4; Điều 55, khoản 4",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naThirdConsultation2015() {
    assertThat(dateOf(ElectionRuleBook.NA_THIRD_CONSULTATION_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 17));
    assertThat(dateOf(ElectionRuleBook.NA_THIRD_CONSULTATION_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 18));
    assertRule(
        ElectionRuleBook.NA_THIRD_CONSULTATION_2015,
        ElectionStep.THIRD_CONSULTATION,
        35,
        "Điều 48, khoản 1; Điều 49, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naThirdConsultation2025() {
    assertThat(dateOf(ElectionRuleBook.NA_THIRD_CONSULTATION_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 20));
    assertRule(
        ElectionRuleBook.NA_THIRD_CONSULTATION_2025,
        ElectionStep.THIRD_CONSULTATION,
        23,
        "Điều 48, khoản 1; Điều 49, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void councilThirdConsultation2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_THIRD_CONSULTATION_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 17));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_THIRD_CONSULTATION_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 18));
    assertRule(
        ElectionRuleBook.COUNCIL_THIRD_CONSULTATION_2015,
        ElectionStep.THIRD_CONSULTATION,
        35,
        "Điều 56, khoản 1",
        Confirmation.REPORTED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilThirdConsultation2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_THIRD_CONSULTATION_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 20));
    assertRule(
        ElectionRuleBook.COUNCIL_THIRD_CONSULTATION_2025,
        ElectionStep.THIRD_CONSULTATION,
        23,
        "Điều 56, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naCandidatesSent2015() {
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATES_SENT_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 22));
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATES_SENT_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 23));
    assertRule(
        ElectionRuleBook.NA_CANDIDATES_SENT_2015,
        ElectionStep.CANDIDATES_SENT,
        30,
        "Điều 57, khoản 1 và 2",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naCandidatesSent2025() {
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATES_SENT_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 22));
    assertRule(
        ElectionRuleBook.NA_CANDIDATES_SENT_2025,
        ElectionStep.CANDIDATES_SENT,
        21,
        "Điều 57, khoản 1 và 2",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void councilCandidatesSent2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATES_SENT_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 22));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATES_SENT_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 23));
    assertRule(
        ElectionRuleBook.COUNCIL_CANDIDATES_SENT_2015,
        ElectionStep.CANDIDATES_SENT,
        30,
        "Điều 58, khoản 1",
        Confirmation.REPORTED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilCandidatesSent2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATES_SENT_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 22));
    assertRule(
        ElectionRuleBook.COUNCIL_CANDIDATES_SENT_2025,
        ElectionStep.CANDIDATES_SENT,
        21,
        "Điều 58, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void ballotsToBoards2015() {
    assertThat(dateOf(ElectionRuleBook.BALLOTS_TO_BOARDS_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 27));
    assertThat(dateOf(ElectionRuleBook.BALLOTS_TO_BOARDS_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 28));
    assertRule(
        ElectionRuleBook.BALLOTS_TO_BOARDS_2015,
        ElectionStep.BALLOTS_TO_BOARDS,
        25,
        "Điều 23, khoản 1, điểm g; khoản 2, điểm h",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void ballotsToBoards2025() {
    assertThat(dateOf(ElectionRuleBook.BALLOTS_TO_BOARDS_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 26));
    assertRule(
        ElectionRuleBook.BALLOTS_TO_BOARDS_2025,
        ElectionStep.BALLOTS_TO_BOARDS,
        17,
        "Điều 23, khoản 1, điểm g; khoản 2, điểm h",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naCandidateListPublished2015() {
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATE_LIST_PUBLISHED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 27));
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATE_LIST_PUBLISHED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 28));
    assertRule(
        ElectionRuleBook.NA_CANDIDATE_LIST_PUBLISHED_2015,
        ElectionStep.CANDIDATE_LIST_PUBLISHED,
        25,
        "Điều 57, khoản 4",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naCandidateListPublished2025() {
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATE_LIST_PUBLISHED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 26));
    assertRule(
        ElectionRuleBook.NA_CANDIDATE_LIST_PUBLISHED_2025,
        ElectionStep.CANDIDATE_LIST_PUBLISHED,
        17,
        "Điều 57, khoản 4",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void councilCandidateListPublished2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATE_LIST_PUBLISHED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 4, 27));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATE_LIST_PUBLISHED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 4, 28));
    assertRule(
        ElectionRuleBook.COUNCIL_CANDIDATE_LIST_PUBLISHED_2015,
        ElectionStep.CANDIDATE_LIST_PUBLISHED,
        25,
        "Điều 58, khoản 2",
        Confirmation.REPORTED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilCandidateListPublished2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATE_LIST_PUBLISHED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 26));
    assertRule(
        ElectionRuleBook.COUNCIL_CANDIDATE_LIST_PUBLISHED_2025,
        ElectionStep.CANDIDATE_LIST_PUBLISHED,
        17,
        "Điều 58, khoản 2",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naCandidateListAnnouncedLocally2015() {
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 2));
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 3));
    assertRule(
        ElectionRuleBook.NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2015,
        ElectionStep.CANDIDATE_LIST_ANNOUNCED_LOCALLY,
        20,
        "Điều 57, khoản 7",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naCandidateListAnnouncedLocally2025() {
    assertThat(dateOf(ElectionRuleBook.NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 27));
    assertRule(
        ElectionRuleBook.NA_CANDIDATE_LIST_ANNOUNCED_LOCALLY_2025,
        ElectionStep.CANDIDATE_LIST_ANNOUNCED_LOCALLY,
        16,
        "Điều 57, khoản 7",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void candidateListsPosted2015() {
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_LISTS_POSTED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 2));
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_LISTS_POSTED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 3));
    assertRule(
        ElectionRuleBook.CANDIDATE_LISTS_POSTED_2015,
        ElectionStep.CANDIDATE_LISTS_POSTED,
        20,
        "Điều 59",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void candidateListsPosted2025() {
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_LISTS_POSTED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 2, 27));
    assertRule(
        ElectionRuleBook.CANDIDATE_LISTS_POSTED_2025,
        ElectionStep.CANDIDATE_LISTS_POSTED,
        16,
        "Điều 59",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void ballotsToTeams2015() {
    assertThat(dateOf(ElectionRuleBook.BALLOTS_TO_TEAMS_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 7));
    assertThat(dateOf(ElectionRuleBook.BALLOTS_TO_TEAMS_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 8));
    assertRule(
        ElectionRuleBook.BALLOTS_TO_TEAMS_2015,
        ElectionStep.BALLOTS_TO_TEAMS,
        15,
        "Điều 24, khoản 3, điểm d",
        Confirmation.REPORTED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void ballotsToTeams2025() {
    assertThat(dateOf(ElectionRuleBook.BALLOTS_TO_TEAMS_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 2));
    assertRule(
        ElectionRuleBook.BALLOTS_TO_TEAMS_2025,
        ElectionStep.BALLOTS_TO_TEAMS,
        13,
        "Điều 24, khoản 3, điểm d",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void candidateComplaintsClosed2015() {
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_COMPLAINTS_CLOSED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 12));
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_COMPLAINTS_CLOSED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 13));
    assertRule(
        ElectionRuleBook.CANDIDATE_COMPLAINTS_CLOSED_2015,
        ElectionStep.CANDIDATE_COMPLAINTS_CLOSED,
        10,
        "Điều 61, khoản 2",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void candidateComplaintsClosed2025() {
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_COMPLAINTS_CLOSED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 5));
    assertRule(
        ElectionRuleBook.CANDIDATE_COMPLAINTS_CLOSED_2025,
        ElectionStep.CANDIDATE_COMPLAINTS_CLOSED,
        10,
        "Điều 61, khoản 2",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void votingNotified2015() {
    assertThat(dateOf(ElectionRuleBook.VOTING_NOTIFIED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 12));
    assertThat(dateOf(ElectionRuleBook.VOTING_NOTIFIED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 13));
    assertRule(
        ElectionRuleBook.VOTING_NOTIFIED_2015,
        ElectionStep.VOTING_NOTIFIED,
        10,
        "Điều 70",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void votingNotified2025() {
    assertThat(dateOf(ElectionRuleBook.VOTING_NOTIFIED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 5));
    assertRule(
        ElectionRuleBook.VOTING_NOTIFIED_2025,
        ElectionStep.VOTING_NOTIFIED,
        10,
        "Điều 70",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void campaignEnds2015() {
    assertThat(dateOf(ElectionRuleBook.CAMPAIGN_ENDS_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 21));
    assertThat(dateOf(ElectionRuleBook.CAMPAIGN_ENDS_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 22));
    assertRule(
        ElectionRuleBook.CAMPAIGN_ENDS_2015,
        ElectionStep.CAMPAIGN_ENDS,
        1,
        "Điều 64",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void campaignEnds2025() {
    assertThat(dateOf(ElectionRuleBook.CAMPAIGN_ENDS_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 14));
    assertRule(
        ElectionRuleBook.CAMPAIGN_ENDS_2025,
        ElectionStep.CAMPAIGN_ENDS,
        1,
        "Điều 64",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void tallyRecordsSent2015() {
    assertThat(dateOf(ElectionRuleBook.TALLY_RECORDS_SENT_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 25));
    assertThat(dateOf(ElectionRuleBook.TALLY_RECORDS_SENT_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 26));
    assertRule(
        ElectionRuleBook.TALLY_RECORDS_SENT_2015,
        ElectionStep.TALLY_RECORDS_SENT,
        3,
        "Điều 76, khoản 3",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void tallyRecordsSent2025() {
    assertThat(dateOf(ElectionRuleBook.TALLY_RECORDS_SENT_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 18));
    assertRule(
        ElectionRuleBook.TALLY_RECORDS_SENT_2025,
        ElectionStep.TALLY_RECORDS_SENT,
        3,
        "Điều 76, khoản 3",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void constituencyRecordsSent2015() {
    assertThat(dateOf(ElectionRuleBook.CONSTITUENCY_RECORDS_SENT_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 27));
    assertThat(dateOf(ElectionRuleBook.CONSTITUENCY_RECORDS_SENT_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 5, 28));
    assertRule(
        ElectionRuleBook.CONSTITUENCY_RECORDS_SENT_2015,
        ElectionStep.CONSTITUENCY_RECORDS_SENT,
        5,
        "Điều 77, khoản 3 và 4",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void constituencyRecordsSent2025() {
    assertThat(dateOf(ElectionRuleBook.CONSTITUENCY_RECORDS_SENT_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 20));
    assertRule(
        ElectionRuleBook.CONSTITUENCY_RECORDS_SENT_2025,
        ElectionStep.CONSTITUENCY_RECORDS_SENT,
        5,
        "Điều 77, khoản 3 và 4",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naResultsAnnounced2015() {
    assertThat(dateOf(ElectionRuleBook.NA_RESULTS_ANNOUNCED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 6, 11));
    assertThat(dateOf(ElectionRuleBook.NA_RESULTS_ANNOUNCED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 6, 12));
    assertRule(
        ElectionRuleBook.NA_RESULTS_ANNOUNCED_2015,
        ElectionStep.RESULTS_ANNOUNCED,
        20,
        "Điều 86, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naResultsAnnounced2025() {
    assertThat(dateOf(ElectionRuleBook.NA_RESULTS_ANNOUNCED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 25));
    assertRule(
        ElectionRuleBook.NA_RESULTS_ANNOUNCED_2025,
        ElectionStep.RESULTS_ANNOUNCED,
        10,
        "Điều 86, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void councilResultsAnnounced2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULTS_ANNOUNCED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 6, 1));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULTS_ANNOUNCED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 6, 2));
    assertRule(
        ElectionRuleBook.COUNCIL_RESULTS_ANNOUNCED_2015,
        ElectionStep.RESULTS_ANNOUNCED,
        10,
        "Điều 86, khoản 2",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilResultsAnnounced2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULTS_ANNOUNCED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 25));
    assertRule(
        ElectionRuleBook.COUNCIL_RESULTS_ANNOUNCED_2025,
        ElectionStep.RESULTS_ANNOUNCED,
        10,
        "Điều 86, khoản 2",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naResultComplaintsClosed2015() {
    assertThat(dateOf(ElectionRuleBook.NA_RESULT_COMPLAINTS_CLOSED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 6, 16));
    assertThat(dateOf(ElectionRuleBook.NA_RESULT_COMPLAINTS_CLOSED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 6, 17));
    assertRule(
        ElectionRuleBook.NA_RESULT_COMPLAINTS_CLOSED_2015,
        ElectionStep.RESULT_COMPLAINTS_CLOSED,
        5,
        "Điều 87, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naResultComplaintsClosed2025() {
    assertThat(dateOf(ElectionRuleBook.NA_RESULT_COMPLAINTS_CLOSED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 28));
    assertRule(
        ElectionRuleBook.NA_RESULT_COMPLAINTS_CLOSED_2025,
        ElectionStep.RESULT_COMPLAINTS_CLOSED,
        3,
        "Điều 87, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void councilResultComplaintsClosed2015() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULT_COMPLAINTS_CLOSED_2015, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 6, 6));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULT_COMPLAINTS_CLOSED_2015, LocalDate.of(2021, 5, 23)))
        .isEqualTo(LocalDate.of(2021, 6, 7));
    assertRule(
        ElectionRuleBook.COUNCIL_RESULT_COMPLAINTS_CLOSED_2015,
        ElectionStep.RESULT_COMPLAINTS_CLOSED,
        5,
        "Điều 87, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.DISTRICT_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void councilResultComplaintsClosed2025() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULT_COMPLAINTS_CLOSED_2025, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 28));
    assertRule(
        ElectionRuleBook.COUNCIL_RESULT_COMPLAINTS_CLOSED_2025,
        ElectionStep.RESULT_COMPLAINTS_CLOSED,
        3,
        "Điều 87, khoản 1",
        Confirmation.VERIFIED,
        true,
        ElectionLevel.PROVINCIAL_COUNCIL,
        ElectionLevel.COMMUNE_COUNCIL);
  }

  @Test
  void naComposition() {
    assertThat(dateOf(ElectionRuleBook.NA_COMPOSITION, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 2, 7));
    assertThat(dateOf(ElectionRuleBook.NA_COMPOSITION, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 11, 30));
    assertRule(
        ElectionRuleBook.NA_COMPOSITION,
        ElectionStep.COMPOSITION_PLANNED,
        105,
        "Điều 8, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naFirstConsultation() {
    assertThat(dateOf(ElectionRuleBook.NA_FIRST_CONSULTATION, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 2, 17));
    assertThat(dateOf(ElectionRuleBook.NA_FIRST_CONSULTATION, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 12, 10));
    assertRule(
        ElectionRuleBook.NA_FIRST_CONSULTATION,
        ElectionStep.FIRST_CONSULTATION,
        95,
        "Điều 38, khoản 1; Điều 39, khoản 1",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void naFirstAdjustment() {
    assertThat(dateOf(ElectionRuleBook.NA_FIRST_ADJUSTMENT, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 2, 22));
    assertThat(dateOf(ElectionRuleBook.NA_FIRST_ADJUSTMENT, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2025, 12, 15));
    assertRule(
        ElectionRuleBook.NA_FIRST_ADJUSTMENT,
        ElectionStep.FIRST_ADJUSTMENT,
        90,
        "Điều 40",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  @Test
  void provincialRecordSent() {
    assertThat(dateOf(ElectionRuleBook.PROVINCIAL_RECORD_SENT, LocalDate.of(2016, 5, 22)))
        .isEqualTo(LocalDate.of(2016, 5, 29));
    assertThat(dateOf(ElectionRuleBook.PROVINCIAL_RECORD_SENT, LocalDate.of(2026, 3, 15)))
        .isEqualTo(LocalDate.of(2026, 3, 22));
    assertRule(
        ElectionRuleBook.PROVINCIAL_RECORD_SENT,
        ElectionStep.PROVINCIAL_RECORD_SENT,
        7,
        "Điều 83, khoản 3",
        Confirmation.VERIFIED,
        false,
        ElectionLevel.NATIONAL_ASSEMBLY);
  }

  // ---- the dates the published timelines give ------------------------------------------------------------------

  @Test
  void theCompositionOf2016IsPlannedBy7February() {
    assertThat(dateOf(ElectionRuleBook.NA_COMPOSITION, DAY_2016)).isEqualTo(LocalDate.of(2016, 2, 7));
  }

  @Test
  void theConstituenciesOf2021AreAnnouncedBy4March() {
    assertThat(dateOf(ElectionRuleBook.CONSTITUENCIES_ANNOUNCED_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 3, 4));
  }

  @Test
  void the2021StepsOfPlan42FallOnThePublishedDays() {
    assertThat(dateOf(ElectionRuleBook.COUNCIL_COMPOSITION_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 2, 7));
    assertThat(dateOf(ElectionRuleBook.ELECTION_BOARDS_FORMED_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 3, 14));
    assertThat(dateOf(ElectionRuleBook.CANDIDATE_FILES_DUE_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 3, 14));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_SECOND_CONSULTATION_2015, DAY_2021))
        .isEqualTo(LocalDate.of(2021, 3, 19));
    assertThat(dateOf(ElectionRuleBook.POLLING_TEAMS_FORMED_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 4, 3));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATES_SENT_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 4, 23));
  }

  @Test
  void theResultsOf2021AreAnnouncedBy12JuneForTheAssemblyAnd2JuneForTheCouncils() {
    assertThat(dateOf(ElectionRuleBook.NA_RESULTS_ANNOUNCED_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 6, 12));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULTS_ANNOUNCED_2015, DAY_2021)).isEqualTo(LocalDate.of(2021, 6, 2));
  }

  @Test
  void theCandidateFilesOf2026CloseOnSunday1FebruaryNotMovedOffTheWeekend() {
    LocalDate due = dateOf(ElectionRuleBook.CANDIDATE_FILES_DUE_2025, DAY_2026);
    assertThat(due).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(due.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
  }

  @Test
  void theThirdConsultationAndTheCandidatesSentOf2026StayWithinTet() {
    assertThat(dateOf(ElectionRuleBook.NA_THIRD_CONSULTATION_2025, DAY_2026)).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_CANDIDATES_SENT_2025, DAY_2026)).isEqualTo(LocalDate.of(2026, 2, 22));
  }

  @Test
  void theCampaignOf2026EndsOnSaturday14MarchAndTheResultsAreAnnouncedBy25March() {
    assertThat(dateOf(ElectionRuleBook.CAMPAIGN_ENDS_2025, DAY_2026)).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(dateOf(ElectionRuleBook.NA_RESULTS_ANNOUNCED_2025, DAY_2026)).isEqualTo(LocalDate.of(2026, 3, 25));
    assertThat(dateOf(ElectionRuleBook.COUNCIL_RESULTS_ANNOUNCED_2025, DAY_2026)).isEqualTo(LocalDate.of(2026, 3, 25));
  }

  // ---- the book ----------------------------------------------------------------------------------------------------

  @Test
  void theOriginalLawsRulesServeTheElectionsOf2016And2021AndTheAmendedLawsThatOf2026() {
    ElectionRuleBook book = ElectionRuleBook.standard();
    assertThat(book.rules()).hasSize(70);
    assertThat(book.rulesFor(DAY_2016)).hasSize(37).allMatch(r -> !r.name().endsWith("_2025"));
    assertThat(book.rulesFor(DAY_2021)).isEqualTo(book.rulesFor(DAY_2016));
    assertThat(book.rulesFor(DAY_2026)).hasSize(37).allMatch(r -> !r.name().endsWith("_2015"));
    assertThat(book.rulesFor(ElectionRuleBook.AMENDMENT_DAY.minusDays(1)))
        .contains(ElectionRuleBook.CANDIDATE_FILES_DUE_2015);
    assertThat(book.rulesFor(ElectionRuleBook.AMENDMENT_DAY)).contains(ElectionRuleBook.CANDIDATE_FILES_DUE_2025);
    assertThat(book.rulesFor(LocalDate.of(2015, 8, 31))).isEmpty();
  }

  @Test
  void theDistrictCouncilIsElectedUnderTheOriginalLawOnly() {
    assertThat(ElectionRuleBook.standard().rulesFor(DAY_2016))
        .anyMatch(r -> r.appliesTo(ElectionLevel.DISTRICT_COUNCIL));
    assertThat(ElectionRuleBook.standard().rulesFor(DAY_2026))
        .noneMatch(r -> r.appliesTo(ElectionLevel.DISTRICT_COUNCIL));
  }

  @Test
  void aRuleOfTheSameNameReplacesTheBooksInItsPlace() {
    ElectionRule moved =
        ElectionRule.builder().from(ElectionRuleBook.CANDIDATE_FILES_DUE_2025).days(44).build();
    ElectionRuleBook book = ElectionRuleBook.standard().with(moved);
    assertThat(book.rules()).hasSize(70);
    assertThat(book.rules().indexOf(moved))
        .isEqualTo(ElectionRuleBook.standard().rules().indexOf(ElectionRuleBook.CANDIDATE_FILES_DUE_2025));
    assertThat(book.timeline(DAY_2026).milestone("CANDIDATE_FILES_DUE_2025").orElseThrow().date())
        .isEqualTo(LocalDate.of(2026, 1, 30));
    assertThat(ElectionRuleBook.standard().rule("CANDIDATE_FILES_DUE_2025"))
        .contains(ElectionRuleBook.CANDIDATE_FILES_DUE_2025);
  }

  @Test
  void aNewRuleComesLast() {
    ElectionRule own =
        ElectionRule.builder()
            .name("PROVINCIAL_PLAN")
            .step(ElectionStep.VOTER_LISTS_POSTED)
            .addLevels(ElectionLevel.PROVINCIAL_COUNCIL)
            .days(45)
            .counting(DayCounting.BEFORE_ELECTION_DAY)
            .basis(LegalBasis.of(Instruments.ELECTION_LAW_2015, "Điều 32"))
            .validity(Validity.from(ElectionRuleBook.AMENDMENT_DAY))
            .build();
    ElectionRuleBook book = ElectionRuleBook.standard().with(own);
    assertThat(book.rules()).hasSize(71).last().isEqualTo(own);
    assertThat(book.timeline(DAY_2026).milestone("PROVINCIAL_PLAN").orElseThrow().date())
        .isEqualTo(LocalDate.of(2026, 1, 29));
  }

  @Test
  void aRuleIsRemovedByNameAndAnUnknownNameIsRefused() {
    ElectionRuleBook book = ElectionRuleBook.standard().without("SECOND_ADJUSTMENT_2025");
    assertThat(book.rules()).hasSize(69);
    assertThat(book.rule("SECOND_ADJUSTMENT_2025")).isEmpty();
    assertThat(book.timeline(DAY_2026).milestone("SECOND_ADJUSTMENT_2025")).isEmpty();
    assertThatThrownBy(() -> book.without("SECOND_ADJUSTMENT_2025"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SECOND_ADJUSTMENT_2025");
    assertThat(ElectionRuleBook.standard().rules()).hasSize(70);
  }

  @Test
  void aBookNamesEachRuleOnce() {
    assertThatThrownBy(
            () ->
                ElectionRuleBook.of(
                    java.util.List.of(ElectionRuleBook.VOTING_NOTIFIED_2015, ElectionRuleBook.VOTING_NOTIFIED_2015)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VOTING_NOTIFIED_2015");
  }

  @Test
  void booksOfTheSameRulesAreEqual() {
    ElectionRuleBook copy = ElectionRuleBook.of(ElectionRuleBook.standard().rules());
    assertThat(copy).isEqualTo(ElectionRuleBook.standard()).hasSameHashCodeAs(ElectionRuleBook.standard());
    assertThat(copy).isNotEqualTo(copy.without("VOTING_NOTIFIED_2015")).isNotEqualTo("a book");
    assertThat(copy.toString()).isEqualTo("ElectionRuleBook[70 rules]");
  }

  @Test
  void electionDayIsASundayUnderArticle5() {
    assertThat(ElectionRuleBook.ELECTION_DAY_IS_SUNDAY.citation())
        .isEqualTo("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13, Điều 5");
    assertThat(ElectionRuleBook.ELECTION_DAY_IS_SUNDAY.confirmation()).isEqualTo(Confirmation.VERIFIED);
  }

  @Test
  void theElectionLawsFirstDayIsUnconfirmedAndItsAmendmentsVerified() {
    assertThat(Instruments.ELECTION_LAW_2015.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(Instruments.ELECTION_LAW_2015.amendedBy()).containsExactly(Instruments.ELECTION_LAW_AMENDMENT_2025);
    assertThat(Instruments.ELECTION_LAW_AMENDMENT_2025.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(Instruments.all())
        .contains(Instruments.ELECTION_LAW_2015, Instruments.ELECTION_LAW_AMENDMENT_2025);
  }
}
