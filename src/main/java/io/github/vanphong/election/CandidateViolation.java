package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * What a check of candidate lists found wrong: the rule broken, the values at fault and the facts. For example {@link
 * CandidateRule#COUNCIL_CANDIDATE_SURPLUS} for a People's Council constituency of 4 seats with 6 candidates: "a
 * People's Council constituency of 4 seats lists at least 7 candidates; 'Đơn vị bầu cử số 2' lists 6", whose values at
 * fault are the constituency, the seats and the candidates counted.
 *
 * <p>A list ({@link CandidateList#findings()}) and the lists of an election ({@link
 * CandidateList#oneConstituencyFindings}) report every finding at once. A finding is not an exception: the lists
 * checked are left as they were.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class CandidateViolation implements Violation<CandidateRule> {

  CandidateViolation() {}

  /**
   * The rule broken, with its basis.
   *
   * @return the rule, not null
   */
  @Override
  public abstract CandidateRule rule();

  /**
   * The values at fault, in the order the message names them: constituencies by name ({@link String}), counts
   * ({@link Integer}) and candidates ({@link Candidate}).
   *
   * @return the values, possibly empty, not null
   */
  @Override
  public abstract ImmutableList<Object> values();

  /**
   * The facts: what the rule requires, then what was found.
   *
   * @return the message, not blank
   */
  @Override
  public abstract String message();

  /**
   * Returns a finding.
   *
   * @param rule the rule broken, not null
   * @param message the facts, not blank
   * @param values the values at fault, in the order the message names them, each a {@link String} (a
   *     constituency), an {@link Integer} or a {@link Candidate}
   * @return the finding, not null
   * @throws IllegalArgumentException if the message is blank or a value is of another kind
   */
  public static CandidateViolation of(CandidateRule rule, String message, Object... values) {
    return ImmutableCandidateViolation.builder()
        .rule(rule)
        .message(message)
        .addAllValues(Arguments.list("values", values))
        .build();
  }

  /**
   * Returns the candidates at fault, in the order the message names them.
   *
   * @return the candidates, possibly empty, not null
   */
  public ImmutableList<Candidate> candidates() {
    return values().stream()
        .filter(Candidate.class::isInstance)
        .map(Candidate.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(message()), "a finding of %s states its facts", rule().name());
    for (Object value : values()) {
      checkArgument(
          value instanceof String || value instanceof Integer || value instanceof Candidate,
          "the values at fault of %s are constituencies, counts and candidates; one is a %s",
          rule().name(),
          value.getClass().getSimpleName());
    }
  }

  /**
   * Returns the rule's name and citation, then the facts, for example "COUNCIL_CANDIDATE_SURPLUS (Luật Bầu cử ...,
   * Điều 58, khoản 3): a People's Council constituency of 4 seats lists at least 7 candidates; …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().name() + rule().citation().map(c -> " (" + c + ")").orElse("") + ": " + message();
  }
}
