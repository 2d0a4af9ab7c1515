package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Violation;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a check of a Party election found wrong: the rule broken, the day of the election (which chooses the rule's
 * basis), the values at fault and the facts. For example {@link PartyElectionRule#SURPLUS_AT_MOST_30_PERCENT} for a
 * committee of 15 places with 21 candidates: "the list has at most 30% more candidates than places: at most 19 for
 * 15 places; it has 21".
 *
 * <p>A list ({@link PartyCandidateList#findings()}) and an allocation ({@link PartyDelegateAllocation#findings})
 * report every finding at once. A finding is not an exception: what was checked is left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class PartyElectionViolation implements Violation<PartyElectionRule> {

  PartyElectionViolation() {}

  /**
   * The rule broken.
   *
   * @return the rule, not null
   */
  @Override
  public abstract PartyElectionRule rule();

  /**
   * The day of the election, which chooses the rule's basis.
   *
   * @return the day, not null
   */
  public abstract LocalDate electionDay();

  /**
   * The values at fault, in the order the message names them: counts ({@link Integer}), candidates ({@link
   * PartyCandidate}) and units ({@link UnitId}).
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
   * @param electionDay the day of the election, not null
   * @param message the facts, not blank
   * @param values the values at fault, each an {@link Integer}, a {@link PartyCandidate} or a {@link UnitId}
   * @return the finding, not null
   * @throws IllegalArgumentException if the message is blank or a value is of another kind
   */
  public static PartyElectionViolation of(
      PartyElectionRule rule, LocalDate electionDay, String message, Object... values) {
    return ImmutablePartyElectionViolation.builder()
        .rule(rule)
        .electionDay(electionDay)
        .message(message)
        .addAllValues(Arguments.list("values", values))
        .build();
  }

  /**
   * Returns the basis of the rule for the election's day.
   *
   * @return the basis, or empty for the application's and structural rules and elections before 2014-06-09
   */
  public Optional<LegalBasis> basis() {
    return rule().basisOn(electionDay());
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(message()), "a finding of %s states its facts", rule().name());
    for (Object value : values()) {
      checkArgument(
          value instanceof Integer || value instanceof PartyCandidate || value instanceof UnitId,
          "the values at fault of %s are counts, candidates and units; one is a %s",
          rule().name(),
          value.getClass().getSimpleName());
    }
  }

  /**
   * Returns the rule's name and the citation for the day, then the facts, for example "SURPLUS_AT_MOST_30_PERCENT
   * (Quy định 190-QĐ/TW, Điều 14, khoản 1): …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return rule().name() + basis().map(b -> " (" + b.citation() + ")").orElse("") + ": " + message();
  }
}
