package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
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
import io.github.vanphong.election.DayCounting;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.ElectionLevel;
import io.github.vanphong.election.ElectionRule;
import io.github.vanphong.election.ElectionRuleBook;
import io.github.vanphong.election.ElectionStep;
import io.github.vanphong.election.ElectionTimeline;
import io.github.vanphong.election.Milestone;
import io.github.vanphong.election.MilestoneCheck;
import io.github.vanphong.election.MilestoneRollUp;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.election.NextRound;
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
import io.github.vanphong.election.ResultRollUp;
import io.github.vanphong.election.ResultSummary;
import io.github.vanphong.election.TallyRecord;
import io.github.vanphong.election.VietnameseCollation;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for elections: the rules of the timeline and books of them, election days, timelines, their
 * milestones, follow-ups with milestones recorded done, checks, summaries and roll-ups; Vietnamese names, candidates,
 * candidate lists and their findings; ballots, tally records, constituency results, by-elections, the results' figures
 * and their roll-ups; polling areas and their findings; the terms of Party congresses, registers of congresses held,
 * congress checks, summaries and roll-ups; Party election lists, bases, results, delegate allocations and their
 * findings. For example {@code
 * ElectionArbitraries.timelines()} gives the timelines of Sundays from 2015-09-06 to 2040-12-30 under the standard
 * book or a book with one rule replaced, added or removed.
 *
 * <p>Units are drawn from a pool of ten, {@code U0} to {@code U9}: the identifiers of the charts of {@link
 * OrganizationArbitraries#orgCharts()}, so that generated follow-ups meet the units of generated charts. The same
 * arbitraries are available by type, {@code @ForAll ElectionTimeline timeline}, through {@link
 * ElectionArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ElectionArbitraries {

  /** The first election day of {@link #electionDays()}: 2015-09-06, the first Sunday under the Election Law. */
  public static final LocalDate FIRST_ELECTION_DAY = LocalDate.of(2015, 9, 6);

  /** The last election day of {@link #electionDays()}: 2040-12-30, a Sunday. */
  public static final LocalDate LAST_ELECTION_DAY = LocalDate.of(2040, 12, 30);

  /** The election days of 2016, 2021 and 2026, generated more often as edge cases. */
  private static final ImmutableList<LocalDate> KNOWN_ELECTION_DAYS =
      ImmutableList.of(LocalDate.of(2016, 5, 22), LocalDate.of(2021, 5, 23), LocalDate.of(2026, 3, 15));

  /** Days after election day a record or a check may fall on: past the last time of the standard book. */
  private static final int DAYS_AFTER = 60;

  private ElectionArbitraries() {}

  /**
   * Returns Sundays from {@link #FIRST_ELECTION_DAY} to {@link #LAST_ELECTION_DAY}, the election days of 2016, 2021
   * and 2026 among them more often.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> electionDays() {
    long weeks = (LAST_ELECTION_DAY.toEpochDay() - FIRST_ELECTION_DAY.toEpochDay()) / 7;
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(0, weeks).map(FIRST_ELECTION_DAY::plusWeeks)),
        Tuple.of(1, Arbitraries.of(KNOWN_ELECTION_DAYS)));
  }

  /**
   * Returns rules of every step, of one to four elections, counting 0 to 130 days before or after election day or
   * after the results, on generated bases, chosen for generated election days or for those of their basis.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ElectionRule> rules() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12),
            Arbitraries.of(ElectionStep.class),
            Arbitraries.of(ElectionLevel.class).set().ofMinSize(1).ofMaxSize(4),
            Arbitraries.integers().between(0, 130),
            Arbitraries.of(DayCounting.class),
            LawArbitraries.legalBases(),
            GenericArbitraries.validities().optional(0.5))
        .as(
            (name, step, levels, days, counting, basis, validity) -> {
              ElectionRule.Builder rule =
                  ElectionRule.builder()
                      .name("RULE_" + name)
                      .step(step)
                      .levels(levels)
                      .days(days)
                      .counting(
                          step == ElectionStep.RESULTS_ANNOUNCED && counting == DayCounting.AFTER_RESULTS
                              ? DayCounting.AFTER_ELECTION_DAY
                              : counting)
                      .basis(basis);
              validity.ifPresent(rule::validity);
              return rule.build();
            });
  }

  /**
   * Returns rule books: the standard one, or the standard one with one rule replaced by another of the same name or
   * a generated rule added, or with a rule removed that no other counts from.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ElectionRuleBook> ruleBooks() {
    ElectionRuleBook standard = ElectionRuleBook.standard();
    List<ElectionRule> removable =
        standard.rules().stream()
            .filter(r -> r.step() != ElectionStep.RESULTS_ANNOUNCED)
            .collect(ImmutableList.toImmutableList());
    Arbitrary<ElectionRule> counted = rules().filter(r -> r.counting() != DayCounting.AFTER_RESULTS);
    return Arbitraries.oneOf(
        Arbitraries.just(standard),
        counted.map(standard::with),
        Combinators.combine(Arbitraries.of(standard.rules()), counted)
            .as(
                (replaced, rule) ->
                    standard.with(
                        ElectionRule.builder()
                            .from(rule)
                            .name(replaced.name())
                            .counting(
                                replaced.counting() == DayCounting.AFTER_RESULTS
                                    ? DayCounting.AFTER_RESULTS
                                    : rule.counting())
                            .step(replaced.step())
                            .levels(replaced.levels())
                            .validity(replaced.validity())
                            .build())),
        Arbitraries.of(removable).map(r -> standard.without(r.name())));
  }

  /**
   * Returns the timelines of {@link #electionDays()} under {@link #ruleBooks()}, a quarter of them of one election.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ElectionTimeline> timelines() {
    return Combinators.combine(
            electionDays(), ruleBooks(), Arbitraries.of(ElectionLevel.class).optional(0.25))
        .as(
            (day, book, level) -> {
              ElectionTimeline timeline = ElectionTimeline.of(day, book);
              return level.map(timeline::forLevel).orElse(timeline);
            });
  }

  /**
   * Returns milestones of generated rules on days from 2015 to 2041.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Milestone> milestones() {
    return Combinators.combine(
            rules(), GenericArbitraries.days(FIRST_ELECTION_DAY.minusDays(200), LAST_ELECTION_DAY.plusDays(200)))
        .as(Milestone::of);
  }

  /**
   * Returns follow-ups of {@link #timelines()} by a unit of the pool, starting on the timeline's first day or up to a
   * year before, with some of their milestones recorded done on days from the start to 60 days after election day.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ElectionFollowUp> followUps() {
    return Combinators.combine(
            GenericArbitraries.unitIds(), timelines(), Arbitraries.integers().between(0, 365).optional(0.5))
        .flatAs(
            (unit, timeline, earlier) -> {
              ElectionFollowUp start =
                  ElectionFollowUp.of(unit, timeline, timeline.start().minusDays(earlier.orElse(0)));
              return records(start);
            });
  }

  private static Arbitrary<ElectionFollowUp> records(ElectionFollowUp start) {
    ElectionTimeline timeline = start.timeline();
    if (timeline.milestones().isEmpty()) {
      return Arbitraries.just(start);
    }
    Arbitrary<LocalDate> days =
        GenericArbitraries.days(start.startsOn(), timeline.end().plusDays(DAYS_AFTER));
    return Arbitraries.subsetOf(timeline.milestones())
        .flatMap(
            done ->
                days.list()
                    .ofSize(done.size())
                    .map(
                        on -> {
                          ElectionFollowUp followUp = start;
                          int i = 0;
                          for (Milestone m : done) {
                            followUp = followUp.recordDone(m.name(), on.get(i++));
                          }
                          return followUp;
                        }));
  }

  /**
   * Returns days to ask a follow-up about: from a month before it starts to 60 days after its timeline ends.
   *
   * @param followUp the follow-up, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> daysOf(ElectionFollowUp followUp) {
    return GenericArbitraries.days(
        followUp.startsOn().minusDays(30), followUp.timeline().end().plusDays(DAYS_AFTER));
  }

  /**
   * Returns checks of the milestones of generated follow-ups on generated days, of every status.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<MilestoneCheck> checks() {
    return Combinators.combine(milestones(), GenericArbitraries.days(), Arbitraries.integers().between(-60, 60).optional())
        .as(
            (milestone, asOf, done) ->
                MilestoneCheck.of(milestone, done.map(d -> milestone.date().plusDays(d)), asOf));
  }

  /**
   * Returns summaries of 0 to 5 generated follow-ups of one election day, on a day around its timeline.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<MilestoneSummary> summaries() {
    return followUps()
        .flatMap(
            first ->
                Combinators.combine(
                        followUpsOf(first.timeline().electionDay()).list().ofMaxSize(4), daysOf(first))
                    .as(
                        (others, asOf) ->
                            ImmutableList.<ElectionFollowUp>builder().add(first).addAll(others).build().stream()
                                .collect(MilestoneSummary.collector(asOf))));
  }

  /**
   * Returns follow-ups of the standard timeline of an election day, by units of the pool.
   *
   * @param electionDay the election day, a Sunday, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<ElectionFollowUp> followUpsOf(LocalDate electionDay) {
    ElectionTimeline timeline = ElectionTimeline.of(electionDay);
    return GenericArbitraries.unitIds().flatMap(unit -> records(ElectionFollowUp.of(unit, timeline)));
  }

  /**
   * Returns roll-ups of generated summaries over generated org charts on a day of each chart.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<MilestoneRollUp> rollUps() {
    return Combinators.combine(summaries(), OrganizationArbitraries.orgCharts())
        .flatAs(
            (summary, chart) ->
                OrganizationArbitraries.daysOf(chart).map(day -> MilestoneRollUp.of(summary, chart, day)));
  }

  private static final ImmutableList<String> FAMILY_NAMES =
      ImmutableList.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Dương", "Ưng");

  private static final ImmutableList<String> MIDDLE_NAMES =
      ImmutableList.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc");

  private static final ImmutableList<String> GIVEN_NAMES =
      ImmutableList.of(
          "An", "Anh", "Ảnh", "Ánh", "Ân", "Ấn", "Bình", "Cường", "Dũng", "Đào", "Đạt", "Giang", "Hà", "Hạ", "Hải",
          "Hoa", "Hòa", "Hỏa", "Hóa", "Hương", "Lan", "Lân", "Mai", "Nam", "Oanh", "Ơn", "Phúc", "Quân", "Tâm", "Thủy",
          "Uyên", "Ưng", "Vân", "Xuân", "Yến");

  /**
   * Returns Vietnamese personal names of two to four words, from pools that share letters and differ by tone marks,
   * by the letters ă â đ ê ô ơ ư and by case, about a fifth of them in NFD and some in capitals.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<String> vietnameseNames() {
    return Combinators.combine(
            Arbitraries.of(FAMILY_NAMES),
            Arbitraries.of(MIDDLE_NAMES).list().ofMaxSize(2),
            Arbitraries.of(GIVEN_NAMES),
            Arbitraries.integers().between(0, 9))
        .as(
            (family, middle, given, form) -> {
              String name = family + (middle.isEmpty() ? "" : " " + String.join(" ", middle)) + " " + given;
              if (form < 2) {
                return Normalizer.normalize(name, Normalizer.Form.NFD);
              }
              return form == 2 ? name.toUpperCase(Locale.ROOT) : name;
            });
  }

  /**
   * Returns candidates with identifiers {@code UCV-0} to {@code UCV-19}, so that two lists often share a person, of
   * {@link #vietnameseNames()}, born from 1940 to 2005.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Candidate> candidates() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 19).map(i -> PersonId.of("UCV-" + i)),
            vietnameseNames(),
            GenericArbitraries.days(LocalDate.of(1940, 1, 1), LocalDate.of(2005, 12, 31)))
        .as(Candidate::of);
  }

  /**
   * Returns candidate lists of every level, of 1 to 6 seats (so some above the law's maximum), with 0 to 10 candidates
   * (so some short of the surplus, some listing a person twice), half of them in Vietnamese alphabetical order.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CandidateList> candidateLists() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 12).map(i -> "Đơn vị bầu cử số " + i),
            Arbitraries.of(ElectionLevel.class),
            Arbitraries.integers().between(1, 6),
            candidates().list().ofMaxSize(10),
            Arbitraries.of(VietnameseCollation.class).optional(0.5))
        .as(
            (constituency, level, seats, candidates, order) -> {
              CandidateList list = CandidateList.of(constituency, level, seats, candidates);
              return order.map(list::sorted).orElse(list);
            });
  }

  /**
   * Returns findings: those of generated candidate lists, one by one and across lists, and findings of every rule
   * with generated facts.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CandidateViolation> candidateViolations() {
    Arbitrary<CandidateViolation> made =
        Combinators.combine(
                Arbitraries.of(CandidateRule.class),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(m -> !m.isBlank()),
                Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 20).map(Object.class::cast),
                        candidates().map(Object.class::cast),
                        Arbitraries.of("Đơn vị bầu cử số 1", "Đơn vị bầu cử số 2").map(Object.class::cast))
                    .list()
                    .ofMaxSize(4))
            .as((rule, message, values) -> CandidateViolation.of(rule, "Đơn vị " + message, values.toArray()));
    Arbitrary<CandidateViolation> found =
        candidateLists()
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(
                lists ->
                    ImmutableList.<CandidateViolation>builder()
                        .addAll(CandidateList.oneConstituencyFindings(lists))
                        .addAll(lists.get(0).findings())
                        .build())
            .filter(f -> !f.isEmpty())
            .flatMap(Arbitraries::of);
    return Arbitraries.oneOf(made, found);
  }

  /**
   * Returns polling areas of every kind, of 1 to 6,000 voters, often at the law's bounds (49, 50, 299, 300, 4,000 and
   * 4,001), so that some break them.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PollingArea> pollingAreas() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 40).map(i -> "Khu vực bỏ phiếu số " + i),
            Arbitraries.of(PollingAreaKind.class),
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1, 6_000)),
                Tuple.of(1, Arbitraries.of(49, 50, 299, 300, 4_000, 4_001))))
        .as(PollingArea::of);
  }

  /**
   * Returns findings: those of generated polling areas, and findings of every rule with generated facts.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PollingAreaViolation> pollingAreaViolations() {
    Arbitrary<PollingAreaViolation> made =
        Combinators.combine(
                Arbitraries.of(PollingAreaRule.class),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(m -> !m.isBlank()),
                Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 5_000).map(Object.class::cast),
                        pollingAreas().map(Object.class::cast))
                    .list()
                    .ofMaxSize(3))
            .as((rule, message, values) -> PollingAreaViolation.of(rule, "Khu vực " + message, values.toArray()));
    Arbitrary<PollingAreaViolation> found =
        pollingAreas().map(PollingArea::findings).filter(f -> !f.isEmpty()).map(f -> f.get(0));
    return Arbitraries.oneOf(made, found);
  }

  // ---- results --------------------------------------------------------------------------------------------------

  /**
   * Returns candidate lists to count: of the National Assembly or a provincial or commune People's Council, 1 to 5
   * seats, 1 to 8 people, each once.
   *
   * @return the arbitrary, not null
   */
  private static Arbitrary<CandidateList> listsToCount() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 12).map(i -> "Đơn vị bầu cử số " + i),
            Arbitraries.of(ElectionLevel.NATIONAL_ASSEMBLY, ElectionLevel.PROVINCIAL_COUNCIL, ElectionLevel.COMMUNE_COUNCIL),
            Arbitraries.integers().between(1, 5),
            candidates().list().ofMinSize(1).ofMaxSize(8).uniqueElements(Candidate::id))
        .as(CandidateList::of);
  }

  /**
   * Returns ballots of a candidate list as a polling team reads them: any of its names kept, most of them of the form
   * and stamped, a few with content added.
   *
   * @param list the candidate list, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Ballot> ballotsOf(CandidateList list) {
    Arbitrary<Boolean> mostly = Arbitraries.frequency(Tuple.of(19, true), Tuple.of(1, false));
    return Combinators.combine(
            Arbitraries.subsetOf(list.candidates()), mostly, mostly, mostly.map(b -> !b))
        .as(
            (kept, form, stamped, added) ->
                Ballot.builder()
                    .seats(list.seats())
                    .kept(kept)
                    .prescribedForm(form)
                    .stamped(stamped)
                    .contentAdded(added)
                    .build());
  }

  /**
   * Returns ballots of generated candidate lists, valid and invalid on every ground.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Ballot> ballots() {
    return listsToCount().flatMap(ElectionArbitraries::ballotsOf);
  }

  /**
   * Returns validities: valid, or invalid on any set of grounds.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<BallotValidity> ballotValidities() {
    return Arbitraries.of(BallotGround.class).set().map(BallotValidity::of);
  }

  /**
   * Returns the tally records of polling areas of a candidate list, each counted from 0 to 30 generated ballots, with
   * up to 3 more ballots issued than returned, up to 3 more voters who voted than ballots returned, and voters on the
   * list up to twice those who voted and 5 more, so that some turnouts are half or less.
   *
   * @param list the candidate list, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<TallyRecord> tallyRecordsOf(CandidateList list) {
    return Combinators.combine(
            ballotsOf(list).list().ofMaxSize(30),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3),
            Arbitraries.doubles().between(0, 1))
        .as(
            (ballots, moreIssued, moreVoted, share) -> {
              int voted = ballots.size() + moreVoted;
              int voters = voted + (int) Math.round(share * (2 * voted + 5));
              return TallyRecord.count(list, voters, voted, ballots.size() + moreIssued, ballots);
            });
  }

  /**
   * Returns tally records: those of generated polling areas, a few merged records of a constituency, and the empty
   * record; every one satisfies the record's invariants.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<TallyRecord> tallyRecords() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(TallyRecord.empty())),
        Tuple.of(6, listsToCount().flatMap(ElectionArbitraries::tallyRecordsOf)),
        Tuple.of(
            2,
            listsToCount()
                .flatMap(
                    list ->
                        tallyRecordsOf(list)
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(4)
                            .map(areas -> areas.stream().collect(TallyRecord.collector())))));
  }

  /**
   * Returns the results of constituencies elected on a day: the first round's, and where it calls for one, half of
   * the time the result after a re-run or a top-up election among the candidates not elected.
   *
   * @param electionDay the election day, a Sunday from 2015-09-06, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<ConstituencyResult> constituencyResultsOf(LocalDate electionDay) {
    return listsToCount()
        .flatMap(
            list ->
                tallyRecordsOf(list)
                    .flatMap(
                        tally -> {
                          ConstituencyResult first = ConstituencyResult.of(list.level(), electionDay, tally);
                          return Arbitraries.oneOf(Arbitraries.just(first), nextRound(first, list));
                        }));
  }

  private static Arbitrary<ConstituencyResult> nextRound(ConstituencyResult first, CandidateList list) {
    if (first.nextRound() == NextRound.RE_RUN) {
      return tallyRecordsOf(list).map(first::reRun);
    }
    List<Candidate> losers =
        first.outcomes().stream()
            .filter(o -> !o.isElected())
            .map(CandidateOutcome::candidate)
            .collect(Collectors.toList());
    if (first.nextRound() == NextRound.TOP_UP && !losers.isEmpty()) {
      CandidateList topUp = CandidateList.of(list.constituency(), list.level(), first.shortfall(), losers);
      return tallyRecordsOf(topUp).map(first::topUp);
    }
    return Arbitraries.just(first);
  }

  /**
   * Returns the results of constituencies elected in 2016, 2021 or 2026.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ConstituencyResult> constituencyResults() {
    return Arbitraries.of(KNOWN_ELECTION_DAYS).flatMap(ElectionArbitraries::constituencyResultsOf);
  }

  /**
   * Returns the outcomes of the candidates of generated results.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CandidateOutcome> candidateOutcomes() {
    return constituencyResults().flatMap(r -> Arbitraries.of(r.outcomes()));
  }

  /**
   * Returns the facts of by-elections: of the National Assembly or a provincial or commune People's Council (some of a
   * new unit), on days of 2016 to 2030, with 0 to 6 years of the term left, 1 to 500 deputies and any number missing.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ByElection> byElections() {
    return Combinators.combine(
            Arbitraries.of(ElectionLevel.NATIONAL_ASSEMBLY, ElectionLevel.PROVINCIAL_COUNCIL, ElectionLevel.COMMUNE_COUNCIL),
            GenericArbitraries.days(LocalDate.of(2016, 1, 1), LocalDate.of(2030, 12, 31)),
            Arbitraries.integers().between(0, 6 * 366),
            Arbitraries.integers().between(1, 500),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.of(true, false))
        .as(
            (level, day, left, deputies, share, newUnit) ->
                ByElection.builder()
                    .level(level)
                    .day(day)
                    .termEnds(day.plusDays(left))
                    .deputies(deputies)
                    .missing((int) Math.floor(share * deputies))
                    .newUnit(newUnit && level != ElectionLevel.NATIONAL_ASSEMBLY)
                    .build());
  }

  /**
   * Returns the figures of 0 to 5 results of one election, 2016, 2021 or 2026, counted under units of the pool.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ResultSummary> resultSummaries() {
    return Arbitraries.of(KNOWN_ELECTION_DAYS)
        .flatMap(
            day ->
                Combinators.combine(GenericArbitraries.unitIds(), constituencyResultsOf(day))
                    .as(ResultSummary::of)
                    .list()
                    .ofMaxSize(5)
                    .map(parts -> parts.stream().reduce(ResultSummary.empty(), ResultSummary::plus)));
  }

  /**
   * Returns roll-ups of generated figures over generated org charts on a day of each chart.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<ResultRollUp> resultRollUps() {
    return Combinators.combine(resultSummaries(), OrganizationArbitraries.orgCharts())
        .flatAs(
            (summary, chart) -> OrganizationArbitraries.daysOf(chart).map(day -> ResultRollUp.of(summary, chart, day)));
  }

  // ---- Party congresses: terms and the congress calendar -------------------------------------------------------

  /**
   * Returns terms of every tier, of 1 to 120 months, moved by fewer months than the term, on generated bases, chosen
   * for generated days or for those of their basis.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressTerm> congressTerms() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8),
            Arbitraries.of(CongressTier.class),
            Arbitraries.integers().between(1, 120),
            Arbitraries.integers().between(0, 119),
            LawArbitraries.legalBases(),
            GenericArbitraries.validities().optional(0.5))
        .as((name, tier, months, shift, basis, validity) -> term("TERM_" + name, tier, months, shift, basis, validity));
  }

  private static CongressTerm term(
      String name,
      CongressTier tier,
      int months,
      int shift,
      io.github.vanphong.law.LegalBasis basis,
      Optional<Validity> validity) {
    CongressTerm.Builder term =
        CongressTerm.builder().name(name).tier(tier).months(months).maximumShiftMonths(shift % months).basis(basis);
    validity.ifPresent(term::validity);
    return term.build();
  }

  /**
   * Returns rule books: the standard one, the standard one without a term, or books of generated terms, one a tier.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressRuleBook> congressRuleBooks() {
    CongressRuleBook standard = CongressRuleBook.standard();
    return Arbitraries.oneOf(
        Arbitraries.just(standard),
        Arbitraries.of(standard.terms()).map(t -> standard.without(t.name())),
        congressTerms()
            .list()
            .ofMaxSize(5)
            .uniqueElements(CongressTerm::tier)
            .map(terms -> CongressRuleBook.of(terms.stream().map(t -> CongressTerm.builder().from(t).name(t.name() + "_" + t.tier()).build()).toList())));
  }

  /**
   * Returns congresses held by the units {@code U0} to {@code U9} from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressRecord> congressRecords() {
    return Combinators.combine(GenericArbitraries.unitIds(), GenericArbitraries.days()).as(CongressRecord::of);
  }

  /**
   * Returns registers of 0 to 12 congresses held.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressRegister> congressRegisters() {
    return congressRecords().list().ofMaxSize(12).uniqueElements().map(CongressRegister::of);
  }

  /**
   * Returns checks of every tier on a day: with no congress recorded, with a congress and no term, with the standard
   * term chosen for it, or with a generated term; the day asked about 0 to 4000 days after the congress.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressCheck> congressChecks() {
    return Combinators.combine(
            GenericArbitraries.unitIds(),
            Arbitraries.of(CongressTier.class),
            GenericArbitraries.days(),
            Arbitraries.integers().between(0, 4000),
            Arbitraries.integers().between(0, 3),
            congressTerms())
        .as((unit, tier, last, after, choice, generated) -> check(unit, tier, last, after, choice, generated));
  }

  private static CongressCheck check(
      UnitId unit, CongressTier tier, LocalDate last, int after, int choice, CongressTerm generated) {
    LocalDate asOf = last.plusDays(after);
    return switch (choice) {
      case 0 -> CongressCheck.of(unit, tier, Optional.empty(), Optional.empty(), asOf);
      case 1 -> CongressCheck.of(unit, tier, Optional.of(last), Optional.empty(), asOf);
      case 2 ->
          CongressCheck.of(
              unit, tier, Optional.of(last), CongressRuleBook.standard().termFor(tier, last), asOf);
      default ->
          CongressCheck.of(
              unit,
              tier,
              Optional.of(last),
              Optional.of(
                  CongressTerm.builder()
                      .from(generated)
                      .tier(tier)
                      .validity(Validity.from(last.minusDays(after % 400)))
                      .build()),
              asOf);
    };
  }

  /**
   * Returns checks of units of the pool on one day, under the standard book.
   *
   * @param asOf the day asked about, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressCheck> congressChecksOn(LocalDate asOf) {
    return Combinators.combine(
            GenericArbitraries.unitIds(),
            Arbitraries.of(CongressTier.class),
            Arbitraries.integers().between(0, 4000).optional(0.9))
        .as(
            (unit, tier, before) -> {
              Optional<LocalDate> last = before.map(asOf::minusDays);
              return CongressCheck.of(
                  unit, tier, last, last.flatMap(d -> CongressRuleBook.standard().termFor(tier, d)), asOf);
            });
  }

  /**
   * Returns the figures of 1 to 8 checks of one day, from 2012 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressSummary> congressSummaries() {
    return GenericArbitraries.days(LocalDate.of(2012, 1, 1), LocalDate.of(2030, 12, 31))
        .flatMap(
            asOf ->
                congressChecksOn(asOf)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(8)
                    .map(checks -> checks.stream().collect(CongressSummary.collector())));
  }

  /**
   * Returns roll-ups of generated figures over generated org charts on a day of each chart.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<CongressRollUp> congressRollUps() {
    return Combinators.combine(congressSummaries(), OrganizationArbitraries.orgCharts())
        .flatAs(
            (summary, chart) ->
                OrganizationArbitraries.daysOf(chart).map(day -> CongressRollUp.of(summary, chart, day)));
  }

  // ---- elections in the Party --------------------------------------------------------------------------------

  /**
   * Returns candidates with identifiers {@code DV-0} to {@code DV-19}, so that a list often has a person twice, of
   * every nomination, those from the floor or self-nominated with 0 to 60 agreeing.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PartyCandidate> partyCandidates() {
    return partyCandidates(60);
  }

  private static Arbitrary<PartyCandidate> partyCandidates(int present) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 19).map(i -> PersonId.of("DV-" + i)),
            vietnameseNames(),
            Arbitraries.of(PartyNomination.class),
            Arbitraries.integers().between(0, present))
        .as(
            (id, name, nomination, agreed) ->
                PartyCandidate.of(id, name, nomination, nomination == PartyNomination.CONVENING_COMMITTEE ? 0 : agreed));
  }

  /**
   * Returns lists of elections from 2014 to 2030 (under both rules of elections) for every body, of 1 to 15 places,
   * 1 to 60 present and 0 to 20 candidates, so that some have no surplus, some too much, some a person twice.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PartyCandidateList> partyCandidateLists() {
    return Combinators.combine(
            GenericArbitraries.days(LocalDate.of(2014, 6, 9), LocalDate.of(2030, 12, 31)),
            Arbitraries.of(PartyElectedBody.class),
            Arbitraries.integers().between(1, 15),
            Arbitraries.integers().between(1, 60))
        .flatAs(
            (day, body, places, present) ->
                partyCandidates(present)
                    .list()
                    .ofMaxSize(20)
                    .map(candidates -> PartyCandidateList.of(day, body, places, present, candidates)));
  }

  /**
   * Returns bases of either form, of 1 to 200 called, with exclusions of the form that leave at least one.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PartyElectorate> partyElectorates() {
    return Combinators.combine(
            Arbitraries.of(PartyCongressKind.class),
            Arbitraries.integers().between(1, 200),
            Arbitraries.integers().between(0, 20).list().ofSize(PartyExclusion.values().length))
        .as(
            (kind, called, counts) -> {
              Map<PartyExclusion, Integer> exclusions = new EnumMap<>(PartyExclusion.class);
              int left = called - 1;
              PartyExclusion[] reasons = PartyExclusion.values();
              for (int i = 0; i < reasons.length; i++) {
                PartyExclusion reason = reasons[i];
                int n = Math.min(counts.get(i), left);
                if (reason.kind() == kind && n > 0) {
                  exclusions.put(reason, n);
                  left -= n;
                }
              }
              return PartyElectorate.of(kind, called, exclusions);
            });
  }

  /**
   * Returns outcomes of every status and rule, of 0 to 200 votes.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PartyOutcome> partyOutcomes() {
    return Combinators.combine(
            partyCandidates(),
            Arbitraries.integers().between(0, 200),
            Arbitraries.of(PartyOutcomeStatus.class),
            Arbitraries.of(PartyElectionRule.class))
        .as(PartyOutcome::of);
  }

  /**
   * Returns results of generated lists and bases, each person with 0 to the number called votes, under either tie
   * rule; votes often tie, so the tie rule decides.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PartyElectionResult> partyElectionResults() {
    return Combinators.combine(partyCandidateLists(), partyElectorates(), Arbitraries.of(PartyTieRule.class))
        .flatAs(
            (list, electorate, tieRule) ->
                Arbitraries.integers()
                    .between(0, electorate.called())
                    .edgeCases(e -> e.includeOnly(electorate.threshold(), electorate.called()))
                    .list()
                    .ofSize(list.people())
                    .map(
                        counts -> {
                          Map<PersonId, Integer> votes = new LinkedHashMap<>();
                          list.candidates().stream()
                              .map(PartyCandidate::id)
                              .distinct()
                              .forEach(id -> votes.put(id, counts.get(votes.size())));
                          return PartyElectionResult.of(list, electorate, votes, tieRule);
                        }));
  }

  /**
   * Returns allocations of 0 to 20 delegates to 0 to 6 units of the pool.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PartyDelegateAllocation> partyDelegateAllocations() {
    return Arbitraries.maps(GenericArbitraries.unitIds(), Arbitraries.integers().between(0, 20))
        .ofMaxSize(6)
        .map(PartyDelegateAllocation::of);
  }

  /**
   * Returns findings: those of generated lists and allocations, and findings of every rule with generated facts.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PartyElectionViolation> partyElectionViolations() {
    Arbitrary<PartyElectionViolation> made =
        Combinators.combine(
                Arbitraries.of(PartyElectionRule.class),
                GenericArbitraries.days(),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(m -> !m.isBlank()),
                Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 20).map(Object.class::cast),
                        partyCandidates().map(Object.class::cast),
                        GenericArbitraries.unitIds().map(Object.class::cast))
                    .list()
                    .ofMaxSize(4))
            .as((rule, day, message, values) -> PartyElectionViolation.of(rule, day, "Đại hội " + message, values.toArray()));
    Arbitrary<PartyElectionViolation> found =
        Combinators.combine(
                partyCandidateLists(),
                partyDelegateAllocations(),
                Arbitraries.maps(GenericArbitraries.unitIds(), Arbitraries.integers().between(0, 25)).ofMaxSize(6))
            .as(
                (list, allocation, elected) ->
                    ImmutableList.<PartyElectionViolation>builder()
                        .addAll(list.findings())
                        .addAll(allocation.findings(list.electionDay(), elected))
                        .build())
            .filter(f -> !f.isEmpty())
            .flatMap(Arbitraries::of);
    return Arbitraries.oneOf(made, found);
  }
}
