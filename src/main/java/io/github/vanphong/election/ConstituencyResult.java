package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Instruments;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The result of a constituency (kết quả bầu cử ở đơn vị bầu cử) read from its tally record under Luật 85/2015/QH13,
 * Điều 77 to 80: whether the round counts, who is elected and why, and what it calls for next. For example a
 * provincial People's Council constituency of 5 seats where 2 candidates win more than half of the valid ballots
 * calls a top-up election among the other candidates, at the latest 15 days after the election of 2016-05-22.
 *
 * <p><b>The rules.</b> A round counts only if more than half of the voters voted ({@link
 * ResultRule#TURNOUT_MORE_THAN_HALF}); exactly half is not more than half, and calls a re-run ({@link
 * ResultRule#RE_RUN}), held once with the same candidates, whose result is accepted whatever its turnout ({@link
 * ResultRule#RE_RUN_ONCE}). A candidate is elected with more than half of the valid ballots ({@link
 * ResultRule#MAJORITY_OF_VALID_BALLOTS}), the most votes first up to the seats ({@link
 * ResultRule#HIGHEST_VOTES_FIRST}); a tie for the last seat goes to the older candidate ({@link
 * ResultRule#OLDER_CANDIDATE_AT_TIE}). Seats left call a top-up election ({@link Round#TOP_UP}): for the National
 * Assembly any seat left, for a People's Council fewer than two thirds of the seats filled (Điều 79, khoản 1 và 2); it
 * chooses among the candidates not elected and is held once (khoản 3). The re-run and the top-up are held at the latest
 * 15 days after the first election day for the elections held to 2025-06-30, 7 days from 2025-07-01 (Luật
 * 83/2025/QH15), chosen by the election day ({@link ResultRule#topUpTimeLimit(LocalDate) topUpTimeLimit}, {@link
 * ResultRule#reRunTimeLimit(LocalDate) reRunTimeLimit}).
 *
 * <p><b>Where the law is silent</b> the library reads it so, and says so: a tie for the last seat between candidates
 * born the same day fills neither seat ({@link ResultDecision#NOT_ELECTED_TIE_OF_SAME_AGE}); a top-up election in
 * which half of the voters or fewer vote elects no one and is not held again. The annulment of a result for serious
 * violations (Điều 81) is the National Election Council's decision, not computed here.
 *
 * <p>A result explains itself: {@link #outcomes()} gives each candidate's {@link ResultDecision} and its rule, {@link
 * #nextRound()} and {@link #nextRoundRule()} what follows, {@link #explain()} all of it in words. A round after the
 * first is {@link #reRun(TallyRecord) reRun} or {@link #topUp(TallyRecord) topUp} of the result before it, which is
 * left as it was; a round the result does not call for is refused with an {@link IllegalArgumentException} naming the
 * rule.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ConstituencyResult {

  private final ElectionLevel level;
  private final LocalDate electionDay;
  private final Round round;
  private final TallyRecord tally;
  private final @Nullable ConstituencyResult previous;
  private final int seats;

  @SuppressWarnings("Immutable") // an immutable list of immutable values
  private final ImmutableList<CandidateOutcome> outcomes;

  private final NextRound nextRound;

  private ConstituencyResult(
      ElectionLevel level,
      LocalDate electionDay,
      Round round,
      TallyRecord tally,
      @Nullable ConstituencyResult previous) {
    this.level = level;
    this.electionDay = electionDay;
    this.round = round;
    this.tally = tally;
    this.previous = previous;
    this.seats = previous == null ? tally.seats() : previous.seats;
    this.outcomes = decide(round, tally);
    this.nextRound = next();
  }

  /**
   * Returns the result of the election held on election day in a constituency.
   *
   * @param level the election, not null
   * @param electionDay the election day, a Sunday from 2015-09-01, not null
   * @param tally the constituency's tally record, its polling areas' merged, not empty, not null
   * @return the result, not null
   * @throws IllegalArgumentException if the record is empty, the day is not a Sunday or is before the Election Law's
   *     first day, or the district level is elected on a day from 2025-07-01
   */
  public static ConstituencyResult of(ElectionLevel level, LocalDate electionDay, TallyRecord tally) {
    requireNonNull(level, "level");
    requireNonNull(electionDay, "electionDay");
    requireNonNull(tally, "tally");
    ResultRule.topUpTimeLimit(electionDay); // refuses a day before the law
    checkArgument(
        electionDay.getDayOfWeek() == DayOfWeek.SUNDAY,
        "election day is a Sunday (%s); %s is a %s",
        ElectionRuleBook.ELECTION_DAY_IS_SUNDAY.article(),
        electionDay,
        electionDay.getDayOfWeek());
    checkArgument(
        level != ElectionLevel.DISTRICT_COUNCIL || electionDay.isBefore(ElectionRuleBook.AMENDMENT_DAY),
        "no district People's Council is elected from %s (%s); the election day was %s",
        ElectionRuleBook.AMENDMENT_DAY,
        Instruments.ELECTION_LAW_AMENDMENT_2025.name(),
        electionDay);
    checkArgument(!tally.isEmpty(), "%s: a result is read from a tally record; the record is empty", ResultRule.TALLY_RECORD.name());
    return new ConstituencyResult(level, electionDay, Round.FIRST, tally, null);
  }

  /**
   * Returns the result of the re-run this result calls for: with the same candidates and seats; its result is accepted
   * whatever its turnout (Điều 80, khoản 4). This result is left as it was.
   *
   * @param tally the re-run's tally record, of the same constituency, seats and candidates, not null
   * @return the result after the re-run, not null
   * @throws IllegalArgumentException naming {@link ResultRule#RE_RUN} if this result does not call for a re-run, or
   *     {@link ResultRule#RE_RUN_ONCE} if the record is of another constituency, other seats or other candidates
   */
  public ConstituencyResult reRun(TallyRecord tally) {
    requireNonNull(tally, "tally");
    checkArgument(
        nextRound == NextRound.RE_RUN,
        "%s: a re-run is held after a round in which half of the voters or fewer voted; the %s of %s calls for %s",
        ResultRule.RE_RUN.name(),
        round.englishName().toLowerCase(java.util.Locale.ROOT),
        Texts.quote(constituency()),
        nextRound);
    checkArgument(
        tally.constituency().equals(this.tally.constituency())
            && tally.seats() == this.tally.seats()
            && tally.candidates().equals(this.tally.candidates()),
        "%s: the re-run of %s chooses among the same %s candidates for the same %s seats; the record is %s",
        ResultRule.RE_RUN_ONCE.name(),
        Texts.quote(constituency()),
        this.tally.candidates().size(),
        this.tally.seats(),
        tally);
    return new ConstituencyResult(level, electionDay, Round.RE_RUN, tally, this);
  }

  /**
   * Returns the result of the top-up election this result calls for: for the seats left, among the candidates this
   * round did not elect (Điều 79). This result is left as it was.
   *
   * @param tally the top-up's tally record, of the same constituency, for the seats left, counting candidates not
   *     elected, not null
   * @return the result after the top-up, not null
   * @throws IllegalArgumentException naming the top-up rule of the election if this result does not call for one, or
   *     {@link ResultRule#TOP_UP_ONCE_AMONG_LOSERS} if the record is of another constituency, other seats or counts a
   *     candidate who was elected or not on the list
   */
  public ConstituencyResult topUp(TallyRecord tally) {
    requireNonNull(tally, "tally");
    checkArgument(
        nextRound == NextRound.TOP_UP,
        "%s: a top-up election is held for seats left, once; the %s of %s calls for %s",
        round == Round.TOP_UP ? ResultRule.TOP_UP_ONCE_AMONG_LOSERS.name() : ResultRule.topUp(level).name(),
        round.englishName().toLowerCase(java.util.Locale.ROOT),
        Texts.quote(constituency()),
        nextRound);
    Set<Candidate> losers =
        outcomes.stream()
            .filter(o -> !o.isElected())
            .map(CandidateOutcome::candidate)
            .collect(Collectors.toSet());
    checkArgument(
        tally.constituency().equals(this.tally.constituency())
            && tally.seats() == shortfall()
            && losers.containsAll(tally.candidates()),
        "%s: the top-up election of %s fills the %s seats left among the %s candidates not elected; the record is %s",
        ResultRule.TOP_UP_ONCE_AMONG_LOSERS.name(),
        Texts.quote(constituency()),
        shortfall(),
        losers.size(),
        tally);
    return new ConstituencyResult(level, electionDay, Round.TOP_UP, tally, this);
  }

  private static ImmutableList<CandidateOutcome> decide(Round round, TallyRecord tally) {
    Comparator<Candidate> older = Comparator.comparing(Candidate::dateOfBirth);
    Comparator<Candidate> byId =
        Comparator.comparing(Candidate::id).thenComparing(Candidate::name).thenComparing(Candidate::dateOfBirth);
    List<Candidate> ranked = new ArrayList<>(tally.candidates());
    ranked.sort(
        Comparator.comparing((Candidate c) -> tally.votesFor(c)).reversed().thenComparing(older).thenComparing(byId));
    boolean counted = turnoutMoreThanHalf(tally) || round == Round.RE_RUN;
    List<CandidateOutcome> decided = new ArrayList<>();
    if (!counted) {
      ranked.forEach(c -> decided.add(CandidateOutcome.of(c, tally.votesFor(c), ResultDecision.NOT_COUNTED_LOW_TURNOUT)));
      return ImmutableList.copyOf(decided);
    }
    List<Candidate> majority =
        ranked.stream().filter(c -> 2L * tally.votesFor(c) > tally.valid()).collect(Collectors.toList());
    int seats = tally.seats();
    int cut = majority.size() > seats ? tally.votesFor(majority.get(seats - 1)) : -1;
    boolean tieAtCut = cut >= 0 && tally.votesFor(majority.get(seats)) == cut;
    int above = (int) majority.stream().filter(c -> tally.votesFor(c) > cut).count();
    List<Candidate> tied = majority.stream().filter(c -> tally.votesFor(c) == cut).collect(Collectors.toList());
    int left = seats - above;
    LocalDate lastBorn = tieAtCut ? tied.get(left - 1).dateOfBirth() : LocalDate.MIN;
    boolean sameAge = tieAtCut && tied.get(left).dateOfBirth().equals(lastBorn);
    for (Candidate c : ranked) {
      int votes = tally.votesFor(c);
      ResultDecision decision;
      if (2L * votes <= tally.valid()) {
        decision = ResultDecision.NOT_ELECTED_BELOW_HALF;
      } else if (cut < 0 || votes > cut) {
        decision = ResultDecision.ELECTED_BY_MAJORITY;
      } else if (votes < cut) {
        decision = ResultDecision.NOT_ELECTED_SEATS_FULL;
      } else if (!tieAtCut) {
        decision = ResultDecision.ELECTED_BY_MAJORITY;
      } else if (c.dateOfBirth().isBefore(lastBorn) || (!sameAge && c.dateOfBirth().equals(lastBorn))) {
        decision = ResultDecision.ELECTED_BY_AGE_AT_TIE;
      } else if (c.dateOfBirth().equals(lastBorn)) {
        decision = ResultDecision.NOT_ELECTED_TIE_OF_SAME_AGE;
      } else {
        decision = ResultDecision.NOT_ELECTED_YOUNGER_AT_TIE;
      }
      decided.add(CandidateOutcome.of(c, votes, decision));
    }
    return ImmutableList.copyOf(decided);
  }

  private static boolean turnoutMoreThanHalf(TallyRecord tally) {
    return 2L * tally.voted() > tally.voters();
  }

  private NextRound next() {
    if (round == Round.FIRST && !turnoutMoreThanHalf(tally)) {
      return NextRound.RE_RUN;
    }
    int filled = filled();
    if (filled >= seats) {
      return NextRound.NONE;
    }
    if (round == Round.TOP_UP) {
      return NextRound.NO_SECOND_TOP_UP;
    }
    if (level == ElectionLevel.NATIONAL_ASSEMBLY || 3L * filled < 2L * seats) {
      return NextRound.TOP_UP;
    }
    return NextRound.TOP_UP_NOT_REQUIRED;
  }

  /**
   * Returns the election.
   *
   * @return the level, not null
   */
  public ElectionLevel level() {
    return level;
  }

  /**
   * Returns the first election day, from which the re-run and the top-up are dated.
   *
   * @return the day, a Sunday, not null
   */
  public LocalDate electionDay() {
    return electionDay;
  }

  /**
   * Returns the name of the constituency.
   *
   * @return the name, not null
   */
  public String constituency() {
    return tally.constituency().orElseThrow();
  }

  /**
   * Returns the round this result is of.
   *
   * @return the round, not null
   */
  public Round round() {
    return round;
  }

  /**
   * Returns the tally record of this round.
   *
   * @return the record, not null
   */
  public TallyRecord tally() {
    return tally;
  }

  /**
   * Returns the result before this round's.
   *
   * @return the previous result, or empty for the first round
   */
  public Optional<ConstituencyResult> previous() {
    return Optional.ofNullable(previous);
  }

  /**
   * Returns the tally records of every round, the first first.
   *
   * @return the records, at least one, not null
   */
  public ImmutableList<TallyRecord> rounds() {
    ImmutableList.Builder<TallyRecord> all = ImmutableList.builder();
    if (previous != null) {
      all.addAll(previous.rounds());
    }
    return all.add(tally).build();
  }

  /**
   * Returns the seats the constituency elects.
   *
   * @return the seats, 1 or more
   */
  public int seats() {
    return seats;
  }

  /**
   * Returns what this round decided for each candidate, the most votes first, then the older.
   *
   * @return the outcomes, one per candidate of the round, not null
   */
  public ImmutableList<CandidateOutcome> outcomes() {
    return outcomes;
  }

  /**
   * Returns the candidates elected in every round, the first round's first.
   *
   * @return the deputies elected, at most {@link #seats()}, not null
   */
  public ImmutableList<Candidate> elected() {
    ImmutableList.Builder<Candidate> all = ImmutableList.builder();
    if (previous != null) {
      all.addAll(previous.elected());
    }
    outcomes.stream().filter(CandidateOutcome::isElected).map(CandidateOutcome::candidate).forEach(all::add);
    return all.build();
  }

  /**
   * Returns the seats filled in every round.
   *
   * @return the seats filled, 0 to {@link #seats()}
   */
  public int filled() {
    int mine = (int) outcomes.stream().filter(CandidateOutcome::isElected).count();
    return previous == null ? mine : previous.filled() + mine;
  }

  /**
   * Returns the seats left.
   *
   * @return the seats not filled, 0 to {@link #seats()}
   */
  public int shortfall() {
    return seats - filled();
  }

  /**
   * Tells whether more than half of the voters voted in this round (Điều 78, khoản 1).
   *
   * @return true if the voters who voted are more than half of those on the list
   */
  public boolean turnoutMoreThanHalf() {
    return turnoutMoreThanHalf(tally);
  }

  /**
   * Returns what this result calls for next.
   *
   * @return the next round, not null
   */
  public NextRound nextRound() {
    return nextRound;
  }

  /**
   * Returns the rule that decides what follows.
   *
   * @return {@link ResultRule#RE_RUN}, the top-up rule of the election, {@link ResultRule#TOP_UP_ONCE_AMONG_LOSERS},
   *     or empty if every seat is filled
   */
  public Optional<ResultRule> nextRoundRule() {
    return switch (nextRound) {
      case NONE -> Optional.empty();
      case RE_RUN -> Optional.of(ResultRule.RE_RUN);
      case TOP_UP, TOP_UP_NOT_REQUIRED -> Optional.of(ResultRule.topUp(level));
      case NO_SECOND_TOP_UP -> Optional.of(ResultRule.TOP_UP_ONCE_AMONG_LOSERS);
    };
  }

  /**
   * Returns the time limit of the round this result calls for, chosen by the election day.
   *
   * @return a rule of 15 or 7 days for a re-run or a top-up election, empty otherwise
   */
  public Optional<ResultRule> nextRoundTimeLimit() {
    return switch (nextRound) {
      case RE_RUN -> Optional.of(ResultRule.reRunTimeLimit(electionDay));
      case TOP_UP -> Optional.of(ResultRule.topUpTimeLimit(electionDay));
      default -> Optional.empty();
    };
  }

  /**
   * Returns the last day the round this result calls for may be held: the first election day plus the days of {@link
   * #nextRoundTimeLimit()}.
   *
   * @return the day, or empty if no round follows
   * @throws java.time.DateTimeException if the day passes the last day {@link LocalDate} holds
   */
  public Optional<LocalDate> nextRoundBy() {
    return nextRoundTimeLimit().map(r -> electionDay.plusDays(r.days().orElse(0)));
  }

  /**
   * Explains the result in words, round by round: the turnout and whether it counts, each candidate's votes and the
   * rule that decided, and what follows, each with its article.
   *
   * @return lines of text, not null
   */
  public String explain() {
    StringBuilder text = new StringBuilder();
    if (previous != null) {
      text.append(previous.explain()).append('\n');
    }
    text.append(round.englishName())
        .append(" of ")
        .append(round == Round.FIRST ? electionDay.toString() : "the election of " + electionDay)
        .append(" in ")
        .append(Texts.quote(constituency()))
        .append(", ")
        .append(level.englishName())
        .append(", ")
        .append(tally.seats())
        .append(tally.seats() == 1 ? " seat" : " seats")
        .append('\n');
    text.append("  turnout: ")
        .append(tally.voted())
        .append(" of ")
        .append(tally.voters())
        .append(" voters, ");
    if (turnoutMoreThanHalf()) {
      text.append("more than half (").append(ResultRule.TURNOUT_MORE_THAN_HALF.basis().article()).append(")");
    } else if (round == Round.RE_RUN) {
      text.append("not more than half, accepted in a re-run (")
          .append(ResultRule.RE_RUN_ONCE.basis().article())
          .append(")");
    } else {
      text.append("not more than half: the round does not count (")
          .append(ResultRule.TURNOUT_MORE_THAN_HALF.basis().article())
          .append(")");
    }
    text.append('\n');
    for (CandidateOutcome o : outcomes) {
      text.append("  ")
          .append(o.candidate().name())
          .append(", born ")
          .append(o.candidate().dateOfBirth())
          .append(": ")
          .append(o.votes())
          .append(" of ")
          .append(tally.valid())
          .append(" valid ballots, ")
          .append(o.decision().englishName().toLowerCase(java.util.Locale.ROOT))
          .append(" (")
          .append(o.decision().rule().basis().article())
          .append(")\n");
    }
    text.append("  ").append(filled()).append(" of ").append(seats).append(" seats filled: ");
    text.append(nextRound.englishName().toLowerCase(java.util.Locale.ROOT));
    nextRoundBy().ifPresent(day -> text.append(", by ").append(day));
    nextRoundRule().ifPresent(r -> text.append(" (").append(r.basis().article()).append(")"));
    nextRoundTimeLimit().ifPresent(r -> text.append(" (").append(r.basis().article()).append(")"));
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ConstituencyResult other
        && level == other.level
        && electionDay.equals(other.electionDay)
        && round == other.round
        && tally.equals(other.tally)
        && Objects.equals(previous, other.previous);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, electionDay, round, tally, previous);
  }

  /**
   * Returns a readable form, for example "ConstituencyResult['Đơn vị bầu cử số 1', PROVINCIAL_COUNCIL, 2016-05-22,
   * FIRST, 2 of 5 seats filled, TOP_UP]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ConstituencyResult["
        + Texts.quote(constituency())
        + ", "
        + level
        + ", "
        + electionDay
        + ", "
        + round
        + ", "
        + filled()
        + " of "
        + seats
        + " seats filled, "
        + nextRound
        + "]";
  }
}
