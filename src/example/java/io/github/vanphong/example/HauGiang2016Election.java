package io.github.vanphong.example;

import io.github.vanphong.election.Ballot;
import io.github.vanphong.election.Candidate;
import io.github.vanphong.election.CandidateList;
import io.github.vanphong.election.ConstituencyResult;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.ElectionLevel;
import io.github.vanphong.election.ElectionStep;
import io.github.vanphong.election.ElectionTimeline;
import io.github.vanphong.election.Milestone;
import io.github.vanphong.election.MilestoneCheck;
import io.github.vanphong.election.MilestoneStatus;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.election.ResultFigure;
import io.github.vanphong.election.ResultRollUp;
import io.github.vanphong.election.ResultSummary;
import io.github.vanphong.election.TallyRecord;
import io.github.vanphong.organization.PersonId;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The 2016 election of the provincial People's Council in Hậu Giang: a few dates of its timeline, and the result of
 * one constituency counted from its polling areas.
 *
 * <p><b>The constituency is an illustration:</b> its name, candidates, voters and votes are made up, plausible for a
 * provincial constituency of 5 seats; the real results of 2016 are not reproduced. The dates of the timeline and the
 * rules that read the count are the library's, from the Election Law.
 */
public final class HauGiang2016Election {

  /** Election day of 2016: Sunday 22 May. */
  public static final LocalDate ELECTION_DAY = LocalDate.of(2016, 5, 22);

  /** The constituency of the illustration. */
  public static final String CONSTITUENCY = "Đơn vị bầu cử số 1";

  private static final List<Candidate> CANDIDATES =
      List.of(
          candidate(1, "Bùi Văn An", 1962),
          candidate(2, "Đặng Thị Bình", 1970),
          candidate(3, "Huỳnh Văn Cường", 1968),
          candidate(4, "Lê Thị Dung", 1975),
          candidate(5, "Nguyễn Văn Hải", 1966),
          candidate(6, "Phạm Thị Hoa", 1980),
          candidate(7, "Trần Văn Lân", 1972),
          candidate(8, "Võ Thị Mai", 1978));

  private HauGiang2016Election() {}

  private static Candidate candidate(int n, String name, int born) {
    return Candidate.of(PersonId.of("HG-UCV-" + n), name, LocalDate.of(born, 3, 1));
  }

  /**
   * Returns the candidate list of the illustrated constituency: 5 seats, 8 candidates in alphabetical order.
   *
   * @return the list, not null
   */
  public static CandidateList candidateList() {
    return CandidateList.of(CONSTITUENCY, ElectionLevel.PROVINCIAL_COUNCIL, 5, CANDIDATES);
  }

  /**
   * Returns the tally records of the constituency's three polling areas, the first counted from its ballots.
   *
   * @return the records, not null
   */
  public static List<TallyRecord> pollingAreas() {
    CandidateList list = candidateList();
    List<Ballot> ballots = new ArrayList<>();
    // 1,180 ballots returned in the first polling area: the names kept by groups of voters, then 12 invalid ballots
    addBallots(ballots, 420, list, 0, 1, 2, 3, 4);
    addBallots(ballots, 310, list, 0, 1, 2, 4, 6);
    addBallots(ballots, 250, list, 1, 2, 3, 5, 7);
    addBallots(ballots, 188, list, 0, 3, 4, 6);
    addBallots(ballots, 8, list);
    ballots.add(Ballot.builder().seats(5).kept(Set.copyOf(list.candidates())).build());
    ballots.add(Ballot.builder().seats(5).addKept(list.candidates().get(0)).stamped(false).build());
    ballots.add(Ballot.builder().seats(5).addKept(list.candidates().get(2)).contentAdded(true).build());
    ballots.add(Ballot.builder().seats(5).addKept(list.candidates().get(4)).prescribedForm(false).build());
    TallyRecord first = TallyRecord.count(list, 1_240, 1_180, 1_190, ballots);
    return List.of(
        first,
        area(list, 980, 940, 931, 700, 620, 580, 200, 455, 260, 350, 241),
        area(list, 1_105, 1_060, 1_048, 790, 700, 655, 250, 520, 300, 400, 278));
  }

  private static void addBallots(List<Ballot> ballots, int n, CandidateList list, int... kept) {
    Set<Candidate> names = new java.util.LinkedHashSet<>();
    for (int k : kept) {
      names.add(list.candidates().get(k));
    }
    for (int i = 0; i < n; i++) {
      ballots.add(Ballot.of(5, names));
    }
  }

  private static TallyRecord area(CandidateList list, int voters, int voted, int valid, int... votes) {
    TallyRecord.Builder record =
        TallyRecord.builder()
            .constituency(CONSTITUENCY)
            .seats(5)
            .voters(voters)
            .voted(voted)
            .issued(voted)
            .returned(voted)
            .valid(valid)
            .invalid(voted - valid);
    for (int i = 0; i < votes.length; i++) {
      record.votes(list.candidates().get(i), votes[i]);
    }
    return record.build();
  }

  /**
   * Returns the result of the illustrated constituency: its polling areas' records merged.
   *
   * @return the result, not null
   */
  public static ConstituencyResult result() {
    return ConstituencyResult.of(
        ElectionLevel.PROVINCIAL_COUNCIL, ELECTION_DAY, pollingAreas().stream().collect(TallyRecord.collector()));
  }

  /**
   * Prints a few dates of the 2016 timeline of the provincial People's Council and the illustrated result.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    ElectionTimeline timeline = ElectionTimeline.of(ELECTION_DAY).forLevel(ElectionLevel.PROVINCIAL_COUNCIL);
    Set<ElectionStep> shown =
        EnumSet.of(
            ElectionStep.VOTER_LISTS_POSTED,
            ElectionStep.CANDIDATE_LIST_PUBLISHED,
            ElectionStep.TALLY_RECORDS_SENT,
            ElectionStep.RESULTS_ANNOUNCED);
    out.println(
        "The 2016 election of the provincial People's Council, on "
            + ELECTION_DAY
            + ": "
            + timeline.milestones().size()
            + " dated steps, among them");
    for (Milestone m : timeline.milestones()) {
      if (shown.contains(m.rule().step())) {
        out.println("  " + m.rule().step().englishName() + " by " + m.date());
      }
    }
    printFollowUp(out, timeline);
    ConstituencyResult result = result();
    List<TallyRecord> areas = pollingAreas();
    out.println(
        "One constituency's result (kết quả bầu cử), an illustration: made-up candidates and figures, "
            + areas.size()
            + " polling areas merged, "
            + result.tally().voters()
            + " voters, "
            + result.tally().voted()
            + " voted, "
            + result.tally().valid()
            + " valid ballots, "
            + result.tally().invalid()
            + " invalid");
    for (String line : result.explain().split("\n")) {
      out.println("  " + line);
    }
    ResultSummary figures = Stream.of(result).collect(ResultSummary.collector(r -> HauGiang2016.PROVINCIAL_COMMITTEE));
    ResultRollUp rollUp = ResultRollUp.of(figures, HauGiang2016.orgChart(), ELECTION_DAY);
    out.println(
        "Rolled up under Tỉnh ủy Hậu Giang: "
            + rollUp.summaryOf(HauGiang2016.PROVINCIAL_COMMITTEE).count(ResultFigure.FILLED)
            + " of "
            + rollUp.summaryOf(HauGiang2016.PROVINCIAL_COMMITTEE).count(ResultFigure.SEATS)
            + " seats filled; elected: "
            + result.elected().stream().map(Candidate::name).collect(Collectors.joining(", ")));
  }
  /**
   * Prints the office's follow-up of the timeline as of the briefing of 2016-03-01: the steps due by then, recorded
   * done on their days (the records are this example's), and those due in the following month, with their status.
   */
  private static void printFollowUp(PrintStream out, ElectionTimeline timeline) {
    LocalDate asOf = HauGiang2016.BRIEFING_DAY;
    ElectionFollowUp office = ElectionFollowUp.of(HauGiang2016.PROVINCIAL_OFFICE, timeline);
    for (Milestone m : timeline.milestones()) {
      if (m.date().isBefore(asOf)) {
        office = office.recordDone(m.rule().name(), m.date());
      }
    }
    out.println(
        "The office's follow-up as of "
            + asOf
            + " (the records are this example's: each step due before that day recorded done on its day)");
    for (MilestoneCheck check : office.checks(asOf)) {
      if (check.milestone().date().isAfter(asOf.plusMonths(1))) {
        continue;
      }
      out.println(
          "  "
              + check.milestone().rule().step().englishName()
              + " by "
              + check.milestone().date()
              + ": "
              + check.status().englishName().toLowerCase(Locale.ROOT)
              + check.doneOn().map(d -> " on " + d).orElse(", " + check.daysLeft() + " days left"));
    }
    MilestoneSummary summary = MilestoneSummary.of(office, asOf);
    List<String> counts = new ArrayList<>();
    for (MilestoneStatus status : MilestoneStatus.values()) {
      if (summary.count(status) > 0) {
        counts.add(summary.count(status) + " " + status.englishName().toLowerCase(Locale.ROOT));
      }
    }
    out.println("  All " + summary.total() + " steps: " + String.join(", ", counts));
  }

}
