package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * The outcome of one candidate in a round of a Party election, with the rule that decided it: for example elected
 * with 80 votes of a base of 115 ({@link PartyElectionRule#WINNING_THRESHOLD_MEMBERS}), or over the threshold but
 * outnumbered ({@link PartyElectionRule#MOST_VOTES_FIRST}), or tied at the cut-off ({@link
 * PartyElectionRule#TIE_AT_CUT_OFF}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class PartyOutcome {

  PartyOutcome() {}

  /**
   * The candidate.
   *
   * @return the candidate, not null
   */
  @Value.Parameter
  public abstract PartyCandidate candidate();

  /**
   * The votes received on valid ballots.
   *
   * @return the votes, 0 or more
   */
  @Value.Parameter
  public abstract int votes();

  /**
   * The outcome.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract PartyOutcomeStatus status();

  /**
   * The rule that decided it.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract PartyElectionRule rule();

  /**
   * Returns an outcome.
   *
   * @param candidate the candidate, not null
   * @param votes the votes, 0 or more
   * @param status the outcome, not null
   * @param rule the rule that decided it, not null
   * @return the outcome, not null
   * @throws IllegalArgumentException if the votes are negative
   */
  public static PartyOutcome of(PartyCandidate candidate, int votes, PartyOutcomeStatus status, PartyElectionRule rule) {
    return ImmutablePartyOutcome.of(candidate, votes, status, rule);
  }

  @Value.Check
  void check() {
    checkArgument(votes() >= 0, "votes count 0 or more; %s had %s", candidate().id(), votes());
  }

  /**
   * Tells whether the candidate was elected.
   *
   * @return true for {@link PartyOutcomeStatus#ELECTED}
   */
  public boolean isElected() {
    return status() == PartyOutcomeStatus.ELECTED;
  }

  /**
   * Returns the readable form, for example "DV-07 80 votes: ELECTED (WINNING_THRESHOLD_MEMBERS)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return candidate().id() + " " + votes() + " votes: " + status() + " (" + rule().name() + ")";
  }
}
