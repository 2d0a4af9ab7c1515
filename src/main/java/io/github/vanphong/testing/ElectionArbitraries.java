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
import io.github.vanphong.election.PollingArea;
import io.github.vanphong.election.PollingAreaKind;
import io.github.vanphong.election.PollingAreaRule;
import io.github.vanphong.election.PollingAreaViolation;
import io.github.vanphong.election.ResultRollUp;
import io.github.vanphong.election.ResultSummary;
import io.github.vanphong.election.TallyRecord;
import io.github.vanphong.election.VietnameseCollation;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for elections: the rules of the timeline and books of them, election days, timelines, their
 * milestones, follow-ups with milestones recorded done, checks, summaries and roll-ups; Vietnamese names, candidates,
 * candidate lists and their findings; ballots, tally records, constituency results, by-elections, the results' figures
 * and their roll-ups. For example {@code
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
}
