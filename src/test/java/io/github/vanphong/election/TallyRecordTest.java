package io.github.vanphong.election;

import static io.github.vanphong.election.ResultFixtures.AN;
import static io.github.vanphong.election.ResultFixtures.BINH;
import static io.github.vanphong.election.ResultFixtures.CUONG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TallyRecordTest {

  private static final CandidateList LIST =
      CandidateList.of("Đơn vị bầu cử số 3", ElectionLevel.NATIONAL_ASSEMBLY, 1, List.of(AN, BINH, CUONG));

  private static TallyRecord.Builder valid() {
    return TallyRecord.builder()
        .constituency("Đơn vị bầu cử số 3")
        .seats(1)
        .voters(10)
        .voted(8)
        .issued(8)
        .returned(8)
        .valid(7)
        .invalid(1)
        .votes(Map.of(AN, 4, BINH, 2, CUONG, 1));
  }

  @Test
  void aTallyRecordCountsThePollingAreasBallots() {
    TallyRecord record =
        TallyRecord.count(
            LIST,
            10,
            5,
            6,
            List.of(
                Ballot.of(1, Set.of(AN)),
                Ballot.of(1, Set.of(AN)),
                Ballot.of(1, Set.of(BINH)),
                Ballot.of(1, Set.of()),
                Ballot.of(1, Set.of(AN, BINH))));
    assertThat(record.returned()).isEqualTo(5);
    assertThat(record.valid()).isEqualTo(3);
    assertThat(record.invalid()).isEqualTo(2);
    assertThat(record.votes()).containsExactly(Map.entry(AN, 2), Map.entry(BINH, 1), Map.entry(CUONG, 0));
    assertThat(record.votesFor(CUONG)).isZero();
    assertThat(record.candidates()).containsExactly(AN, BINH, CUONG);
    assertThat(record.constituency()).contains("Đơn vị bầu cử số 3");
    assertThat(record)
        .hasToString(
            "TallyRecord['Đơn vị bầu cử số 3', 1 seats, 10 voters, 5 voted, 6 issued, 5 returned, 3 valid, 2 invalid,"
                + " 3 candidates]");
  }

  @Test
  void aBallotOfAnotherListIsRefused() {
    Candidate stranger = ResultFixtures.candidate(9, "Ngô Văn Tư", 1950);
    assertThatThrownBy(() -> TallyRecord.count(LIST, 10, 5, 5, List.of(Ballot.of(1, Set.of(stranger)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TALLY_RECORD")
        .hasMessageContaining("not on it");
    assertThatThrownBy(() -> TallyRecord.count(LIST, 10, 5, 5, List.of(Ballot.of(2, Set.of(AN)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is of 1 seats");
  }

  @Test
  void noMoreBallotsAreReturnedThanIssued() {
    refused(b -> b.issued(7), "no more ballots are returned than issued");
  }

  @Test
  void theValidAndTheInvalidMakeThoseReturned() {
    refused(b -> b.invalid(2), "make those returned");
  }

  @Test
  void noMoreVotersVoteThanAreOnTheList() {
    refused(b -> b.voters(7), "no more voters vote");
  }

  @Test
  void noCandidateHasMoreVotesThanTheValidBallots() {
    refused(b -> b.votes(AN, 8).votes(BINH, 0).votes(CUONG, 0), "no candidate has more votes");
  }

  @Test
  void theVotesAreAtMostTheValidBallotsTimesTheSeats() {
    refused(b -> b.votes(AN, 7).votes(BINH, 7), "at most 7");
  }

  @Test
  void eachValidBallotKeepsAName() {
    refused(b -> b.votes(AN, 1), "at least the valid ballots");
  }

  @Test
  void figuresAreNotNegative() {
    refused(b -> b.voters(-1), "0 or more");
    refused(b -> b.votes(AN, -1), "0 or more");
    refused(b -> b.seats(0), "1 deputy or more");
    refused(b -> b.constituency(" "), "is blank");
    assertThatThrownBy(() -> TallyRecord.builder().seats(1).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TallyRecord.builder().constituency("A").seats(1).build())
        .hasMessageContaining("none");
  }

  @Test
  void recordsOfOneConstituencyMergeAndOthersAreRefused() {
    TallyRecord a = valid().build();
    TallyRecord sum = a.plus(a);
    assertThat(sum.voters()).isEqualTo(20);
    assertThat(sum.votesFor(AN)).isEqualTo(8);
    assertThat(a.plus(TallyRecord.empty())).isSameAs(a);
    assertThat(TallyRecord.empty().plus(a)).isSameAs(a);
    assertThat(TallyRecord.empty().isEmpty()).isTrue();
    assertThat(TallyRecord.empty()).hasToString("TallyRecord[empty]");
    assertThat(List.of(a, a).stream().collect(TallyRecord.collector())).isEqualTo(sum);
    TallyRecord other = valid().constituency("Đơn vị bầu cử số 4").build();
    assertThatThrownBy(() -> a.plus(other)).hasMessageContaining("the records of one constituency merge");
    assertThat(a.plus(valid().voters(12).build()).voters()).isEqualTo(22);
    TallyRecord twoCandidates =
        TallyRecord.builder()
            .constituency("Đơn vị bầu cử số 3")
            .seats(1)
            .votes(Map.of(AN, 0, BINH, 0))
            .build();
    assertThatThrownBy(() -> a.plus(twoCandidates)).hasMessageContaining("the same candidates");
    assertThat(a).isEqualTo(valid().build()).hasSameHashCodeAs(valid().build());
  }

  private static void refused(UnaryOperator<TallyRecord.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(valid()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("TALLY_RECORD")
        .hasMessageContaining(message);
  }
}
