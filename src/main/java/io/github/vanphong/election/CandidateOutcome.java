package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * What one round decided for one candidate: the candidate, the votes and the {@link ResultDecision} with the rule
 * that made it. For example Nguyễn Văn An, 640 votes, {@link ResultDecision#ELECTED_BY_MAJORITY}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class CandidateOutcome {

  CandidateOutcome() {}

  /**
   * The candidate.
   *
   * @return the candidate, not null
   */
  @Value.Parameter
  public abstract Candidate candidate();

  /**
   * The candidate's votes in the round.
   *
   * @return the votes, 0 or more
   */
  @Value.Parameter
  public abstract int votes();

  /**
   * What the round decided, with its rule.
   *
   * @return the decision, not null
   */
  @Value.Parameter
  public abstract ResultDecision decision();

  /**
   * Returns an outcome.
   *
   * @param candidate the candidate, not null
   * @param votes the votes, 0 or more
   * @param decision the decision, not null
   * @return the outcome, not null
   * @throws IllegalArgumentException if the votes are negative
   */
  public static CandidateOutcome of(Candidate candidate, int votes, ResultDecision decision) {
    return ImmutableCandidateOutcome.of(candidate, votes, decision);
  }

  @Value.Check
  void check() {
    checkArgument(votes() >= 0, "a candidate's votes are 0 or more; %s has %s", candidate(), votes());
  }

  /**
   * Tells whether the candidate is elected.
   *
   * @return true if the decision elects
   */
  public boolean isElected() {
    return decision().isElected();
  }

  /**
   * Returns a readable form, for example "UCV-01 Nguyễn Văn An (1970-01-05): 640 votes, elected by majority (Luật Bầu
   * cử …, Điều 78, khoản 2)".
   *
   * @return the candidate, votes, decision and citation, not null
   */
  @Override
  public String toString() {
    return candidate()
        + ": "
        + votes()
        + " votes, "
        + decision().englishName().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
        + decision().englishName().substring(1)
        + " ("
        + decision().rule().basis().citation()
        + ")";
  }
}
