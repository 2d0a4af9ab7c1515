package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Instruments;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartyCandidateListTest {

  static final LocalDate DAY_2025 = LocalDate.of(2025, 10, 14);
  static final LocalDate DAY_2020 = LocalDate.of(2020, 10, 14);

  static List<PartyCandidate> proposed(int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> PartyCandidate.proposed(PersonId.of("DV-" + i), "Nguyễn Văn " + (char) ('A' + i % 26)))
        .toList();
  }

  private static PartyCandidateList committee(int places, List<PartyCandidate> candidates) {
    return PartyCandidateList.of(DAY_2025, PartyElectedBody.COMMITTEE, places, 100, candidates);
  }

  private static List<PartyElectionRule> rules(PartyCandidateList list) {
    return list.findings().stream().map(PartyElectionViolation::rule).toList();
  }

  @Test
  void aCommitteeListWithinTheSurplusHasNoFinding() {
    PartyCandidateList list = committee(10, proposed(11));
    assertThat(list.findings()).isEmpty();
    assertThat(list.hasSurplus()).isTrue();
    assertThat(list.maximumPeople()).isEqualTo(13);
  }

  @Test
  void SURPLUS_REQUIRED() {
    PartyCandidateList list = committee(10, proposed(10));
    assertThat(rules(list)).contains(PartyElectionRule.SURPLUS_REQUIRED);
    PartyElectionViolation finding = list.findings().get(0);
    assertThat(finding.values()).containsExactly(10, 10);
    assertThat(finding.basis().orElseThrow().citation()).isEqualTo("Quy định 190-QĐ/TW, Điều 14, khoản 1");
    assertThat(PartyCandidateList.of(DAY_2025, PartyElectedBody.OTHER, 1, 10, proposed(1)).findings()).isEmpty();
  }

  @Test
  void SURPLUS_AT_MOST_30_PERCENT() {
    List<PartyCandidate> candidates = new ArrayList<>(proposed(11));
    for (int i = 0; i < 3; i++) {
      candidates.add(PartyCandidate.of(PersonId.of("F-" + i), "Trần Thị " + i, PartyNomination.FLOOR, 40));
    }
    assertThat(rules(committee(10, candidates))).containsExactly(PartyElectionRule.SURPLUS_AT_MOST_30_PERCENT);
    assertThat(committee(10, candidates).findings().get(0).message())
        .isEqualTo("the list has at most 30% more candidates than places: at most 13 for 10 places; it has 14");
    assertThat(rules(committee(10, candidates.subList(0, 13)))).isEmpty();
  }

  @Test
  void CONVENING_SURPLUS_10_TO_15_PERCENT() {
    assertThat(rules(committee(20, proposed(21)))).containsExactly(PartyElectionRule.CONVENING_SURPLUS_10_TO_15_PERCENT);
    assertThat(rules(committee(20, proposed(22)))).isEmpty();
    assertThat(rules(committee(20, proposed(23)))).isEmpty();
    assertThat(rules(committee(20, proposed(24)))).containsExactly(PartyElectionRule.CONVENING_SURPLUS_10_TO_15_PERCENT);
    assertThat(rules(committee(5, proposed(6)))).as("a committee of 5 may have a surplus of 1").isEmpty();
  }

  @Test
  void FLOOR_NOMINATION_AGREEMENT() {
    List<PartyCandidate> candidates = new ArrayList<>(proposed(11));
    PartyCandidate thirty = PartyCandidate.of(PersonId.of("F-1"), "Lê Văn Ba", PartyNomination.FLOOR, 30);
    PartyCandidate more = PartyCandidate.of(PersonId.of("F-2"), "Lê Văn Bốn", PartyNomination.SELF, 31);
    candidates.add(thirty);
    candidates.add(more);
    PartyCandidateList list = committee(10, candidates);
    assertThat(rules(list)).containsExactly(PartyElectionRule.FLOOR_NOMINATION_AGREEMENT);
    assertThat(list.findings().get(0).values()).containsExactly(thirty, 30, 100);
    assertThat(PartyElectionRule.FLOOR_NOMINATION_AGREEMENT.citation())
        .contains("Quy định 190-QĐ/TW, Điều 14, khoản 2 và 3");
  }

  @Test
  void ONE_ENTRY_PER_PERSON() {
    List<PartyCandidate> candidates = new ArrayList<>(proposed(12));
    candidates.add(candidates.get(0));
    PartyCandidateList list = committee(10, candidates);
    assertThat(rules(list)).containsExactly(PartyElectionRule.ONE_ENTRY_PER_PERSON);
    assertThat(list.people()).isEqualTo(12);
    assertThat(list.findings().get(0).basis()).isEmpty();
    assertThat(PartyElectionRule.ONE_ENTRY_PER_PERSON.citation()).isEmpty();
  }

  @Test
  void NO_SURPLUS_BALLOT_MARKS() {
    assertThat(PartyCandidateList.of(DAY_2025, PartyElectedBody.OTHER, 1, 10, proposed(1)).ballotColumns())
        .containsExactly(
            PartyBallotColumn.NUMBER, PartyBallotColumn.NAME, PartyBallotColumn.AGREE, PartyBallotColumn.DISAGREE);
    assertThat(committee(10, proposed(11)).ballotColumns())
        .containsExactly(PartyBallotColumn.NUMBER, PartyBallotColumn.NAME);
    assertThat(PartyElectionRule.NO_SURPLUS_BALLOT_MARKS.basisOn(DAY_2025).orElseThrow().citation())
        .isEqualTo("Quy định 190-QĐ/TW, Điều 30, khoản 1");
    assertThat(PartyElectionRule.NO_SURPLUS_BALLOT_MARKS.basisOn(DAY_2020).orElseThrow().citation())
        .isEqualTo("Quy định 244-QĐ/TW, Điều 17");
  }

  @Test
  void theBasisOfAFindingIsChosenByTheDayOfTheElection() {
    PartyCandidateList before = PartyCandidateList.of(DAY_2020, PartyElectedBody.COMMITTEE, 10, 100, proposed(10));
    PartyElectionViolation finding = before.findings().get(0);
    assertThat(finding.basis().orElseThrow().instrument()).isEqualTo(Instruments.PARTY_REGULATION_244_2014);
    assertThat(PartyElectionRule.SURPLUS_REQUIRED.basisOn(LocalDate.of(2024, 10, 9)).orElseThrow().instrument())
        .isEqualTo(Instruments.PARTY_REGULATION_244_2014);
    assertThat(PartyElectionRule.SURPLUS_REQUIRED.basisOn(LocalDate.of(2024, 10, 10)).orElseThrow().instrument())
        .isEqualTo(Instruments.PARTY_REGULATION_190_2024);
    assertThat(PartyElectionRule.SURPLUS_REQUIRED.basisOn(LocalDate.of(2010, 1, 1))).isEmpty();
    assertThat(finding.toString()).startsWith("SURPLUS_REQUIRED (Quy định 244-QĐ/TW, số điều chưa xác định): ");
  }

  @Test
  void aListOrCandidateThatCannotBeIsRefused() {
    assertThatThrownBy(() -> committee(0, proposed(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("places");
    PartyCandidate many = PartyCandidate.of(PersonId.of("F"), "Võ An", PartyNomination.FLOOR, 101);
    assertThatThrownBy(() -> committee(1, List.of(many)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("F: 101 agreed, more than the 100 present");
    assertThatThrownBy(() -> PartyCandidate.of(PersonId.of("C"), "Võ An", PartyNomination.CONVENING_COMMITTEE, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartyCandidate.proposed(PersonId.of("C"), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(many).hasToString("F Võ An (FLOOR, 101 agreed)");
    assertThat(committee(1, List.of())).hasToString("PartyCandidateList[2025-10-14 COMMITTEE, 1 places, 0 candidates, 100 present]");
  }
}
