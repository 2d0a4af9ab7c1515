package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recipe "Party congresses: the calendar, the lists and the results" of docs/cookbook.md. */
class PartyCongressRecipeTest {

  @Test
  void theRecipeRuns() {
    CongressRegister held =
        CongressRegister.empty()
            .record(CongressRecord.of(UnitId.of("HG-TU"), LocalDate.of(2020, 10, 14)))
            .record(CongressRecord.of(UnitId.of("HG-CB-VP"), LocalDate.of(2020, 6, 15)));
    UnitTree tree = CongressRuleBookTest.tree(LocalDate.of(2023, 6, 16));
    List<CongressCheck> checks = CongressRuleBook.standard().check(tree, held);
    CongressCheck cell = checks.stream().filter(c -> c.unit().equals(UnitId.of("HG-CB-VP"))).findFirst().orElseThrow();
    assertThat(cell.dueOn()).contains(LocalDate.of(2022, 12, 15));
    assertThat(cell.earliestOn()).contains(LocalDate.of(2022, 6, 15));
    assertThat(cell.latestOn()).contains(LocalDate.of(2023, 6, 15));
    assertThat(cell.status()).isEqualTo(CongressStatus.OVERDUE);
    CongressSummary figures = checks.stream().collect(CongressSummary.collector());
    assertThat(figures.count(CongressStatus.OVERDUE)).isEqualTo(1);
    assertThat(CongressRollUp.of(figures, tree).summaryOf(UnitId.of("HG-TU")).total()).isEqualTo(6);

    List<PartyCandidate> candidates = new ArrayList<>(PartyCandidateListTest.proposed(11));
    candidates.add(PartyCandidate.of(PersonId.of("DV-12"), "Lê Văn Ba", PartyNomination.FLOOR, 30));
    PartyCandidateList list =
        PartyCandidateList.of(LocalDate.of(2025, 10, 14), PartyElectedBody.COMMITTEE, 10, 100, candidates);
    assertThat(list.findings()).singleElement().hasToString(
        "FLOOR_NOMINATION_AGREEMENT (Quy định 190-QĐ/TW, Điều 14, khoản 2 và 3): a nomination from the floor enters"
            + " the list with more than 30% of those present agreeing: DV-12 had 30 of 100");

    PartyElectorate base =
        PartyElectorate.of(
            PartyCongressKind.MEMBERS,
            120,
            Map.of(PartyExclusion.TEMPORARY_ACTIVITY, 3, PartyExclusion.ABSENT_WITH_LEAVE, 2));
    assertThat(base.threshold()).isEqualTo(58);
    Map<PersonId, Integer> votes = new LinkedHashMap<>();
    for (int i = 0; i < 11; i++) {
      votes.put(PersonId.of("DV-" + i), 100 - i * 5);
    }
    votes.put(PersonId.of("DV-12"), 20);
    PartyElectionResult result = PartyElectionResult.of(list, base, votes, PartyTieRule.FURTHER_ROUND);
    assertThat(result.elected()).hasSize(9);
    assertThat(result.furtherRoundNeeded()).isTrue();
    assertThat(result.outcomeOf(PersonId.of("DV-9")).orElseThrow().rule())
        .isEqualTo(PartyElectionRule.WINNING_THRESHOLD_MEMBERS);

    assertThat(
            PartyDelegateAllocation.of(Map.of(UnitId.of("NB-TU"), 12))
                .findings(LocalDate.of(2025, 8, 20), Map.of(UnitId.of("NB-TU"), 13)))
        .extracting(PartyElectionViolation::rule)
        .containsExactly(PartyElectionRule.DELEGATES_WITHIN_ALLOCATION);
  }
}
