package io.github.vanphong.election;

import static io.github.vanphong.election.ResultFixtures.AN;
import static io.github.vanphong.election.ResultFixtures.BINH;
import static io.github.vanphong.election.ResultFixtures.CUONG;
import static io.github.vanphong.election.ResultFixtures.DAY_2016;
import static io.github.vanphong.election.ResultFixtures.DAY_2026;
import static io.github.vanphong.election.ResultFixtures.DUNG;
import static io.github.vanphong.election.ResultFixtures.HA;
import static io.github.vanphong.election.ResultFixtures.KHANH;
import static io.github.vanphong.election.ResultFixtures.LAN;
import static io.github.vanphong.election.ResultFixtures.MINH;
import static io.github.vanphong.election.ResultFixtures.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstituencyResultTest {

  private static final String ONE = "Đơn vị bầu cử số 1";

  private static Map<Candidate, Integer> votes(Object... pairs) {
    Map<Candidate, Integer> votes = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      votes.put((Candidate) pairs[i], (Integer) pairs[i + 1]);
    }
    return votes;
  }

  /** A council of 5 seats in which An and Bình win more than half of 900 valid ballots; the others do not. */
  static ConstituencyResult twoOfFive(LocalDate day) {
    return ConstituencyResult.of(
        ElectionLevel.PROVINCIAL_COUNCIL,
        day,
        tally(ONE, 5, 900, votes(AN, 700, BINH, 600, CUONG, 450, DUNG, 400, HA, 400, KHANH, 300, LAN, 300, MINH, 200)));
  }

  @Test
  void aTieForTheLastSeatGoesToTheOlderCandidate() {
    ConstituencyResult result =
        ConstituencyResult.of(
            ElectionLevel.PROVINCIAL_COUNCIL, DAY_2016, tally(ONE, 2, 1_000, votes(AN, 700, BINH, 600, CUONG, 600)));
    assertThat(result.outcomes())
        .extracting(CandidateOutcome::candidate, CandidateOutcome::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AN, ResultDecision.ELECTED_BY_MAJORITY),
            org.assertj.core.groups.Tuple.tuple(BINH, ResultDecision.ELECTED_BY_AGE_AT_TIE),
            org.assertj.core.groups.Tuple.tuple(CUONG, ResultDecision.NOT_ELECTED_YOUNGER_AT_TIE));
    assertThat(result.outcomes().get(1).decision().rule()).isEqualTo(ResultRule.OLDER_CANDIDATE_AT_TIE);
    assertThat(result.elected()).containsExactly(AN, BINH);
    assertThat(result.nextRound()).isEqualTo(NextRound.NONE);
    assertThat(result.nextRoundRule()).isEmpty();
    assertThat(result.nextRoundBy()).isEmpty();
    assertThat(result.explain()).contains("elected as the older at a tie (Điều 78, khoản 4)");
  }

  @Test
  void aTieOfCandidatesBornTheSameDayFillsNeitherSeat() {
    Candidate twin = Candidate.of(PersonId.of("UCV-09"), "Nguyễn Văn Bảo", BINH.dateOfBirth());
    ConstituencyResult result =
        ConstituencyResult.of(
            ElectionLevel.NATIONAL_ASSEMBLY, DAY_2016, tally(ONE, 2, 1_000, votes(AN, 700, BINH, 600, twin, 600)));
    assertThat(result.outcomes())
        .extracting(CandidateOutcome::decision)
        .containsExactly(
            ResultDecision.ELECTED_BY_MAJORITY,
            ResultDecision.NOT_ELECTED_TIE_OF_SAME_AGE,
            ResultDecision.NOT_ELECTED_TIE_OF_SAME_AGE);
    assertThat(result.nextRound()).isEqualTo(NextRound.TOP_UP);
  }

  @Test
  void aTieWithinTheSeatsIsDecidedByTheMajority() {
    ConstituencyResult result =
        ConstituencyResult.of(
            ElectionLevel.NATIONAL_ASSEMBLY, DAY_2016, tally(ONE, 2, 1_000, votes(AN, 600, BINH, 600, CUONG, 100)));
    assertThat(result.outcomes())
        .extracting(CandidateOutcome::decision)
        .containsExactly(
            ResultDecision.ELECTED_BY_MAJORITY,
            ResultDecision.ELECTED_BY_MAJORITY,
            ResultDecision.NOT_ELECTED_BELOW_HALF);
  }

  @Test
  void aCouncilConstituencyFillingTwoOfFiveSeatsHoldsATopUpElection() {
    ConstituencyResult result = twoOfFive(DAY_2016);
    assertThat(result.filled()).isEqualTo(2);
    assertThat(result.shortfall()).isEqualTo(3);
    assertThat(result.nextRound()).isEqualTo(NextRound.TOP_UP);
    assertThat(result.nextRoundRule()).contains(ResultRule.COUNCIL_TOP_UP);
    assertThat(result.nextRoundTimeLimit()).contains(ResultRule.TOP_UP_WITHIN_15_DAYS);
    assertThat(result.nextRoundBy()).contains(LocalDate.of(2016, 6, 6));
    assertThat(result.outcomes().get(2).decision())
        .as("450 of 900 is not more than half")
        .isEqualTo(ResultDecision.NOT_ELECTED_BELOW_HALF);
    assertThat(result.explain()).contains("2 of 5 seats filled: top-up election required, by 2016-06-06");
  }

  @Test
  void aTopUpElectionFrom2025IsHeldWithinSevenDays() {
    ConstituencyResult result = twoOfFive(DAY_2026);
    assertThat(result.nextRoundTimeLimit()).contains(ResultRule.TOP_UP_WITHIN_7_DAYS);
    assertThat(result.nextRoundBy()).contains(LocalDate.of(2026, 3, 22));
  }

  @Test
  void aCouncilConstituencyFillingFourOfFiveSeatsHoldsNoTopUpElection() {
    ConstituencyResult result =
        ConstituencyResult.of(
            ElectionLevel.COMMUNE_COUNCIL,
            DAY_2016,
            tally(ONE, 5, 900, votes(AN, 700, BINH, 600, CUONG, 550, DUNG, 500, HA, 400, KHANH, 300, LAN, 300, MINH, 200)));
    assertThat(result.filled()).isEqualTo(4);
    assertThat(result.nextRound()).isEqualTo(NextRound.TOP_UP_NOT_REQUIRED);
    assertThat(result.nextRoundRule()).contains(ResultRule.COUNCIL_TOP_UP);
    assertThat(result.nextRoundBy()).isEmpty();
    assertThatThrownBy(() -> result.topUp(tally(ONE, 1, 900, votes(HA, 900))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("COUNCIL_TOP_UP");
  }

  @Test
  void aNationalAssemblyShortfallOfOneSeatHoldsATopUpElection() {
    ConstituencyResult result =
        ConstituencyResult.of(
            ElectionLevel.NATIONAL_ASSEMBLY,
            DAY_2016,
            tally(ONE, 3, 900, votes(AN, 700, BINH, 600, CUONG, 450, DUNG, 400, HA, 300)));
    assertThat(result.nextRound()).isEqualTo(NextRound.TOP_UP);
    assertThat(result.nextRoundRule()).contains(ResultRule.NATIONAL_ASSEMBLY_TOP_UP);
  }

  @Test
  void aTopUpElectionIsHeldOnceAmongTheCandidatesNotElected() {
    ConstituencyResult first = twoOfFive(DAY_2016);
    assertThatThrownBy(() -> first.topUp(tally(ONE, 3, 800, votes(AN, 500, CUONG, 500))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TOP_UP_ONCE_AMONG_LOSERS");
    assertThatThrownBy(() -> first.topUp(tally(ONE, 2, 800, votes(CUONG, 500, DUNG, 500))))
        .hasMessageStartingWith("TOP_UP_ONCE_AMONG_LOSERS");
    ConstituencyResult topUp = first.topUp(tally(ONE, 3, 800, votes(CUONG, 500, DUNG, 300, HA, 200, KHANH, 100)));
    assertThat(topUp.round()).isEqualTo(Round.TOP_UP);
    assertThat(topUp.elected()).containsExactly(AN, BINH, CUONG);
    assertThat(topUp.filled()).isEqualTo(3);
    assertThat(topUp.nextRound()).isEqualTo(NextRound.NO_SECOND_TOP_UP);
    assertThat(topUp.nextRoundRule()).contains(ResultRule.TOP_UP_ONCE_AMONG_LOSERS);
    assertThat(topUp.rounds()).hasSize(2).containsExactly(first.tally(), topUp.tally());
    assertThat(topUp.previous()).contains(first);
    assertThatThrownBy(() -> topUp.topUp(tally(ONE, 2, 800, votes(DUNG, 800))))
        .hasMessageStartingWith("TOP_UP_ONCE_AMONG_LOSERS");
    assertThat(first.nextRound()).as("the first result is left as it was").isEqualTo(NextRound.TOP_UP);
    assertThat(topUp.explain()).startsWith(first.explain()).contains("Top-up election of the election of 2016-05-22");
  }

  @Test
  void aTurnoutOfExactlyOneHalfCallsAReRun() {
    ConstituencyResult result =
        ConstituencyResult.of(
            ElectionLevel.NATIONAL_ASSEMBLY, DAY_2016, tally(ONE, 1, 500, votes(AN, 400, BINH, 100, CUONG, 0)));
    assertThat(result.turnoutMoreThanHalf()).isFalse();
    assertThat(result.nextRound()).isEqualTo(NextRound.RE_RUN);
    assertThat(result.nextRoundRule()).contains(ResultRule.RE_RUN);
    assertThat(result.nextRoundTimeLimit()).contains(ResultRule.RE_RUN_WITHIN_15_DAYS);
    assertThat(result.nextRoundBy()).contains(LocalDate.of(2016, 6, 6));
    assertThat(result.elected()).isEmpty();
    assertThat(result.outcomes())
        .extracting(CandidateOutcome::decision)
        .containsOnly(ResultDecision.NOT_COUNTED_LOW_TURNOUT);
    assertThat(result.explain()).contains("not more than half: the round does not count (Điều 78, khoản 1)");
    assertThatThrownBy(() -> result.topUp(tally(ONE, 1, 500, votes(AN, 500))))
        .hasMessageStartingWith("NATIONAL_ASSEMBLY_TOP_UP");
  }

  @Test
  void aReRunIsHeldOnceWithTheSameCandidatesAndItsResultIsAcceptedWhateverItsTurnout() {
    ConstituencyResult first =
        ConstituencyResult.of(
            ElectionLevel.NATIONAL_ASSEMBLY, DAY_2026, tally(ONE, 1, 500, votes(AN, 400, BINH, 100, CUONG, 0)));
    assertThat(first.nextRoundBy()).contains(LocalDate.of(2026, 3, 22));
    assertThatThrownBy(() -> first.reRun(tally(ONE, 1, 400, votes(AN, 300, BINH, 100))))
        .hasMessageStartingWith("RE_RUN_ONCE");
    ConstituencyResult reRun = first.reRun(tally(ONE, 1, 400, votes(AN, 300, BINH, 100, CUONG, 0)));
    assertThat(reRun.round()).isEqualTo(Round.RE_RUN);
    assertThat(reRun.turnoutMoreThanHalf()).isFalse();
    assertThat(reRun.elected()).containsExactly(AN);
    assertThat(reRun.nextRound()).isEqualTo(NextRound.NONE);
    assertThat(reRun.explain()).contains("not more than half, accepted in a re-run (Điều 80, khoản 4)");
    assertThatThrownBy(() -> reRun.reRun(tally(ONE, 1, 400, votes(AN, 300, BINH, 100, CUONG, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RE_RUN:");
  }

  @Test
  void theMostVotesWinWhenMoreWinAMajorityThanThereAreSeats() {
    ConstituencyResult result =
        ConstituencyResult.of(
            ElectionLevel.NATIONAL_ASSEMBLY,
            DAY_2016,
            tally(ONE, 2, 1_000, votes(AN, 700, BINH, 600, CUONG, 550, DUNG, 0)));
    assertThat(result.outcomes())
        .extracting(CandidateOutcome::decision)
        .containsExactly(
            ResultDecision.ELECTED_BY_MAJORITY,
            ResultDecision.ELECTED_BY_MAJORITY,
            ResultDecision.NOT_ELECTED_SEATS_FULL,
            ResultDecision.NOT_ELECTED_BELOW_HALF);
    assertThat(result)
        .hasToString("ConstituencyResult['Đơn vị bầu cử số 1', NATIONAL_ASSEMBLY, 2016-05-22, FIRST, 2 of 2 seats filled, NONE]");
    assertThat(result.outcomes().get(0).toString()).contains(": 700 votes, elected by majority (");
  }

  @Test
  void electionDayIsASundayUnderTheElectionLaw() {
    TallyRecord record = tally(ONE, 1, 1_000, votes(AN, 700, BINH, 300));
    assertThatThrownBy(() -> ConstituencyResult.of(ElectionLevel.NATIONAL_ASSEMBLY, DAY_2016.plusDays(1), record))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sunday");
    assertThatThrownBy(() -> ConstituencyResult.of(ElectionLevel.NATIONAL_ASSEMBLY, LocalDate.of(2011, 5, 22), record))
        .hasMessageContaining("before 2015-09-01");
    assertThatThrownBy(() -> ConstituencyResult.of(ElectionLevel.DISTRICT_COUNCIL, DAY_2026, record))
        .hasMessageContaining("no district People's Council");
    assertThatThrownBy(() -> ConstituencyResult.of(ElectionLevel.NATIONAL_ASSEMBLY, DAY_2016, TallyRecord.empty()))
        .hasMessageContaining("empty");
    assertThat(ConstituencyResult.of(ElectionLevel.DISTRICT_COUNCIL, DAY_2016, record).elected()).containsExactly(AN);
  }

  @Test
  void equalResultsAreOfEqualRounds() {
    assertThat(twoOfFive(DAY_2016)).isEqualTo(twoOfFive(DAY_2016)).hasSameHashCodeAs(twoOfFive(DAY_2016));
    assertThat(twoOfFive(DAY_2016)).isNotEqualTo(twoOfFive(DAY_2026));
    assertThat(twoOfFive(DAY_2016).level()).isEqualTo(ElectionLevel.PROVINCIAL_COUNCIL);
    assertThat(twoOfFive(DAY_2016).electionDay()).isEqualTo(DAY_2016);
    assertThat(twoOfFive(DAY_2016).seats()).isEqualTo(5);
    assertThat(twoOfFive(DAY_2016).constituency()).isEqualTo(ONE);
    assertThat(twoOfFive(DAY_2016).previous()).isEmpty();
  }

  @Test
  void theTimeLimitsAreChosenByTheElectionDay() {
    assertThat(ResultRule.reRunTimeLimit(LocalDate.of(2025, 6, 29))).isEqualTo(ResultRule.RE_RUN_WITHIN_15_DAYS);
    assertThat(ResultRule.reRunTimeLimit(LocalDate.of(2025, 7, 6))).isEqualTo(ResultRule.RE_RUN_WITHIN_7_DAYS);
    assertThat(ResultRule.RE_RUN_WITHIN_7_DAYS.days()).hasValue(7);
    assertThat(ResultRule.RE_RUN.days()).isEmpty();
    assertThat(ResultRule.TOP_UP_WITHIN_7_DAYS.basis().asAmendedBy()).isNotEmpty();
    assertThat(ResultRule.RE_RUN.isChosenFor(DAY_2026)).isTrue();
    assertThatThrownBy(() -> ResultRule.topUpTimeLimit(LocalDate.of(2015, 8, 31)))
        .isInstanceOf(IllegalArgumentException.class);
    for (ResultRule rule : ResultRule.values()) {
      assertThat(rule.citation()).contains(rule.basis().citation());
      assertThat(rule.validity().contains(rule.basis().inForceFrom())).isTrue();
    }
  }

  /** The recipe of docs/cookbook.md, "Ballots, tally records and a constituency's result". */
  @Test
  void theRecipeRuns() {
    CandidateList list = ResultFixtures.councilOfFive();
    assertThat(Ballot.of(3, java.util.Set.of()).validity()).hasToString("invalid: ALL_NAMES_STRUCK");
    java.util.List<Ballot> ballotsOfArea1 =
        java.util.Collections.nCopies(700, Ballot.of(5, java.util.Set.of(AN, BINH)));
    TallyRecord area1 = TallyRecord.count(list, 1_200, 700, 710, ballotsOfArea1);
    TallyRecord area2 =
        TallyRecord.builder()
            .constituency("Đơn vị bầu cử số 1")
            .seats(5)
            .voters(900)
            .voted(850)
            .issued(850)
            .returned(850)
            .valid(840)
            .invalid(10)
            .votes(votes(AN, 400, BINH, 440, CUONG, 300, DUNG, 200, HA, 100, KHANH, 0, LAN, 0, MINH, 0))
            .build();
    TallyRecord constituency = java.util.stream.Stream.of(area1, area2).collect(TallyRecord.collector());
    ConstituencyResult result = ConstituencyResult.of(ElectionLevel.PROVINCIAL_COUNCIL, DAY_2016, constituency);
    assertThat(result.elected()).containsExactly(BINH, AN);
    assertThat(result.nextRound()).isEqualTo(NextRound.TOP_UP);
    assertThat(result.nextRoundBy()).contains(LocalDate.of(2016, 6, 6));
    TallyRecord topUpRecord = tally(ONE, 3, 800, votes(CUONG, 500, DUNG, 450, HA, 420, KHANH, 300, LAN, 200, MINH, 100));
    ConstituencyResult after = result.topUp(topUpRecord);
    assertThat(after.elected()).containsExactly(BINH, AN, CUONG, DUNG, HA);
    assertThat(after.nextRound()).isEqualTo(NextRound.NONE);
    ResultSummary figures =
        java.util.List.of(after).stream().collect(ResultSummary.collector(r -> ElectionFixtures.PROVINCE));
    ResultRollUp rollUp = ResultRollUp.of(figures, ElectionFixtures.chart(), LocalDate.of(2016, 6, 30));
    assertThat(rollUp.summaryOf(ElectionFixtures.PROVINCE).count(ResultFigure.FILLED)).isEqualTo(5);
  }
}
