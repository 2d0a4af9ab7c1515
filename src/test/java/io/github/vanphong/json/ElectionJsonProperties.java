package io.github.vanphong.json;

import static io.github.vanphong.json.JsonLaws.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.election.Ballot;
import io.github.vanphong.election.BallotGround;
import io.github.vanphong.election.BallotValidity;
import io.github.vanphong.election.ByElection;
import io.github.vanphong.election.Candidate;
import io.github.vanphong.election.CandidateList;
import io.github.vanphong.election.CandidateOutcome;
import io.github.vanphong.election.CandidateRule;
import io.github.vanphong.election.CandidateViolation;
import io.github.vanphong.election.CongressCheck;
import io.github.vanphong.election.CongressRecord;
import io.github.vanphong.election.CongressRegister;
import io.github.vanphong.election.CongressRollUp;
import io.github.vanphong.election.CongressRuleBook;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.CongressTerm;
import io.github.vanphong.election.CongressTier;
import io.github.vanphong.election.ConstituencyResult;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.ElectionLevel;
import io.github.vanphong.election.ElectionRule;
import io.github.vanphong.election.ElectionRuleBook;
import io.github.vanphong.election.ElectionTimeline;
import io.github.vanphong.election.Milestone;
import io.github.vanphong.election.MilestoneCheck;
import io.github.vanphong.election.MilestoneRollUp;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.election.PartyCandidate;
import io.github.vanphong.election.PartyCandidateList;
import io.github.vanphong.election.PartyCongressKind;
import io.github.vanphong.election.PartyDelegateAllocation;
import io.github.vanphong.election.PartyElectedBody;
import io.github.vanphong.election.PartyElectionResult;
import io.github.vanphong.election.PartyElectionViolation;
import io.github.vanphong.election.PartyElectorate;
import io.github.vanphong.election.PartyExclusion;
import io.github.vanphong.election.PartyOutcome;
import io.github.vanphong.election.PartyTieRule;
import io.github.vanphong.election.PollingArea;
import io.github.vanphong.election.PollingAreaKind;
import io.github.vanphong.election.PollingAreaViolation;
import io.github.vanphong.election.ResultRollUp;
import io.github.vanphong.election.ResultSummary;
import io.github.vanphong.election.TallyRecord;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.election}. */
class ElectionJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.<Class<?>, String>builder()
          .put(
              MilestoneRollUp.class,
              "a view computed from a MilestoneSummary and a chart's tree, with nothing of its own")
          .put(ResultRollUp.class, "a view computed from a ResultSummary and a chart's tree, with nothing of its own")
          .put(
              CongressRollUp.class,
              "a view computed from a CongressSummary and a chart's tree, with nothing of its own")
          .buildOrThrow();

  private static final LocalDate DAY_2016 = LocalDate.of(2016, 5, 22);

  @Property(tries = 100)
  void rulesObeyTheLaws(@ForAll ElectionRule rule) {
    JsonLaws.assertLaws(rule, ElectionRule.class);
  }

  @Property(tries = 20)
  void ruleBooksObeyTheLaws(@ForAll ElectionRuleBook book) {
    JsonLaws.assertRoundTrip(book, ElectionRuleBook.class);
  }

  @Property(tries = 100)
  void milestonesObeyTheLaws(@ForAll Milestone milestone) {
    JsonLaws.assertLaws(milestone, Milestone.class);
  }

  @Property(tries = 30)
  void timelinesObeyTheLaws(@ForAll ElectionTimeline timeline) {
    JsonLaws.assertRoundTrip(timeline, ElectionTimeline.class);
  }

  @Property(tries = 100)
  void checksObeyTheLaws(@ForAll MilestoneCheck check) {
    JsonLaws.assertLaws(check, MilestoneCheck.class);
  }

  @Property(tries = 30)
  void followUpsReadBack(@ForAll ElectionFollowUp followUp) {
    JsonLaws.assertRoundTrip(followUp, ElectionFollowUp.class);
  }

  @Property(tries = 100)
  void summariesObeyTheLaws(@ForAll MilestoneSummary summary) {
    JsonLaws.assertLaws(summary, MilestoneSummary.class);
  }

  @Example
  void aTimelineOfADistrictThatNoLongerElectsObeysTheLaws() {
    ElectionTimeline none = ElectionTimeline.of(LocalDate.of(2026, 3, 15)).forLevel(ElectionLevel.DISTRICT_COUNCIL);
    JsonLaws.assertLaws(none, ElectionTimeline.class);
    assertThat(JsonLaws.write(none)).isEqualTo("{\"electionDay\":\"2026-03-15\",\"book\":{\"rules\":[]}}");
  }

  @Example
  void aStandardTimelineIsWrittenAsItsElectionDayAlone() {
    ElectionTimeline timeline = ElectionTimeline.of(DAY_2016);
    assertThat(JsonLaws.write(timeline)).isEqualTo("{\"electionDay\":\"2016-05-22\"}");
    JsonLaws.assertLaws(timeline, ElectionTimeline.class);
    assertRefusedAt("{\"electionDay\":\"2016-05-23\"}", ElectionTimeline.class, "$");
  }

  @Example
  void aFollowUpObeysTheLawsAndMatchesItsGoldenFile() {
    ElectionFollowUp followUp = followUp();
    JsonLaws.assertLaws(followUp, ElectionFollowUp.class);
    Golden.assertGolden("vanphong.election-follow-up", 1, ElectionFollowUp.class, followUp);
  }

  @Example
  void aRecordTheLibraryRefusesIsRefusedOnReading() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(followUp());
    ArrayNode done = (ArrayNode) tree.get("done");
    ((ObjectNode) done.get(1)).put("milestone", "ELECTION_DAY_ANNOUNCED_2015");
    assertRefusedAt(tree.toString(), ElectionFollowUp.class, "$");
    ObjectNode early = JsonLaws.MAPPER.valueToTree(followUp());
    ((ObjectNode) ((ArrayNode) early.get("done")).get(0)).put("on", "2015-01-01");
    assertRefusedAt(early.toString(), ElectionFollowUp.class, "$");
  }

  @Example
  void figuresWithoutTheirDayAreRefused() {
    MilestoneSummary summary = MilestoneSummary.of(followUp(), LocalDate.of(2016, 4, 20));
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(summary);
    tree.remove("asOf");
    assertRefusedAt(tree.toString(), MilestoneSummary.class, "$");
    JsonLaws.assertLaws(summary, MilestoneSummary.class);
    JsonLaws.assertLaws(MilestoneSummary.empty(), MilestoneSummary.class);
  }

  @Property(tries = 100)
  void candidatesObeyTheLaws(@ForAll Candidate candidate) {
    JsonLaws.assertLaws(candidate, Candidate.class);
  }

  @Property(tries = 100)
  void candidateListsObeyTheLaws(@ForAll CandidateList list) {
    JsonLaws.assertLaws(list, CandidateList.class);
  }

  @Property(tries = 100)
  void candidateFindingsObeyTheLaws(@ForAll CandidateViolation finding) {
    JsonLaws.assertLaws(finding, CandidateViolation.class);
  }

  @Example
  void aCandidateListAndItsFindingAreWrittenInFull() {
    Candidate an = Candidate.of(PersonId.of("UCV-1"), "Nguyễn Thị An", LocalDate.of(1975, 3, 2));
    CandidateList list = CandidateList.of("Đơn vị bầu cử số 1", ElectionLevel.NATIONAL_ASSEMBLY, 1, List.of(an));
    assertThat(JsonLaws.write(list))
        .isEqualTo(
            "{\"constituency\":\"Đơn vị bầu cử số 1\",\"level\":\"national-assembly\",\"seats\":1,"
                + "\"candidates\":[{\"id\":\"UCV-1\",\"name\":\"Nguyễn Thị An\",\"dateOfBirth\":\"1975-03-02\"}]}");
    CandidateViolation finding = list.findings().get(0);
    assertThat(finding.rule()).isEqualTo(CandidateRule.NATIONAL_ASSEMBLY_CANDIDATE_SURPLUS);
    assertThat(JsonLaws.write(finding))
        .startsWith(
            "{\"rule\":\"national-assembly-candidate-surplus\",\"message\":")
        .endsWith(
            "\"values\":[{\"kind\":\"constituency\",\"value\":\"Đơn vị bầu cử số 1\"},"
                + "{\"kind\":\"count\",\"value\":1},{\"kind\":\"count\",\"value\":1}]}");
    JsonLaws.assertLaws(finding, CandidateViolation.class);
    assertRefusedAt(
        "{\"constituency\":\"Đơn vị 1\",\"level\":\"national-assembly\",\"seats\":0,\"candidates\":[]}",
        CandidateList.class,
        "$");
  }

  @Property(tries = 100)
  void pollingAreasObeyTheLaws(@ForAll PollingArea area) {
    JsonLaws.assertLaws(area, PollingArea.class);
  }

  @Property(tries = 100)
  void pollingAreaFindingsObeyTheLaws(@ForAll PollingAreaViolation finding) {
    JsonLaws.assertLaws(finding, PollingAreaViolation.class);
  }

  @Example
  void aPollingAreaAndItsFindingAreWrittenInFull() {
    PollingArea area = PollingArea.of("Bệnh viện tỉnh", PollingAreaKind.CARE_FACILITY, 42);
    assertThat(JsonLaws.write(area))
        .isEqualTo("{\"name\":\"Bệnh viện tỉnh\",\"kind\":\"care-facility\",\"voters\":42}");
    assertThat(JsonLaws.write(area.findings().get(0)))
        .startsWith("{\"rule\":\"care-facility-area\",\"message\":")
        .endsWith(
            "\"values\":[{\"kind\":\"area\",\"value\":"
                + "{\"name\":\"Bệnh viện tỉnh\",\"kind\":\"care-facility\",\"voters\":42}},"
                + "{\"kind\":\"count\",\"value\":50}]}");
    assertRefusedAt(
        "{\"name\":\"Khu vực 1\",\"kind\":\"ordinary\",\"voters\":0}", PollingArea.class, "$");
  }

  @Property(tries = 100)
  void ballotsObeyTheLaws(@ForAll Ballot ballot) {
    JsonLaws.assertLaws(ballot, Ballot.class);
  }

  @Property(tries = 50)
  void validitiesObeyTheLaws(@ForAll BallotValidity validity) {
    JsonLaws.assertLaws(validity, BallotValidity.class);
  }

  @Property(tries = 100)
  void tallyRecordsObeyTheLaws(@ForAll TallyRecord record) {
    JsonLaws.assertLaws(record, TallyRecord.class);
  }

  @Property(tries = 60)
  void constituencyResultsObeyTheLaws(@ForAll ConstituencyResult result) {
    JsonLaws.assertLaws(result, ConstituencyResult.class);
  }

  @Property(tries = 60)
  void candidateOutcomesObeyTheLaws(@ForAll CandidateOutcome outcome) {
    JsonLaws.assertLaws(outcome, CandidateOutcome.class);
  }

  @Property(tries = 100)
  void byElectionsObeyTheLaws(@ForAll ByElection byElection) {
    JsonLaws.assertLaws(byElection, ByElection.class);
  }

  @Property(tries = 60)
  void resultSummariesObeyTheLaws(@ForAll ResultSummary summary) {
    JsonLaws.assertLaws(summary, ResultSummary.class);
  }

  @Example
  void aTallyRecordIsWrittenInFullAndOneWhoseFiguresDisagreeIsRefused() {
    Candidate an = Candidate.of(PersonId.of("UCV-1"), "Nguyễn Thị An", LocalDate.of(1975, 3, 2));
    TallyRecord record =
        TallyRecord.builder()
            .constituency("Đơn vị bầu cử số 1")
            .seats(1)
            .voters(10)
            .voted(8)
            .issued(8)
            .returned(8)
            .valid(7)
            .invalid(1)
            .votes(an, 7)
            .build();
    String json =
        "{\"constituency\":\"Đơn vị bầu cử số 1\",\"seats\":1,\"voters\":10,\"voted\":8,\"issued\":8,"
            + "\"returned\":8,\"valid\":7,\"invalid\":1,\"votes\":[{\"candidate\":{\"id\":\"UCV-1\","
            + "\"name\":\"Nguyễn Thị An\",\"dateOfBirth\":\"1975-03-02\"},\"votes\":7}]}";
    assertThat(JsonLaws.write(record)).isEqualTo(json);
    assertThat(JsonLaws.write(TallyRecord.empty())).isEqualTo("{}");
    assertRefusedAt(json.replace("\"returned\":8", "\"returned\":9"), TallyRecord.class, "$");
    ConstituencyResult result = ConstituencyResult.of(ElectionLevel.NATIONAL_ASSEMBLY, DAY_2016, record);
    JsonLaws.assertLaws(result, ConstituencyResult.class);
    assertThat(JsonLaws.write(result))
        .isEqualTo("{\"level\":\"national-assembly\",\"electionDay\":\"2016-05-22\",\"rounds\":[" + json + "]}");
    assertRefusedAt(
        "{\"level\":\"national-assembly\",\"electionDay\":\"2016-05-22\",\"rounds\":[" + json + "," + json + "]}",
        ConstituencyResult.class,
        "$");
    assertRefusedAt(
        "{\"level\":\"national-assembly\",\"electionDay\":\"2016-05-22\",\"rounds\":[]}",
        ConstituencyResult.class,
        "$");
    assertThat(JsonLaws.write(Ballot.of(1, Set.of(an)).validity())).isEqualTo("{\"grounds\":[]}");
    assertThat(JsonLaws.write(Ballot.of(1, Set.of()).validity())).isEqualTo("{\"grounds\":[\"all-names-struck\"]}");
    ResultSummary summary = ResultSummary.of(UnitId.of("HG-TU"), result);
    JsonLaws.assertLaws(summary, ResultSummary.class);
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(summary);
    tree.remove("electionDay");
    assertRefusedAt(tree.toString(), ResultSummary.class, "$");
    JsonLaws.assertLaws(ResultSummary.empty(), ResultSummary.class);
    assertThat(JsonLaws.write(BallotGround.NO_STAMP)).isEqualTo("\"no-stamp\"");
  }

  @Property(tries = 100)
  void congressTermsObeyTheLaws(@ForAll CongressTerm term) {
    JsonLaws.assertLaws(term, CongressTerm.class);
  }

  @Property(tries = 30)
  void congressRuleBooksObeyTheLaws(@ForAll CongressRuleBook book) {
    JsonLaws.assertLaws(book, CongressRuleBook.class);
  }

  @Property(tries = 100)
  void congressRecordsObeyTheLaws(@ForAll CongressRecord record) {
    JsonLaws.assertLaws(record, CongressRecord.class);
  }

  @Property(tries = 50)
  void congressRegistersObeyTheLaws(@ForAll CongressRegister register) {
    JsonLaws.assertLaws(register, CongressRegister.class);
  }

  @Property(tries = 100)
  void congressChecksObeyTheLaws(@ForAll CongressCheck check) {
    JsonLaws.assertLaws(check, CongressCheck.class);
  }

  @Property(tries = 100)
  void congressSummariesObeyTheLaws(@ForAll CongressSummary summary) {
    JsonLaws.assertLaws(summary, CongressSummary.class);
  }

  @Example
  void aCongressCheckIsWrittenWithItsTermAndARecordTwiceIsRefused() {
    CongressCheck check =
        CongressCheck.of(
            UnitId.of("HG-CB1"),
            CongressTier.CELL,
            Optional.of(LocalDate.of(2020, 6, 15)),
            Optional.of(CongressRuleBook.CELL_TERM_2011),
            LocalDate.of(2023, 6, 16));
    assertThat(JsonLaws.write(check))
        .startsWith("{\"unit\":\"HG-CB1\",\"tier\":\"cell\",\"asOf\":\"2023-06-16\",\"lastHeldOn\":\"2020-06-15\",")
        .contains("\"term\":{\"name\":\"CELL_TERM_2011\",\"tier\":\"cell\",\"months\":30,\"maximumShiftMonths\":6,");
    JsonLaws.assertLaws(check, CongressCheck.class);
    assertRefusedAt(
        "{\"records\":[{\"unit\":\"A\",\"heldOn\":\"2020-01-01\"},{\"unit\":\"A\",\"heldOn\":\"2020-01-01\"}]}",
        CongressRegister.class,
        "$");
    CongressSummary summary = CongressSummary.of(check);
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(summary);
    tree.remove("asOf");
    assertRefusedAt(tree.toString(), CongressSummary.class, "$");
    JsonLaws.assertLaws(CongressSummary.empty(), CongressSummary.class);
  }

  @Property(tries = 100)
  void partyCandidatesObeyTheLaws(@ForAll PartyCandidate candidate) {
    JsonLaws.assertLaws(candidate, PartyCandidate.class);
  }

  @Property(tries = 100)
  void partyCandidateListsObeyTheLaws(@ForAll PartyCandidateList list) {
    JsonLaws.assertLaws(list, PartyCandidateList.class);
  }

  @Property(tries = 100)
  void partyElectoratesObeyTheLaws(@ForAll PartyElectorate electorate) {
    JsonLaws.assertLaws(electorate, PartyElectorate.class);
  }

  @Property(tries = 100)
  void partyOutcomesObeyTheLaws(@ForAll PartyOutcome outcome) {
    JsonLaws.assertLaws(outcome, PartyOutcome.class);
  }

  @Property(tries = 60)
  void partyElectionResultsObeyTheLaws(@ForAll PartyElectionResult result) {
    JsonLaws.assertLaws(result, PartyElectionResult.class);
  }

  @Property(tries = 100)
  void partyDelegateAllocationsObeyTheLaws(@ForAll PartyDelegateAllocation allocation) {
    JsonLaws.assertLaws(allocation, PartyDelegateAllocation.class);
  }

  @Property(tries = 100)
  void partyElectionFindingsObeyTheLaws(@ForAll PartyElectionViolation finding) {
    JsonLaws.assertLaws(finding, PartyElectionViolation.class);
  }

  @Example
  void aPartyResultIsWrittenAsItsInputsAndItsOutcomesAreComputedOnReading() {
    PartyCandidateList list =
        PartyCandidateList.of(
            LocalDate.of(2025, 10, 14),
            PartyElectedBody.OTHER,
            1,
            10,
            List.of(PartyCandidate.proposed(PersonId.of("DV-1"), "Trần Văn Bình")));
    PartyElectorate electorate =
        PartyElectorate.of(PartyCongressKind.MEMBERS, 12, Map.of(PartyExclusion.ABSENT_WITH_LEAVE, 2));
    PartyElectionResult result =
        PartyElectionResult.of(list, electorate, Map.of(PersonId.of("DV-1"), 6), PartyTieRule.FURTHER_ROUND);
    assertThat(JsonLaws.write(result))
        .isEqualTo(
            "{\"electionDay\":\"2025-10-14\",\"body\":\"other\",\"places\":1,\"present\":10,"
                + "\"candidates\":[{\"id\":\"DV-1\",\"name\":\"Trần Văn Bình\",\"nomination\":\"convening-committee\","
                + "\"agreed\":0,\"votes\":6}],\"electorate\":{\"kind\":\"members\",\"called\":12,"
                + "\"exclusions\":[{\"reason\":\"absent-with-leave\",\"count\":2}]},\"tieRule\":\"further-round\"}");
    assertThat(JsonLaws.read(JsonLaws.write(result), PartyElectionResult.class).elected()).hasSize(1);
    JsonLaws.assertLaws(result, PartyElectionResult.class);
    assertRefusedAt(
        JsonLaws.write(result).replace("\"votes\":6", "\"votes\":13"), PartyElectionResult.class, "$");
  }

  private static ElectionFollowUp followUp() {
    return ElectionFollowUp.of(UnitId.of("HG-VPTU"), ElectionTimeline.of(DAY_2016))
        .recordDone("ELECTION_DAY_ANNOUNCED_2015", LocalDate.of(2016, 1, 28))
        .recordDone("VOTER_LISTS_POSTED_2015", LocalDate.of(2016, 4, 11));
  }
}
