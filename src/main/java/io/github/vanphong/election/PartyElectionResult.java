package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.PersonId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a round of a Party election: the list, the base of the threshold, the votes each candidate received
 * on valid ballots, and the application's tie rule; from them, the outcome of every candidate with the rule that
 * decided it ({@link #outcomes()}).
 *
 * <p>A candidate wins with more votes than half of the base ({@link PartyElectorate#threshold()}; Quy định
 * 190-QĐ/TW, Điều 30). If more pass than there are places, those with the most votes win ({@link
 * PartyElectionRule#MOST_VOTES_FIRST}); candidates tied at the cut-off with more of them than places left are decided
 * by the {@link PartyTieRule} the application gives, since no tie rule was found in the rules read. If fewer are
 * elected than places, voting continues ({@link #furtherRoundNeeded()}; Quy định 244-QĐ/TW, Điều 20, khoản 2): a
 * further round is a new result, on the list the congress settles for the places left.
 *
 * <p>Which ballots are invalid is not decided here: the list of Quy định 190-QĐ/TW, Điều 15, was not read, so the
 * votes given are those the counting board counted on the ballots it held valid. On a list with no surplus, a name
 * marked both agree and disagree, or neither, gets no vote ({@link PartyElectionRule#NO_SURPLUS_BALLOT_MARKS}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class PartyElectionResult {

  @SuppressWarnings("Immutable") // immutable value types and an immutable map
  private final PartyCandidateList list;

  @SuppressWarnings("Immutable") // immutable value types and an immutable map
  private final PartyElectorate electorate;

  @SuppressWarnings("Immutable") // immutable value types and an immutable map
  private final ImmutableMap<PersonId, Integer> votes;

  private final PartyTieRule tieRule;

  @SuppressWarnings("Immutable") // immutable value types and an immutable map
  private final ImmutableList<PartyOutcome> outcomes;

  private PartyElectionResult(
      PartyCandidateList list,
      PartyElectorate electorate,
      ImmutableMap<PersonId, Integer> votes,
      PartyTieRule tieRule,
      ImmutableList<PartyOutcome> outcomes) {
    this.list = list;
    this.electorate = electorate;
    this.votes = votes;
    this.tieRule = tieRule;
    this.outcomes = outcomes;
  }

  /**
   * Returns the result of a round.
   *
   * @param list the list voted on, not null
   * @param electorate the base of the threshold, not null
   * @param votes the votes of each person on the list, counted on valid ballots, each 0 to the number called, not null
   * @param tieRule what the congress decided for a tie at the cut-off, not null
   * @return the result, not null
   * @throws IllegalArgumentException if a person on the list has no count, a count is for someone not on the list,
   *     or a count is negative or more than the number called
   */
  public static PartyElectionResult of(
      PartyCandidateList list, PartyElectorate electorate, Map<PersonId, Integer> votes, PartyTieRule tieRule) {
    requireNonNull(list, "list");
    requireNonNull(electorate, "electorate");
    Arguments.entries(votes, "votes");
    requireNonNull(tieRule, "tieRule");
    Map<PersonId, PartyCandidate> people = new LinkedHashMap<>();
    list.candidates().forEach(c -> people.putIfAbsent(c.id(), c));
    for (PersonId id : votes.keySet()) {
      checkArgument(people.containsKey(id), "votes are counted for the people on the list; %s is not on it", id);
    }
    Map<PersonId, Integer> counted = new LinkedHashMap<>();
    for (PersonId id : people.keySet()) {
      Integer n = votes.get(id);
      checkArgument(n != null, "every person on the list has a count; %s has none", id);
      checkArgument(
          n >= 0 && n <= electorate.called(), "a count is 0 to the %s called; %s had %s", electorate.called(), id, n);
      counted.put(id, n);
    }
    ImmutableMap<PersonId, Integer> orderedVotes = ImmutableMap.copyOf(counted);
    return new PartyElectionResult(
        list,
        electorate,
        orderedVotes,
        tieRule,
        decide(List.copyOf(people.values()), orderedVotes, list.places(), electorate, tieRule));
  }

  private static ImmutableList<PartyOutcome> decide(
      List<PartyCandidate> people,
      Map<PersonId, Integer> votes,
      int places,
      PartyElectorate electorate,
      PartyTieRule tieRule) {
    int threshold = electorate.threshold();
    List<PartyCandidate> passing = new ArrayList<>();
    for (PartyCandidate c : people) {
      if (votes(votes, c) >= threshold) {
        passing.add(c);
      }
    }
    passing.sort(Comparator.comparingInt((PartyCandidate c) -> votes(votes, c)).reversed());
    Map<PersonId, PartyOutcome> decided = new LinkedHashMap<>();
    if (passing.size() <= places) {
      passing.forEach(
          c ->
              decided.put(
                  c.id(), PartyOutcome.of(c, votes(votes, c), PartyOutcomeStatus.ELECTED, electorate.thresholdRule())));
    } else {
      int cutOff = votes(votes, passing.get(places - 1));
      long above = passing.stream().filter(c -> votes(votes, c) > cutOff).count();
      long tied = passing.stream().filter(c -> votes(votes, c) == cutOff).count();
      boolean tieDecides = above + tied > places;
      long left = places - above;
      for (PartyCandidate c : passing) {
        int n = votes(votes, c);
        if (n > cutOff) {
          decided.put(c.id(), PartyOutcome.of(c, n, PartyOutcomeStatus.ELECTED, PartyElectionRule.MOST_VOTES_FIRST));
        } else if (n < cutOff) {
          decided.put(
              c.id(), PartyOutcome.of(c, n, PartyOutcomeStatus.OUTNUMBERED, PartyElectionRule.MOST_VOTES_FIRST));
        } else if (!tieDecides) {
          decided.put(c.id(), PartyOutcome.of(c, n, PartyOutcomeStatus.ELECTED, PartyElectionRule.MOST_VOTES_FIRST));
        } else if (tieRule == PartyTieRule.LIST_ORDER && left > 0) {
          left--;
          decided.put(c.id(), PartyOutcome.of(c, n, PartyOutcomeStatus.ELECTED, PartyElectionRule.TIE_AT_CUT_OFF));
        } else {
          decided.put(
              c.id(),
              PartyOutcome.of(
                  c,
                  n,
                  tieRule == PartyTieRule.LIST_ORDER ? PartyOutcomeStatus.OUTNUMBERED : PartyOutcomeStatus.TIED,
                  PartyElectionRule.TIE_AT_CUT_OFF));
        }
      }
    }
    ImmutableList.Builder<PartyOutcome> outcomes = ImmutableList.builder();
    for (PartyCandidate c : people) {
      PartyOutcome outcome = decided.get(c.id());
      outcomes.add(
          outcome != null
              ? outcome
              : PartyOutcome.of(c, votes(votes, c), PartyOutcomeStatus.BELOW_THRESHOLD, electorate.thresholdRule()));
    }
    return outcomes.build();
  }

  private static int votes(Map<PersonId, Integer> votes, PartyCandidate c) {
    return requireNonNull(votes.get(c.id()));
  }

  /**
   * Returns the list voted on.
   *
   * @return the list, not null
   */
  public PartyCandidateList list() {
    return list;
  }

  /**
   * Returns the base of the threshold.
   *
   * @return the base, not null
   */
  public PartyElectorate electorate() {
    return electorate;
  }

  /**
   * Returns the votes of each person, in the order of the list.
   *
   * @return the votes, not null
   */
  public ImmutableMap<PersonId, Integer> votes() {
    return votes;
  }

  /**
   * Returns the tie rule the application gave.
   *
   * @return the tie rule, not null
   */
  public PartyTieRule tieRule() {
    return tieRule;
  }

  /**
   * Returns the outcome of each person, in the order of the list, each person once.
   *
   * @return the outcomes, not null
   */
  public ImmutableList<PartyOutcome> outcomes() {
    return outcomes;
  }

  /**
   * Returns the outcome of a person.
   *
   * @param person the person, not null
   * @return the outcome, or empty if the person is not on the list
   */
  public Optional<PartyOutcome> outcomeOf(PersonId person) {
    requireNonNull(person, "person");
    return outcomes.stream().filter(o -> o.candidate().id().equals(person)).findFirst();
  }

  /**
   * Returns the candidates elected, in the order of the list; never more than the places.
   *
   * @return the elected, not null
   */
  public ImmutableList<PartyCandidate> elected() {
    return outcomes.stream()
        .filter(PartyOutcome::isElected)
        .map(PartyOutcome::candidate)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the places no one was elected to.
   *
   * @return the places left, 0 or more
   */
  public int placesLeft() {
    return list.places() - elected().size();
  }

  /**
   * Tells whether places are left, so that voting continues, or the congress decides not to go on ({@link
   * PartyElectionRule#FURTHER_ROUND}).
   *
   * @return true if places are left
   */
  public boolean furtherRoundNeeded() {
    return placesLeft() > 0;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartyElectionResult other
        && list.equals(other.list)
        && electorate.equals(other.electorate)
        && votes.equals(other.votes)
        && tieRule == other.tieRule;
  }

  @Override
  public int hashCode() {
    return Objects.hash(list, electorate, votes, tieRule);
  }

  /**
   * Returns a readable form: "PartyElectionResult[2025-10-14 COMMITTEE, 53 of 53 places elected, threshold 176]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "PartyElectionResult["
        + list.electionDay()
        + " "
        + list.body()
        + ", "
        + elected().size()
        + " of "
        + list.places()
        + " places elected, threshold "
        + electorate.threshold()
        + "]";
  }
}
