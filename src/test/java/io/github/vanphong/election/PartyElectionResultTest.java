package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PersonId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartyElectionResultTest {

  private static final PartyElectorate MEMBERS =
      PartyElectorate.of(
          PartyCongressKind.MEMBERS,
          120,
          Map.of(PartyExclusion.TEMPORARY_ACTIVITY, 3, PartyExclusion.ABSENT_WITH_LEAVE, 2));

  private static PartyCandidateList list(int places, int people) {
    return PartyCandidateList.of(
        PartyCandidateListTest.DAY_2025,
        PartyElectedBody.COMMITTEE,
        places,
        100,
        PartyCandidateListTest.proposed(people));
  }

  private static Map<PersonId, Integer> votes(int... counts) {
    Map<PersonId, Integer> votes = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      votes.put(PersonId.of("DV-" + i), counts[i]);
    }
    return votes;
  }

  private static List<PartyOutcomeStatus> statuses(PartyElectionResult result) {
    return result.outcomes().stream().map(PartyOutcome::status).toList();
  }

  @Test
  void WINNING_THRESHOLD_MEMBERS() {
    assertThat(MEMBERS.base()).isEqualTo(115);
    assertThat(MEMBERS.threshold()).isEqualTo(58);
    PartyElectionResult result = PartyElectionResult.of(list(2, 3), MEMBERS, votes(58, 57, 90), PartyTieRule.FURTHER_ROUND);
    assertThat(statuses(result))
        .containsExactly(PartyOutcomeStatus.ELECTED, PartyOutcomeStatus.BELOW_THRESHOLD, PartyOutcomeStatus.ELECTED);
    assertThat(result.outcomes()).allMatch(o -> o.rule() == PartyElectionRule.WINNING_THRESHOLD_MEMBERS);
    assertThat(PartyElectionRule.WINNING_THRESHOLD_MEMBERS.citation()).contains("Quy định 190-QĐ/TW, Điều 30, khoản 2");
    assertThat(PartyElectionRule.WINNING_THRESHOLD_MEMBERS.basisOn(PartyCandidateListTest.DAY_2020).orElseThrow().article())
        .isEqualTo("Điều 32, khoản 2");
    assertThat(result.furtherRoundNeeded()).isFalse();
    assertThat(result.outcomes().get(0)).hasToString("DV-0 58 votes: ELECTED (WINNING_THRESHOLD_MEMBERS)");
  }

  @Test
  void WINNING_THRESHOLD_DELEGATES() {
    PartyElectorate delegates =
        PartyElectorate.of(PartyCongressKind.DELEGATES, 300, Map.of(PartyExclusion.DELEGATE_ABSENT_WITHOUT_ALTERNATE, 2));
    assertThat(delegates.threshold()).isEqualTo(150);
    assertThat(delegates.thresholdRule()).isEqualTo(PartyElectionRule.WINNING_THRESHOLD_DELEGATES);
    PartyElectionResult result = PartyElectionResult.of(list(1, 2), delegates, votes(150, 149), PartyTieRule.FURTHER_ROUND);
    assertThat(result.elected()).extracting(PartyCandidate::id).containsExactly(PersonId.of("DV-0"));
    assertThatThrownBy(
            () -> PartyElectorate.of(PartyCongressKind.DELEGATES, 300, Map.of(PartyExclusion.ABSENT_WITH_LEAVE, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("excludes at a congress of MEMBERS");
    assertThatThrownBy(() -> PartyElectorate.of(PartyCongressKind.MEMBERS, 3, Map.of(PartyExclusion.ABSENT_WITH_LEAVE, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leave none");
    assertThat(delegates).hasToString("PartyElectorate[DELEGATES, 300 called, base 298]");
  }

  @Test
  void MOST_VOTES_FIRST() {
    PartyElectionResult result = PartyElectionResult.of(list(2, 4), MEMBERS, votes(60, 100, 80, 70), PartyTieRule.FURTHER_ROUND);
    assertThat(statuses(result))
        .containsExactly(
            PartyOutcomeStatus.OUTNUMBERED, PartyOutcomeStatus.ELECTED, PartyOutcomeStatus.ELECTED, PartyOutcomeStatus.OUTNUMBERED);
    assertThat(result.outcomes()).allMatch(o -> o.rule() == PartyElectionRule.MOST_VOTES_FIRST);
  }

  @Test
  void TIE_AT_CUT_OFF() {
    Map<PersonId, Integer> tied = votes(100, 80, 80, 60);
    PartyElectionResult further = PartyElectionResult.of(list(2, 4), MEMBERS, tied, PartyTieRule.FURTHER_ROUND);
    assertThat(statuses(further))
        .containsExactly(
            PartyOutcomeStatus.ELECTED, PartyOutcomeStatus.TIED, PartyOutcomeStatus.TIED, PartyOutcomeStatus.OUTNUMBERED);
    assertThat(further.outcomes().get(1).rule()).isEqualTo(PartyElectionRule.TIE_AT_CUT_OFF);
    assertThat(further.placesLeft()).isEqualTo(1);
    PartyElectionResult inOrder = PartyElectionResult.of(list(2, 4), MEMBERS, tied, PartyTieRule.LIST_ORDER);
    assertThat(statuses(inOrder))
        .containsExactly(
            PartyOutcomeStatus.ELECTED,
            PartyOutcomeStatus.ELECTED,
            PartyOutcomeStatus.OUTNUMBERED,
            PartyOutcomeStatus.OUTNUMBERED);
    assertThat(inOrder.outcomes().get(2).rule()).isEqualTo(PartyElectionRule.TIE_AT_CUT_OFF);
    assertThat(PartyElectionRule.TIE_AT_CUT_OFF.citation()).isEmpty();
    PartyElectionResult enough = PartyElectionResult.of(list(3, 4), MEMBERS, tied, PartyTieRule.FURTHER_ROUND);
    assertThat(enough.elected()).hasSize(3);
  }

  @Test
  void FURTHER_ROUND() {
    PartyElectionResult result = PartyElectionResult.of(list(3, 4), MEMBERS, votes(90, 57, 10, 60), PartyTieRule.FURTHER_ROUND);
    assertThat(result.elected()).hasSize(2);
    assertThat(result.placesLeft()).isEqualTo(1);
    assertThat(result.furtherRoundNeeded()).isTrue();
    assertThat(PartyElectionRule.FURTHER_ROUND.basisOn(PartyCandidateListTest.DAY_2020).orElseThrow().citation())
        .isEqualTo("Quy định 244-QĐ/TW, Điều 20, khoản 2");
    assertThat(result).hasToString("PartyElectionResult[2025-10-14 COMMITTEE, 2 of 3 places elected, threshold 58]");
    assertThat(result.outcomeOf(PersonId.of("DV-1")).map(PartyOutcome::status)).contains(PartyOutcomeStatus.BELOW_THRESHOLD);
    assertThat(result.outcomeOf(PersonId.of("X"))).isEmpty();
  }

  @Test
  void votesThatDoNotMatchTheListAreRefused() {
    PartyCandidateList list = list(1, 2);
    assertThatThrownBy(() -> PartyElectionResult.of(list, MEMBERS, votes(10), PartyTieRule.FURTHER_ROUND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("every person on the list has a count; DV-1 has none");
    assertThatThrownBy(() -> PartyElectionResult.of(list, MEMBERS, votes(1, 2, 3), PartyTieRule.FURTHER_ROUND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DV-2 is not on it");
    assertThatThrownBy(() -> PartyElectionResult.of(list, MEMBERS, votes(1, 121), PartyTieRule.FURTHER_ROUND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("121");
    PartyElectionResult one = PartyElectionResult.of(list, MEMBERS, votes(70, 1), PartyTieRule.FURTHER_ROUND);
    assertThat(one).isEqualTo(PartyElectionResult.of(list, MEMBERS, votes(70, 1), PartyTieRule.FURTHER_ROUND));
    assertThat(one.hashCode())
        .isEqualTo(PartyElectionResult.of(list, MEMBERS, votes(70, 1), PartyTieRule.FURTHER_ROUND).hashCode());
    assertThat(one.tieRule()).isEqualTo(PartyTieRule.FURTHER_ROUND);
  }
}
