package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
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
import io.github.vanphong.election.CongressRuleBook;
import io.github.vanphong.election.CongressStatus;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.CongressTerm;
import io.github.vanphong.election.CongressTier;
import io.github.vanphong.election.ConstituencyResult;
import io.github.vanphong.election.DayCounting;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.ElectionLevel;
import io.github.vanphong.election.ElectionRule;
import io.github.vanphong.election.ElectionRuleBook;
import io.github.vanphong.election.ElectionStep;
import io.github.vanphong.election.ElectionTimeline;
import io.github.vanphong.election.Milestone;
import io.github.vanphong.election.MilestoneCheck;
import io.github.vanphong.election.MilestoneStatus;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.election.NextRound;
import io.github.vanphong.election.PartyBallotColumn;
import io.github.vanphong.election.PartyCandidate;
import io.github.vanphong.election.PartyCandidateList;
import io.github.vanphong.election.PartyCongressKind;
import io.github.vanphong.election.PartyDelegateAllocation;
import io.github.vanphong.election.PartyElectedBody;
import io.github.vanphong.election.PartyElectionResult;
import io.github.vanphong.election.PartyElectionRule;
import io.github.vanphong.election.PartyElectionViolation;
import io.github.vanphong.election.PartyElectorate;
import io.github.vanphong.election.PartyExclusion;
import io.github.vanphong.election.PartyNomination;
import io.github.vanphong.election.PartyOutcome;
import io.github.vanphong.election.PartyOutcomeStatus;
import io.github.vanphong.election.PartyTieRule;
import io.github.vanphong.election.PollingArea;
import io.github.vanphong.election.PollingAreaKind;
import io.github.vanphong.election.PollingAreaRule;
import io.github.vanphong.election.PollingAreaViolation;
import io.github.vanphong.election.ResultDecision;
import io.github.vanphong.election.ResultFigure;
import io.github.vanphong.election.ResultRule;
import io.github.vanphong.election.ResultSummary;
import io.github.vanphong.election.Round;
import io.github.vanphong.election.TallyRecord;
import io.github.vanphong.election.VietnameseCollation;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of the types of {@code io.github.vanphong.election}: the rules of the timeline, timelines, the
 * office's follow-up and its figures; candidate lists, their rules and findings; ballots, tally records, constituency
 * results, by-elections and the results' figures; polling areas and their findings; the congress calendar of the
 * Party and elections in the Party.
 */
final class ElectionCodecs {
  private ElectionCodecs() {}

  static final EnumCodec<ElectionLevel> ELECTION_LEVEL =
      Codecs.codes(ElectionLevel.class)
          .code(ElectionLevel.NATIONAL_ASSEMBLY, "national-assembly")
          .code(ElectionLevel.PROVINCIAL_COUNCIL, "provincial-council")
          .code(ElectionLevel.DISTRICT_COUNCIL, "district-council")
          .code(ElectionLevel.COMMUNE_COUNCIL, "commune-council")
          .build();

  static final EnumCodec<DayCounting> DAY_COUNTING =
      Codecs.codes(DayCounting.class)
          .code(DayCounting.BEFORE_ELECTION_DAY, "before-election-day")
          .code(DayCounting.AFTER_ELECTION_DAY, "after-election-day")
          .code(DayCounting.AFTER_RESULTS, "after-results")
          .build();

  static final EnumCodec<MilestoneStatus> MILESTONE_STATUS =
      Codecs.codes(MilestoneStatus.class)
          .code(MilestoneStatus.DONE, "done")
          .code(MilestoneStatus.DONE_LATE, "done-late")
          .code(MilestoneStatus.DUE, "due")
          .code(MilestoneStatus.OVERDUE, "overdue")
          .build();

  static final EnumCodec<ElectionStep> ELECTION_STEP =
      Codecs.codes(ElectionStep.class)
          .code(ElectionStep.ELECTION_DAY_ANNOUNCED, "election-day-announced")
          .code(ElectionStep.COMPOSITION_PLANNED, "composition-planned")
          .code(ElectionStep.ELECTION_COMMITTEES_FORMED, "election-committees-formed")
          .code(ElectionStep.FIRST_CONSULTATION, "first-consultation")
          .code(ElectionStep.FIRST_ADJUSTMENT, "first-adjustment")
          .code(ElectionStep.CONSTITUENCIES_ANNOUNCED, "constituencies-announced")
          .code(ElectionStep.ELECTION_BOARDS_FORMED, "election-boards-formed")
          .code(ElectionStep.CANDIDATE_FILES_DUE, "candidate-files-due")
          .code(ElectionStep.SECOND_CONSULTATION, "second-consultation")
          .code(ElectionStep.SECOND_ADJUSTMENT, "second-adjustment")
          .code(ElectionStep.POLLING_TEAMS_FORMED, "polling-teams-formed")
          .code(ElectionStep.VOTER_LISTS_POSTED, "voter-lists-posted")
          .code(ElectionStep.VOTER_CONCERNS_ANSWERED, "voter-concerns-answered")
          .code(ElectionStep.THIRD_CONSULTATION, "third-consultation")
          .code(ElectionStep.CANDIDATES_SENT, "candidates-sent")
          .code(ElectionStep.BALLOTS_TO_BOARDS, "ballots-to-boards")
          .code(ElectionStep.CANDIDATE_LIST_PUBLISHED, "candidate-list-published")
          .code(ElectionStep.CANDIDATE_LIST_ANNOUNCED_LOCALLY, "candidate-list-announced-locally")
          .code(ElectionStep.CANDIDATE_LISTS_POSTED, "candidate-lists-posted")
          .code(ElectionStep.BALLOTS_TO_TEAMS, "ballots-to-teams")
          .code(ElectionStep.CANDIDATE_COMPLAINTS_CLOSED, "candidate-complaints-closed")
          .code(ElectionStep.VOTING_NOTIFIED, "voting-notified")
          .code(ElectionStep.CAMPAIGN_ENDS, "campaign-ends")
          .code(ElectionStep.TALLY_RECORDS_SENT, "tally-records-sent")
          .code(ElectionStep.CONSTITUENCY_RECORDS_SENT, "constituency-records-sent")
          .code(ElectionStep.PROVINCIAL_RECORD_SENT, "provincial-record-sent")
          .code(ElectionStep.RESULTS_ANNOUNCED, "results-announced")
          .code(ElectionStep.RESULT_COMPLAINTS_CLOSED, "result-complaints-closed")
          .build();

  /** A rule of the timeline in full: its step, elections, days and counting, basis and the election days it serves. */
  static final Codec<ElectionRule> ELECTION_RULE =
      Codecs.object(
          ElectionRule.class,
          (out, r) ->
              out.text("name", r.name())
                  .put("step", ELECTION_STEP, r.step())
                  .list("levels", ELECTION_LEVEL, r.levels())
                  .integer("days", r.days())
                  .put("counting", DAY_COUNTING, r.counting())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis())
                  .put("validity", LawCodecs.VALIDITY, r.validity()),
          in ->
              ElectionRule.builder()
                  .name(in.text("name"))
                  .step(in.get("step", ELECTION_STEP))
                  .levels(in.set("levels", ELECTION_LEVEL))
                  .days(in.integer("days"))
                  .counting(in.get("counting", DAY_COUNTING))
                  .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                  .validity(in.get("validity", LawCodecs.VALIDITY))
                  .build());

  /** A rule book: its rules in order, each in full. */
  static final Codec<ElectionRuleBook> ELECTION_RULE_BOOK =
      Codecs.object(
          ElectionRuleBook.class,
          (out, b) -> out.list("rules", ELECTION_RULE, b.rules()),
          in -> ElectionRuleBook.of(in.list("rules", ELECTION_RULE)));

  /** A milestone: its rule in full and its date. */
  static final Codec<Milestone> MILESTONE =
      Codecs.object(
          Milestone.class,
          (out, m) -> out.put("rule", ELECTION_RULE, m.rule()).put("date", Codecs.DATE, m.date()),
          in -> Milestone.of(in.get("rule", ELECTION_RULE), in.get("date", Codecs.DATE)));

  /**
   * A timeline: its election day and, unless it is the standard book's, a book of the rules of its milestones in their
   * order; the dates are computed again on reading, so a date cannot disagree with its rule.
   */
  static final Codec<ElectionTimeline> ELECTION_TIMELINE =
      Codecs.object(
          ElectionTimeline.class,
          (out, t) -> {
            out.put("electionDay", Codecs.DATE, t.electionDay());
            if (!t.equals(ElectionTimeline.of(t.electionDay()))) {
              out.put(
                  "book",
                  ELECTION_RULE_BOOK,
                  ElectionRuleBook.of(
                      t.milestones().stream().map(Milestone::rule).collect(ImmutableList.toImmutableList())));
            }
          },
          in -> {
            LocalDate day = in.get("electionDay", Codecs.DATE);
            return in.optional("book", ELECTION_RULE_BOOK)
                .map(book -> ElectionTimeline.of(day, book))
                .orElseGet(() -> ElectionTimeline.of(day));
          });

  /** How a milestone stands on a day: the milestone, the day and the day it was done, if by then. */
  static final Codec<MilestoneCheck> MILESTONE_CHECK =
      Codecs.object(
          MilestoneCheck.class,
          (out, c) ->
              out.put("milestone", MILESTONE, c.milestone())
                  .put("asOf", Codecs.DATE, c.asOf())
                  .optional("doneOn", Codecs.DATE, c.doneOn()),
          in ->
              MilestoneCheck.of(
                  in.get("milestone", MILESTONE), in.optional("doneOn", Codecs.DATE), in.get("asOf", Codecs.DATE)));

  /** One milestone recorded done: its name and the day. */
  private static final Codec<Map.Entry<String, LocalDate>> RECORD =
      Codecs.object(
          entryClass(),
          (out, e) -> out.text("milestone", e.getKey()).put("on", Codecs.DATE, e.getValue()),
          in -> Map.entry(in.text("milestone"), in.get("on", Codecs.DATE)));

  /**
   * An office's follow-up: the unit, the timeline, the first day and the milestones recorded done, in the order
   * recorded; read back by recording each again, so that a record the library refuses is refused on reading.
   */
  static final Codec<ElectionFollowUp> ELECTION_FOLLOW_UP =
      Codecs.document(
          ElectionFollowUp.class,
          "vanphong.election-follow-up",
          1,
          (out, f) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, f.unit())
                  .put("timeline", ELECTION_TIMELINE, f.timeline())
                  .put("startsOn", Codecs.DATE, f.startsOn())
                  .list("done", RECORD, f.done().entrySet()),
          in -> {
            ElectionFollowUp followUp =
                ElectionFollowUp.of(
                    in.get("unit", OrganizationCodecs.UNIT_ID),
                    in.get("timeline", ELECTION_TIMELINE),
                    in.get("startsOn", Codecs.DATE));
            for (Map.Entry<String, LocalDate> record : in.list("done", RECORD)) {
              followUp = followUp.recordDone(record.getKey(), record.getValue());
            }
            return followUp;
          });

  /** The counts of one unit: {@code {"unit": "U0", "done": 3, "doneLate": 0, "due": 30, "overdue": 1}}. */
  private static final Codec<Map.Entry<UnitId, Map<MilestoneStatus, Integer>>> UNIT_COUNTS =
      Codecs.object(
          unitCountsClass(),
          (out, e) -> {
            out.put("unit", OrganizationCodecs.UNIT_ID, e.getKey());
            for (MilestoneStatus status : MilestoneStatus.values()) {
              out.integer(field(status), e.getValue().getOrDefault(status, 0));
            }
          },
          in -> {
            UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
            Map<MilestoneStatus, Integer> counts = new EnumMap<>(MilestoneStatus.class);
            for (MilestoneStatus status : MilestoneStatus.values()) {
              int n = in.integer(field(status));
              if (n != 0) {
                counts.put(status, n);
              }
            }
            return Map.entry(unit, counts);
          });

  /** The figures of a day: the day, left out for the empty figures, and each unit's counts. */
  static final Codec<MilestoneSummary> MILESTONE_SUMMARY =
      Codecs.object(
          MilestoneSummary.class,
          (out, s) ->
              out.optional("asOf", Codecs.DATE, s.asOf())
                  .list(
                      "units",
                      UNIT_COUNTS,
                      s.byUnit().entrySet().stream()
                          .map(e -> Map.<UnitId, Map<MilestoneStatus, Integer>>entry(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList())),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            Map<UnitId, Map<MilestoneStatus, Integer>> byUnit = new LinkedHashMap<>();
            for (Map.Entry<UnitId, Map<MilestoneStatus, Integer>> e :
                in.keyed("units", UNIT_COUNTS, Map.Entry::getKey).values()) {
              byUnit.put(e.getKey(), e.getValue());
            }
            if (asOf.isEmpty()) {
              if (!byUnit.isEmpty()) {
                throw new ReadError(in.path(), "figures that count milestones hold on a day: \"asOf\" is missing");
              }
              return MilestoneSummary.empty();
            }
            return MilestoneSummary.of(asOf.get(), byUnit);
          });

  static final EnumCodec<VietnameseCollation> VIETNAMESE_COLLATION =
      Codecs.codes(VietnameseCollation.class)
          .code(VietnameseCollation.WHOLE_NAME, "whole-name")
          .code(VietnameseCollation.GIVEN_NAME_FIRST, "given-name-first")
          .build();

  static final EnumCodec<CandidateRule> CANDIDATE_RULE =
      Codecs.codes(CandidateRule.class)
          .code(CandidateRule.NATIONAL_ASSEMBLY_SEATS, "national-assembly-seats")
          .code(CandidateRule.COUNCIL_SEATS, "council-seats")
          .code(CandidateRule.NATIONAL_ASSEMBLY_CANDIDATE_SURPLUS, "national-assembly-candidate-surplus")
          .code(CandidateRule.COUNCIL_CANDIDATE_SURPLUS, "council-candidate-surplus")
          .code(CandidateRule.NATIONAL_ASSEMBLY_ALPHABETICAL_ORDER, "national-assembly-alphabetical-order")
          .code(CandidateRule.COUNCIL_ALPHABETICAL_ORDER, "council-alphabetical-order")
          .code(CandidateRule.NATIONAL_ASSEMBLY_ONE_CONSTITUENCY, "national-assembly-one-constituency")
          .code(CandidateRule.COUNCIL_ONE_CONSTITUENCY, "council-one-constituency")
          .build();

  /** A candidate: the person's identifier, the full name in NFC and the date of birth. */
  static final Codec<Candidate> CANDIDATE =
      Codecs.object(
          Candidate.class,
          (out, c) ->
              out.put("id", OrganizationCodecs.PERSON_ID, c.id())
                  .text("name", c.name())
                  .put("dateOfBirth", Codecs.DATE, c.dateOfBirth()),
          in ->
              Candidate.of(
                  in.get("id", OrganizationCodecs.PERSON_ID), in.text("name"), in.get("dateOfBirth", Codecs.DATE)));

  /** A candidate list: the constituency's name, the election, the seats and the candidates in the order listed. */
  static final Codec<CandidateList> CANDIDATE_LIST =
      Codecs.object(
          CandidateList.class,
          (out, l) ->
              out.text("constituency", l.constituency())
                  .put("level", ELECTION_LEVEL, l.level())
                  .integer("seats", l.seats())
                  .list("candidates", CANDIDATE, l.candidates()),
          in ->
              CandidateList.of(
                  in.text("constituency"),
                  in.get("level", ELECTION_LEVEL),
                  in.integer("seats"),
                  in.list("candidates", CANDIDATE)));

  /**
   * One of the values at fault that a finding names, its kind in {@code kind}: a {@code constituency} by name, a
   * {@code count} or a {@code candidate} in full, in {@code value}.
   */
  private static final Codec<Object> AT_FAULT =
      Codecs.union(Object.class, "kind")
          .variant(
              "constituency", String.class, (out, t) -> out.text("value", t), in -> in.text("value"))
          .variant("count", Integer.class, (out, n) -> out.integer("value", n), in -> in.integer("value"))
          .variant(
              "candidate", Candidate.class, (out, c) -> out.put("value", CANDIDATE, c), in -> in.get("value", CANDIDATE))
          .build();

  /** A finding about candidate lists: {@code rule}, {@code message} and the {@code values} at fault, in order. */
  static final Codec<CandidateViolation> CANDIDATE_VIOLATION =
      Codecs.object(
          CandidateViolation.class,
          (out, v) ->
              out.put("rule", CANDIDATE_RULE, v.rule()).text("message", v.message()).list("values", AT_FAULT, v.values()),
          in ->
              CandidateViolation.of(
                  in.get("rule", CANDIDATE_RULE), in.text("message"), in.list("values", AT_FAULT).toArray()));

  static final EnumCodec<PollingAreaKind> POLLING_AREA_KIND =
      Codecs.codes(PollingAreaKind.class)
          .code(PollingAreaKind.ORDINARY, "ordinary")
          .code(PollingAreaKind.SPARSE, "sparse")
          .code(PollingAreaKind.ARMED_UNIT, "armed-unit")
          .code(PollingAreaKind.CARE_FACILITY, "care-facility")
          .code(PollingAreaKind.CLOSED_FACILITY, "closed-facility")
          .build();

  static final EnumCodec<PollingAreaRule> POLLING_AREA_RULE =
      Codecs.codes(PollingAreaRule.class)
          .code(PollingAreaRule.VOTERS_PER_AREA, "voters-per-area")
          .code(PollingAreaRule.CARE_FACILITY_AREA, "care-facility-area")
          .build();

  /** A polling area: its name, what it serves and its voters. */
  static final Codec<PollingArea> POLLING_AREA =
      Codecs.object(
          PollingArea.class,
          (out, a) -> out.text("name", a.name()).put("kind", POLLING_AREA_KIND, a.kind()).integer("voters", a.voters()),
          in -> PollingArea.of(in.text("name"), in.get("kind", POLLING_AREA_KIND), in.integer("voters")));

  /** One of the values at fault of a polling area's finding, its kind in {@code kind}: an {@code area} or a {@code count}. */
  private static final Codec<Object> AREA_AT_FAULT =
      Codecs.union(Object.class, "kind")
          .variant(
              "area", PollingArea.class, (out, a) -> out.put("value", POLLING_AREA, a), in -> in.get("value", POLLING_AREA))
          .variant("count", Integer.class, (out, n) -> out.integer("value", n), in -> in.integer("value"))
          .build();

  /** A finding about polling areas: {@code rule}, {@code message} and the {@code values} at fault, in order. */
  static final Codec<PollingAreaViolation> POLLING_AREA_VIOLATION =
      Codecs.object(
          PollingAreaViolation.class,
          (out, v) ->
              out.put("rule", POLLING_AREA_RULE, v.rule())
                  .text("message", v.message())
                  .list("values", AREA_AT_FAULT, v.values()),
          in ->
              PollingAreaViolation.of(
                  in.get("rule", POLLING_AREA_RULE), in.text("message"), in.list("values", AREA_AT_FAULT).toArray()));

  // ---- Party congresses: terms and the congress calendar -------------------------------------------------------

  static final EnumCodec<CongressTier> CONGRESS_TIER =
      Codecs.codes(CongressTier.class)
          .code(CongressTier.NATIONAL, "national")
          .code(CongressTier.PROVINCIAL, "provincial")
          .code(CongressTier.DISTRICT, "district")
          .code(CongressTier.GRASSROOTS, "grassroots")
          .code(CongressTier.CELL, "cell")
          .build();

  static final EnumCodec<CongressStatus> CONGRESS_STATUS =
      Codecs.codes(CongressStatus.class)
          .code(CongressStatus.IN_TERM, "in-term")
          .code(CongressStatus.DUE, "due")
          .code(CongressStatus.LATE, "late")
          .code(CongressStatus.OVERDUE, "overdue")
          .code(CongressStatus.NOT_RECORDED, "not-recorded")
          .code(CongressStatus.NO_TERM, "no-term")
          .build();

  /** A term in full: its name, tier, months, shift, basis and the days of the congresses it is chosen for. */
  static final Codec<CongressTerm> CONGRESS_TERM =
      Codecs.object(
          CongressTerm.class,
          (out, t) ->
              out.text("name", t.name())
                  .put("tier", CONGRESS_TIER, t.tier())
                  .integer("months", t.months())
                  .integer("maximumShiftMonths", t.maximumShiftMonths())
                  .put("basis", LawCodecs.LEGAL_BASIS, t.basis())
                  .put("validity", LawCodecs.VALIDITY, t.validity()),
          in ->
              CongressTerm.builder()
                  .name(in.text("name"))
                  .tier(in.get("tier", CONGRESS_TIER))
                  .months(in.integer("months"))
                  .maximumShiftMonths(in.integer("maximumShiftMonths"))
                  .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                  .validity(in.get("validity", LawCodecs.VALIDITY))
                  .build());

  /** A book of terms: its terms in order, each in full. */
  static final Codec<CongressRuleBook> CONGRESS_RULE_BOOK =
      Codecs.object(
          CongressRuleBook.class,
          (out, b) -> out.list("terms", CONGRESS_TERM, b.terms()),
          in -> CongressRuleBook.of(in.list("terms", CONGRESS_TERM)));

  /** A congress held: the unit and the day it opened. */
  static final Codec<CongressRecord> CONGRESS_RECORD =
      Codecs.object(
          CongressRecord.class,
          (out, r) -> out.put("unit", OrganizationCodecs.UNIT_ID, r.unit()).put("heldOn", Codecs.DATE, r.heldOn()),
          in -> CongressRecord.of(in.get("unit", OrganizationCodecs.UNIT_ID), in.get("heldOn", Codecs.DATE)));

  /** The register of congresses held: its records, by unit and day; a record twice is refused on reading. */
  static final Codec<CongressRegister> CONGRESS_REGISTER =
      Codecs.object(
          CongressRegister.class,
          (out, r) -> out.list("records", CONGRESS_RECORD, r.records()),
          in -> CongressRegister.of(in.list("records", CONGRESS_RECORD)));

  /**
   * How a unit's congress stands on a day: the unit, tier, day, last congress and term in full, if any; the status
   * and dates are computed again on reading.
   */
  static final Codec<CongressCheck> CONGRESS_CHECK =
      Codecs.object(
          CongressCheck.class,
          (out, c) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, c.unit())
                  .put("tier", CONGRESS_TIER, c.tier())
                  .put("asOf", Codecs.DATE, c.asOf())
                  .optional("lastHeldOn", Codecs.DATE, c.lastHeldOn())
                  .optional("term", CONGRESS_TERM, c.term()),
          in ->
              CongressCheck.of(
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.get("tier", CONGRESS_TIER),
                  in.optional("lastHeldOn", Codecs.DATE),
                  in.optional("term", CONGRESS_TERM),
                  in.get("asOf", Codecs.DATE)));

  /** The counts of one unit by status: {@code {"unit": "U0", "inTerm": 1, "due": 0, ...}}. */
  private static final Codec<Map.Entry<UnitId, Map<CongressStatus, Integer>>> CONGRESS_COUNTS =
      Codecs.object(
          entries(),
          (out, e) -> {
            out.put("unit", OrganizationCodecs.UNIT_ID, e.getKey());
            for (CongressStatus status : CongressStatus.values()) {
              out.integer(field(status), e.getValue().getOrDefault(status, 0));
            }
          },
          in -> {
            UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
            Map<CongressStatus, Integer> counts = new EnumMap<>(CongressStatus.class);
            for (CongressStatus status : CongressStatus.values()) {
              int n = in.integer(field(status));
              if (n != 0) {
                counts.put(status, n);
              }
            }
            return Map.entry(unit, counts);
          });

  /** The congress figures of a day: the day, left out for the empty figures, and each unit's counts. */
  static final Codec<CongressSummary> CONGRESS_SUMMARY =
      Codecs.object(
          CongressSummary.class,
          (out, s) ->
              out.optional("asOf", Codecs.DATE, s.asOf())
                  .list(
                      "units",
                      CONGRESS_COUNTS,
                      s.byUnit().entrySet().stream()
                          .map(e -> Map.<UnitId, Map<CongressStatus, Integer>>entry(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList())),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            Map<UnitId, Map<CongressStatus, Integer>> byUnit = new LinkedHashMap<>();
            for (Map.Entry<UnitId, Map<CongressStatus, Integer>> e :
                in.keyed("units", CONGRESS_COUNTS, Map.Entry::getKey).values()) {
              byUnit.put(e.getKey(), e.getValue());
            }
            if (asOf.isEmpty()) {
              if (!byUnit.isEmpty()) {
                throw new ReadError(in.path(), "congress figures that count units hold on a day: \"asOf\" is missing");
              }
              return CongressSummary.empty();
            }
            return CongressSummary.of(asOf.get(), byUnit);
          });

  // ---- elections in the Party --------------------------------------------------------------------------------

  static final EnumCodec<PartyCongressKind> PARTY_CONGRESS_KIND =
      Codecs.codes(PartyCongressKind.class)
          .code(PartyCongressKind.MEMBERS, "members")
          .code(PartyCongressKind.DELEGATES, "delegates")
          .build();

  static final EnumCodec<PartyElectedBody> PARTY_ELECTED_BODY =
      Codecs.codes(PartyElectedBody.class)
          .code(PartyElectedBody.COMMITTEE, "committee")
          .code(PartyElectedBody.STANDING_COMMITTEE, "standing-committee")
          .code(PartyElectedBody.DELEGATES, "delegates")
          .code(PartyElectedBody.OTHER, "other")
          .build();

  static final EnumCodec<PartyNomination> PARTY_NOMINATION =
      Codecs.codes(PartyNomination.class)
          .code(PartyNomination.CONVENING_COMMITTEE, "convening-committee")
          .code(PartyNomination.FLOOR, "floor")
          .code(PartyNomination.SELF, "self")
          .build();

  static final EnumCodec<PartyTieRule> PARTY_TIE_RULE =
      Codecs.codes(PartyTieRule.class)
          .code(PartyTieRule.FURTHER_ROUND, "further-round")
          .code(PartyTieRule.LIST_ORDER, "list-order")
          .build();

  static final EnumCodec<PartyOutcomeStatus> PARTY_OUTCOME_STATUS =
      Codecs.codes(PartyOutcomeStatus.class)
          .code(PartyOutcomeStatus.ELECTED, "elected")
          .code(PartyOutcomeStatus.BELOW_THRESHOLD, "below-threshold")
          .code(PartyOutcomeStatus.OUTNUMBERED, "outnumbered")
          .code(PartyOutcomeStatus.TIED, "tied")
          .build();

  static final EnumCodec<PartyBallotColumn> PARTY_BALLOT_COLUMN =
      Codecs.codes(PartyBallotColumn.class)
          .code(PartyBallotColumn.NUMBER, "number")
          .code(PartyBallotColumn.NAME, "name")
          .code(PartyBallotColumn.AGREE, "agree")
          .code(PartyBallotColumn.DISAGREE, "disagree")
          .build();

  static final EnumCodec<PartyExclusion> PARTY_EXCLUSION =
      Codecs.codes(PartyExclusion.class)
          .code(PartyExclusion.TEMPORARY_ACTIVITY, "temporary-activity")
          .code(PartyExclusion.EXEMPT_NOT_ATTENDING, "exempt-not-attending")
          .code(PartyExclusion.SUSPENDED_PROSECUTED_DETAINED, "suspended-prosecuted-detained")
          .code(PartyExclusion.ABSENT_WITH_LEAVE, "absent-with-leave")
          .code(PartyExclusion.CONVENING_MEMBER_ABSENT, "convening-member-absent")
          .code(PartyExclusion.DELEGATE_ABSENT_WITHOUT_ALTERNATE, "delegate-absent-without-alternate")
          .build();

  static final EnumCodec<PartyElectionRule> PARTY_ELECTION_RULE =
      Codecs.codes(PartyElectionRule.class)
          .code(PartyElectionRule.SURPLUS_REQUIRED, "surplus-required")
          .code(PartyElectionRule.SURPLUS_AT_MOST_30_PERCENT, "surplus-at-most-30-percent")
          .code(PartyElectionRule.CONVENING_SURPLUS_10_TO_15_PERCENT, "convening-surplus-10-to-15-percent")
          .code(PartyElectionRule.FLOOR_NOMINATION_AGREEMENT, "floor-nomination-agreement")
          .code(PartyElectionRule.ONE_ENTRY_PER_PERSON, "one-entry-per-person")
          .code(PartyElectionRule.WINNING_THRESHOLD_MEMBERS, "winning-threshold-members")
          .code(PartyElectionRule.WINNING_THRESHOLD_DELEGATES, "winning-threshold-delegates")
          .code(PartyElectionRule.MOST_VOTES_FIRST, "most-votes-first")
          .code(PartyElectionRule.TIE_AT_CUT_OFF, "tie-at-cut-off")
          .code(PartyElectionRule.FURTHER_ROUND, "further-round")
          .code(PartyElectionRule.NO_SURPLUS_BALLOT_MARKS, "no-surplus-ballot-marks")
          .code(PartyElectionRule.DELEGATES_WITHIN_ALLOCATION, "delegates-within-allocation")
          .build();

  /** A candidate: the person's identifier, the name in NFC, the nomination and the agreement to it. */
  static final Codec<PartyCandidate> PARTY_CANDIDATE =
      Codecs.object(
          PartyCandidate.class,
          (out, c) ->
              out.put("id", OrganizationCodecs.PERSON_ID, c.id())
                  .text("name", c.name())
                  .put("nomination", PARTY_NOMINATION, c.nomination())
                  .integer("agreed", c.agreed()),
          in ->
              PartyCandidate.of(
                  in.get("id", OrganizationCodecs.PERSON_ID),
                  in.text("name"),
                  in.get("nomination", PARTY_NOMINATION),
                  in.integer("agreed")));

  /** A list: the election day, the body, the places, those present and the candidates in the order listed. */
  static final Codec<PartyCandidateList> PARTY_CANDIDATE_LIST =
      Codecs.object(
          PartyCandidateList.class,
          (out, l) ->
              out.put("electionDay", Codecs.DATE, l.electionDay())
                  .put("body", PARTY_ELECTED_BODY, l.body())
                  .integer("places", l.places())
                  .integer("present", l.present())
                  .list("candidates", PARTY_CANDIDATE, l.candidates()),
          in ->
              PartyCandidateList.of(
                  in.get("electionDay", Codecs.DATE),
                  in.get("body", PARTY_ELECTED_BODY),
                  in.integer("places"),
                  in.integer("present"),
                  in.list("candidates", PARTY_CANDIDATE)));

  /** One value a Party finding names: a {@code count}, a {@code candidate} in full or a {@code unit}. */
  private static final Codec<Object> PARTY_AT_FAULT =
      Codecs.union(Object.class, "kind")
          .variant("count", Integer.class, (out, n) -> out.integer("value", n), in -> in.integer("value"))
          .variant(
              "candidate",
              PartyCandidate.class,
              (out, c) -> out.put("value", PARTY_CANDIDATE, c),
              in -> in.get("value", PARTY_CANDIDATE))
          .variant(
              "unit",
              UnitId.class,
              (out, u) -> out.put("value", OrganizationCodecs.UNIT_ID, u),
              in -> in.get("value", OrganizationCodecs.UNIT_ID))
          .build();

  /** A finding of a Party election: the rule, the election day, the message and the values at fault. */
  static final Codec<PartyElectionViolation> PARTY_ELECTION_VIOLATION =
      Codecs.object(
          PartyElectionViolation.class,
          (out, v) ->
              out.put("rule", PARTY_ELECTION_RULE, v.rule())
                  .put("electionDay", Codecs.DATE, v.electionDay())
                  .text("message", v.message())
                  .list("values", PARTY_AT_FAULT, v.values()),
          in ->
              PartyElectionViolation.of(
                  in.get("rule", PARTY_ELECTION_RULE),
                  in.get("electionDay", Codecs.DATE),
                  in.text("message"),
                  in.list("values", PARTY_AT_FAULT).toArray()));

  /** Those excluded for one reason: {@code {"reason": "absent-with-leave", "count": 2}}. */
  private static final Codec<Map.Entry<PartyExclusion, Integer>> EXCLUSION =
      Codecs.object(
          entries(),
          (out, e) -> out.put("reason", PARTY_EXCLUSION, e.getKey()).integer("count", e.getValue()),
          in -> Map.entry(in.get("reason", PARTY_EXCLUSION), in.integer("count")));

  /** The base of the threshold: the form of the congress, those called and those excluded by reason. */
  static final Codec<PartyElectorate> PARTY_ELECTORATE =
      Codecs.object(
          PartyElectorate.class,
          (out, e) ->
              out.put("kind", PARTY_CONGRESS_KIND, e.kind())
                  .integer("called", e.called())
                  .list("exclusions", EXCLUSION, e.exclusions().entrySet()),
          in ->
              PartyElectorate.of(
                  in.get("kind", PARTY_CONGRESS_KIND),
                  in.integer("called"),
                  in.keyed("exclusions", EXCLUSION, Map.Entry::getKey).values().stream()
                      .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue))));

  /** An outcome: the candidate in full, the votes, the status and the rule that decided it. */
  static final Codec<PartyOutcome> PARTY_OUTCOME =
      Codecs.object(
          PartyOutcome.class,
          (out, o) ->
              out.put("candidate", PARTY_CANDIDATE, o.candidate())
                  .integer("votes", o.votes())
                  .put("status", PARTY_OUTCOME_STATUS, o.status())
                  .put("rule", PARTY_ELECTION_RULE, o.rule()),
          in ->
              PartyOutcome.of(
                  in.get("candidate", PARTY_CANDIDATE),
                  in.integer("votes"),
                  in.get("status", PARTY_OUTCOME_STATUS),
                  in.get("rule", PARTY_ELECTION_RULE)));

  /** A candidate of a result with the votes of the person: the candidate's fields and {@code "votes": 80}. */
  private static final Codec<Map.Entry<PartyCandidate, Integer>> PARTY_CANDIDATE_VOTES =
      Codecs.object(
          entries(),
          (out, e) ->
              out.put("id", OrganizationCodecs.PERSON_ID, e.getKey().id())
                  .text("name", e.getKey().name())
                  .put("nomination", PARTY_NOMINATION, e.getKey().nomination())
                  .integer("agreed", e.getKey().agreed())
                  .integer("votes", e.getValue()),
          in ->
              Map.entry(
                  PartyCandidate.of(
                      in.get("id", OrganizationCodecs.PERSON_ID),
                      in.text("name"),
                      in.get("nomination", PARTY_NOMINATION),
                      in.integer("agreed")),
                  in.integer("votes")));

  /**
   * The result of a round: the list's day, body, places and those present, its candidates in order each with the
   * votes of the person, the base and the tie rule; the outcomes are computed again on reading, so an outcome cannot
   * disagree with the votes.
   */
  static final Codec<PartyElectionResult> PARTY_ELECTION_RESULT =
      Codecs.object(
          PartyElectionResult.class,
          (out, r) ->
              out.put("electionDay", Codecs.DATE, r.list().electionDay())
                  .put("body", PARTY_ELECTED_BODY, r.list().body())
                  .integer("places", r.list().places())
                  .integer("present", r.list().present())
                  .list(
                      "candidates",
                      PARTY_CANDIDATE_VOTES,
                      r.list().candidates().stream()
                          .map(c -> Map.entry(c, r.votes().getOrDefault(c.id(), 0)))
                          .collect(ImmutableList.toImmutableList()))
                  .put("electorate", PARTY_ELECTORATE, r.electorate())
                  .put("tieRule", PARTY_TIE_RULE, r.tieRule()),
          in -> {
            ImmutableList<Map.Entry<PartyCandidate, Integer>> entries = in.list("candidates", PARTY_CANDIDATE_VOTES);
            Map<PersonId, Integer> votes = new LinkedHashMap<>();
            for (Map.Entry<PartyCandidate, Integer> e : entries) {
              Integer before = votes.putIfAbsent(e.getKey().id(), e.getValue());
              if (before != null && !before.equals(e.getValue())) {
                throw new ReadError(
                    in.pathOf("candidates"), "a person listed twice has one count of votes: " + e.getKey().id());
              }
            }
            return PartyElectionResult.of(
                PartyCandidateList.of(
                    in.get("electionDay", Codecs.DATE),
                    in.get("body", PARTY_ELECTED_BODY),
                    in.integer("places"),
                    in.integer("present"),
                    entries.stream().map(Map.Entry::getKey).collect(ImmutableList.toImmutableList())),
                in.get("electorate", PARTY_ELECTORATE),
                votes,
                in.get("tieRule", PARTY_TIE_RULE));
          });

  /** The delegates allocated to one unit: {@code {"unit": "NB-TU", "delegates": 12}}. */
  private static final Codec<Map.Entry<UnitId, Integer>> UNIT_DELEGATES =
      Codecs.object(
          entries(),
          (out, e) -> out.put("unit", OrganizationCodecs.UNIT_ID, e.getKey()).integer("delegates", e.getValue()),
          in -> Map.entry(in.get("unit", OrganizationCodecs.UNIT_ID), in.integer("delegates")));

  /** An allocation of delegates: each unit's, by unit. */
  static final Codec<PartyDelegateAllocation> PARTY_DELEGATE_ALLOCATION =
      Codecs.object(
          PartyDelegateAllocation.class,
          (out, a) -> out.list("units", UNIT_DELEGATES, a.delegates().entrySet()),
          in ->
              PartyDelegateAllocation.of(
                  in.keyed("units", UNIT_DELEGATES, Map.Entry::getKey).values().stream()
                      .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue))));

  private static String field(CongressStatus status) {
    return switch (status) {
      case IN_TERM -> "inTerm";
      case DUE -> "due";
      case LATE -> "late";
      case OVERDUE -> "overdue";
      case NOT_RECORDED -> "notRecorded";
      case NO_TERM -> "noTerm";
    };
  }

  @SuppressWarnings("unchecked")
  private static <K, V> Class<Map.Entry<K, V>> entries() {
    return (Class<Map.Entry<K, V>>) (Class<?>) Map.Entry.class;
  }

  private static String field(MilestoneStatus status) {
    return switch (status) {
      case DONE -> "done";
      case DONE_LATE -> "doneLate";
      case DUE -> "due";
      case OVERDUE -> "overdue";
    };
  }

  @SuppressWarnings("unchecked")
  private static Class<Map.Entry<String, LocalDate>> entryClass() {
    return (Class<Map.Entry<String, LocalDate>>) (Class<?>) Map.Entry.class;
  }

  @SuppressWarnings("unchecked")
  private static Class<Map.Entry<UnitId, Map<MilestoneStatus, Integer>>> unitCountsClass() {
    return (Class<Map.Entry<UnitId, Map<MilestoneStatus, Integer>>>) (Class<?>) Map.Entry.class;
  }

  // ---- results --------------------------------------------------------------------------------------------------

  static final EnumCodec<BallotGround> BALLOT_GROUND =
      Codecs.codes(BallotGround.class)
          .code(BallotGround.NOT_PRESCRIBED_FORM, "not-prescribed-form")
          .code(BallotGround.NO_STAMP, "no-stamp")
          .code(BallotGround.MORE_NAMES_THAN_SEATS, "more-names-than-seats")
          .code(BallotGround.ALL_NAMES_STRUCK, "all-names-struck")
          .code(BallotGround.CONTENT_ADDED, "content-added")
          .build();

  static final EnumCodec<ResultRule> RESULT_RULE =
      Codecs.codes(ResultRule.class)
          .code(ResultRule.TALLY_RECORD, "tally-record")
          .code(ResultRule.TURNOUT_MORE_THAN_HALF, "turnout-more-than-half")
          .code(ResultRule.MAJORITY_OF_VALID_BALLOTS, "majority-of-valid-ballots")
          .code(ResultRule.HIGHEST_VOTES_FIRST, "highest-votes-first")
          .code(ResultRule.OLDER_CANDIDATE_AT_TIE, "older-candidate-at-tie")
          .code(ResultRule.NATIONAL_ASSEMBLY_TOP_UP, "national-assembly-top-up")
          .code(ResultRule.COUNCIL_TOP_UP, "council-top-up")
          .code(ResultRule.TOP_UP_ONCE_AMONG_LOSERS, "top-up-once-among-losers")
          .code(ResultRule.TOP_UP_WITHIN_15_DAYS, "top-up-within-15-days")
          .code(ResultRule.TOP_UP_WITHIN_7_DAYS, "top-up-within-7-days")
          .code(ResultRule.RE_RUN, "re-run")
          .code(ResultRule.RE_RUN_ONCE, "re-run-once")
          .code(ResultRule.RE_RUN_WITHIN_15_DAYS, "re-run-within-15-days")
          .code(ResultRule.RE_RUN_WITHIN_7_DAYS, "re-run-within-7-days")
          .code(ResultRule.NATIONAL_ASSEMBLY_BY_ELECTION, "national-assembly-by-election")
          .code(ResultRule.COUNCIL_BY_ELECTION, "council-by-election")
          .build();

  static final EnumCodec<ResultDecision> RESULT_DECISION =
      Codecs.codes(ResultDecision.class)
          .code(ResultDecision.ELECTED_BY_MAJORITY, "elected-by-majority")
          .code(ResultDecision.ELECTED_BY_AGE_AT_TIE, "elected-by-age-at-tie")
          .code(ResultDecision.NOT_ELECTED_BELOW_HALF, "not-elected-below-half")
          .code(ResultDecision.NOT_ELECTED_SEATS_FULL, "not-elected-seats-full")
          .code(ResultDecision.NOT_ELECTED_YOUNGER_AT_TIE, "not-elected-younger-at-tie")
          .code(ResultDecision.NOT_ELECTED_TIE_OF_SAME_AGE, "not-elected-tie-of-same-age")
          .code(ResultDecision.NOT_COUNTED_LOW_TURNOUT, "not-counted-low-turnout")
          .build();

  static final EnumCodec<NextRound> NEXT_ROUND =
      Codecs.codes(NextRound.class)
          .code(NextRound.NONE, "none")
          .code(NextRound.RE_RUN, "re-run")
          .code(NextRound.TOP_UP, "top-up")
          .code(NextRound.TOP_UP_NOT_REQUIRED, "top-up-not-required")
          .code(NextRound.NO_SECOND_TOP_UP, "no-second-top-up")
          .build();

  static final EnumCodec<Round> ROUND =
      Codecs.codes(Round.class)
          .code(Round.FIRST, "first")
          .code(Round.RE_RUN, "re-run")
          .code(Round.TOP_UP, "top-up")
          .build();

  static final EnumCodec<ResultFigure> RESULT_FIGURE =
      Codecs.codes(ResultFigure.class)
          .code(ResultFigure.CONSTITUENCIES, "constituencies")
          .code(ResultFigure.VOTERS, "voters")
          .code(ResultFigure.VOTED, "voted")
          .code(ResultFigure.SEATS, "seats")
          .code(ResultFigure.FILLED, "filled")
          .code(ResultFigure.RE_RUNS, "re-runs")
          .code(ResultFigure.TOP_UPS, "top-ups")
          .build();

  /** A validity: the {@code grounds} found, in the order of the article; none for a valid ballot. */
  static final Codec<BallotValidity> BALLOT_VALIDITY =
      Codecs.object(
          BallotValidity.class,
          (out, v) -> out.list("grounds", BALLOT_GROUND, v.grounds()),
          in -> BallotValidity.of(in.set("grounds", BALLOT_GROUND)));

  /** A ballot as the polling team read it: seats, the candidates kept, and the three facts about the paper. */
  static final Codec<Ballot> BALLOT =
      Codecs.object(
          Ballot.class,
          (out, b) ->
              out.integer("seats", b.seats())
                  .list("kept", CANDIDATE, b.kept())
                  .bool("prescribedForm", b.prescribedForm())
                  .bool("stamped", b.stamped())
                  .bool("contentAdded", b.contentAdded()),
          in ->
              Ballot.builder()
                  .seats(in.integer("seats"))
                  .kept(in.set("kept", CANDIDATE))
                  .prescribedForm(in.bool("prescribedForm"))
                  .stamped(in.bool("stamped"))
                  .contentAdded(in.bool("contentAdded"))
                  .build());

  /** One candidate's votes: {@code {"candidate": Candidate, "votes": 640}}. */
  private static final Codec<Map.Entry<Candidate, Integer>> CANDIDATE_VOTES =
      Codecs.object(
          candidateVotesClass(),
          (out, e) -> out.put("candidate", CANDIDATE, e.getKey()).integer("votes", e.getValue()),
          in -> Map.entry(in.get("candidate", CANDIDATE), in.integer("votes")));

  /**
   * A tally record: the constituency, seats, the six figures and each candidate's votes; the empty record is {@code
   * {}}. Read back through its builder, so a record whose figures disagree is refused.
   */
  static final Codec<TallyRecord> TALLY_RECORD =
      Codecs.object(
          TallyRecord.class,
          (out, t) -> {
            if (t.isEmpty()) {
              return;
            }
            out.text("constituency", t.constituency().orElseThrow())
                .integer("seats", t.seats())
                .integer("voters", t.voters())
                .integer("voted", t.voted())
                .integer("issued", t.issued())
                .integer("returned", t.returned())
                .integer("valid", t.valid())
                .integer("invalid", t.invalid())
                .list("votes", CANDIDATE_VOTES, t.votes().entrySet());
          },
          in -> {
            Optional<String> constituency = in.optional("constituency", Codecs.TEXT);
            if (constituency.isEmpty()) {
              return TallyRecord.empty();
            }
            TallyRecord.Builder record =
                TallyRecord.builder()
                    .constituency(constituency.get())
                    .seats(in.integer("seats"))
                    .voters(in.integer("voters"))
                    .voted(in.integer("voted"))
                    .issued(in.integer("issued"))
                    .returned(in.integer("returned"))
                    .valid(in.integer("valid"))
                    .invalid(in.integer("invalid"));
            for (Map.Entry<Candidate, Integer> e : in.keyed("votes", CANDIDATE_VOTES, Map.Entry::getKey).values()) {
              record.votes(e.getKey(), e.getValue());
            }
            return record.build();
          });

  /** What a round decided for a candidate: the candidate, the votes and the decision. */
  static final Codec<CandidateOutcome> CANDIDATE_OUTCOME =
      Codecs.object(
          CandidateOutcome.class,
          (out, o) ->
              out.put("candidate", CANDIDATE, o.candidate())
                  .integer("votes", o.votes())
                  .put("decision", RESULT_DECISION, o.decision()),
          in ->
              CandidateOutcome.of(
                  in.get("candidate", CANDIDATE), in.integer("votes"), in.get("decision", RESULT_DECISION)));

  /**
   * A constituency's result: the election, the first election day and the tally records of its rounds, the first
   * first; read back by holding each round again (a re-run or a top-up election, as the result before it calls for),
   * so a round the library refuses is refused on reading. The outcomes are computed, not written.
   */
  static final Codec<ConstituencyResult> CONSTITUENCY_RESULT =
      Codecs.object(
          ConstituencyResult.class,
          (out, r) ->
              out.put("level", ELECTION_LEVEL, r.level())
                  .put("electionDay", Codecs.DATE, r.electionDay())
                  .list("rounds", TALLY_RECORD, r.rounds()),
          in -> {
            ElectionLevel level = in.get("level", ELECTION_LEVEL);
            LocalDate day = in.get("electionDay", Codecs.DATE);
            ImmutableList<TallyRecord> rounds = in.list("rounds", TALLY_RECORD);
            if (rounds.isEmpty()) {
              throw new ReadError(in.path(), "a result has the tally record of its first round: \"rounds\" is empty");
            }
            ConstituencyResult result = ConstituencyResult.of(level, day, rounds.get(0));
            for (TallyRecord round : rounds.subList(1, rounds.size())) {
              result = result.nextRound() == NextRound.RE_RUN ? result.reRun(round) : result.topUp(round);
            }
            return result;
          });

  /** The facts of a by-election: the election, the day, the end of the term, deputies, missing, a new unit. */
  static final Codec<ByElection> BY_ELECTION =
      Codecs.object(
          ByElection.class,
          (out, b) ->
              out.put("level", ELECTION_LEVEL, b.level())
                  .put("day", Codecs.DATE, b.day())
                  .put("termEnds", Codecs.DATE, b.termEnds())
                  .integer("deputies", b.deputies())
                  .integer("missing", b.missing())
                  .bool("newUnit", b.newUnit()),
          in ->
              ByElection.builder()
                  .level(in.get("level", ELECTION_LEVEL))
                  .day(in.get("day", Codecs.DATE))
                  .termEnds(in.get("termEnds", Codecs.DATE))
                  .deputies(in.integer("deputies"))
                  .missing(in.integer("missing"))
                  .newUnit(in.bool("newUnit"))
                  .build());

  /** The figures of one unit: {@code {"unit": "HG-TU", "constituencies": 12, "voters": …, "topUps": 1}}. */
  private static final Codec<Map.Entry<UnitId, Map<ResultFigure, Integer>>> UNIT_FIGURES =
      Codecs.object(
          unitFiguresClass(),
          (out, e) -> {
            out.put("unit", OrganizationCodecs.UNIT_ID, e.getKey());
            for (ResultFigure figure : ResultFigure.values()) {
              out.integer(field(figure), e.getValue().getOrDefault(figure, 0));
            }
          },
          in -> {
            UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
            Map<ResultFigure, Integer> counts = new EnumMap<>(ResultFigure.class);
            for (ResultFigure figure : ResultFigure.values()) {
              int n = in.integer(field(figure));
              if (n != 0) {
                counts.put(figure, n);
              }
            }
            return Map.entry(unit, counts);
          });

  /** The figures of an election: the election day, left out for the empty figures, and each unit's figures. */
  static final Codec<ResultSummary> RESULT_SUMMARY =
      Codecs.object(
          ResultSummary.class,
          (out, s) ->
              out.optional("electionDay", Codecs.DATE, s.electionDay())
                  .list(
                      "units",
                      UNIT_FIGURES,
                      s.byUnit().entrySet().stream()
                          .map(e -> Map.<UnitId, Map<ResultFigure, Integer>>entry(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList())),
          in -> {
            Optional<LocalDate> day = in.optional("electionDay", Codecs.DATE);
            Map<UnitId, Map<ResultFigure, Integer>> byUnit = new LinkedHashMap<>();
            for (Map.Entry<UnitId, Map<ResultFigure, Integer>> e :
                in.keyed("units", UNIT_FIGURES, Map.Entry::getKey).values()) {
              byUnit.put(e.getKey(), e.getValue());
            }
            if (day.isEmpty()) {
              if (!byUnit.isEmpty()) {
                throw new ReadError(in.path(), "figures that count constituencies are of an election: \"electionDay\" is missing");
              }
              return ResultSummary.empty();
            }
            return ResultSummary.of(day.get(), byUnit);
          });

  private static String field(ResultFigure figure) {
    return switch (figure) {
      case CONSTITUENCIES -> "constituencies";
      case VOTERS -> "voters";
      case VOTED -> "voted";
      case SEATS -> "seats";
      case FILLED -> "filled";
      case RE_RUNS -> "reRuns";
      case TOP_UPS -> "topUps";
    };
  }

  @SuppressWarnings("unchecked")
  private static Class<Map.Entry<Candidate, Integer>> candidateVotesClass() {
    return (Class<Map.Entry<Candidate, Integer>>) (Class<?>) Map.Entry.class;
  }

  @SuppressWarnings("unchecked")
  private static Class<Map.Entry<UnitId, Map<ResultFigure, Integer>>> unitFiguresClass() {
    return (Class<Map.Entry<UnitId, Map<ResultFigure, Integer>>>) (Class<?>) Map.Entry.class;
  }

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.<Codec<?>>builder()
        .add(ELECTION_LEVEL, DAY_COUNTING, MILESTONE_STATUS, ELECTION_STEP)
        .add(ELECTION_RULE, ELECTION_RULE_BOOK, MILESTONE, ELECTION_TIMELINE, MILESTONE_CHECK)
        .add(ELECTION_FOLLOW_UP, MILESTONE_SUMMARY)
        .add(VIETNAMESE_COLLATION, CANDIDATE_RULE, CANDIDATE, CANDIDATE_LIST, CANDIDATE_VIOLATION)
        .add(POLLING_AREA_KIND, POLLING_AREA_RULE, POLLING_AREA, POLLING_AREA_VIOLATION)
        .add(BALLOT_GROUND, RESULT_RULE, RESULT_DECISION, NEXT_ROUND, ROUND, RESULT_FIGURE)
        .add(BALLOT_VALIDITY, BALLOT, TALLY_RECORD, CANDIDATE_OUTCOME, CONSTITUENCY_RESULT, BY_ELECTION, RESULT_SUMMARY)
        .add(CONGRESS_TIER, CONGRESS_STATUS, CONGRESS_TERM, CONGRESS_RULE_BOOK, CONGRESS_RECORD, CONGRESS_REGISTER)
        .add(CONGRESS_CHECK, CONGRESS_SUMMARY)
        .add(PARTY_CONGRESS_KIND, PARTY_ELECTED_BODY, PARTY_NOMINATION, PARTY_TIE_RULE, PARTY_OUTCOME_STATUS)
        .add(PARTY_BALLOT_COLUMN, PARTY_EXCLUSION, PARTY_ELECTION_RULE, PARTY_CANDIDATE, PARTY_CANDIDATE_LIST)
        .add(PARTY_ELECTION_VIOLATION, PARTY_ELECTORATE, PARTY_OUTCOME, PARTY_ELECTION_RESULT, PARTY_DELEGATE_ALLOCATION)
        .build();
  }
}
