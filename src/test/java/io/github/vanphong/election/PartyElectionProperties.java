package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PersonId;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Results of Party elections: never more winners than places, a threshold that only rises with the votes. */
class PartyElectionProperties {

  @Property(tries = 300)
  void theWinnersNeverExceedThePlacesAndEachPassedTheThreshold(@ForAll PartyElectionResult result) {
    assertThat(result.elected().size()).isLessThanOrEqualTo(result.list().places());
    assertThat(result.placesLeft()).isBetween(0, result.list().places());
    assertThat(result.outcomes()).hasSize(result.list().people());
    result.outcomes().stream()
        .filter(PartyOutcome::isElected)
        .forEach(o -> assertThat(o.votes() * 2L).isGreaterThan(result.electorate().base()));
    result.outcomes().stream()
        .filter(o -> o.status() == PartyOutcomeStatus.BELOW_THRESHOLD)
        .forEach(o -> assertThat(o.votes()).isLessThan(result.electorate().threshold()));
  }

  @Property(tries = 300)
  void moreVotesNeverTurnAWinnerIntoALoser(
      @ForAll PartyElectionResult result, @ForAll @IntRange(min = 0, max = 30) int index, @ForAll @IntRange(min = 1, max = 50) int more) {
    if (result.outcomes().isEmpty()) {
      return;
    }
    PartyOutcome chosen = result.outcomes().get(index % result.outcomes().size());
    if (!chosen.isElected()) {
      return;
    }
    Map<PersonId, Integer> votes = new LinkedHashMap<>(result.votes());
    votes.put(chosen.candidate().id(), Math.min(result.electorate().called(), chosen.votes() + more));
    PartyElectionResult after = PartyElectionResult.of(result.list(), result.electorate(), votes, result.tieRule());
    assertThat(after.outcomeOf(chosen.candidate().id()).orElseThrow().isElected()).isTrue();
  }

  @Property(tries = 200)
  void aRefusedCountChangesNothing(@ForAll PartyElectionResult result) {
    String before = result.toString();
    Map<PersonId, Integer> votes = new LinkedHashMap<>(result.votes());
    votes.put(PersonId.of("NOT-LISTED"), 1);
    assertThatThrownBy(() -> PartyElectionResult.of(result.list(), result.electorate(), votes, result.tieRule()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(result).hasToString(before);
    assertThat(PartyElectionResult.of(result.list(), result.electorate(), result.votes(), result.tieRule()))
        .isEqualTo(result);
  }

  @Property(tries = 200)
  void findingsOfAListAreReportedAtOnceAndLeaveItAsItWas(@ForAll PartyCandidateList list) {
    String before = list.toString();
    var findings = list.findings();
    assertThat(list.findings()).isEqualTo(findings);
    assertThat(list).hasToString(before);
    boolean committee = list.body() == PartyElectedBody.COMMITTEE || list.body() == PartyElectedBody.STANDING_COMMITTEE;
    boolean surplusFound =
        findings.stream()
            .anyMatch(
                f -> f.rule() == PartyElectionRule.SURPLUS_REQUIRED || f.rule() == PartyElectionRule.SURPLUS_AT_MOST_30_PERCENT);
    assertThat(surplusFound).isEqualTo(committee && (list.people() <= list.places() || list.people() > list.maximumPeople()));
    findings.forEach(f -> assertThat(f.electionDay()).isEqualTo(list.electionDay()));
  }
}
